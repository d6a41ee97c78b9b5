"""``audit verify``."""

from __future__ import annotations

import argparse
from typing import Any

from ...core.errors import Refused
from ..context import CliContext


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("audit", help="the audit log")
    ps = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    v = ps.add_parser("verify", help="check the hash chain (admin, supervisor); exit 5 if broken")
    v.set_defaults(func=cmd_verify)


def cmd_verify(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    report = ctx.station.maintenance.verify_audit(ctx.actor)
    result = {"ok": report.ok, "entries": report.entries}
    if not report.ok:
        result.update(first_broken=report.first_broken, reason=report.reason)
        raise Refused("audit.broken", entry=report.first_broken, reason=report.reason,
                      entries=report.entries).with_result(result)
    return result
