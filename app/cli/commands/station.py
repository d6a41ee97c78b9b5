"""``init`` and ``demo``."""

from __future__ import annotations

import argparse
from typing import Any

from ...core.demo import build_demo
from ...core.station import Station
from ..context import CliContext, new_pin_from_env


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create the station and its first admin (PIN from YYT_NEW_PIN)")
    p.add_argument("--station-code", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--town", default="")
    p.add_argument("--county", default="")
    p.add_argument("--admin", required=True, metavar="USERNAME")
    p.add_argument("--admin-name", default="", help="the admin's display name")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="create a demo station with users of every role and sample records")
    p.set_defaults(func=cmd_demo)


def cmd_init(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    Station.refuse_if_exists(ctx.paths)
    station = Station.create(
        ctx.paths, code=args.station_code, name=args.name, town=args.town, county=args.county,
        admin_username=args.admin, admin_pin=new_pin_from_env(), admin_name=args.admin_name, clock=ctx.clock,
    )
    ctx.set_station(station)
    return {"station_code": station.info.code, "name": station.info.name, "data_dir": str(ctx.paths.root),
            "admin": args.admin.strip().lower()}


def cmd_demo(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    from ...core.demo import DEMO_USERS

    Station.refuse_if_exists(ctx.paths)
    station = build_demo(ctx.paths, ctx.clock)
    ctx.set_station(station)
    return {"station_code": station.info.code, "name": station.info.name, "data_dir": str(ctx.paths.root),
            "users": [{"username": u.username, "role": u.role, "pin": u.pin} for u in DEMO_USERS]}
