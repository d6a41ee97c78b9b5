"""``report daily|subsidy|sync`` (CLI.md v2 "Reports"): the same reports the Reports page shows,
from :class:`app.core.reports.service.ReportsService`, as JSON or exported.

``--format csv|xlsx|pdf --out FILE`` writes the report's book (docs/exports.md) in the station's
language — the one command group that loads Qt for CSV and XLSX too, for the translated words
(offscreen, as ``shelf labels`` does). The JSON is printed either way (with ``path`` and ``format``
when a file was written). Who may run them: ``daily`` clerks, supervisors and admins (a clerk's
report leaves out the expected cash of open shifts: the blind close); ``subsidy`` and ``sync``
supervisors and admins.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ...core.errors import InvalidInput
from ...core.exports import ExportBook, ExportTable, check_format, write_export
from ...core.users.permissions import Perm, require
from ..context import CliContext


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="reports: the day, the month's subsidy figures, sync")
    ss = p.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    a = ss.add_parser("daily", help="the day over every service (default: today)")
    a.add_argument("--date", metavar="DATE", help="YYYY-MM-DD (station-local)")
    _formats(a)
    a.set_defaults(func=cmd_daily)
    a = ss.add_parser("subsidy", help="upstream and downstream volumes, produce, consignment, MoM and YoY")
    a.add_argument("--month", required=True, metavar="YYYY-MM")
    a.add_argument("--records", action="store_true",
                   help="export every record the figures count (one row each) instead of the report")
    _formats(a)
    a.set_defaults(func=cmd_subsidy)
    a = ss.add_parser("sync", help="backlog, last sync, runs with bytes and errors, refused records")
    a.add_argument("--check", action="store_true", help="also compare counts with the platform (needs the link)")
    _formats(a)
    a.set_defaults(func=cmd_sync)


def _formats(a: argparse.ArgumentParser) -> None:
    a.add_argument("--format", dest="fmt", metavar="csv|xlsx|pdf")
    a.add_argument("--out", metavar="FILE")


def _target(args: argparse.Namespace) -> tuple[str | None, Path | None]:
    fmt = check_format(args.fmt) if args.fmt else None
    if fmt and not args.out:
        raise InvalidInput("export.out_required")
    if args.out and not fmt:
        raise InvalidInput("export.format_invalid", text="", allowed="csv, xlsx, pdf")
    return fmt, (Path(args.out).expanduser() if args.out else None)


def _translator(ctx: CliContext) -> Callable[[str], str]:
    """Qt offscreen with the station's language; the reports' words through its translator."""
    from PySide6.QtCore import QCoreApplication

    from ..printing import headless_qt

    headless_qt(ctx.station)
    return lambda text: QCoreApplication.translate("reports", text)


def _write(ctx: CliContext, fmt: str, out: Path, build: Callable[[Callable[[str], str]], ExportBook | ExportTable]
           ) -> dict[str, Any]:
    tr = _translator(ctx)
    book = build(tr)
    if fmt == "pdf":
        from ...ui.printing.export import save_book_pdf, save_table_pdf

        path = save_book_pdf(book, out) if isinstance(book, ExportBook) else save_table_pdf(book, out)
    else:
        path = write_export(book, fmt, out)
    result: dict[str, Any] = {"format": fmt, "path": str(path)}
    if isinstance(book, ExportTable):
        result["rows"] = book.count
    return result


def _report(ctx: CliContext, args: argparse.Namespace, report: Any) -> dict[str, Any]:
    fmt, out = _target(args)
    result = report.as_json()
    if fmt and out:
        from ...core.reports.book import report_book

        result.update(_write(ctx, fmt, out, lambda tr: report_book(report, tr)))
    return result


def cmd_daily(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    return _report(ctx, args, ctx.station.reports.daily(ctx.actor, args.date))


def cmd_subsidy(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    fmt, out = _target(args)
    reports = ctx.station.reports
    report = reports.subsidy(ctx.actor, args.month)
    if not args.records:
        return _report(ctx, args, report)
    if not (fmt and out):
        raise InvalidInput("export.out_required")
    from ...core.reports.book import records_table

    month = report.stamp.period
    with ctx.station.store.snapshot():
        result = _write(ctx, fmt, out, lambda tr: records_table(reports.subsidy_records(ctx.actor, month), month, tr))
    return {"month": month, "downstream": report.data["downstream"], "upstream": report.data["upstream"],
            "produce_parcels": report.data["produce_parcels"], "mom": report.data["mom"], "yoy": report.data["yoy"],
            **result}


def cmd_sync(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    actor = require(ctx.actor, Perm.REPORTS_OVERSEE)  # before asking the platform
    _target(args)
    consistency = ctx.station.sync.check_consistency() if args.check else None
    return _report(ctx, args, ctx.station.reports.sync(actor, consistency))
