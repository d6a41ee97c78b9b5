"""Shared pieces of the shop tests: a station template (users made once: PIN hashing is slow), a
small catalogue, and a buyer with a valid adult resident ID.

Import the fixtures into a test module with
``from .shop_support import _shop_template, station, actors, shop  # noqa: F401``.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass

import pytest

from app.core.clock import ManualClock
from app.core.shop import BuyerInput
from app.core.station import Station
from app.core.users.model import Actor, Role
from app.core.validate.ean import ean13_check_digit
from app.core.validate.identity import resident_id_check_char
from app.paths import DataPaths

from .conftest import ADMIN_PIN, CARRIER_PIN, CLERK_PIN, SUPERVISOR_PIN


def ean(i: int) -> str:
    body = f"690{i:09d}"
    return body + str(ean13_check_digit(body))


def resident_id(birth: str = "19800315", region: str = "500101", seq: str = "123") -> str:
    first = region + birth + seq
    return first + resident_id_check_char(first)


ADULT_ID = resident_id("19800315")
BUYER = BuyerInput("王大明", ADULT_ID, "13912345678", "石柱县黄水镇龙凤村三组27号", "柑橘 红蜘蛛")


@dataclass(frozen=True)
class Catalogue:
    fertiliser: str  # 复合肥, EAN ean(1)
    seed: str  # 水稻种子, EAN ean(2)
    pesticide: str  # 吡虫啉 (not restricted), EAN ean(3)
    restricted: str  # 40%乐果乳油 (restricted-use), EAN ean(4)
    banned: str  # 40%氧乐果乳油 (banned from 2026-06-01), EAN ean(5)


def make_catalogue(station: Station, actor: Actor) -> Catalogue:
    add = station.shop.catalogue.add
    f, _ = add(actor, name="复合肥 15-15-15", category="fertiliser", spec="50kg", unit="袋", price_fen=16500,
               ean=ean(1), reg_no="农肥(2024)准字1234号", maker="重庆化肥厂")
    s, _ = add(actor, name="杂交水稻种子 Y两优1号", category="seed", spec="1kg", unit="包", price_fen=4500, ean=ean(2),
               reg_no="国审稻20200001", maker="隆平种业")
    p, _ = add(actor, name="10%吡虫啉可湿性粉剂", category="pesticide", spec="20g", unit="包", price_fen=350, ean=ean(3),
               reg_no="PD20080123", maker="江苏农药厂")
    r, _ = add(actor, name="40%乐果乳油", category="pesticide", spec="500ml", unit="瓶", price_fen=2800, ean=ean(4),
               reg_no="PD20120456", maker="四川农药厂")
    b, _ = add(actor, name="40%氧乐果乳油", category="pesticide", spec="500ml", unit="瓶", price_fen=3200, ean=ean(5),
               reg_no="PD20090789", maker="四川农药厂")
    return Catalogue(f.id, s.id, p.id, r.id, b.id)


def stock_in(station: Station, actor: Actor, product: str, lot: str, qty: int, expires: str,
             produced: str = "2026-01-01", cost: int = 1000) -> str:
    return station.shop.stock.stock_in(actor, product, lot=lot, qty=qty, produced=produced, expires=expires,
                                       cost_fen=cost, supplier="石柱农资公司", supplier_phone="023-68881234").lot.id


@pytest.fixture(scope="session")
def _shop_template(tmp_path_factory):
    paths = DataPaths(tmp_path_factory.mktemp("shop-template") / "station")
    st = Station.create(paths, code="CQ0001", name="测试村站", admin_username="admin", admin_pin=ADMIN_PIN,
                        clock=ManualClock("2026-05-20T01:00:00Z"))
    admin = st.users.authenticate("admin", ADMIN_PIN)
    st.users.add(admin, "clerk", "clerk", CLERK_PIN, "张丽")
    st.users.add(admin, "carrier", "carrier", CARRIER_PIN, "王大山")
    st.users.add(admin, "supervisor", "supervisor", SUPERVISOR_PIN, "赵平")
    st.close()
    return paths.db


@pytest.fixture
def station(_shop_template, paths, clock):
    paths.ensure()
    shutil.copy(_shop_template, paths.db)
    st = Station.open(paths, clock=clock, auto_backup=False)
    yield st
    st.close()


@pytest.fixture
def actors(station) -> dict[str, Actor]:
    return {r["username"]: Actor(r["id"], r["username"], Role(r["role"]), r["display_name"])
            for r in station.store.query("SELECT id, username, role, display_name FROM users")}


@pytest.fixture
def shop(station, actors) -> Catalogue:
    """The small catalogue, and the clerk's shift open with a ¥200 float."""
    cat = make_catalogue(station, actors["clerk"])
    station.cash.open(actors["clerk"], 20000)
    return cat
