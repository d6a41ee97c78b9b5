"""The shop's printed documents: the sale receipt (58/80 mm roll)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.documents import Field, ItemRow, Receipt, Total
from ...core.shop import SaleView
from ...messages import render
from ..i18n import translate_error_template


def sale_receipt(sale: SaleView, station_name: str, station_code: str) -> Receipt:
    """A sale's receipt: number, clerk, each line with its lots, the total; for a real-name sale
    the buyer (masked) and the safety reminder."""
    lines: list[Field | ItemRow] = [
        Field(QCoreApplication.translate("ShopReceipt", "Sale no."), str(sale.number)),
        Field(QCoreApplication.translate("ShopReceipt", "Clerk"), sale.clerk),
    ]
    for ln in sale.lines:
        lots = ", ".join(f"{a.lot_no}×{a.qty}" for a in ln.lots)
        lines.append(ItemRow(f"{ln.name} {ln.spec} [{lots}]", f"{ln.qty} {ln.unit}", ln.unit_price_fen, ln.amount_fen))
    footer = QCoreApplication.translate("ShopReceipt", "Thank you")
    if sale.restricted:
        b = sale.buyer
        lines += [Field(QCoreApplication.translate("ShopReceipt", "Buyer"), b.name),
                  Field(QCoreApplication.translate("ShopReceipt", "Resident ID"), b.resident_id),
                  Field(QCoreApplication.translate("ShopReceipt", "Phone"), b.phone),
                  Field(QCoreApplication.translate("ShopReceipt", "Crop / pest"), b.crop)]
        footer = render("shop.safety_reminder", {}, translate_error_template)
    return Receipt(title=QCoreApplication.translate("ShopReceipt", "Agri-input sale"), station_name=station_name,
                   station_code=station_code, issued_at=sale.sold_at,
                   lines=lines, totals=[Total(QCoreApplication.translate("ShopReceipt", "Total"), sale.total_fen,
                                              strong=True)],
                   barcode=f"S{sale.number:06d}", footer=footer)
