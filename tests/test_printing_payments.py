"""The payments' documents printed for real in Chinese: the pending receipt (待确认, not a voucher;
the reference as Code128 and QR), the refund receipt, and the Z report on 58/80 mm and A4 — read
back with pdftotext, the codes decoded with zxing-cpp from a 300 dpi rendering."""

from __future__ import annotations

import shutil

import pytest

from app.ui.i18n import install_language
from app.ui.payments.documents import payment_receipt, refund_receipt, z_receipt, z_sheet
from app.ui.printing import save_pdf

from .helpers.payments import decide
from .test_printing import decode, flat, page_sizes_mm, pdf_text, rasterise

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")


@pytest.fixture
def chinese(qapp):
    install_language(qapp, "zh_CN")
    yield
    install_language(qapp, "en")


def test_receipts_and_z_in_chinese_with_a_decodable_reference(chinese, station, actors, tmp_path):
    clerk = actors["clerk"]
    station.cash.open(clerk, 20000)
    p = station.payments.take(clerk, "mobile", "13812345678", 5000, payer="陈建华")
    e = station.payments.take(clerk, "electricity", "0312556677", 12050)
    decide(station, p.id, "rejected", "号码已停机")
    refunded = station.payments.refund(clerk, p.reference)
    info = station.info

    receipt = save_pdf(payment_receipt(e, info.name, info.code, "张丽"), tmp_path / "pending.pdf", receipt_width_mm=58)
    text = flat(pdf_text(receipt))
    for words in ("生活缴费受理凭条", "本凭条不是缴费凭证", "国网重庆市电力公司", "120.50", "待确认", e.reference):
        assert words in text, words
    found = decode(rasterise(receipt))
    assert e.reference in found.get("QR Code", []) and e.reference in found.get("Code 128", [])

    refund = save_pdf(refund_receipt(refunded, info.name, info.code, "张丽"), tmp_path / "refund.pdf")
    text = flat(pdf_text(refund))
    assert "缴费退款凭条" in text and "号码已停机" in text and "138****5678" in text and "13812345678" not in text
    assert p.reference in decode(rasterise(refund)).get("QR Code", [])

    z = station.cash.close(clerk, 20000 + 12050)
    for width in (58, 80):
        pdf = save_pdf(z_receipt(z), tmp_path / f"z{width}.pdf", receipt_width_mm=width)
        [(w, _h)] = page_sizes_mm(pdf)
        assert abs(w - width) < 0.5
        text = flat(pdf_text(pdf))
        for words in ("交班报表", "应有现金", "实点现金", "缴费·收款×2", "缴费·退款×1", "尚待确认的缴费×1", "320.50",
                      "国网重庆市电力公司", z.content_hash[:16]):
            assert words in text, (width, words)
        assert f"Z:{z.station_code}:{z.number}:{z.content_hash}" in decode(rasterise(pdf)).get("QR Code", [])
    a4 = save_pdf(z_sheet(z), tmp_path / "z-a4.pdf")
    [(w, h)] = page_sizes_mm(a4)
    assert abs(w - 210) < 1 and abs(h - 297) < 1
    text = flat(pdf_text(a4))
    for words in ("交班报表", "备用金", "手机话费充值", "退款", "尚待确认", "督导", "320.50"):
        assert words in text, words
