"""The README's shop pictures, made by the real window on a temporary demo station:

    python -m app.ui.shop.shots OUT_DIR [--lang zh_CN|en]

writes ``shop-sell.png`` (a basket scanned in, each line with the lots FEFO takes, and a
restricted-use pesticide with the real-name form), ``shop-stock.png`` (lots in expiry colours),
``shop-stockin.png``, ``shop-ledgers.png`` (the §27 sales ledger) and ``shop-recall.png`` (a lot
recalled, its buyers masked)."""

from __future__ import annotations

import sys

from ..shots_kit import shots_session


def main(argv: list[str] | None = None) -> int:
    from ...core.shop.demo import _ean

    with shots_session("python -m app.ui.shop.shots", argv) as s:
        station, pins = s.station, s.pins
        clerk = station.users.authenticate("clerk", pins["clerk"])
        window = s.open()
        grab = s.grab
        window.sign_in(clerk)
        window.shell.open("shop")
        page = window.shell.current_page
        sell = page.open("sell")
        sell.qty.setValue(3)
        sell.scanned(_ean(1))  # 复合肥: 1 from the lot expiring soon, then the next
        sell.scanned(_ean(5))
        sell.scanned(_ean(7))  # 40%乐果乳油: restricted → the real-name form
        from ...core.validate.identity import resident_id_check_char

        first = "50024019780512031"
        for widget, text in ((sell.buyer.name, "谭永林"), (sell.buyer.resident_id, first + resident_id_check_char(first)),
                             (sell.buyer.phone, "13896541234"), (sell.buyer.address, "石柱县黄水镇龙凤村三组27号"),
                             (sell.buyer.crop, "柑橘 红蜘蛛")):
            widget.setText(text)
        sell.buyer.resident_id.commit()
        sell.buyer.explained.setChecked(True)
        grab("shop-sell.png")
        page.open("stock")
        grab("shop-stock.png")
        stockin = page.open("stockin")
        stockin.scanned(_ean(6))
        stockin.lot.setText("BZ2611")
        stockin.qty.setValue(12)
        stockin.cost.setText("21.00")
        stockin.supplier.setText("石柱县农资有限公司")
        stockin.supplier_phone.setText("023-73321234")
        stockin.label_code.setText("1" + "181234" + "2026110100001234567890123")
        grab("shop-stockin.png")
        ledgers = page.open("ledgers")
        ledgers.kind.setCurrentIndex(1)
        grab("shop-ledgers.png")
        station.shop.recalls.recall(clerk, lot="LG2512", reason="厂家召回通知 2026-08 号")
        page.open("recall")
        grab("shop-recall.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
