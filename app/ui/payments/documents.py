"""Printable documents of the payments and shift screens, filled from the core's views: the
pending receipt (待确认 — not a payment voucher; the reference as Code128 and QR), the refund
receipt, and the Z report on a roll (58/80 mm) or on A4. Masking happens in the core's views and
in :mod:`app.core.documents`; the words are translated here (context ``PaymentDocuments``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.cash import ZReport
from ...core.documents import Column, Field, Receipt, Sheet, Total, local_time_text
from ...core.money import format_fen
from ...core.payments import PaymentView
from .words import kind_word, reason_word, service_word, type_word


def payment_receipt(p: PaymentView, station_name: str, station_code: str, clerk: str) -> Receipt:
    """The receipt handed over when the cash is taken: pending confirmation, not a voucher."""
    lines = [Field(QCoreApplication.translate("PaymentDocuments", "Reference"), p.reference), Field(QCoreApplication.translate("PaymentDocuments", "Bill"), type_word(p.type)),
             Field(QCoreApplication.translate("PaymentDocuments", "Biller"), p.biller_name or p.biller), Field(QCoreApplication.translate("PaymentDocuments", "Account"), p.account_shown)]
    if p.payer:
        lines.append(Field(QCoreApplication.translate("PaymentDocuments", "Payer"), p.payer_shown))
    if p.scheme_year:
        lines.append(Field(QCoreApplication.translate("PaymentDocuments", "Year"), str(p.scheme_year)))
    lines.append(Field(QCoreApplication.translate("PaymentDocuments", "Clerk"), clerk))
    return Receipt(
        title=QCoreApplication.translate("PaymentDocuments", "Utility payment slip"),
        station_name=station_name, station_code=station_code, issued_at=p.created_at, lines=lines,
        totals=(Total(QCoreApplication.translate("PaymentDocuments", "Cash received"), p.amount_fen, strong=True),),
        barcode=p.reference, qr=p.reference,
        footer=QCoreApplication.translate("PaymentDocuments", "This slip is NOT a payment voucher: the payment counts once the platform confirms it. "
                  "If it is rejected, bring this slip back to the station for your cash."),
        pending_confirmation=True,
    )


def refund_receipt(p: PaymentView, station_name: str, station_code: str, clerk: str) -> Receipt:
    """The receipt of the cash handed back for a rejected payment."""
    lines = [Field(QCoreApplication.translate("PaymentDocuments", "Reference"), p.reference), Field(QCoreApplication.translate("PaymentDocuments", "Bill"), type_word(p.type)),
             Field(QCoreApplication.translate("PaymentDocuments", "Account"), p.account_shown), Field(QCoreApplication.translate("PaymentDocuments", "Paid on"), local_time_text(p.created_at)),
             Field(QCoreApplication.translate("PaymentDocuments", "Rejected because"), p.reason or QCoreApplication.translate("PaymentDocuments", "no reason given")), Field(QCoreApplication.translate("PaymentDocuments", "Clerk"), clerk)]
    return Receipt(
        title=QCoreApplication.translate("PaymentDocuments", "Payment refund"), station_name=station_name, station_code=station_code,
        issued_at=p.refunded_at, lines=lines, totals=(Total(QCoreApplication.translate("PaymentDocuments", "Cash handed back"), p.amount_fen, strong=True),),
        barcode=p.reference, qr=p.reference,
        footer=QCoreApplication.translate("PaymentDocuments", "The platform rejected this payment; the cash above was handed back in full."),
    )


def _z_qr(z: ZReport) -> str:
    return f"Z:{z.station_code}:{z.number}:{z.content_hash}"


def _line_label(service: str, kind: str, count: int) -> str:
    return f"{service_word(service)} · {kind_word(kind)} ×{count}"


def _section_fields(z: ZReport) -> list[Field]:
    out: list[Field] = []
    billers = z.extras.get("payments_by_biller") or {}
    for b in billers.get("billers", []):
        out.append(Field(f"{type_word(b['type'])} · {b['biller_name'] or b['biller']} ×{b['count']}",
                         format_fen(b["total_fen"])))
    refunds = billers.get("refunds") or {}
    if refunds.get("count"):
        out.append(Field(QCoreApplication.translate("PaymentDocuments", "Refunds ×{n}").format(n=refunds["count"]), format_fen(-refunds["total_fen"])))
    pending = z.extras.get("payments_pending") or {}
    out.append(Field(QCoreApplication.translate("PaymentDocuments", "Payments still pending ×{n}").format(n=pending.get("count", 0)),
                     format_fen(pending.get("total_fen", 0))))
    return out


def _close_fields(z: ZReport) -> list[Field]:
    out = [Field(QCoreApplication.translate("PaymentDocuments", "First count"), format_fen(z.first_count_fen))] if z.first_count_fen != z.counted_fen else []
    if z.reason:
        out.append(Field(QCoreApplication.translate("PaymentDocuments", "Reason"), reason_word(z.reason, z.reason_text)))
    if z.approved_by:
        out.append(Field(QCoreApplication.translate("PaymentDocuments", "Approved by"), z.approved_by))
    out.append(Field(QCoreApplication.translate("PaymentDocuments", "Content hash"), z.content_hash[:16]))
    return out


def z_receipt(z: ZReport) -> Receipt:
    """The Z report on the receipt roll."""
    head = [Field(QCoreApplication.translate("PaymentDocuments", "Shift"), f"#{z.number}"), Field(QCoreApplication.translate("PaymentDocuments", "Clerk"), z.display_name or z.username),
            Field(QCoreApplication.translate("PaymentDocuments", "Opened"), local_time_text(z.opened_at)), Field(QCoreApplication.translate("PaymentDocuments", "Closed"), local_time_text(z.closed_at)),
            Field(QCoreApplication.translate("PaymentDocuments", "Float"), format_fen(z.float_fen))]
    lines = [Field(_line_label(ln.service, ln.kind, ln.count), format_fen(ln.total_fen)) for ln in z.lines]
    return Receipt(
        title=QCoreApplication.translate("PaymentDocuments", "Shift close (Z report)"), station_name=z.station_name, station_code=z.station_code,
        issued_at=z.closed_at, lines=[*head, *lines, *_section_fields(z), *_close_fields(z)],
        totals=(Total(QCoreApplication.translate("PaymentDocuments", "Expected"), z.expected_fen), Total(QCoreApplication.translate("PaymentDocuments", "Counted"), z.counted_fen),
                Total(QCoreApplication.translate("PaymentDocuments", "Difference"), z.diff_fen, strong=True)),
        barcode=f"Z{z.station_code}{z.number}", qr=_z_qr(z),
    )


def z_sheet(z: ZReport) -> Sheet:
    """The Z report on A4: one row per service and kind, then payments per biller, refunds and
    what is still pending; the figures of the close; signature lines."""
    rows = [(service_word(ln.service), kind_word(ln.kind), ln.count, ln.total_fen) for ln in z.lines]
    billers = z.extras.get("payments_by_biller") or {}
    for b in billers.get("billers", []):
        rows.append((type_word(b["type"]), b["biller_name"] or b["biller"], b["count"], b["total_fen"]))
    refunds = billers.get("refunds") or {}
    rows.append((QCoreApplication.translate("PaymentDocuments", "Payments"), QCoreApplication.translate("PaymentDocuments", "refunds"), refunds.get("count", 0), -refunds.get("total_fen", 0)))
    pending = z.extras.get("payments_pending") or {}
    rows.append((QCoreApplication.translate("PaymentDocuments", "Payments"), QCoreApplication.translate("PaymentDocuments", "still pending"), pending.get("count", 0), pending.get("total_fen", 0)))
    fields = [Field(QCoreApplication.translate("PaymentDocuments", "Shift"), f"#{z.number}"), Field(QCoreApplication.translate("PaymentDocuments", "Clerk"), z.display_name or z.username),
              Field(QCoreApplication.translate("PaymentDocuments", "Opened"), local_time_text(z.opened_at)), Field(QCoreApplication.translate("PaymentDocuments", "Closed"), local_time_text(z.closed_at)),
              Field(QCoreApplication.translate("PaymentDocuments", "Float"), format_fen(z.float_fen)), *_close_fields(z)]
    return Sheet(
        title=QCoreApplication.translate("PaymentDocuments", "Shift close (Z report)"),
        columns=(Column(QCoreApplication.translate("PaymentDocuments", "Service"), "text", 1.2), Column(QCoreApplication.translate("PaymentDocuments", "Item"), "text", 2.2),
                 Column(QCoreApplication.translate("PaymentDocuments", "Count"), "number", 0.7), Column(QCoreApplication.translate("PaymentDocuments", "Amount"), "money", 1.0)),
        rows=rows, station_name=z.station_name, station_code=z.station_code, issued_at=z.closed_at,
        fields=fields,
        totals=(Total(QCoreApplication.translate("PaymentDocuments", "Expected"), z.expected_fen), Total(QCoreApplication.translate("PaymentDocuments", "Counted"), z.counted_fen),
                Total(QCoreApplication.translate("PaymentDocuments", "Difference"), z.diff_fen, strong=True)),
        signatures=(QCoreApplication.translate("PaymentDocuments", "Clerk"), QCoreApplication.translate("PaymentDocuments", "Supervisor")),
        footer=QCoreApplication.translate("PaymentDocuments", "Pending payments stay in the drawer's cash; a later rejection is refunded from a later shift."),
        barcode=f"Z{z.station_code}{z.number}",
    )
