"""The README's consignment pictures, made by the real window on a temporary demo station:

    python -m app.ui.consignment.shots OUT_DIR [--lang zh_CN|en] [--size 1366x768]

writes ``consignment-intake.png`` (a lot just taken in: its code huge), ``consignment-lots.png`` (a
lot opened by scanning its receipt's QR, a sale being typed), ``consignment-settle.png`` (a farmer's
statement made, waiting to be paid) and the printed ``consignment-receipt.png`` (58 mm intake
receipt) and ``consignment-statement.png`` (A4 statement), rendered with pdftoppm."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.ui.consignment.shots")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("YYT_NO_LOG", "1")
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ...core.demo import DEMO_USERS, build_demo
    from ...paths import DataPaths
    from ..app import open_window

    app = QApplication.instance() or QApplication([sys.argv[0]])
    out = args.out_dir
    out.mkdir(parents=True, exist_ok=True)
    width, height = (int(v) for v in args.size.lower().split("x"))
    pins = {u.username: u.pin for u in DEMO_USERS}
    with tempfile.TemporaryDirectory(prefix="yyt-consign-shots-") as tmp:
        station = build_demo(DataPaths(Path(tmp) / "station"))
        clerk = station.users.authenticate("clerk", pins["clerk"])
        window = open_window(app, station, args.lang, owns_station=True, synchronous=True, sounds=False,
                             full_screen_carrier=False, background_sync=False)
        try:
            window.resize(width, height)
            window.show()

            def grab(name: str) -> None:
                QTest.qWait(450)  # the success flash fades first
                path = out / name
                window.grab().save(str(path), "PNG")
                print(path)

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
            if shutil.which("pdftoppm") and receipt and sheet and statement is not None:
                for pdf, name, dpi in ((receipt, "consignment-receipt", 150), (sheet, "consignment-statement", 100)):
                    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-singlefile", str(pdf), str(out / name)],
                                   check=True)
                    print(out / f"{name}.png")
        finally:
            window.close()
            window.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
