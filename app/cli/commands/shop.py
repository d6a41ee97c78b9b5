"""``shop`` commands (CLI.md contract v2, "Agri-input shop"; additions in docs/shop.md).
Argument parsing and output only: every rule is in :mod:`app.core.shop`. Personal data is printed
masked, in ``--json`` too; the one full phone number (``shop buyer-phone``) is audited."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ...core.errors import InvalidInput
from ...core.exports import check_format, write_export
from ...core.money import format_fen, parse_yuan
from ...core.shop import BuyerInput, LotView, ProductView, RecallView, SaleView, parse_line
from ...core.shop.ledgers import ledger_table, mask_row
from ...core.validate.dates import check_date
from ...messages import render
from ...messages.shop import LEDGER_NAMES, LEDGER_TITLES, LEDGER_WORDS
from ..context import CliContext

CATEGORIES = ("seed", "fertiliser", "pesticide", "feed", "tool", "other")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("shop", help="the agri-input shop (农资): catalogue, stock by lot, sales, ledgers, recalls")
    ss = p.add_subparsers(dest="shop_command", metavar="ACTION", required=True)

    prod = ss.add_parser("product", help="products: add a local item, list or search")
    ps = prod.add_subparsers(dest="product_command", metavar="ACTION", required=True)
    a = ps.add_parser("add", help="a local product (the platform's approved catalogue arrives by sync)")
    a.add_argument("--name", required=True)
    a.add_argument("--category", required=True, help="|".join(CATEGORIES))
    a.add_argument("--spec", required=True, help="e.g. 50kg, 500ml")
    a.add_argument("--unit", required=True, help="e.g. 袋, 瓶, 包")
    a.add_argument("--price", required=True, metavar="YUAN")
    a.add_argument("--ean", metavar="EAN13")
    a.add_argument("--reg-no", metavar="NO", help="registration number (PD20080123, 农肥(2024)准字1234号, …)")
    a.add_argument("--maker")
    a.add_argument("--ingredient", help="active ingredient(s), as on the label")
    a.add_argument("--restricted", action="store_true", help="a restricted-use pesticide (sold by real name)")
    a.add_argument("--low-stock", type=int, default=0, metavar="N", help="warn at N units (default: the station's)")
    a.set_defaults(func=cmd_product_add)
    a = ps.add_parser("list", help="the shop's products (local and ever stocked), or a search of the catalogue")
    a.add_argument("--search", metavar="TEXT", help="name, pinyin initials (fhf = 复合肥), EAN or registration number")
    a.add_argument("--all", action="store_true", help="the whole approved catalogue")
    a.add_argument("--limit", type=int, default=500)
    a.set_defaults(func=cmd_product_list)

    a = ss.add_parser("stock-in", help="receive a lot: the purchase ledger row (§26)")
    a.add_argument("product", metavar="PRODUCT", help="product id or EAN-13")
    a.add_argument("--lot", required=True)
    a.add_argument("--qty", required=True)
    a.add_argument("--produced", required=True, metavar="DATE")
    a.add_argument("--expires", required=True, metavar="DATE")
    a.add_argument("--cost", required=True, metavar="YUAN", help="unit cost")
    a.add_argument("--supplier", required=True, metavar="NAME")
    a.add_argument("--supplier-phone", required=True, metavar="P")
    a.add_argument("--label-code", metavar="CODE", help="the pesticide label's 32-digit code (or the scanned QR text)")
    a.set_defaults(func=cmd_stock_in)

    a = ss.add_parser("sell", help="sell, first expired first out (restricted pesticides by real name)")
    a.add_argument("lines", nargs="+", metavar="PRODUCT:QTY")
    a.add_argument("--buyer-name")
    a.add_argument("--buyer-id", help="resident ID (an adult's)")
    a.add_argument("--buyer-phone")
    a.add_argument("--buyer-address")
    a.add_argument("--crop", help="the crop or pest it is for")
    a.set_defaults(func=cmd_sell)

    a = ss.add_parser("return", help="goods brought back, into the lots they came from")
    a.add_argument("sale", metavar="SALE", help="sale id or number")
    a.add_argument("lines", nargs="*", metavar="PRODUCT:QTY", help="default: everything not yet returned")
    a.set_defaults(func=cmd_return)

    a = ss.add_parser("sale", help="one sale with its lots")
    a.add_argument("sale", metavar="SALE")
    a.set_defaults(func=cmd_sale)

    a = ss.add_parser("adjust", help="stock-take correction of one lot")
    a.add_argument("product", metavar="PRODUCT")
    a.add_argument("--lot", required=True)
    a.add_argument("--qty", required=True, metavar="DELTA", help="+N or -N units")
    a.add_argument("--reason", required=True)
    a.set_defaults(func=cmd_adjust)

    a = ss.add_parser("stock", help="stock per product with its lots (sellable, near expiry, expired, recalled)")
    a.add_argument("product", nargs="?", metavar="PRODUCT")
    a.set_defaults(func=cmd_stock)

    a = ss.add_parser("ledger", help="the statutory ledgers (农药管理条例 §26 purchases, §27 sales)")
    a.add_argument("kind", choices=("purchases", "sales"))
    a.add_argument("--from", dest="start", metavar="DATE")
    a.add_argument("--to", dest="end", metavar="DATE")
    a.add_argument("--category", choices=CATEGORIES)
    a.add_argument("--format", dest="fmt", metavar="csv|xlsx|pdf")
    a.add_argument("--out", metavar="FILE")
    a.set_defaults(func=cmd_ledger)

    a = ss.add_parser("ledger-purge", help="remove ledger rows older than two years (admin)")
    a.add_argument("--before", required=True, metavar="DATE")
    a.set_defaults(func=cmd_ledger_purge)

    a = ss.add_parser("recall", help="recall a lot (or every lot of a product): stops selling, lists its buyers")
    a.add_argument("--lot")
    a.add_argument("--product", metavar="PRODUCT")
    a.add_argument("--reason")
    a.set_defaults(func=cmd_recall)

    a = ss.add_parser("recalls", help="recalls made, newest first")
    a.set_defaults(func=cmd_recalls)

    a = ss.add_parser("buyer-phone", help="the full phone of one recall buyer, to call them (audited)")
    a.add_argument("--recall", required=True, metavar="RECALL")
    a.add_argument("--sale", required=True, metavar="SALE")
    a.set_defaults(func=cmd_buyer_phone)

    a = ss.add_parser("flags", help="sales found made after a ban took effect")
    a.add_argument("--all", action="store_true", help="also those already dealt with")
    a.set_defaults(func=cmd_flags)
    a = ss.add_parser("flag-ack", help="mark a flag dealt with")
    a.add_argument("flag", metavar="FLAG")
    a.add_argument("--note", required=True)
    a.set_defaults(func=cmd_flag_ack)


# -- output shapes ---------------------------------------------------------------------------------
def product_json(v: ProductView) -> dict[str, Any]:
    return {"product_id": v.id, "name": v.name, "stock": v.stock, "on_hand": v.on_hand, "category": v.category,
            "spec": v.spec, "unit": v.unit, "price_fen": v.price_fen, "price": format_fen(v.price_fen), "ean": v.ean,
            "reg_no": v.reg_no, "maker": v.maker, "restricted": v.restricted, "banned": v.banned,
            "banned_from": v.banned_from, "source": v.source, "active": v.active}


def lot_json(v: LotView) -> dict[str, Any]:
    return {"lot_id": v.id, "lot": v.lot_no, "produced": v.produced_on, "expires": v.expires_on, "qty": v.qty,
            "qty_in": v.qty_in, "state": v.state, "days_left": v.days_left}


def sale_json(v: SaleView) -> dict[str, Any]:
    b = v.buyer
    return {"sale_id": v.id, "number": v.number, "total_fen": v.total_fen, "total": format_fen(v.total_fen),
            "returned_fen": v.returned_fen, "restricted": v.restricted, "sold_at": v.sold_at, "clerk": v.clerk,
            "buyer": {"name": b.name, "resident_id": b.resident_id, "phone": b.phone, "address": b.address,
                      "crop": b.crop} if b.known else None,
            "lines": [{"product_id": ln.product_id, "name": ln.name, "qty": ln.qty, "returned": ln.returned,
                       "unit_price_fen": ln.unit_price_fen, "amount_fen": ln.amount_fen, "restricted": ln.restricted,
                       "lots": [{"lot_id": a.lot_id, "lot": a.lot_no, "expires": a.expires_on, "qty": a.qty}
                                for a in ln.lots]} for ln in v.lines]}


def recall_json(v: RecallView) -> dict[str, Any]:
    return {"recall_id": v.id, "number": v.number, "lot_id": v.lot_id, "lot": v.lot_no, "product_id": v.product_id,
            "product": v.product_name, "reason": v.reason, "at": v.at, "on_hand": v.on_hand, "already": v.already,
            "buyers": [{"sale_id": b.sale_id, "sale_number": b.sale_number, "sold_at": b.sold_at, "lot": b.lot_no,
                        "qty": b.qty, "name": b.buyer.name, "phone": b.buyer.phone,
                        "resident_id": b.buyer.resident_id, "address": b.buyer.address, "crop": b.buyer.crop}
                       for b in v.buyers]}


def _lines(texts: list[str]) -> list[tuple[str, str]]:
    return [parse_line(t) for t in texts]


# -- commands --------------------------------------------------------------------------------------
def cmd_product_add(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    actor = ctx.actor
    v, warnings = ctx.station.shop.catalogue.add(
        actor, name=args.name, category=args.category, spec=args.spec, unit=args.unit,
        price_fen=parse_yuan(args.price), ean=args.ean, reg_no=args.reg_no, maker=args.maker,
        restricted=args.restricted, ingredient=args.ingredient, low_stock=args.low_stock)
    return {**product_json(v), "warnings": [{"code": w, "message": render(w, {})} for w in warnings]}


def cmd_product_list(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    views = ctx.station.shop.catalogue.list(ctx.actor, search=args.search, everything=args.all,
                                            limit=max(1, min(args.limit, 100_000)))
    return {"count": len(views), "products": [product_json(v) for v in views]}


def cmd_stock_in(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    actor = ctx.actor
    r = ctx.station.shop.stock.stock_in(
        actor, args.product, lot=args.lot, qty=args.qty, produced=check_date(args.produced, field="produced").isoformat(),
        expires=check_date(args.expires, field="expires").isoformat(), cost_fen=parse_yuan(args.cost),
        supplier=args.supplier, supplier_phone=args.supplier_phone, label_code=args.label_code)
    return {"lot_id": r.lot.id, "purchase_id": r.id, "number": r.number, "lot": r.lot.lot_no, "qty": r.qty,
            "on_hand": r.lot.qty, "expires": r.lot.expires_on, "amount_fen": r.amount_fen,
            "warnings": [{"code": w, "message": render(w, {})} for w in r.warnings]}


def cmd_sell(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    # Running the command for a restricted pesticide is the clerk's word that the dose and safety
    # were explained (the reminder is printed with the result).
    lines = _lines(args.lines)
    buyer = BuyerInput(args.buyer_name, args.buyer_id, args.buyer_phone, args.buyer_address, args.crop)
    v = ctx.station.shop.sales.sell(ctx.actor, lines, buyer, safety_reminded=True)
    out = sale_json(v)
    if v.restricted:
        out["reminder"] = render("shop.safety_reminder", {})
    return out


def cmd_return(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    r = ctx.station.shop.sales.return_items(ctx.actor, args.sale, _lines(args.lines) or None)
    return {"sale_id": r.sale_id, "sale_number": r.sale_number, "return_id": r.id, "number": r.number,
            "refund_fen": r.total_fen, "refund": format_fen(r.total_fen),
            "returned": [{"product_id": x["product_id"], "name": x["name"], "lot_id": x["lot_id"], "lot": x["lot_no"],
                          "qty": x["qty"], "amount_fen": x["amount_fen"]} for x in r.lines]}


def cmd_sale(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    return sale_json(ctx.station.shop.sales.get(ctx.actor, args.sale))


def cmd_adjust(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    v = ctx.station.shop.stock.adjust(ctx.actor, args.product, args.lot, args.qty, args.reason)
    return {"lot_id": v.id, "lot": v.lot_no, "qty": v.qty, "state": v.state}


def cmd_stock(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    views = ctx.station.shop.stock.stock(ctx.actor, args.product)
    return {"stock": [{"product_id": s.product.id, "name": s.product.name, "unit": s.product.unit, "qty": s.qty,
                       "on_hand": s.on_hand, "lots": [lot_json(x) for x in s.lots]} for s in views]}


def cmd_ledger(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    actor = ctx.actor
    shop = ctx.station.shop
    fmt = check_format(args.fmt) if args.fmt else None
    if fmt and not args.out:
        raise InvalidInput("export.out_required")
    rows = shop.ledgers.rows(actor, args.kind, args.start, args.end, args.category)
    if fmt is None:
        listed = [mask_row(args.kind, r) for r in rows]
        return {"kind": args.kind, "count": len(listed), "rows": listed}
    start, end = shop.ledgers.period(args.start, args.end)
    info = ctx.station.info
    now = ctx.station.store.clock.now()
    words = LEDGER_WORDS
    table = ledger_table(args.kind, rows, titles=LEDGER_TITLES, words=words, title=LEDGER_NAMES[args.kind],
                         fields=[(words["station"], f"{info.name} {info.code}"), (words["period"], f"{start} — {end}"),
                                 (words["generated"], now.strftime("%Y-%m-%d %H:%M UTC"))], generated_at=now)
    out = Path(args.out)
    if fmt == "pdf":
        from ...ui.printing.export import save_table_pdf  # the printing layer, offscreen: only for a PDF
        from ..printing import headless_qt

        headless_qt(ctx.station)
        path = save_table_pdf(table, out)
    else:
        path = write_export(table, fmt, out)
    return {"kind": args.kind, "format": fmt, "path": str(path), "rows": table.count, "from": start, "to": end}


def cmd_ledger_purge(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    return {"removed": ctx.station.shop.ledgers.purge(ctx.actor, args.before)}


def cmd_recall(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    views = ctx.station.shop.recalls.recall(ctx.actor, lot=args.lot, product=args.product, reason=args.reason)
    first = recall_json(views[0])
    buyers = [b for v in views for b in recall_json(v)["buyers"]]
    return {**first, "buyers": buyers, "recalls": [recall_json(v) for v in views]}


def cmd_recalls(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    return {"recalls": [recall_json(v) for v in ctx.station.shop.recalls.list(ctx.actor)]}


def cmd_buyer_phone(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    phone = ctx.station.shop.recalls.reveal_phone(ctx.actor, args.recall, args.sale)
    return {"recall": args.recall, "sale": args.sale, "phone": phone, "audited": True}


def cmd_flags(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    flags = ctx.station.shop.flags.list(ctx.actor, open_only=not args.all)
    return {"flags": [{"flag_id": f.id, "sale_number": f.sale_number, "sold_on": f.sold_on, "product": f.product_name,
                       "qty": f.qty, "rule": f.rule_key, "effective_from": f.effective_from,
                       "acknowledged": f.acknowledged, "note": f.note} for f in flags]}


def cmd_flag_ack(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    f = ctx.station.shop.flags.acknowledge(ctx.actor, args.flag, args.note)
    return {"flag_id": f.id, "acknowledged": f.acknowledged, "note": f.note}
