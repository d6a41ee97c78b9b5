"""Consignment documents printed for real: the intake receipt (58 and 80 mm) and the statement (A4 and
80 mm) as PDFs, read back with pdftotext (the Chinese exactly, names and phones masked, the farmer's
signing line) and decoded with zxing-cpp (the QR reads back to the lot / the statement)."""
# ruff: noqa: F811 - fixtures come from consign_support

from __future__ import annotations

import shutil

import pytest

from app.ui.consignment.documents import intake_receipt, sale_receipt, statement_receipt, statement_sheet
from app.ui.i18n import install_language
from app.ui.printing import save_pdf

from .consign_support import TO, _station_template, actors, clerk, cm, farmer, lot, station  # noqa: F401
from .test_printing import decode, flat, page_sizes_mm, pdf_text, rasterise

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")


@pytest.fixture
def chinese(qapp):
    install_language(qapp, "zh_CN")
    yield
    install_language(qapp, "en")


@pytest.fixture
def documents(chinese, station, cm, clerk, farmer, tmp_path):
    lot = cm.intake.take_in(clerk, "F1", product="巫山脆李", variety="特早熟", grade="一级", unit="kg", qty="25.5",
                            price_fen=800, cert={"origin": "巫山县龙凤村", "producer": "何永福", "contact": "13512340000",
                                                 "basis": "self_promise"})
    sale = cm.moves.sell(clerk, lot.code, "2.345", 900)
    cm.moves.ship(clerk, lot.code, "5", weight_g=5400, **TO)
    cm.moves.spoil(clerk, lot.code, "0.5", "压坏")
    st = cm.settlement.pay(clerk, cm.settlement.settle(clerk, "F1").code)
    name, code = station.info.name, station.info.code
    return {
        "intake58": save_pdf(intake_receipt(lot, name, code), tmp_path / "intake58.pdf", receipt_width_mm=58),
        "intake80": save_pdf(intake_receipt(lot, name, code), tmp_path / "intake80.pdf", receipt_width_mm=80),
        "sale": save_pdf(sale_receipt(sale, name, code), tmp_path / "sale.pdf", receipt_width_mm=58),
        "a4": save_pdf(statement_sheet(st, name, code), tmp_path / "a4.pdf"),
        "s80": save_pdf(statement_receipt(st, name, code), tmp_path / "s80.pdf", receipt_width_mm=80),
    }, st


def test_the_intake_receipt_reads_back_to_the_lot(documents):
    pdfs, _ = documents
    for name, width in (("intake58", 58), ("intake80", 80)):
        [(w, _h)] = page_sizes_mm(pdfs[name])
        assert abs(w - width) < 0.5
        text = flat(pdf_text(pdfs[name]))
        for expected in ("代销收货单", "测试村站", "L000001", "F0001何**", "135****0000", "巫山脆李·特早熟", "一级",
                         "25.5公斤", "保底价", "¥8.00/公斤", "5%", "2026-06-08", "承诺达标合格证", "巫山县龙凤村",
                         "何**", "自我承诺", "农户:"):
            assert expected in text, (name, expected)
        assert "13512340000" not in text and "何永福" not in text
        codes = decode(rasterise(pdfs[name], dpi=200))
        assert codes.get("QR Code") == ["YYT:LOT:L000001"] and codes.get("Code 128") == ["L000001"], codes


def test_the_statement_on_a4_and_on_the_roll(documents, cm, clerk):
    pdfs, st = documents
    [(w, h)] = page_sizes_mm(pdfs["a4"])
    assert (round(w), round(h)) == (210, 297)
    a4 = flat(pdf_text(pdfs["a4"]))
    for expected in ("代销结算单", "S000001", "F0001何**", "135****0000", "售出", "寄出", "报损", "2.345公斤",
                     "¥9.00/公斤", "21.11", "销售总额", f"¥{st.gross_fen / 100:.2f}", "减：佣金", "减：邮费",
                     "应付农户", f"¥{st.payable_fen / 100:.2f}", "已付", "农户:", "经办人:"):
        assert expected in a4, expected
    assert "13512340000" not in a4
    codes = decode(rasterise(pdfs["a4"], dpi=200))
    assert codes.get("QR Code") == ["YYT:STM:S000001"] and codes.get("Code 128") == ["S000001"], codes
    [(w, _h)] = page_sizes_mm(pdfs["s80"])
    assert abs(w - 80) < 0.5
    roll = flat(pdf_text(pdfs["s80"]))
    for expected in ("代销结算单", "S000001", "应付农户", "农户:", "收到款项后请签字。"):
        assert expected in roll, expected
    assert decode(rasterise(pdfs["s80"], dpi=200)).get("QR Code") == ["YYT:STM:S000001"]
    # the scanned QR opens the statement
    assert cm.settlement.get(clerk, "YYT:STM:S000001").id == st.id
    assert "农产品销售小票" in flat(pdf_text(pdfs["sale"]))
