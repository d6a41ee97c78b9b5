"""The shop from the command line (CLI.md v2): exit codes, masked output, and the statutory
ledgers exported as CSV (csv module), XLSX (openpyxl) and PDF (pdftotext) checked column by column."""

from __future__ import annotations

import csv
import shutil
import subprocess
from decimal import Decimal

import pytest

from .conftest import ADMIN_PIN, CLERK_PIN, table_digests
from .shop_support import ADULT_ID, ean

PURCHASE_HEADERS = ["入库单号", "日期", "产品名称", "类别", "登记证号", "规格", "单位", "生产企业", "批号", "生产日期",
                    "有效期至", "数量", "进货单价", "金额", "供货人", "供货人联系方式", "标签二维码", "经办人"]
SALES_HEADERS = ["日期", "销售单号", "类型", "产品名称", "类别", "登记证号", "规格", "单位", "生产企业", "批号", "数量",
                 "销售单价", "金额", "购买人", "购买人身份证号", "购买人电话", "购买人地址", "作物/防治对象", "限用农药",
                 "经办人"]
BUYER_ARGS = ["--buyer-name", "王大明", "--buyer-id", ADULT_ID, "--buyer-phone", "13912345678",
              "--buyer-address", "石柱县黄水镇龙凤村三组27号", "--crop", "柑橘 红蜘蛛"]
LABEL = "1" + "120456" + "7" * 25


def today() -> str:
    """The CLI runs on the system clock: the ledger's dates are today's (station-local)."""
    import datetime as _dt

    from app.core.clock import local_date

    return local_date(_dt.datetime.now(_dt.UTC)).isoformat()


@pytest.fixture
def shop_cli(cli, station, actors):
    """A station with two products, one restricted, stocked, and the clerk's shift open."""
    run = lambda *a: cli(*a, user="clerk", pin=CLERK_PIN)  # noqa: E731
    assert run("shop", "product", "add", "--name", "复合肥 15-15-15", "--category", "fertiliser", "--spec", "50kg",
               "--unit", "袋", "--price", "165", "--ean", ean(1), "--reg-no", "农肥(2024)准字1234号",
               "--maker", "重庆化肥厂").code == 0
    r = run("shop", "product", "add", "--name", "40%乐果乳油", "--category", "pesticide", "--spec", "500ml",
            "--unit", "瓶", "--price", "28.50", "--ean", ean(4), "--reg-no", "PD20120456", "--maker", "四川农药厂")
    assert r.code == 0 and r.json["restricted"] is True
    assert run("shop", "stock-in", ean(1), "--lot", "F1", "--qty", "10", "--produced", "2026-01-01", "--expires",
               "2027-12-31", "--cost", "150", "--supplier", "石柱农资公司", "--supplier-phone", "13800001111").code == 0
    r = run("shop", "stock-in", ean(4), "--lot", "R1", "--qty", "6", "--produced", "2026-02-01", "--expires",
            "2028-01-31", "--cost", "20.5", "--supplier", "石柱农资公司", "--supplier-phone", "023-68881234",
            "--label-code", LABEL)
    assert r.code == 0, r.err
    assert run("shift", "open", "--float", "200").code == 0
    return run


def test_restricted_sale_without_real_name_is_exit_3_and_writes_nothing(shop_cli, station):
    before = table_digests(station.paths.db)
    r = shop_cli("shop", "sell", f"{ean(4)}:1")
    assert r.code == 3 and r.json["error"]["code"] == "shop.buyer_required"
    assert r.err.startswith("error[shop.buyer_required]: ")
    r = shop_cli("shop", "sell", f"{ean(4)}:1", *BUYER_ARGS[:-2])  # no crop
    assert r.code == 3
    minor = BUYER_ARGS.copy()
    from .shop_support import resident_id

    minor[3] = resident_id("20100601")
    r = shop_cli("shop", "sell", f"{ean(4)}:1", *minor)
    assert r.code == 3 and r.json["error"]["code"] == "resident_id.minor"
    assert table_digests(station.paths.db) == before
    r = shop_cli("shop", "sell", f"{ean(4)}:2", f"{ean(1)}:1", *BUYER_ARGS)
    assert r.code == 0, r.err
    out = r.json
    assert out["total_fen"] == 2 * 2850 + 16500 and out["restricted"] and "reminder" in out
    assert out["lines"][0]["lots"] == [{"lot_id": out["lines"][0]["lots"][0]["lot_id"], "lot": "R1",
                                        "expires": "2028-01-31", "qty": 2}]
    assert "13912345678" not in r.out and ADULT_ID not in r.out and "王大明" not in r.out
    assert out["buyer"]["phone"] == "139****5678"


def test_exit_codes_of_the_shop(shop_cli, cli):
    assert shop_cli("shop", "sell", f"{ean(1)}:11").code == 5  # not enough stock
    assert shop_cli("shop", "sell", "6900000000994:1").code == 4
    assert shop_cli("shop", "sell", f"{ean(1)}").code == 3
    assert shop_cli("shop", "sell", f"{ean(1)}:0").code == 3
    assert shop_cli("shop", "adjust", ean(1), "--lot", "F1", "--qty", "-11", "--reason", "盘点").code == 5
    r = shop_cli("shop", "adjust", ean(1), "--lot", "F1", "--qty", "-1", "--reason", "破袋")
    assert r.code == 0 and r.json["qty"] == 9
    r = shop_cli("shop", "stock-in", ean(4), "--lot", "R9", "--qty", "1", "--produced", "2026-01-01", "--expires",
                 "2027-01-01", "--cost", "1", "--supplier", "x", "--supplier-phone", "13800001111",
                 "--label-code", "1" + "999999" + "0" * 25)
    assert r.code == 3 and r.json["error"]["code"] == "shop.label_code_mismatch"
    assert shop_cli("shop", "ledger", "sales", "--format", "doc", "--out", "/tmp/x").code == 3
    assert cli("shop", "stock", user="supervisor", pin="271828").code == 6
    sale = shop_cli("shop", "sell", f"{ean(1)}:3").json
    r = shop_cli("shop", "return", str(sale["number"]), f"{ean(1)}:1")
    assert r.code == 0 and r.json["returned"][0]["lot"] == "F1" and r.json["refund_fen"] == 16500
    assert shop_cli("shop", "return", sale["sale_id"], f"{ean(1)}:3").code == 5
    stock = shop_cli("shop", "stock", ean(1)).json["stock"][0]
    assert stock["qty"] == 7 and stock["lots"][0]["lot"] == "F1"


def test_recall_lists_the_buyers_masked_and_the_phone_is_audited(shop_cli, station):
    sale = shop_cli("shop", "sell", f"{ean(4)}:2", *BUYER_ARGS).json
    r = shop_cli("shop", "recall", "--lot", "R1", "--reason", "厂家召回")
    assert r.code == 0, r.err
    out = r.json
    assert out["lot"] == "R1" and out["on_hand"] == 4
    assert [(b["sale_number"], b["qty"], b["name"], b["phone"]) for b in out["buyers"]] == [
        (sale["number"], 2, "王**", "139****5678")]
    assert "13912345678" not in r.out
    assert shop_cli("shop", "sell", f"{ean(4)}:1", *BUYER_ARGS).code == 5  # stops selling at once
    r = shop_cli("shop", "buyer-phone", "--recall", str(out["number"]), "--sale", str(sale["number"]))
    assert r.code == 0 and r.json["phone"] == "13912345678"
    assert station.store.query_one("SELECT action FROM audit ORDER BY id DESC LIMIT 1")[0] == "shop.phone_reveal"


def _sell_history(shop_cli):
    shop_cli("shop", "sell", f"{ean(4)}:2", *BUYER_ARGS)
    sale = shop_cli("shop", "sell", f"{ean(1)}:3").json
    shop_cli("shop", "return", sale["sale_id"], f"{ean(1)}:1")


def test_purchase_ledger_csv_xlsx_pdf_column_by_column(shop_cli, tmp_path):
    from openpyxl import load_workbook

    out = {f: tmp_path / f"purchases.{f}" for f in ("csv", "xlsx", "pdf")}
    for fmt, path in out.items():
        r = shop_cli("shop", "ledger", "purchases", "--format", fmt, "--out", str(path))
        assert r.code == 0 and r.json["rows"] == 2, r.err
    raw = out["csv"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == PURCHASE_HEADERS
    assert rows[2] == ["2", today(), "40%乐果乳油", "农药", "PD20120456", "500ml", "瓶", "四川农药厂", "R1",
                       "2026-02-01", "2028-01-31", "6", "20.50", "123.00", "石柱农资公司", "023-68881234", LABEL, "clerk"]
    assert rows[1][15] == "138****1111"  # a supplier's mobile is personal data: masked
    sheet = load_workbook(out["xlsx"], read_only=True).worksheets[0]
    cells = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert [c for c in cells[0]] == PURCHASE_HEADERS
    row = cells[2]
    assert row[:12] == [2, today(), "40%乐果乳油", "农药", "PD20120456", "500ml", "瓶", "四川农药厂", "R1",
                        "2026-02-01", "2028-01-31", 6]
    assert Decimal(str(row[12])) == Decimal("20.50") and Decimal(str(row[13])) == Decimal("123")
    assert row[14:] == ["石柱农资公司", "023-68881234", LABEL, "clerk"]
    ws = load_workbook(out["xlsx"]).worksheets[0]
    assert ws.freeze_panes == "A2" and ws["A1"].font.b
    text = _pdftext(out["pdf"])
    for header in ("进货台账", "登记证号", "生产企业", "供货人", "有效期至", "标签二维码"):
        assert header in text
    assert "PD20120456" in text and "13800001111" not in text


def test_sales_ledger_holds_every_statutory_field_masked(shop_cli, tmp_path):
    from openpyxl import load_workbook

    _sell_history(shop_cli)
    for fmt in ("csv", "xlsx", "pdf"):
        r = shop_cli("shop", "ledger", "sales", "--from", today(), "--to", today(), "--format", fmt,
                     "--out", str(tmp_path / f"sales.{fmt}"))
        assert r.code == 0 and r.json["rows"] == 3, r.err
    rows = list(csv.reader((tmp_path / "sales.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == SALES_HEADERS
    assert rows[1] == [today(), "1", "销售", "40%乐果乳油", "农药", "PD20120456", "500ml", "瓶", "四川农药厂", "R1", "2",
                       "28.50", "57.00", "王**", ADULT_ID[:4] + "*" * 10 + ADULT_ID[-4:], "139****5678",
                       "石柱县黄水镇***", "柑橘 红蜘蛛", "是", "clerk"]
    assert rows[3][2] == "退货" and rows[3][10] == "-1" and rows[3][12] == "-165.00"
    cells = [list(r) for r in load_workbook(tmp_path / "sales.xlsx", read_only=True).worksheets[0].iter_rows(
        values_only=True)]
    assert cells[0] == SALES_HEADERS and cells[1][13:17] == rows[1][13:17] and cells[3][10] == -1
    text = _pdftext(tmp_path / "sales.pdf")
    for header in ("销售台账", "购买人", "作物/防治对象", "限用农药", "批号"):
        assert header in text
    assert "13912345678" not in text and ADULT_ID not in text and "王大明" not in text
    everything = (tmp_path / "sales.csv").read_text(encoding="utf-8-sig")
    assert "13912345678" not in everything and "龙凤村三组" not in everything
    listed = shop_cli("shop", "ledger", "sales").json
    assert listed["count"] == 3 and listed["rows"][0]["buyer_phone"] == "139****5678"


def test_exports_refuse_a_folder_or_a_link_as_target(shop_cli, tmp_path):
    (tmp_path / "dir.csv").mkdir()
    r = shop_cli("shop", "ledger", "sales", "--format", "csv", "--out", str(tmp_path / "dir.csv"))
    assert r.code == 5 and r.json["error"]["code"] == "export.target_invalid"
    (tmp_path / "real.csv").write_text("keep")
    (tmp_path / "link.csv").symlink_to(tmp_path / "real.csv")
    assert shop_cli("shop", "ledger", "sales", "--format", "csv", "--out", str(tmp_path / "link.csv")).code == 5
    assert (tmp_path / "real.csv").read_text() == "keep"
    assert shop_cli("shop", "ledger", "sales", "--format", "csv", "--out", str(tmp_path / "no" / "x.csv")).code == 4
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_purge_from_the_command_line_refuses_young_rows(shop_cli, cli):
    r = cli("shop", "ledger-purge", "--before", "2026-01-01", user="admin", pin=ADMIN_PIN)
    assert r.code == 5 and r.json["error"]["code"] == "shop.ledger_keep"


def _pdftext(path) -> str:  # noqa: ANN001
    if shutil.which("pdftotext") is None:  # pragma: no cover - scripts/ensure-env.sh installs poppler-utils
        pytest.skip("pdftotext missing")
    # -raw keeps the drawing order: a header wrapped inside its cell reads on when the breaks go
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return "".join(text.split())
