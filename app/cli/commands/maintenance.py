"""``maintenance purge``: the retention purge of personal data (app.core.retention)."""

from __future__ import annotations

import argparse
from typing import Any

from ..context import CliContext


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("maintenance", help="station upkeep")
    ps = p.add_subparsers(dest="maintenance_command", metavar="ACTION", required=True)
    purge = ps.add_parser("purge", help="blank the personal data past its retention (admin)")
    purge.add_argument("--dry-run", action="store_true", help="count what is due, change nothing")
    purge.set_defaults(func=cmd_purge)


def cmd_purge(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    result = ctx.station.retention.purge(ctx.actor, dry_run=args.dry_run)
    return {"dry_run": result.dry_run, "cutoff": result.cutoff, "shipment_cutoff": result.shipment_cutoff,
            **result.counts(), "total": result.total}
