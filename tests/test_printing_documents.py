"""The Qt-free document model: money through format_fen, masking at construction, typed errors."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.documents import (
    Column,
    Field,
    ItemRow,
    Label,
    Party,
    Receipt,
    Sheet,
    Total,
    check_receipt_width,
    document_stem,
    mask_name,
)
from app.core.errors import InvalidInput, NotAllowed
from app.messages import MESSAGES


def _label(**kw) -> Label:
    base = dict(waybill="CQ0001000000017", carrier="EMS", sender=Party("陈建华", "13812341234", "龙凤村三组"),
                recipient=Party("刘晓燕", "13987654321", "成都市武侯区"), weight_g=1250, station_name="测试村站")
    base.update(kw)
    return Label(**base)


def test_amounts_are_integer_fen_formatted_by_format_fen():
    item = ItemRow("复合肥", "2", 16500, 33000)
    assert (item.unit_price_text, item.amount_text) == ("165.00", "330.00")
    assert Total("找零", -950).amount_text == "-9.50"
    with pytest.raises(InvalidInput) as e:
        ItemRow("复合肥", "2", 165.0, 330)  # a float is never money
    assert e.value.code == "money.invalid"
    with pytest.raises(InvalidInput):
        Total("合计", True)


def test_label_parties_are_masked_when_built():
    label = _label()
    assert label.recipient.phone == "139****4321" and label.recipient.name == "刘**"
    assert label.sender.phone == "138****1234" and label.sender.name == "陈**"
    assert "13987654321" not in repr(label) and "13812341234" not in repr(label)
    assert label.barcode == label.waybill  # the waybill is the barcode unless told otherwise
    assert label.weight_text == "1.25 kg" and _label(weight_g=350).weight_text == "350 g"
    assert mask_name("张三") == "张*" and mask_name("张*") == "张*" and mask_name("") == ""


def test_sheet_cells_are_converted_by_their_column():
    sheet = Sheet("路单", (Column("电话", "phone"), Column("收件人", "name"), Column("代收", "money"),
                           Column("件数", "number")),
                  rows=[("13912345678", "王大山", 350, 2), (None, "李*", 0, 1)])
    assert sheet.rows == (("139****5678", "王**", "3.50", "2"), ("", "李*", "0.00", "1"))
    assert "13912345678" not in repr(sheet)
    assert sheet.columns[2].right_aligned and not sheet.columns[0].right_aligned
    with pytest.raises(InvalidInput) as e:
        Sheet("路单", (Column("a"), Column("b")), rows=[("only one",)])
    assert e.value.code == "document.row_width"
    with pytest.raises(InvalidInput) as e:
        Sheet("路单", (), rows=[])
    assert e.value.code == "document.no_columns"


@pytest.mark.parametrize("value", ["运单123", "A" * 49, "", "tab\there"])
def test_barcode_values_code128_cannot_carry_are_refused(value):
    with pytest.raises(InvalidInput) as e:
        Receipt("收据", "村站", barcode=value)
    assert e.value.code == "document.barcode_invalid"


def test_other_bad_documents_are_refused():
    with pytest.raises(InvalidInput) as e:
        Receipt("收据", "村站", qr="x" * 301)
    assert e.value.code == "document.qr_too_long"
    with pytest.raises(InvalidInput) as e:
        Receipt("收据", "村站", lines=[("单号", "1")])
    assert e.value.code == "document.line_invalid"
    with pytest.raises(InvalidInput) as e:
        _label(weight_g=-1)
    assert e.value.code == "document.weight_invalid"
    for width in (58, 80):
        assert check_receipt_width(width) == width
    with pytest.raises(InvalidInput) as e:
        check_receipt_width(70)
    assert e.value.code == "document.width_invalid"


def test_every_document_and_printer_code_has_words():
    codes = ["document.barcode_invalid", "document.qr_too_long", "document.line_invalid",
             "document.weight_invalid", "document.no_columns", "document.row_width",
             "document.width_invalid", "printer.not_found", "printer.failed", "printer.save_failed"]
    assert [c for c in codes if c not in MESSAGES] == []


def test_receipt_shows_local_time_and_file_stem_is_ascii():
    r = Receipt("收据", "村站", issued_at="2026-06-01T01:30:00.000Z", lines=[Field("单号", "P-1")], barcode="P-0001")
    assert r.issued_text == "2026-06-01 09:30"
    when = dt.datetime(2026, 6, 1, 1, 30, tzinfo=dt.UTC)
    assert document_stem(r, when) == "receipt-20260601-093000-P0001"
    assert document_stem(_label(), when) == "label-20260601-093000-CQ0001000000017"


def test_printing_settings_are_registered_and_checked(station, actors):
    settings = station.settings
    assert settings.get("printing.receipt_width_mm") == 58
    assert settings.get("printing.printer_name") == ""
    assert settings.set(actors["admin"], "printing.receipt_width_mm", "80") == 80
    with pytest.raises(InvalidInput):
        settings.set(actors["admin"], "printing.receipt_width_mm", 70)
    with pytest.raises(NotAllowed):
        settings.set(actors["clerk"], "printing.printer_name", "Thermal-58")
    assert settings.get("printing.receipt_width_mm") == 80
