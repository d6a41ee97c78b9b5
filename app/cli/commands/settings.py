"""``setting list`` / ``setting set NAME VALUE`` (an addition to the contract, docs/payments.md):
the station's typed settings, changed by an admin through :class:`app.core.settings.SettingsService`
(validated, audited). VALUE is typed text: a number, true/false, or JSON for lists and objects."""

from __future__ import annotations

import argparse
from typing import Any

from ..context import CliContext


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("setting", help="the station's settings (admin changes them)")
    ss = p.add_subparsers(dest="setting_command", metavar="ACTION", required=True)
    a = ss.add_parser("list", help="every setting and its value")
    a.set_defaults(func=cmd_list)
    a = ss.add_parser("set", help="change one setting (admin; audited)")
    a.add_argument("name")
    a.add_argument("value", help="a number, true/false, text, or JSON for lists and objects")
    a.set_defaults(func=cmd_set)


def cmd_list(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    ctx.actor  # noqa: B018 - signed in (any role may read the settings)
    return {"settings": ctx.station.settings.all()}


def cmd_set(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    value = ctx.station.settings.set(ctx.actor, args.name, args.value)
    return {"name": args.name, "value": value}
