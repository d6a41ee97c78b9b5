"""Every input class of the Contract v2 commands under hypothesis (issue 13, part 3): money text,
phones (full and masked), resident IDs, tracking numbers, dates, quantities, names with emoji,
control characters, NUL and 10,000-character strings, in every argument of ``pay``, ``shop``,
``consign``, ``shift``, ``cash`` and ``report`` (and the parcel counter commands ``parcel checkin``,
``pickup`` and ``show``). Each run either succeeds, or exits with a
documented code (2–7) and ONE ``error[...]`` line with every table byte-identical — never exit 1
(a traceback) and never a half write. The CLI runs in-process (tests/conftest.py)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hs

from .conftest import ADMIN_PIN, CLERK_PIN, SUPERVISOR_PIN, table_digests
from .shop_support import ADULT_ID

CLERK = {"user": "clerk", "pin": CLERK_PIN}
ADMIN = {"user": "admin", "pin": ADMIN_PIN}
SUPERVISOR = {"user": "supervisor", "pin": SUPERVISOR_PIN}
EXAMPLES = 30

# the classes of input the counter types, right and wrong, and the hostile ones
SAMPLES = [
    # money
    "0", "0.00", "12.5", "12.50", "12.505", "-3", "+5", "1e3", "１２.５", "12,50", "¥12", "12元", "0x10",
    "1_000", "٣", "NaN", "inf", "-0", ".5", "5.", "99999999999999999999", str(2**63), str(2**64),
    # phones, full and masked; resident IDs; tracking numbers
    "13800138000", "138****8000", "+8613800138000", "1380013800", "023-6886 1234", ADULT_ID,
    ADULT_ID[:-1] + "0", "50010119900307123x", "5001**********1236", "SF1400000000101", "YT123",
    "ＳＦ1400000000101",
    # dates, months, quantities
    "2026-06-01", "2026-02-30", "2026-13-01", "0000-00-00", "9999-12-31", "2026-06", "2026/06/01",
    "20260601", "1", "3", "0.001", "1.2345", "1/2", "10000000000",
    # names, control characters, NUL, long text
    "李四", "王😀", "👨\u200d👩\u200d👧", "a\u0301", "\u202eevil", "\ufeffx", "tab\there", "line\nbreak",
    "cr\rlf", "esc\x1b[31m", "bell\x07", "nul\x00byte", "\x00", "", " ", "x" * 10_000, "长" * 10_000,
    "'; DROP TABLE outbox; --", "%s%n", "{}", "[]", "\\", "../../etc/passwd", "all",
]
HOSTILE = hs.one_of(
    hs.sampled_from(SAMPLES),
    hs.text(max_size=24),
    hs.text(alphabet=hs.characters(codec="utf-8", categories=("Cc", "Cf", "Zs", "So", "Nd")), max_size=12),
)


@pytest.fixture
def counter(station, cli):
    """A station with an open shift, a product in stock, a farmer with a lot, and one payment."""

    def ok(*args: str, who: dict = CLERK) -> dict:
        r = cli(*args, **who)
        assert r.code == 0, (args, r.err)
        return r.json

    ok("shift", "open", "--float", "200")
    pid = ok("shop", "product", "add", "--name", "复合肥", "--category", "fertiliser", "--spec", "50kg",
             "--unit", "袋", "--price", "120", who=ADMIN)["product_id"]
    ok("shop", "stock-in", pid, "--lot", "L1", "--qty", "50", "--produced", "2026-01-01", "--expires", "2027-12-31",
       "--cost", "90", "--supplier", "供销社", "--supplier-phone", "13800138000", who=ADMIN)
    fid = ok("consign", "farmer", "add", "--name", "李四", "--phone", "13900000001")["farmer_id"]
    lot = ok("consign", "intake", fid, "--product", "脐橙", "--grade", "一级", "--unit", "kg", "--qty", "100",
             "--price", "4")["lot_id"]
    pay = ok("pay", "electricity", "3001234567", "10")["id"]
    return {"pid": pid, "fid": fid, "lot": lot, "pay": pay}


def check(cli, paths, who: dict, args: list[str]) -> None:  # noqa: ANN001
    """Success, or a documented failure that changed nothing."""
    before = table_digests(paths.db)
    r = cli(*args, **who)
    assert r.code != 1 and "Traceback" not in r.err, (args, r.code, r.err[-2000:])
    if r.code == 0:
        return
    assert 2 <= r.code <= 7, (args, r.code)
    lines = r.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error[") and len(lines[0]) < 2000, (args, r.err[:500])
    assert "\n" not in r.json["error"]["message"]
    assert table_digests(paths.db) == before, (args, r.code, r.err)


def _templates(c: dict) -> dict[str, list]:
    pid, fid, lot, pay = c["pid"], c["fid"], c["lot"], c["pay"]
    stock_in = ["shop", "stock-in", pid, "--lot", "L2", "--qty", "5", "--produced", "2026-01-01",
                "--expires", "2027-01-01", "--cost", "1", "--supplier", "x", "--supplier-phone", "13800138000"]

    def at(args: list[str], i: int):  # noqa: ANN202 - the argument at i replaced by the hostile value
        return lambda h: [*args[:i], h, *args[i + 1:]]

    return {
        "pay": [
            (CLERK, at(["pay", "electricity", "3001234567", "12.50"], 1)),
            (CLERK, at(["pay", "electricity", "3001234567", "12.50"], 2)),
            (CLERK, at(["pay", "water", "3001234567", "12.50"], 3)),
            (CLERK, at(["pay", "pension", ADULT_ID, "50"], 2)),
            (CLERK, at(["pay", "medical", ADULT_ID, "50", "--payer", "x"], 5)),
            (CLERK, at(["pay", "show", pay], 2)),
            (CLERK, at(["pay", "refund", pay], 2)),
            (CLERK, at(["pay", "list", "--status", "pending"], 3)),
        ],
        "shop": [
            (CLERK, at(["shop", "sell", f"{pid}:1"], 2)),
            (CLERK, lambda h: ["shop", "sell", f"{pid}:{h}"]),
            (CLERK, lambda h: ["shop", "sell", f"{h}:1"]),
            (CLERK, at(["shop", "sell", f"{pid}:1", "--buyer-name", "王大明", "--buyer-id", ADULT_ID,
                        "--buyer-phone", "13912345678", "--buyer-address", "龙凤村三组", "--crop", "柑橘"], 6)),
            (CLERK, at(["shop", "sell", f"{pid}:1", "--buyer-phone", "13912345678"], 4)),
            (ADMIN, at(["shop", "product", "add", "--name", "x", "--category", "seed", "--spec", "1kg", "--unit", "袋",
                        "--price", "3"], 4)),
            (ADMIN, at(["shop", "product", "add", "--name", "x", "--category", "seed", "--spec", "1kg", "--unit", "袋",
                        "--price", "3"], 12)),
            (ADMIN, at(["shop", "product", "add", "--name", "x", "--category", "seed", "--spec", "1kg", "--unit", "袋",
                        "--price", "3", "--ean", "6901234567892"], 14)),
            *((ADMIN, at(stock_in, i)) for i in (2, 4, 6, 8, 10, 12, 14, 16)),
            (ADMIN, at(["shop", "adjust", pid, "--lot", "L1", "--qty", "-1", "--reason", "盘点"], 6)),
            (ADMIN, at(["shop", "adjust", pid, "--lot", "L1", "--qty", "-1", "--reason", "盘点"], 8)),
            (CLERK, at(["shop", "product", "list", "--search", "fhf"], 4)),
            (CLERK, at(["shop", "stock", pid], 2)),
            (CLERK, at(["shop", "return", "x"], 2)),
            (ADMIN, at(["shop", "ledger", "sales", "--from", "2026-01-01"], 4)),
            (ADMIN, at(["shop", "recall", "--lot", "L9", "--reason", "x"], 3)),
        ],
        "consign": [
            (CLERK, at(["consign", "farmer", "add", "--name", "王五", "--phone", "13900000002"], 4)),
            (CLERK, at(["consign", "farmer", "add", "--name", "王五", "--phone", "13900000003"], 6)),
            (CLERK, at(["consign", "farmer", "add", "--name", "王五", "--phone", "13900000004", "--id", ADULT_ID], 8)),
            *((CLERK, at(["consign", "intake", fid, "--product", "脐橙", "--grade", "一级", "--unit", "kg",
                          "--qty", "10", "--price", "4", "--commission", "8"], i)) for i in (2, 4, 6, 10, 12, 14)),
            (CLERK, at(["consign", "sell", lot, "--qty", "1"], 2)),
            (CLERK, at(["consign", "sell", lot, "--qty", "1"], 4)),
            (CLERK, at(["consign", "sell", lot, "--qty", "1", "--price", "5"], 6)),
            (CLERK, at(["consign", "spoil", lot, "--qty", "0.5", "--reason", "烂果"], 4)),
            (CLERK, at(["consign", "spoil", lot, "--qty", "0.5", "--reason", "烂果"], 6)),
            (CLERK, at(["consign", "return", lot, "--qty", "0.5"], 4)),
            (CLERK, at(["consign", "settle", fid], 2)),
            (CLERK, at(["consign", "pay", "S1"], 2)),
        ],
        "shift_cash": [
            (CLERK, at(["cash", "in", "10", "--reason", "补零钱"], 2)),
            (CLERK, at(["cash", "in", "10", "--reason", "补零钱"], 4)),
            (CLERK, at(["cash", "out", "10", "--reason", "存银行"], 2)),
            (CLERK, at(["cash", "out", "10", "--reason", "存银行"], 4)),
            (ADMIN, at(["shift", "open", "--float", "100"], 3)),
            (ADMIN, at(["shift", "close", "--counted", "100", "--reason", "count_error"], 3)),
            (ADMIN, at(["shift", "close", "--counted", "100", "--reason", "count_error"], 5)),
            (SUPERVISOR, at(["shift", "show", "x"], 2)),
        ],
        "parcel": [  # the Contract v1 counter commands, with the same inputs
            (CLERK, lambda h: ["parcel", "checkin", h, "--phone", "13800138000"]),
            *((CLERK, at(["parcel", "checkin", "YT1234567890123", "--phone", "138****8000", "--name", "张*",
                          "--sender", "x", "--slot", "A-1", "--address", "龙凤村"], i)) for i in (4, 6, 8, 10, 12)),
            (CLERK, at(["parcel", "pickup", "--code", "A-1-0001"], 3)),
            (CLERK, at(["parcel", "pickup", "--phone-tail", "8000", "--proxy-name", "李四", "--proxy-phone",
                        "13912345678"], 5)),
            (CLERK, at(["parcel", "pickup", "--phone-tail", "8000", "--proxy-name", "李四", "--proxy-phone",
                        "13912345678"], 7)),
            (CLERK, at(["parcel", "show", "SF1400000000101"], 2)),
        ],
        "report": [
            (SUPERVISOR, at(["report", "daily", "--date", "2026-06-01"], 3)),
            (SUPERVISOR, at(["report", "subsidy", "--month", "2026-06"], 3)),
            (SUPERVISOR, at(["report", "daily", "--format", "csv"], 3)),
        ],
    }


@pytest.mark.parametrize("family", ["pay", "shop", "consign", "shift_cash", "parcel", "report"])
def test_every_argument_of_the_v2_commands(counter, cli, paths, family):
    templates = _templates(counter)[family]

    @settings(max_examples=EXAMPLES * max(1, len(templates) // 6), deadline=None, database=None,
              derandomize=True, suppress_health_check=list(HealthCheck))
    @given(hs.sampled_from(templates), HOSTILE)
    def one(template, hostile):  # noqa: ANN001
        who, make = template
        check(cli, paths, who, make(hostile))

    one()
