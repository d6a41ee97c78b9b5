"""The demo station: users of every role (PINs in the README) and sample records.

Each module adds a seeding step to ``DEMO_STEPS``; every step writes through the module's own
services, so the demo data is exactly what a real station would hold.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..paths import DataPaths
from .clock import Clock
from .station import Station
from .users.model import Actor

DEMO_CODE = "CQDEMO0001"
DEMO_NAME = "邮运通示范村站"


@dataclass(frozen=True)
class DemoUser:
    username: str
    role: str
    pin: str
    name: str


DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser("admin", "admin", "135790", "站长 陈敏"),
    DemoUser("clerk", "clerk", "246802", "营业员 张丽"),
    DemoUser("carrier", "carrier", "314159", "公益岗 王大山"),
    DemoUser("supervisor", "supervisor", "271828", "督导 赵平"),
)

DemoStep = Callable[[Station, dict[str, Actor]], None]
DEMO_STEPS: list[DemoStep] = []


def _cash_step(station: Station, actors: dict[str, Actor]) -> None:
    """The clerk's shift is open with a ¥200 float (the counter is mid-day)."""
    station.cash.open(actors["clerk"], 20000)


DEMO_STEPS.append(_cash_step)


def _parcels_step(station: Station, actors: dict[str, Actor]) -> None:
    from .parcels.demo import seed_parcels  # imported when the demo is built, not at start-up

    seed_parcels(station, actors)


DEMO_STEPS.append(_parcels_step)


def _consignment_step(station: Station, actors: dict[str, Actor]) -> None:
    from .consignment.demo import seed_consignment  # imported when the demo is built, not at start-up

    seed_consignment(station, actors)


DEMO_STEPS.append(_consignment_step)


def _shop_step(station: Station, actors: dict[str, Actor]) -> None:
    from .shop.demo import seed_shop  # imported when the demo is built, not at start-up

    seed_shop(station, actors)


DEMO_STEPS.append(_shop_step)


def demo_keyring(paths: DataPaths, *, throwaway: bool = False) -> None:
    """The keyring the demo's secrets go to: for a throwaway demo (screenshots) one in this
    process's memory; else the OS keyring when one works, or keyrings.alt's plaintext file in
    the demo folder (demos only), or memory as the last resort."""
    from .errors import Refused
    from .station_secrets import keyring_backend, use_file_keyring, use_memory_keyring

    if throwaway:
        use_memory_keyring()
        return
    try:
        keyring_backend()
    except Refused:
        try:
            paths.root.mkdir(parents=True, exist_ok=True)
            use_file_keyring(paths.root / "demo-keyring.cfg")
        except ImportError:  # a frozen build without keyrings.alt
            use_memory_keyring()


def build_demo(paths: DataPaths, clock: Clock | None = None, *, throwaway: bool = False) -> Station:
    """Create the demo station in ``paths`` (refused if a station is already there). Its sample
    outbound parcels need the resident-ID key: see :func:`demo_keyring` (``throwaway`` for a demo
    in a temporary folder, whose secrets must not reach the user's keyring)."""
    demo_keyring(paths, throwaway=throwaway)
    admin = DEMO_USERS[0]
    station = Station.create(
        paths, code=DEMO_CODE, name=DEMO_NAME, town="龙凤镇", county="示范区县",
        admin_username=admin.username, admin_pin=admin.pin, admin_name=admin.name, clock=clock,
    )
    try:
        actors = {admin.username: station.users.authenticate(admin.username, admin.pin)}
        for user in DEMO_USERS[1:]:
            station.users.add(actors[admin.username], user.username, user.role, user.pin, user.name)
            actors[user.username] = station.users.authenticate(user.username, user.pin)
        for step in DEMO_STEPS:
            step(station, actors)
    except BaseException:
        station.close()
        raise
    return station
