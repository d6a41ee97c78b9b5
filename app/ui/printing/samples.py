"""Sample documents: what the README's receipt screenshot shows, and what the print tests use.

``python -m app.ui.printing.samples OUT_DIR [--png] [--lang zh_CN]`` writes every sample as a PDF
(and, with ``--png``, each first page as PNG through ``pdftoppm``) — the way
``docs/screenshots/receipt.png`` is made (``--lang zh_CN --png``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from ...core.documents import Column, Field, ItemRow, Label, Party, Receipt, Sheet, Total

ISSUED = "2026-06-01T01:30:00.000Z"  # 09:30 at the station
LONG_ADDRESS = "重庆市石柱土家族自治县黄水镇龙凤村三组二十七号（村委会往东走三百米，过石桥后左手边第二家，门口有棵黄葛树）"


def payment_receipt() -> Receipt:
    """An electricity payment taken offline: pending confirmation, with barcode and QR."""
    return Receipt(
        title="生活缴费收据（电费）",
        station_name="龙凤村邮运通服务站",
        station_code="CQ5001010001",
        issued_at=ISSUED,
        lines=(
            Field("单号", "PAY-20260601-0007"),
            Field("户号", "0312 5566 7788"),
            Field("户名", "陈*华"),
            Field("营业员", "张丽"),
            Field("地址", LONG_ADDRESS),
        ),
        totals=(Total("缴费金额", 12050, strong=True), Total("实收现金", 13000), Total("找零", 950)),
        barcode="PAY202606010007",
        qr="https://yyt.cq.example/r/PAY202606010007",
        footer="网络恢复后自动确认；如未到账，凭本收据在本站办理退款。服务电话 023-6888 1234",
        pending_confirmation=True,
    )


def sale_receipt() -> Receipt:
    """An agri-input sale with item rows."""
    return Receipt(
        title="农资销售小票",
        station_name="龙凤村邮运通服务站",
        station_code="CQ5001010001",
        issued_at=ISSUED,
        lines=(
            Field("单号", "SALE-0042"),
            ItemRow("复合肥（15-15-15）50kg 农资登记证号 渝农肥(2024)准字1234号", "2", 16500, 33000),
            ItemRow("吡虫啉 10% 可湿性粉剂 20g", "5", 350, 1750),
            ItemRow("菜籽（散装）", "1.5 kg", 2400, 3600),
        ),
        totals=(Total("合计", 38350, strong=True),),
        barcode="SALE0042",
        footer="谢谢惠顾",
    )


def parcel_label() -> Label:
    """An outbound produce parcel's label."""
    return Label(
        waybill="CQ5001010001000127",
        carrier="EMS 中国邮政",
        sender=Party("陈建华", "13812341234", "重庆市石柱县黄水镇龙凤村三组"),
        recipient=Party("刘晓燕", "13987654321", "四川省成都市武侯区人民南路四段 18 号 华西小区 3 栋 2 单元 601"),
        weight_g=5250,
        station_name="龙凤村邮运通服务站",
        station_code="CQ5001010001",
        created_at=ISSUED,
        contents="脆李 两箱",
        price_fen=1800,
        tags=("农产品", "脆李"),
        qr="https://yyt.cq.example/w/CQ5001010001000127",
        remark="易碎，轻放。",
    )


def round_sheet(rows: int = 14) -> Sheet:
    """A carrier's round sheet: parcels taken out for home delivery."""
    names = ["陈建华", "刘晓燕", "王大山", "李秀英", "欧阳娜娜", "赵平"]
    data = []
    for i in range(rows):
        data.append((
            i + 1, f"A-{i % 4 + 1}-{127 + i:04d}", f"9{i:02d}8765432{i % 10}CN"[:13],
            names[i % len(names)], f"139{i:04d}{5678 + i:04d}"[:11],
            LONG_ADDRESS if i == 2 else f"龙凤村{i % 5 + 1}组", 0 if i % 3 else 350,
        ))
    return Sheet(
        title="送货上门路单",
        columns=(
            Column("序号", "number", 0.5), Column("取件码", "text", 1.1), Column("运单号", "text", 1.6),
            Column("收件人", "name", 0.9), Column("电话", "phone", 1.2), Column("地址", "text", 2.4),
            Column("代收(元)", "money", 0.9),
        ),
        rows=data,
        station_name="龙凤村邮运通服务站",
        station_code="CQ5001010001",
        issued_at=ISSUED,
        fields=(Field("投递员", "王大山"), Field("路线", "龙凤村一线（上午）"), Field("件数", str(rows))),
        totals=(Total("代收合计", sum(r[-1] for r in data), strong=True),),
        signatures=("投递员签字", "营业员签字"),
        footer="未投递的邮件须当日带回本站上架。",
        barcode="ROUND20260601A",
    )


SAMPLES = {
    "receipt-58": (payment_receipt, 58),
    "receipt-80": (payment_receipt, 80),
    "sale-58": (sale_receipt, 58),
    "label": (parcel_label, 58),
    "round-sheet": (round_sheet, 58),
}


def main(argv: list[str] | None = None) -> int:
    """Write every sample as a PDF (and PNG with ``--png``) into OUT_DIR."""
    parser = argparse.ArgumentParser(prog="python -m app.ui.printing.samples")
    parser.add_argument("out_dir")
    parser.add_argument("--png", action="store_true", help="also render each first page with pdftoppm")
    parser.add_argument("--dpi", type=int, default=200)
    parser.add_argument("--lang", help="print the fixed words in this language (zh_CN, en); default: the source text")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from .output import save_pdf

    _app = QGuiApplication.instance() or QGuiApplication([])
    if args.lang:
        from ..i18n import install_language

        install_language(_app, args.lang)
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for name, (make, width) in SAMPLES.items():
        pdf = save_pdf(make(), out / f"{name}.pdf", receipt_width_mm=width)
        print(pdf)
        if args.png:
            if not shutil.which("pdftoppm"):
                print("pdftoppm not found (apt-get install poppler-utils)", file=sys.stderr)
                return 1
            subprocess.run(["pdftoppm", "-png", "-r", str(args.dpi), "-f", "1", "-l", "1", "-singlefile",
                            str(pdf), str(out / name)], check=True)
            print(out / f"{name}.png")
    del _app
    return 0


if __name__ == "__main__":
    sys.exit(main())
