"""The README's consignment pictures, made by the real window on a temporary demo station:

    python -m app.ui.consignment.shots OUT_DIR [--lang zh_CN|en] [--size 1366x768]

writes ``consignment-intake.png`` (a lot just taken in: its code huge), ``consignment-lots.png`` (a
lot opened by scanning its receipt's QR, a sale being typed), ``consignment-settle.png`` (a farmer's
statement made, waiting to be paid) and the printed ``consignment-receipt.png`` (58 mm intake
receipt) and ``consignment-statement.png`` (A4 statement), rendered with pdftoppm."""

from __future__ import annotations

import sys

from ..shots_kit import shots_session


def main(argv: list[str] | None = None) -> int:
    with shots_session("python -m app.ui.consignment.shots", argv) as s:
        clerk = s.user("clerk")
        window = s.open()
        grab = s.grab
        window.sign_in(clerk)
        window.shell.open("consignment")
        page = window.shell.current_page
        intake = page.open("intake")
        intake.farmer.query.setText("1234")
        intake.farmer.search()
        intake.product.setEditText("奉节脐橙")
        intake.variety.setText("纽荷尔")
        intake.qty.setText("36.5")
        intake.price.setText("6.80")
        intake.cert.setChecked(True)
        intake.cert_origin.setText("奉节县石桥村")
        intake.cert_producer.setText("李秀英")
        intake.take_in()
        receipt = intake.last_printed
        grab("consignment-intake.png")
        lots = page.open("lots")
        page.scan("YYT:LOT:L000001")
        lots.sell_qty.setText("2.5")
        lots.sell_price.setText("8.50")
        grab("consignment-lots.png")
        settle = page.open("settle")
        settle.farmer.query.setText("1234")
        settle.farmer.search()
        settle.settle()
        grab("consignment-settle.png")
        statement = settle.statement
        settle.print_sheet()
        sheet = settle.last_printed
        if statement is not None:
            s.pdf_page(receipt, "consignment-receipt", 150)
            s.pdf_page(sheet, "consignment-statement", 100)
    return 0


if __name__ == "__main__":
    sys.exit(main())
