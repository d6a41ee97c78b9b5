"""``backup`` and ``restore``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..context import CliContext


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="consistent copy of the station database (online backup)")
    p.add_argument("--out", type=Path, help="file to write (default: backups/manual-<time>.db)")
    p.set_defaults(func=cmd_backup)
    r = sub.add_parser("restore", help="replace the station's data with a verified backup (admin)")
    r.add_argument("file", type=Path)
    r.set_defaults(func=cmd_restore)


def cmd_backup(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    path = ctx.station.maintenance.backup(ctx.actor, args.out)
    return {"path": str(path)}


def cmd_restore(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    kept = ctx.station.maintenance.restore(ctx.actor, args.file)
    return {"path": str(args.file), "replaced_saved_as": str(kept)}
