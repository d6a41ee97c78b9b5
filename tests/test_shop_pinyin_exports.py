"""The pinyin-initials table against pypinyin's dictionary it was generated from, and the export
layer's safe writes (a failure mid-way leaves the earlier file untouched, no temporary behind)."""

from __future__ import annotations

import random

import pytest

from app.core.errors import InvalidInput
from app.core.exports import ExportColumn, ExportTable, write_csv, write_xlsx
from app.core.shop.pinyin import char_initials, initials_variants


def test_table_matches_pypinyin_dictionary():
    pypinyin = pytest.importorskip("pypinyin")
    from pypinyin.style._tone_convert import to_normal

    rng = random.Random(3)
    for cp in rng.sample(range(0x4E00, 0xA000), 800) + [ord(c) for c in "复合肥吡虫啉氧乐果长重"]:
        readings = pypinyin.pinyin_dict.pinyin_dict.get(cp, "")
        expected = "".join(dict.fromkeys(to_normal(r.strip())[0].lower() for r in readings.split(",")
                                         if r.strip() and to_normal(r.strip())[:1].isalpha()))
        assert char_initials(chr(cp)) == expected, chr(cp)
    assert initials_variants("Ｎ肥")[0] == "nf" and initials_variants("!!") == ("",)


def _table(rows):  # noqa: ANN001, ANN202
    return ExportTable(title="t", columns=[ExportColumn("a", "甲"), ExportColumn("m", "金额", "money"),
                                           ExportColumn("p", "电话", "phone")], rows=rows)


def test_a_failed_export_leaves_the_earlier_file_and_no_temporary(tmp_path):
    target = tmp_path / "out.csv"
    write_csv(_table([{"a": "x", "m": 1250, "p": "13912345678"}]), target)
    good = target.read_bytes()
    assert "12.50" in good.decode("utf-8-sig") and "139****5678" in good.decode("utf-8-sig")

    def rows():  # noqa: ANN202
        yield {"a": "y", "m": 1, "p": ""}
        yield {"a": "z", "m": 1.5, "p": ""}  # a float is not money: the export fails half-way

    for writer, path in ((write_csv, target), (write_xlsx, tmp_path / "out.xlsx")):
        with pytest.raises(InvalidInput) as e:
            writer(_table(rows()), path)
        assert e.value.code == "export.cell_invalid"
    assert target.read_bytes() == good and not (tmp_path / "out.xlsx").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]
