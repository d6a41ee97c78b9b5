"""Printable documents of consignment, filled from the core's views: the intake receipt (58/80 mm,
with the lot's Code128 and a QR the scanner reads back to the lot), the buyer's sale receipt, and
the farmer's statement on A4 and on an 80 mm roll — both with the farmer's signature line and the
statement's QR. Masking happens in the core's views and in :mod:`app.core.documents`; the words are
translated here (context ``ConsignDocuments``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.consignment import LotView, SaleResult, StatementView
from ...core.documents import Column, Field, ItemRow, Receipt, Sheet, Total, local_time_text
from ...core.money import format_fen
from .words import basis_word, kind_word, payout_word, price_kind_word, price_text, qty_text, rate_text


def intake_receipt(lot: LotView, station_name: str, station_code: str) -> Receipt:
    """收货单: what the farmer brought, at which price and commission, until when; the lot's code as
    Code128 and QR (``YYT:LOT:L000012``), the farmer's signing line."""
    product = " · ".join(p for p in (lot.product, lot.variety) if p)
    lines = [
        Field(QCoreApplication.translate("ConsignDocuments", "Lot"), lot.code),
        Field(QCoreApplication.translate("ConsignDocuments", "Farmer"), f"{lot.farmer_code} {lot.farmer_name}"),
        Field(QCoreApplication.translate("ConsignDocuments", "Phone"), lot.farmer_phone),
        Field(QCoreApplication.translate("ConsignDocuments", "Product"), product),
        Field(QCoreApplication.translate("ConsignDocuments", "Grade"), lot.grade),
        Field(QCoreApplication.translate("ConsignDocuments", "Quantity"), qty_text(lot.qty, lot.unit)),
        Field(price_kind_word(lot.price_kind), price_text(lot.price_fen, lot.unit)),
        Field(QCoreApplication.translate("ConsignDocuments", "Commission"), rate_text(lot.commission_bp)),
        Field(QCoreApplication.translate("ConsignDocuments", "Return by"), lot.return_by),
    ]
    cert = lot.certificate
    if cert is not None:
        lines += [
            Field(QCoreApplication.translate("ConsignDocuments", "Certificate"),
                  QCoreApplication.translate("ConsignDocuments", "Promise of compliance")),
            Field(QCoreApplication.translate("ConsignDocuments", "Origin"), cert.origin),
            Field(QCoreApplication.translate("ConsignDocuments", "Producer"), cert.producer),
            Field(QCoreApplication.translate("ConsignDocuments", "Contact"), cert.contact or "—"),
            Field(QCoreApplication.translate("ConsignDocuments", "Certificate date"), cert.date),
            Field(QCoreApplication.translate("ConsignDocuments", "Promise basis"), basis_word(cert.basis)),
        ]
    return Receipt(
        title=QCoreApplication.translate("ConsignDocuments", "Consignment intake receipt"),
        station_name=station_name, station_code=station_code, issued_at=lot.received_at, lines=lines,
        signatures=(QCoreApplication.translate("ConsignDocuments", "Farmer"),),
        barcode=lot.code, qr=lot.qr,
        footer=QCoreApplication.translate(
            "ConsignDocuments", "The produce is the farmer's until sold. Keep this receipt for the settlement."),
    )


def sale_receipt(result: SaleResult, station_name: str, station_code: str) -> Receipt:
    """The buyer's receipt for a counter sale (or a shipment paid at the counter)."""
    m, lot = result.move, result.lot
    lines: list[Field | ItemRow] = [
        Field(QCoreApplication.translate("ConsignDocuments", "Lot"), lot.code),
        ItemRow(f"{lot.product} {lot.grade}", qty_text(m.qty, m.unit), m.unit_price_fen, m.gross_fen),
    ]
    if result.waybill:
        lines.append(Field(QCoreApplication.translate("ConsignDocuments", "Waybill"), result.waybill))
    return Receipt(
        title=QCoreApplication.translate("ConsignDocuments", "Farm produce sale"),
        station_name=station_name, station_code=station_code, issued_at=m.at, lines=lines,
        totals=(Total(QCoreApplication.translate("ConsignDocuments", "Total"), m.gross_fen, strong=True),),
        footer=QCoreApplication.translate("ConsignDocuments", "Sold for the farmer by the station"),
    )


def _status(st: StatementView) -> str:
    if st.payout is None:
        return QCoreApplication.translate("ConsignDocuments", "Not paid yet")
    return QCoreApplication.translate("ConsignDocuments", "Paid {amount} ({method}) {when}").format(
        amount="¥" + format_fen(st.payout.amount_fen), method=payout_word(st.payout.method),
        when=local_time_text(st.payout.paid_at))


def _fields(st: StatementView) -> list[Field]:
    f = st.farmer
    return [
        Field(QCoreApplication.translate("ConsignDocuments", "Statement"), st.code),
        Field(QCoreApplication.translate("ConsignDocuments", "Farmer"), f"{f.code} {f.name}"),
        Field(QCoreApplication.translate("ConsignDocuments", "Phone"), f.phone),
        Field(QCoreApplication.translate("ConsignDocuments", "Village"), f.village or "—"),
        Field(QCoreApplication.translate("ConsignDocuments", "Lines"), str(len(st.lines))),
        Field(QCoreApplication.translate("ConsignDocuments", "Payout"), _status(st)),
    ]


def _totals(st: StatementView) -> list[Total]:
    totals = [Total(QCoreApplication.translate("ConsignDocuments", "Gross sales"), st.gross_fen),
              Total(QCoreApplication.translate("ConsignDocuments", "Less commission"), st.commission_fen),
              Total(QCoreApplication.translate("ConsignDocuments", "Less postage"), st.shipping_fen),
              Total(QCoreApplication.translate("ConsignDocuments", "Net"), st.net_fen)]
    if st.carried_in_fen:
        totals.append(Total(QCoreApplication.translate("ConsignDocuments", "Owed from the last statement"),
                            st.carried_in_fen))
    totals.append(Total(QCoreApplication.translate("ConsignDocuments", "To pay the farmer"), st.payable_fen, strong=True))
    if st.carried_out_fen:
        totals.append(Total(QCoreApplication.translate("ConsignDocuments", "Carried to the next statement"),
                            st.carried_out_fen))
    return totals


def _line_price(price_fen: int, unit: str) -> str:
    return price_text(price_fen, unit) if price_fen else ""


def statement_sheet(st: StatementView, station_name: str, station_code: str) -> Sheet:
    """The farmer's statement on A4: every line with its quantity, price, gross, commission,
    postage and net; the totals; the farmer's and the clerk's signing lines; Code128 and QR."""
    rows = [(local_time_text(m.at)[5:], m.lot_code, m.product, kind_word(m.kind), qty_text(m.qty, m.unit),
             _line_price(m.unit_price_fen, m.unit), m.gross_fen, m.commission_fen, m.shipping_fen, m.net_fen)
            for m in st.lines]
    return Sheet(
        title=QCoreApplication.translate("ConsignDocuments", "Consignment statement"),
        columns=(Column(QCoreApplication.translate("ConsignDocuments", "Date"), "text", 1.0),
                 Column(QCoreApplication.translate("ConsignDocuments", "Lot"), "text", 0.9),
                 Column(QCoreApplication.translate("ConsignDocuments", "Product"), "text", 0.9),
                 Column(QCoreApplication.translate("ConsignDocuments", "What"), "text", 0.9),
                 Column(QCoreApplication.translate("ConsignDocuments", "Quantity"), "text", 0.8),
                 Column(QCoreApplication.translate("ConsignDocuments", "Price"), "text", 0.9),
                 Column(QCoreApplication.translate("ConsignDocuments", "Gross"), "money", 0.8),
                 Column(QCoreApplication.translate("ConsignDocuments", "Commission"), "money", 0.8),
                 Column(QCoreApplication.translate("ConsignDocuments", "Postage"), "money", 0.8),
                 Column(QCoreApplication.translate("ConsignDocuments", "Net"), "money", 0.8)),
        rows=rows, station_name=station_name, station_code=station_code, issued_at=st.created_at,
        fields=_fields(st), totals=_totals(st),
        signatures=(QCoreApplication.translate("ConsignDocuments", "Farmer"),
                    QCoreApplication.translate("ConsignDocuments", "Clerk")),
        footer=QCoreApplication.translate(
            "ConsignDocuments", "Commission is rounded to the fen on each sale line. Corrections appear on the next statement."),
        barcode=st.code, qr=st.qr,
    )


def statement_receipt(st: StatementView, station_name: str, station_code: str) -> Receipt:
    """The same statement on a receipt roll (80 mm recommended): one item per line, the totals, the
    farmer's signing line and the statement's QR."""
    lines: list[Field | ItemRow] = list(_fields(st))
    for m in st.lines:
        name = f"{m.lot_code} {m.product} · {kind_word(m.kind)}"
        if not m.unit_price_fen:  # spoiled, given back: a quantity, no money
            lines.append(Field(name, qty_text(m.qty, m.unit)))
            continue
        lines.append(ItemRow(name, qty_text(m.qty, m.unit), m.unit_price_fen, m.gross_fen))
        if m.commission_fen or m.shipping_fen:
            lines.append(Field("  " + QCoreApplication.translate("ConsignDocuments", "less commission / postage"),
                               f"{format_fen(m.commission_fen)} / {format_fen(m.shipping_fen)}"))
    return Receipt(
        title=QCoreApplication.translate("ConsignDocuments", "Consignment statement"),
        station_name=station_name, station_code=station_code, issued_at=st.created_at, lines=lines,
        totals=_totals(st),
        signatures=(QCoreApplication.translate("ConsignDocuments", "Farmer"),
                    QCoreApplication.translate("ConsignDocuments", "Clerk")),
        barcode=st.code, qr=st.qr,
        footer=QCoreApplication.translate("ConsignDocuments", "Sign when you receive the money."),
    )
