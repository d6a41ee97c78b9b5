"""``key export`` / ``key import``: the recovery code of the resident-ID keyed-hash key (admin)."""

from __future__ import annotations

import argparse
from typing import Any

from ..context import CliContext


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("key", help="the recovery code of the key that protects resident IDs (admin)")
    ps = p.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    e = ps.add_parser("export", help="print the recovery code (write it down; keep it locked away)")
    e.set_defaults(func=cmd_export)
    i = ps.add_parser("import", help="put the key back into this PC's keyring from its recovery code")
    i.add_argument("--code", required=True, help="the 56-character recovery code (dashes and case do not matter)")
    i.set_defaults(func=cmd_import)


def cmd_export(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    code = ctx.station.keys.export(ctx.actor)
    return {"station_code": ctx.station.info.code, "recovery_code": code}


def cmd_import(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    ctx.station.keys.import_code(ctx.actor, args.code)
    return {"station_code": ctx.station.info.code, "imported": True}
