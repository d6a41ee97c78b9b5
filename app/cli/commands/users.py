"""``user add``, ``user list`` and (issue 15) ``user reset-pin``, ``user disable``, ``user enable``,
``user unlock`` — all admin operations of :class:`app.core.users.UserService`, audited there."""

from __future__ import annotations

import argparse
from typing import Any

from ...core.users.model import UserInfo
from ..context import CliContext, new_pin_from_env


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("user", help="station users")
    us = p.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    a = us.add_parser("add", help="add a user (admin; PIN from YYT_NEW_PIN)")
    a.add_argument("username")
    a.add_argument("--role", required=True, choices=["clerk", "carrier", "supervisor", "admin"])
    a.add_argument("--name", default="", help="display name")
    a.set_defaults(func=cmd_add)
    li = us.add_parser("list", help="list users (admin, supervisor)")
    li.set_defaults(func=cmd_list)
    for name, helptext, func in (
        ("reset-pin", "give a user a new PIN (admin; from YYT_NEW_PIN) and lift any lock-out", cmd_reset_pin),
        ("disable", "stop a user from signing in (admin)", cmd_disable),
        ("enable", "let a disabled user sign in again (admin)", cmd_enable),
        ("unlock", "lift a lock-out after wrong PINs (admin)", cmd_unlock),
    ):
        a = us.add_parser(name, help=helptext)
        a.add_argument("username")
        a.set_defaults(func=func)


def user_json(u: UserInfo) -> dict[str, Any]:
    return {"username": u.username, "role": str(u.role), "name": u.display_name, "active": u.active,
            "locked_until": u.locked_until, "failed_attempts": u.failed_attempts}


def cmd_add(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    actor = ctx.actor
    pin = new_pin_from_env()
    user = ctx.station.users.add(actor, args.username, args.role, pin, args.name)
    return {"username": user.username, "role": str(user.role), "name": user.display_name}


def cmd_list(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    return {"users": [user_json(u) for u in ctx.station.users.list(ctx.actor)]}


def cmd_reset_pin(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    actor = ctx.actor
    pin = new_pin_from_env()
    return user_json(ctx.station.users.reset_pin(actor, args.username, pin))


def cmd_disable(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    return user_json(ctx.station.users.set_active(ctx.actor, args.username, False))


def cmd_enable(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    return user_json(ctx.station.users.set_active(ctx.actor, args.username, True))


def cmd_unlock(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    return user_json(ctx.station.users.unlock(ctx.actor, args.username))
