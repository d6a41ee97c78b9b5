"""``parcel``, ``round``, ``stocktake`` and ``shelf`` commands (issue 4; contract in CLI.md,
additions in docs/parcels.md). Argument parsing and output only: every rule is in
:mod:`app.core.parcels`. Phones and names are printed masked, in ``--json`` too."""

from __future__ import annotations

import argparse
from typing import Any

from ...core.errors import InvalidInput
from ...core.money import format_fen
from ...core.parcels import check_proxy
from ...core.parcels.model import LISTABLE, ParcelView, RoundView, ShipmentView, StocktakeView
from ...core.parcels.shelves import parse_shelf_spec
from ..context import CliContext
from . import parcel_care


def register(sub: argparse._SubParsersAction) -> None:
    _register_parcel(sub)
    _register_round(sub)
    _register_stocktake(sub)
    _register_shelf(sub)


# -- parsers -------------------------------------------------------------------------------------
def _register_parcel(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("parcel", help="parcels in and out of the station")
    ps = p.add_subparsers(dest="parcel_command", metavar="ACTION", required=True)

    a = ps.add_parser("checkin", help="check a scanned parcel in and queue its pickup notice")
    a.add_argument("tracking")
    a.add_argument("--phone", help="11 digits, or masked like 138****1234 (not needed when pre-advised)")
    a.add_argument("--name", help="recipient's name (may be masked, like 张*)")
    a.add_argument("--carrier", help="override the carrier detected from the number")
    a.add_argument("--sender", help="sender's name or shop")
    a.add_argument("--slot", help="put it on this shelf layer (e.g. A-3) instead of the least-full one")
    a.add_argument("--address", help="recipient's address (optional; shown to the carrier on a round)")
    a.set_defaults(func=cmd_checkin)

    a = ps.add_parser("pickup", help="hand parcels over by pickup code or phone tail")
    g = a.add_mutually_exclusive_group(required=True)
    g.add_argument("--code", help="pickup code, e.g. A-3-0127")
    g.add_argument("--phone-tail", metavar="DDDD", help="last four digits of the recipient's phone")
    a.add_argument("--tracking", action="extend", nargs="+", default=[], metavar="T",
                   help="with --phone-tail: only these parcels")
    a.add_argument("--proxy-name", help="someone collecting for the recipient (代取)")
    a.add_argument("--proxy-phone", help="the proxy's full mobile number")
    a.set_defaults(func=cmd_pickup)

    a = ps.add_parser("show", help="one parcel (or outbound waybill)")
    a.add_argument("tracking")
    a.add_argument("--history", action="store_true", help="everything that happened to the parcel")
    a.set_defaults(func=cmd_show)

    a = ps.add_parser("list", help="parcels, newest first")
    a.add_argument("--status", choices=LISTABLE)
    a.add_argument("--overdue", action="store_true", help="on the shelf longer than parcels.overdue_days")
    a.add_argument("--phone-tail", metavar="DDDD")
    a.add_argument("--limit", type=int, default=200)
    a.set_defaults(func=cmd_list)

    a = ps.add_parser("overdue", help="parcels on the shelf too long (滞留), oldest first")
    a.add_argument("--days", type=int, help="instead of the setting parcels.overdue_days")
    a.set_defaults(func=cmd_overdue)

    a = ps.add_parser("notify", help="queue another pickup notice")
    g = a.add_mutually_exclusive_group(required=True)
    g.add_argument("trackings", nargs="*", default=[], metavar="TRACKING")
    g.add_argument("--overdue", action="store_true", help="every overdue parcel")
    a.set_defaults(func=cmd_notify)

    a = ps.add_parser("return", help="return a parcel to its sender (退回)")
    a.add_argument("tracking")
    a.add_argument("--reason", required=True)
    a.set_defaults(func=cmd_return)

    a = ps.add_parser("send", help="accept an outbound parcel (寄件); running it is the sender's declaration"
                                   " that the contents hold no prohibited items")
    for opt in ("--sender-name", "--sender-id", "--sender-phone", "--to-name", "--to-phone", "--to-address",
                "--to-province", "--weight-g", "--contents"):
        a.add_argument(opt, required=True)
    a.add_argument("--produce", metavar="CATEGORY", help="柑橘, 中药材, 脆李, 榨菜, 花椒 or other")
    a.set_defaults(func=cmd_send)

    a = ps.add_parser("quote", help="price of an outbound parcel under the current tariff")
    a.add_argument("--to-province", required=True)
    a.add_argument("--weight-g", required=True)
    a.set_defaults(func=cmd_quote)

    a = ps.add_parser("manifest", help="hand pending outbound parcels to the courier (揽收)")
    g = a.add_mutually_exclusive_group()
    g.add_argument("--preview", action="store_true", help="list what would be handed over; write nothing")
    g.add_argument("--number", type=int, help="show an earlier manifest again")
    a.add_argument("--courier", default="", help="the courier's name")
    a.set_defaults(func=cmd_manifest)
    parcel_care.register_parcel(ps)


def _register_round(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("round", help="carrier delivery rounds (送货上门)")
    rs = p.add_subparsers(dest="round_command", metavar="ACTION", required=True)
    a = rs.add_parser("start", help="open a round for a carrier")
    a.add_argument("--carrier", required=True, metavar="USERNAME")
    a.set_defaults(func=cmd_round_start)
    a = rs.add_parser("add", help="scan parcels out onto the round")
    a.add_argument("round", metavar="ROUND", help="round id or number")
    a.add_argument("trackings", nargs="+", metavar="TRACKING")
    a.set_defaults(func=cmd_round_add)
    a = rs.add_parser("deliver", help="delivered at the door (recipient's code or phone tail)")
    a.add_argument("round", metavar="ROUND")
    a.add_argument("tracking")
    g = a.add_mutually_exclusive_group(required=True)
    g.add_argument("--code")
    g.add_argument("--phone-tail", metavar="DDDD")
    a.set_defaults(func=cmd_round_deliver)
    a = rs.add_parser("back", help="not delivered: back to its shelf")
    a.add_argument("round", metavar="ROUND")
    a.add_argument("tracking")
    a.set_defaults(func=cmd_round_back)
    a = rs.add_parser("close", help="close the round (refused while a parcel is still out)")
    a.add_argument("round", metavar="ROUND")
    a.set_defaults(func=cmd_round_close)
    a = rs.add_parser("show", help="the round sheet: codes, masked phones, outcomes")
    a.add_argument("round", metavar="ROUND")
    a.set_defaults(func=cmd_round_show)
    a = rs.add_parser("list", help="rounds, newest first")
    a.add_argument("--open", action="store_true")
    a.set_defaults(func=cmd_round_list)


def _register_stocktake(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("stocktake", help="shelf stock-take (盘点)")
    ss = p.add_subparsers(dest="stocktake_command", metavar="ACTION", required=True)
    a = ss.add_parser("start", help="open a stock-take of every shelf or one")
    a.add_argument("--shelf")
    a.set_defaults(func=cmd_stocktake_start)
    a = ss.add_parser("scan", help="record parcels seen on the shelf (tracking numbers or code labels)")
    a.add_argument("stocktake", metavar="ID")
    a.add_argument("scans", nargs="+", metavar="TRACKING")
    a.set_defaults(func=cmd_stocktake_scan)
    a = ss.add_parser("finish", help="compare and report missing and unexpected parcels")
    a.add_argument("stocktake", metavar="ID")
    a.set_defaults(func=cmd_stocktake_finish)
    a = ss.add_parser("show", help="a stock-take and its findings")
    a.add_argument("stocktake", metavar="ID")
    a.set_defaults(func=cmd_stocktake_show)


def _register_shelf(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("shelf", help="parcel shelves and how full they are")
    ss = p.add_subparsers(dest="shelf_command", metavar="ACTION", required=True)
    a = ss.add_parser("list", help="every layer with its load")
    a.set_defaults(func=cmd_shelf_list)
    a = ss.add_parser("set", help="replace the shelf layout (admin), e.g. A:4:50 B:4:50")
    a.add_argument("specs", nargs="+", metavar="SHELF:LAYERS:CAPACITY")
    a.set_defaults(func=cmd_shelf_set)
    parcel_care.register_shelf(ss)


# -- output shapes ---------------------------------------------------------------------------------
def parcel_row(v: ParcelView) -> dict[str, Any]:
    """A parcel in a list (compact; phone and name masked)."""
    return {"tracking": v.tracking, "carrier": v.carrier, "status": v.status, "pickup_code": v.pickup_code,
            "phone": v.phone, "name": v.name, "checked_in": v.checked_in_local, "days": v.days_in_station}


def shipment_row(v: ShipmentView) -> dict[str, Any]:
    return {"tracking": v.waybill, "waybill": v.waybill, "status": v.status, "to_province": v.to_province,
            "to_phone": v.to_phone, "weight_g": v.weight_g, "price": format_fen(v.price_fen),
            "produce": v.produce_category, "accepted": v.accepted_local}


def round_json(v: RoundView) -> dict[str, Any]:
    return {"round_id": v.id, "number": v.number, "carrier": v.carrier, "status": v.status,
            "started": v.started_local, "out": v.unaccounted, "delivered": v.delivered, "back": v.back,
            "parcels": [{"tracking": i.tracking, "pickup_code": i.pickup_code, "phone": i.phone, "name": i.name,
                         "outcome": i.outcome} for i in v.items]}


def stocktake_json(v: StocktakeView) -> dict[str, Any]:
    return {"stocktake_id": v.id, "shelf": v.shelf or "*", "status": v.status, "scanned": v.scanned,
            "expected": v.expected, "missing": [f.to_dict() for f in v.missing],
            "unexpected": [f.to_dict() for f in v.unexpected]}


MAX_MANIFEST_NUMBER = 10**9


def _grams(text: str) -> int:
    raw = (text or "").strip()
    if not raw.isascii() or not raw.isdigit():
        raise InvalidInput("shipment.weight_invalid", weight_g=raw[:12], max=50_000)
    return int(raw)


# -- parcel ----------------------------------------------------------------------------------------
def cmd_checkin(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    r = ctx.station.parcels.inbound.checkin(ctx.actor, args.tracking, phone=args.phone, name=args.name,
                                            carrier=args.carrier, sender=args.sender, slot=args.slot,
                                            address=args.address)
    v = r.parcel
    return {"id": v.id, "tracking": v.tracking, "carrier": v.carrier, "pickup_code": v.pickup_code,
            "status": v.status, "place": v.place, "phone": v.phone, "name": v.name, "preadvised": v.preadvised,
            "warnings": list(r.warnings)}


def cmd_pickup(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    proxy = check_proxy(args.proxy_name, args.proxy_phone)
    service = ctx.station.parcels.pickup
    if args.code:
        if args.tracking:
            raise InvalidInput("parcel.tracking_needs_tail")
        r = service.by_code(ctx.actor, args.code, proxy)
    else:
        r = service.by_phone_tail(ctx.actor, args.phone_tail, args.tracking, proxy)
    return {"picked_up": [{"tracking": p.tracking, "pickup_code": p.pickup_code} for p in r.parcels],
            "batch_id": r.batch_id, "handed_over_by": r.handed_over_by, "proxy_name": r.proxy_name,
            "proxy_phone": r.proxy_phone}


def cmd_show(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    v = ctx.station.parcels.queries.find_any(ctx.actor, args.tracking)
    if isinstance(v, ShipmentView):
        return {"tracking": v.waybill, "pickup_code": None, "direction": "out", **v.to_dict(),
                "price": format_fen(v.price_fen)}
    if args.history:
        h = ctx.station.parcels.search.history(ctx.actor, v.tracking)
        return {"direction": "in", "place": h.parcel.place, **h.parcel.to_dict(),
                "history": parcel_care.history_json(h.entries)}
    return {"direction": "in", "place": v.place, **v.to_dict()}


def cmd_list(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    limit = max(1, min(args.limit, 100_000))
    views = ctx.station.parcels.queries.list(ctx.actor, status=args.status, overdue=args.overdue,
                                             tail=args.phone_tail, limit=limit)
    rows = [shipment_row(v) if isinstance(v, ShipmentView) else parcel_row(v) for v in views]
    return {"count": len(rows), "limit": limit, "parcels": rows}


def cmd_overdue(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    days = args.days
    if days is not None and not 1 <= days <= 365:
        raise InvalidInput("setting.out_of_range", name="--days", minimum=1, maximum=365)
    views = ctx.station.parcels.queries.overdue(ctx.actor, days)
    return {"count": len(views), "parcels": [parcel_row(v) for v in views]}


def cmd_notify(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    done = ctx.station.parcels.pickup.renotify(ctx.actor, args.trackings, overdue=args.overdue)
    return {"notified": done, "count": len(done)}


def cmd_return(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    v = ctx.station.parcels.pickup.return_to_sender(ctx.actor, args.tracking, args.reason)
    return {"tracking": v.tracking, "status": v.status, "pickup_code": v.pickup_code, "reason": v.return_reason}


def cmd_send(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    # Running the command with --contents is the sender's declaration that nothing prohibited is
    # inside (the clerk asked); the service still refuses contents naming a prohibited item.
    v = ctx.station.parcels.outbound.send(
        ctx.actor, sender_name=args.sender_name, sender_id=args.sender_id, sender_phone=args.sender_phone,
        to_name=args.to_name, to_phone=args.to_phone, to_address=args.to_address, to_province=args.to_province,
        weight_g=_grams(args.weight_g), contents=args.contents, prohibited_confirmed=True, produce=args.produce)
    return {"waybill": v.waybill, "price_fen": v.price_fen, "price": format_fen(v.price_fen), "zone": v.zone,
            "to_province": v.to_province, "weight_g": v.weight_g, "produce_category": v.produce_category,
            "sender_id": v.sender_id, "status": v.status, "id": v.id}


def cmd_quote(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    q = ctx.station.parcels.outbound.quote(ctx.actor, args.to_province, _grams(args.weight_g))
    return {**q.to_dict(), "price": format_fen(q.price_fen)}


def cmd_manifest(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    service = ctx.station.parcels.outbound
    if args.preview:
        pending = service.pending(ctx.actor)
        return {"preview": True, "count": len(pending), "shipments": [shipment_row(v) for v in pending]}
    if args.number is not None and not 1 <= args.number <= MAX_MANIFEST_NUMBER:
        raise InvalidInput("setting.out_of_range", name="--number", minimum=1, maximum=MAX_MANIFEST_NUMBER)
    m = service.manifest(ctx.actor, args.number) if args.number else service.handover(ctx.actor, args.courier)
    return {"manifest_id": m.id, "number": m.number, "courier": m.courier, "created": m.created_local,
            "count": len(m.shipments), "weight_g": m.weight_g, "price": format_fen(m.price_fen),
            "shipments": [shipment_row(v) for v in m.shipments]}


# -- round -----------------------------------------------------------------------------------------
def cmd_round_start(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    return round_json(ctx.station.parcels.rounds.start(ctx.actor, args.carrier))


def cmd_round_add(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    return round_json(ctx.station.parcels.rounds.add(ctx.actor, args.round, args.trackings))


def cmd_round_deliver(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    return round_json(ctx.station.parcels.rounds.deliver(ctx.actor, args.round, args.tracking, code=args.code,
                                                         tail=args.phone_tail))


def cmd_round_back(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    return round_json(ctx.station.parcels.rounds.back(ctx.actor, args.round, args.tracking))


def cmd_round_close(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    return round_json(ctx.station.parcels.rounds.close(ctx.actor, args.round))


def cmd_round_show(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    rounds = ctx.station.parcels.rounds
    view = rounds.get(ctx.actor, args.round)
    sheet = rounds.sheet(ctx.actor, view.id)
    out = round_json(view)
    out["carrier_name"] = sheet.carrier_name
    out["parcels"] = list(sheet.rows)
    return out


def cmd_round_list(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    views = ctx.station.parcels.rounds.list(ctx.actor, open_only=args.open)
    return {"rounds": [{k: v for k, v in round_json(r).items() if k != "parcels"} for r in views]}


# -- stocktake -------------------------------------------------------------------------------------
def cmd_stocktake_start(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    return stocktake_json(ctx.station.parcels.stocktake.start(ctx.actor, args.shelf))


def cmd_stocktake_scan(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    service = ctx.station.parcels.stocktake
    results = service.scan_many(ctx.actor, args.stocktake, args.scans)
    return {"stocktake_id": results[-1].stocktake_id, "scanned": results[-1].scanned,
            "scans": [{"tracking": r.tracking, "known": r.known, "status": r.status, "pickup_code": r.pickup_code,
                       "duplicate": r.duplicate} for r in results]}


def cmd_stocktake_finish(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    return stocktake_json(ctx.station.parcels.stocktake.finish(ctx.actor, args.stocktake))


def cmd_stocktake_show(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    return stocktake_json(ctx.station.parcels.stocktake.get(ctx.actor, args.stocktake))


# -- shelf -----------------------------------------------------------------------------------------
def cmd_shelf_list(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    layers = ctx.station.parcels.shelves.layers(ctx.actor)
    return {"layers": [{"place": f"{x.shelf}-{x.layer}", "capacity": x.capacity, "occupied": x.occupied,
                        "free": x.free, "configured": x.configured} for x in layers]}


def cmd_shelf_set(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    shelves = ctx.station.parcels.shelves.configure(ctx.actor, [parse_shelf_spec(s) for s in args.specs])
    return {"shelves": [{"shelf": s.shelf, "layers": s.layers, "capacity": s.capacity} for s in shelves]}
