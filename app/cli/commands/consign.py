"""``consign`` commands (CLI.md contract v2, "Produce consignment"; additions in docs/consignment.md).
Argument parsing and output only: every rule is in :mod:`app.core.consignment`. Names, phones and
resident IDs are printed masked, in ``--json`` too. Quantities in JSON are integers of the lot's
base unit (grams for kg lots, pieces), with the typed form beside them (``qty_text``)."""

from __future__ import annotations

import argparse
import os
from typing import Any

from ...core.consignment import FarmerView, LotView, MoveView, SaleResult, StatementView
from ...core.consignment.amounts import format_bp, format_qty, parse_percent
from ...core.errors import InvalidInput, NotAllowed
from ...core.money import parse_yuan
from ..context import CliContext

CERT_OPTIONS = ("product", "quantity", "origin", "producer", "contact", "date", "basis")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("consign", help="produce consignment (农产品代销): farmers, lots, sales, statements")
    cs = p.add_subparsers(dest="consign_command", metavar="ACTION", required=True)
    _register_farmer(cs)

    a = cs.add_parser("intake", help="take a farmer's produce in as a lot (prints its lot number)")
    a.add_argument("farmer", metavar="FARMER", help="farmer number (F0003 or 3) or full phone")
    a.add_argument("--product", required=True)
    a.add_argument("--grade", required=True)
    a.add_argument("--unit", required=True, choices=("kg", "piece"))
    a.add_argument("--qty", required=True, help="kilograms with at most 3 decimals, or whole pieces")
    a.add_argument("--price", required=True, metavar="YUAN", help="per kg or piece: the floor price (or --agreed)")
    a.add_argument("--commission", metavar="PCT", help="commission %% (the station's default otherwise)")
    a.add_argument("--agreed", action="store_true", help="the price is fixed: sell at exactly this price")
    a.add_argument("--variety", default="")
    a.add_argument("--category", help="upstream category: 柑橘, 中药材, 脆李, 榨菜, 花椒, other (from the product otherwise)")
    a.add_argument("--return-by", metavar="YYYY-MM-DD", help="what is left goes back to the farmer by then")
    for name in CERT_OPTIONS:
        a.add_argument(f"--cert-{name}", dest=f"cert_{name}", help=f"承诺达标合格证: {name}")
    a.set_defaults(func=cmd_intake)

    a = cs.add_parser("sell", help="sell part of a lot at the counter (cash)")
    a.add_argument("lot", metavar="LOT")
    a.add_argument("--qty", required=True)
    a.add_argument("--price", metavar="YUAN", help="per kg or piece (the lot's price otherwise; never below its floor)")
    a.set_defaults(func=cmd_sell)

    a = cs.add_parser("ship", help="sell part of a lot and send it as an outbound produce parcel")
    a.add_argument("lot", metavar="LOT")
    for opt in ("--qty", "--to-name", "--to-phone", "--to-address", "--to-province", "--weight-g"):
        a.add_argument(opt, required=True)
    a.add_argument("--price", metavar="YUAN", help="per kg or piece (the lot's price otherwise)")
    a.add_argument("--paid", choices=("cash", "online"), default="cash", help="how the buyer paid for the goods")
    a.add_argument("--order", default="", metavar="REF", help="the platform order of an online-paid shipment")
    a.set_defaults(func=cmd_ship)

    a = cs.add_parser("spoil", help="record produce spoiled or lost (报损)")
    a.add_argument("lot", metavar="LOT")
    a.add_argument("--qty", required=True)
    a.add_argument("--reason", required=True)
    a.set_defaults(func=cmd_spoil)

    a = cs.add_parser("return", help="give produce back to the farmer")
    a.add_argument("lot", metavar="LOT")
    a.add_argument("--qty", required=True, help="a quantity, or 'all' for everything left")
    a.set_defaults(func=cmd_return)

    a = cs.add_parser("void", help="reverse a counter sale (冲正): goods back into the lot, cash back to the buyer")
    a.add_argument("sale", metavar="SALE_ID")
    a.add_argument("--reason", required=True)
    a.set_defaults(func=cmd_void)

    a = cs.add_parser("lots", help="lots and what is left of them, newest first")
    a.add_argument("--farmer", metavar="FARMER")
    a.add_argument("--open", action="store_true", help="only lots with something left")
    a.add_argument("--due", type=int, metavar="DAYS", help="lots due back to the farmer within DAYS (or past)")
    a.add_argument("--limit", type=int, default=200)
    a.set_defaults(func=cmd_lots)

    a = cs.add_parser("lot", help="one lot and its movements")
    a.add_argument("lot", metavar="LOT")
    a.set_defaults(func=cmd_lot)

    a = cs.add_parser("settle", help="make the farmer's statement of everything not yet settled")
    a.add_argument("farmer", metavar="FARMER")
    a.add_argument("--preview", action="store_true", help="show what the statement would hold; write nothing")
    a.set_defaults(func=cmd_settle)

    a = cs.add_parser("pay", help="pay a statement to the farmer, once")
    a.add_argument("statement", metavar="STATEMENT", help="statement number (S000003 or 3) or id")
    a.add_argument("--method", choices=("cash", "bank"), help="the farmer's usual method otherwise")
    a.add_argument("--reference", default="", help="the bank transfer's reference")
    a.add_argument("--approver", metavar="USERNAME", help="the second user for a large payout (PIN from YYT_APPROVER_PIN)")
    a.set_defaults(func=cmd_pay)

    p = cs.add_parser("statement", help="statements: show one, list them")
    ss = p.add_subparsers(dest="statement_command", metavar="ACTION", required=True)
    a = ss.add_parser("show", help="one statement with its lines and payout")
    a.add_argument("statement", metavar="STATEMENT")
    a.set_defaults(func=cmd_statement_show)
    a = ss.add_parser("list", help="statements, newest first")
    a.add_argument("--farmer", metavar="FARMER")
    a.add_argument("--unpaid", action="store_true")
    a.add_argument("--limit", type=int, default=200)
    a.set_defaults(func=cmd_statement_list)


def _register_farmer(cs: argparse._SubParsersAction) -> None:
    p = cs.add_parser("farmer", help="farmers (consignors)")
    fs = p.add_subparsers(dest="farmer_command", metavar="ACTION", required=True)
    a = fs.add_parser("add", help="register a farmer")
    a.add_argument("--name", required=True)
    a.add_argument("--phone", required=True, help="full 11-digit mobile number")
    a.add_argument("--id", dest="resident_id", help="resident ID (stored masked and as a keyed hash only)")
    a.add_argument("--village", default="")
    a.add_argument("--payout", choices=("cash", "bank"), default="cash", help="how the farmer is usually paid")
    a.add_argument("--account-tail", metavar="DDDD", help="last four digits of the farmer's bank card")
    a.set_defaults(func=cmd_farmer_add)
    a = fs.add_parser("list", help="farmers, newest first")
    a.add_argument("--search", default="", help="phone tail (4 digits), full phone, F-number, name or village")
    a.add_argument("--limit", type=int, default=50)
    a.set_defaults(func=cmd_farmer_list)
    a = fs.add_parser("search", help="find farmers by phone tail, name, village or number")
    a.add_argument("text")
    a.set_defaults(func=cmd_farmer_search)
    a = fs.add_parser("show", help="one farmer")
    a.add_argument("farmer", metavar="FARMER")
    a.set_defaults(func=cmd_farmer_show)


# -- output shapes -------------------------------------------------------------------------------
def farmer_json(v: FarmerView) -> dict[str, Any]:
    return {"farmer_id": v.id, "number": v.number, "code": v.code, "name": v.name, "phone": v.phone,
            "village": v.village, "resident_id": v.resident_id, "payout_method": v.payout_method,
            "account_tail": v.account_tail}


def lot_json(v: LotView) -> dict[str, Any]:
    return {"lot_id": v.id, "code": v.code, "farmer": v.farmer_code, "farmer_name": v.farmer_name,
            "product": v.product, "variety": v.variety, "category": v.category, "grade": v.grade, "unit": v.unit,
            "qty": v.qty, "qty_text": format_qty(v.qty, v.unit), "price_fen": v.price_fen, "price_kind": v.price_kind,
            "commission_bp": v.commission_bp, "commission_pct": format_bp(v.commission_bp), "return_by": v.return_by,
            "remaining": v.remaining, "remaining_text": format_qty(v.remaining, v.unit), "sold": v.sold,
            "shipped": v.shipped, "spoiled": v.spoiled, "returned": v.returned, "qr": v.qr,
            "certificate": v.certificate.to_dict() if v.certificate else None}


def move_json(m: MoveView) -> dict[str, Any]:
    return {"id": m.id, "lot": m.lot_code, "product": m.product, "kind": m.kind, "qty": m.qty,
            "qty_text": format_qty(m.qty, m.unit), "unit": m.unit, "unit_price_fen": m.unit_price_fen,
            "gross_fen": m.gross_fen, "commission_bp": m.commission_bp, "commission_fen": m.commission_fen,
            "shipping_fen": m.shipping_fen, "net_fen": m.net_fen, "paid_via": m.paid_via, "waybill": m.waybill,
            "voids": m.voids, "reason": m.reason, "at": m.at, "by": m.by, "statement": m.statement_number}


def statement_json(s: StatementView, *, lines: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {
        "statement_id": s.id, "number": s.number, "code": s.code, "farmer": s.farmer.code,
        "farmer_name": s.farmer.name, "farmer_phone": s.farmer.phone, "gross_fen": s.gross_fen,
        "commission_fen": s.commission_fen, "shipping_fen": s.shipping_fen, "net_fen": s.net_fen,
        "carried_in_fen": s.carried_in_fen, "payable_fen": s.payable_fen, "carried_out_fen": s.carried_out_fen,
        "created_at": s.created_at, "paid": s.paid, "paid_fen": s.payout.amount_fen if s.payout else None,
        "paid_at": s.payout.paid_at if s.payout else None,
    }
    if lines:
        out["quantities"] = s.quantities
        out["lines"] = [move_json(m) for m in s.lines]
    return out


def sale_json(r: SaleResult) -> dict[str, Any]:
    lot = r.lot
    return {"sale_id": r.sale_id, "lot_id": lot.id, "lot": lot.code, "kind": r.move.kind, "qty": -r.move.qty,
            "qty_text": format_qty(-r.move.qty, lot.unit), "unit": lot.unit, "unit_price_fen": r.move.unit_price_fen,
            "total_fen": r.move.gross_fen, "commission_fen": r.move.commission_fen, "remaining": lot.remaining,
            "remaining_text": format_qty(lot.remaining, lot.unit)}


def _left(r: SaleResult) -> dict[str, Any]:
    lot = r.lot
    return {"lot_id": lot.id, "lot": lot.code, "movement_id": r.sale_id, "kind": r.move.kind, "qty": -r.move.qty,
            "unit": lot.unit, "remaining": lot.remaining, "remaining_text": format_qty(lot.remaining, lot.unit)}


def _grams(text: str) -> int:
    raw = (text or "").strip()
    if not raw.isascii() or not raw.isdigit():
        raise InvalidInput("shipment.weight_invalid", weight_g=raw[:12], max=50_000)
    return int(raw)


def _price(text: str | None) -> int | None:
    return None if text is None else parse_yuan(text, allow_zero=False)


# -- farmers -------------------------------------------------------------------------------------
def cmd_farmer_add(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    v = ctx.station.consignment.farmers.add(ctx.actor, name=args.name, phone=args.phone, village=args.village,
                                             resident_id=args.resident_id, payout_method=args.payout,
                                             account_tail=args.account_tail)
    return farmer_json(v)


def cmd_farmer_list(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    views = ctx.station.consignment.farmers.search(ctx.actor, args.search, limit=args.limit)
    return {"count": len(views), "farmers": [farmer_json(v) for v in views]}


def cmd_farmer_search(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    views = ctx.station.consignment.farmers.search(ctx.actor, args.text)
    return {"count": len(views), "farmers": [farmer_json(v) for v in views]}


def cmd_farmer_show(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    return farmer_json(ctx.station.consignment.farmers.get(ctx.actor, args.farmer))


# -- lots and movements ----------------------------------------------------------------------------
def cmd_intake(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    price = parse_yuan(args.price, allow_zero=False)
    bp = None if args.commission is None else parse_percent(args.commission)
    cert = {name: getattr(args, f"cert_{name}") for name in CERT_OPTIONS if getattr(args, f"cert_{name}")}
    v = ctx.station.consignment.intake.take_in(
        ctx.actor, args.farmer, product=args.product, grade=args.grade, unit=args.unit, qty=args.qty, price_fen=price,
        price_kind="agreed" if args.agreed else "floor", commission_bp=bp, variety=args.variety,
        category=args.category, return_by=args.return_by, cert=cert or None)
    return lot_json(v)


def cmd_sell(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    return sale_json(ctx.station.consignment.moves.sell(ctx.actor, args.lot, args.qty, _price(args.price)))


def cmd_ship(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    r = ctx.station.consignment.moves.ship(
        ctx.actor, args.lot, args.qty, to_name=args.to_name, to_phone=args.to_phone, to_address=args.to_address,
        to_province=args.to_province, weight_g=_grams(args.weight_g), price_fen=_price(args.price),
        paid_via=args.paid, order_ref=args.order)
    return {**sale_json(r), "waybill": r.waybill, "price_fen": r.postage_fen, "postage_fen": r.postage_fen,
            "paid_via": r.move.paid_via}


def cmd_spoil(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    return _left(ctx.station.consignment.moves.spoil(ctx.actor, args.lot, args.qty, args.reason))


def cmd_return(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    qty = None if args.qty.strip().lower() == "all" else args.qty
    return _left(ctx.station.consignment.moves.give_back(ctx.actor, args.lot, qty))


def cmd_void(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    r = ctx.station.consignment.moves.void(ctx.actor, args.sale, args.reason)
    return {**_left(r), "sale_id": r.move.voids, "refunded_fen": -r.move.gross_fen}


def cmd_lots(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    intake = ctx.station.consignment.intake
    if args.due is not None:
        if not 0 <= args.due <= 365:
            raise InvalidInput("setting.out_of_range", name="--due", minimum=0, maximum=365)
        views = intake.due(ctx.actor, within_days=args.due)
    else:
        views = intake.list(ctx.actor, farmer=args.farmer, open_only=args.open, limit=args.limit)
    return {"count": len(views), "lots": [lot_json(v) for v in views]}


def cmd_lot(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    intake = ctx.station.consignment.intake
    v = intake.get(ctx.actor, args.lot)
    return {**lot_json(v), "moves": [move_json(m) for m in intake.moves(ctx.actor, v.id)]}


# -- settlement ------------------------------------------------------------------------------------
def cmd_settle(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    service = ctx.station.consignment.settlement
    if args.preview:
        return {"preview": True, **statement_json(service.preview(ctx.actor, args.farmer))}
    return statement_json(service.settle(ctx.actor, args.farmer))


def cmd_pay(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    actor = ctx.actor
    approver = None
    if args.approver:
        pin = os.environ.get("YYT_APPROVER_PIN")
        if pin is None:
            raise NotAllowed("auth.pin_missing", username=args.approver)
        approver = ctx.station.users.authenticate(args.approver, pin)
    s = ctx.station.consignment.settlement.pay(actor, args.statement, approver=approver, method=args.method,
                                              reference=args.reference)
    assert s.payout is not None
    return {**statement_json(s, lines=False), "paid_fen": s.payout.amount_fen, "method": s.payout.method,
            "approved_by": s.payout.approved_by}


def cmd_statement_show(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    return statement_json(ctx.station.consignment.settlement.get(ctx.actor, args.statement))


def cmd_statement_list(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    views = ctx.station.consignment.settlement.list(ctx.actor, farmer=args.farmer, unpaid=args.unpaid,
                                                    limit=args.limit)
    return {"count": len(views), "statements": [statement_json(v, lines=False) for v in views]}
