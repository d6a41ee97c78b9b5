"""``report daily|subsidy|sync`` on the generated history: the JSON of CLI.md v2, the exports read
back (CSV round trip, XLSX with openpyxl, PDF with pdftotext — the Chinese extracting as itself,
never as Kangxi radicals — and a page rendered with pdftoppm), the counted records list, personal
data masked, and failing commands that change nothing."""
# ruff: noqa: F811 - the history fixtures are imported and used by name

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

from app.core.exports import read_book_csv

from .conftest import CLERK_PIN, SUPERVISOR_PIN, Cli, table_digests
from .report_support import _history_template, hactors, hist, straight_month  # noqa: F401

PHONE = re.compile(r"1[3-9]\d{9}")
RADICALS = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf]")  # CJK radicals supplement, Kangxi radicals


@pytest.fixture
def rcli(hist, monkeypatch):  # noqa: ANN001, ANN201
    import sys

    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    return Cli(hist.paths, monkeypatch)


def sup(rcli, *args: str):  # noqa: ANN001, ANN201
    return rcli(*args, user="supervisor", pin=SUPERVISOR_PIN)


def test_daily_and_subsidy_json_as_the_contract_says(rcli, hist, hactors):
    r = rcli("report", "daily", "--date", "2024-02-29", user="clerk", pin=CLERK_PIN)
    assert r.code == 0, r.err
    d = r.json
    assert {"date", "parcels", "payments", "shop", "consignment", "cash", "sync", "generated_at", "data_as_of",
            "station_code"} <= set(d)
    assert d["date"] == "2024-02-29" and d["parcels"] == hist.reports.daily(hactors["clerk"], "2024-02-29").data["parcels"]
    s = sup(rcli, "report", "subsidy", "--month", "2024-02").json
    assert {"month", "downstream", "upstream", "produce_parcels", "mom", "yoy", "days", "baseline", "rules"} <= set(s)
    want = straight_month(hist.store.conn, "2024-02")
    assert (s["downstream"], s["upstream"]) == (want["downstream"], want["upstream"])
    assert s["yoy"]["month"] == "2023-02" and s["yoy"]["available"] and len(s["days"]) == 29
    first = sup(rcli, "report", "subsidy", "--month", "2023-01").json
    assert first["mom"]["downstream"]["pct"] is None and first["baseline"] == {"mom": None, "yoy": None}
    y = sup(rcli, "report", "sync").json
    assert {"pending", "oldest_pending_age_s", "last_success_at", "runs", "dead_letters"} <= set(y)


def test_failing_report_commands_change_nothing(rcli, hist):
    before = table_digests(hist.paths.db)
    cases = [(("report", "subsidy", "--month", "2024-02"), "clerk", CLERK_PIN, 6),
             (("report", "sync"), "clerk", CLERK_PIN, 6),
             (("report", "subsidy", "--month", "2024-13"), "supervisor", SUPERVISOR_PIN, 3),
             (("report", "daily", "--date", "2099-01-01"), "supervisor", SUPERVISOR_PIN, 3),
             (("report", "daily", "--format", "xlsx"), "supervisor", SUPERVISOR_PIN, 3),
             (("report", "daily", "--format", "doc", "--out", "x.doc"), "supervisor", SUPERVISOR_PIN, 3),
             (("report", "daily"), "carrier", "314159", 6)]
    for args, user, pin, code in cases:
        r = rcli(*args, user=user, pin=pin)
        assert r.code == code, (args, r.err)
        assert r.err.startswith("error[") and r.err.count("\n") == 1
    assert table_digests(hist.paths.db) == before


def test_subsidy_exports_read_back(rcli, hist, tmp_path):
    s = sup(rcli, "report", "subsidy", "--month", "2024-02").json
    csv_path, xlsx_path, pdf_path = (tmp_path / f"subsidy.{f}" for f in ("csv", "xlsx", "pdf"))
    for fmt, path in (("csv", csv_path), ("xlsx", xlsx_path), ("pdf", pdf_path)):
        r = sup(rcli, "report", "subsidy", "--month", "2024-02", "--format", fmt, "--out", str(path))
        assert r.code == 0, r.err
        assert r.json["path"] == str(path) and r.json["downstream"] == s["downstream"]
    # CSV: UTF-8 with a BOM, the stamp, then each table under its title
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf")
    head, tables = read_book_csv(csv_path)
    assert head[0] == ["月度补贴报表：上行与下行快递"]
    assert ["站点", "龙凤村站 CQHIST01"] in head and ["同比基期", "2023-02"] in head
    volumes = tables["快递件量"]
    assert volumes[0] == ["指标", "本月", "上月", "环比增量", "环比增幅", "去年同月", "同比增量", "同比增幅"]
    mom, yoy = s["mom"]["downstream"], s["yoy"]["downstream"]
    assert volumes[1] == ["下行（进村）快递", str(s["downstream"]), str(mom["base"]), str(mom["change"]),
                          f"{mom['pct']:.1f}%", str(yoy["base"]), str(yoy["change"]), f"{yoy['pct']:.1f}%"]
    days = tables["每日明细"]
    assert len(days) == 1 + 29 and days[-1][0] == "2024-02-29"
    assert sum(int(row[1]) for row in days[1:]) == s["downstream"]
    # XLSX: the same cells, numbers as numbers, bold frozen header, the chart sheets
    import openpyxl

    book = openpyxl.load_workbook(xlsx_path)
    assert {"快递件量", "每日明细", "info", "chart_data"} <= set(book.sheetnames)
    assert len(book.chartsheets) == 3
    sheet = book["快递件量"]
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.bold
    assert [c.value for c in sheet[2]][:4] == ["下行（进村）快递", s["downstream"], mom["base"], mom["change"]]
    assert abs(sheet["E2"].value - mom["pct"] / 100) < 1e-9 and sheet["E2"].number_format == "0.0%"
    weight = book["农产品寄递重量（公斤）"]
    assert weight["B2"].value == s["produce_weight_g"] / 1000 and weight["B2"].number_format == "0.000"
    # PDF: the Chinese extracts as itself (月, 比, 行 — not Kangxi radicals), rendered to a PNG
    if not shutil.which("pdftotext"):
        if os.environ.get("CI") == "true":  # .ci/run installs it (scripts/ensure-env.sh): missing is a failure
            pytest.fail("poppler-utils is expected under CI but pdftotext is not installed")
        pytest.skip("poppler-utils is not installed")
    text = subprocess.run(["pdftotext", "-layout", str(pdf_path), "-"], capture_output=True, text=True,
                          check=True).stdout
    for word in ("月度补贴报表", "环比增幅", "同比增幅", "下行（进村）快递", "上行（出村）快递", "每日快递件量",
                 "本月与基期对比", "月", "比", "行"):
        assert word in text, word
    assert not RADICALS.search(text)
    assert "110.0%" in text or f"{yoy['pct']:.1f}%" in text
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", "-singlefile", str(pdf_path), str(png)],
                   check=True)
    assert (tmp_path / "page.png").stat().st_size > 5000
    for path in (csv_path, pdf_path):
        body = path.read_bytes().decode("utf-8", "ignore") if path.suffix == ".csv" else text
        assert not PHONE.search(body)


def test_daily_pdf_and_the_counted_records(rcli, hist, tmp_path):
    pdf = tmp_path / "daily.pdf"
    r = sup(rcli, "report", "daily", "--date", "2024-02-29", "--format", "pdf", "--out", str(pdf))
    assert r.code == 0, r.err
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "站点日报" in text and "入库" in text and "班次" in text and not RADICALS.search(text)
    out = tmp_path / "records.xlsx"
    r = sup(rcli, "report", "subsidy", "--month", "2024-02", "--records", "--format", "xlsx", "--out", str(out))
    assert r.code == 0, r.err
    conn = hist.store.conn
    local = "strftime('%Y-%m', {}, '+8 hours') = '2024-02'"
    want = sum(conn.execute(sql).fetchone()[0] for sql in (
        f"SELECT count(*) FROM parcels WHERE {local.format('checked_in_at')}",
        f"SELECT count(*) FROM parcels WHERE {local.format('returned_at')}",
        f"SELECT count(*) FROM shipments WHERE {local.format('accepted_at')}",
        f"SELECT count(*) FROM consign_moves WHERE kind IN ('sale', 'ship', 'void') AND {local.format('at')}"))
    assert r.json["rows"] == want
    import openpyxl

    sheet = openpyxl.load_workbook(out, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 1 + want and rows[0][0] == "类别"
    counted = sum(row[6] for row in rows[1:] if row[0] in ("下行", "已退回"))
    assert counted == r.json["downstream"]  # the list adds up to the figure
    assert not any(PHONE.search(str(c)) for row in rows for c in row if c is not None)
