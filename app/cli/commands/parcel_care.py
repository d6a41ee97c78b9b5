"""``parcel search``, ``parcel fix``, ``parcel move`` and ``shelf labels`` (issue 15; additions
documented in docs/parcels.md). Parsing and output only: the rules are in
:mod:`app.core.parcels` (search, corrections, shelves). Personal data is printed masked."""

from __future__ import annotations

import argparse
import math
from pathlib import Path
from typing import Any

from ...core.clock import iso_utc
from ...core.parcels.model import HistoryEntry, ParcelView
from ..context import CliContext


def register_parcel(ps: argparse._SubParsersAction) -> None:
    """The extra ``parcel`` actions (called by the parcel group's parser)."""
    a = ps.add_parser("search", help="find parcels in any status by tracking number (or its start), phone"
                                     " (last 4 digits, full or masked), pickup code or name")
    a.add_argument("text")
    a.add_argument("--limit", type=int, default=50, help="at most this many, newest first (1-500)")
    a.add_argument("--history", action="store_true", help="each parcel's history too")
    a.set_defaults(func=cmd_search)

    a = ps.add_parser("fix", help="correct a check-in (wrong phone, name, carrier or address) of a parcel on the shelf")
    a.add_argument("tracking")
    a.add_argument("--phone", help="11 digits, or masked like 138****1234")
    a.add_argument("--name")
    a.add_argument("--carrier", help="carrier id: ems, sf, jd, yto, zto, sto, yunda, jt, unknown")
    a.add_argument("--address")
    a.add_argument("--reason", required=True)
    a.set_defaults(func=cmd_fix)

    a = ps.add_parser("move", help="move a parcel on the shelf to another layer (new pickup code, new notice)")
    a.add_argument("tracking")
    a.add_argument("--to", required=True, metavar="SHELF-LAYER", help="e.g. B-2 (or a scanned LAYER-B-2)")
    a.add_argument("--reason", default=None)
    a.set_defaults(func=cmd_move)


def register_shelf(ss: argparse._SubParsersAction) -> None:
    """The extra ``shelf`` action."""
    a = ss.add_parser("labels", help="print labels for the shelf layers (big text, Code128 and QR)")
    a.add_argument("--shelf", help="only this shelf's layers")
    a.add_argument("--out", type=Path, metavar="FILE", help="save the PDF here instead of printing")
    a.set_defaults(func=cmd_shelf_labels)


# -- output shapes ---------------------------------------------------------------------------------
def history_json(entries: tuple[HistoryEntry, ...]) -> list[dict[str, Any]]:
    """A history as JSON rows: local time, the event id, who, then the event's own values."""
    return [{"at": e.at_local, "event": e.event, "by": e.by, **e.detail} for e in entries]


def found_row(v: ParcelView) -> dict[str, Any]:
    return {"tracking": v.tracking, "status": v.status, "pickup_code": v.pickup_code, "place": v.place,
            "carrier": v.carrier, "phone": v.phone, "name": v.name, "address": v.address,
            "checked_in": v.checked_in_local, "notices": v.notices, "notice_status": v.notice_status}


# -- commands --------------------------------------------------------------------------------------
def cmd_search(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    service = ctx.station.parcels.search
    result = service.search(ctx.actor, args.text, args.limit)
    rows = []
    for v in result.parcels:
        row = found_row(v)
        if args.history:
            row["history"] = history_json(service.history(ctx.actor, v.tracking).entries)
        rows.append(row)
    return {"query": result.text, "kind": result.kind, "count": len(rows), "truncated": result.truncated,
            "parcels": rows}


def cmd_fix(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    r = ctx.station.parcels.corrections.fix(ctx.actor, args.tracking, reason=args.reason, phone=args.phone,
                                            name=args.name, carrier=args.carrier, address=args.address)
    v = r.parcel
    return {"tracking": v.tracking, "status": v.status, "pickup_code": v.pickup_code, "place": v.place,
            "changed": {f: {"before": b, "after": a} for f, (b, a) in r.changed.items()}, "reason": r.reason,
            "notice_id": r.notice_id}


def cmd_move(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    r = ctx.station.parcels.corrections.move(ctx.actor, args.tracking, args.to, args.reason)
    v = r.parcel
    return {"tracking": v.tracking, "status": v.status, "pickup_code": v.pickup_code, "place": v.place,
            "old_code": r.old_code, "old_place": r.old_place, "notice_id": r.notice_id, "reason": r.reason}


def cmd_shelf_labels(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    layers = ctx.station.parcels.shelves.label_layers(ctx.actor, args.shelf)
    from ...ui.parcels.documents import shelf_labels
    from ..printing import print_station_document  # Qt and the printing layer: this command only

    def build() -> Any:
        info = ctx.station.info
        return shelf_labels(layers, info.name, info.code, iso_utc(ctx.station.store.clock.now()))

    document, path = print_station_document(ctx.station, build, args.out)
    return {"labels": len(document.labels), "pages": math.ceil(len(document.labels) / document.per_page),
            "layers": [f"{s}-{n}" for s, n in layers], "path": str(path) if path else None,
            "printed": path is None}
