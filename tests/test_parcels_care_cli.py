"""The issue-15 commands: ``parcel search|fix|move``, ``parcel show --history``, ``parcel checkin
--address``, ``shelf labels``, ``user reset-pin|disable|enable|unlock`` — outputs, exit codes, masked
personal data, and every failing command leaving every table as it was."""
# ruff: noqa: F811 - the station/actors fixtures come from test_parcels_support

from __future__ import annotations

import re
import subprocess

import pytest

from .conftest import ADMIN_PIN, CARRIER_PIN, CLERK_PIN, SUPERVISOR_PIN, table_digests
from .test_parcels_support import _station_template, actors, parcels, sf, station  # noqa: F401

CLERK = {"user": "clerk", "pin": CLERK_PIN}
ADMIN = {"user": "admin", "pin": ADMIN_PIN}
CARRIER = {"user": "carrier", "pin": CARRIER_PIN}
SUPER = {"user": "supervisor", "pin": SUPERVISOR_PIN}
FULL_PHONE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


@pytest.fixture
def seeded(station, actors, parcels, cli):
    """sf(1) on A-1 (…5678, 张三, an address), sf(2) picked up."""
    clerk = actors["clerk"]
    parcels.inbound.checkin(clerk, sf(1), phone="13912345678", name="张三", slot="A-1", address="龙凤村三组12号")
    code2 = parcels.inbound.checkin(clerk, sf(2), phone="13900005678", slot="A-1").parcel.pickup_code
    parcels.pickup.by_code(clerk, code2)
    return cli


def test_search_fix_move_and_history_from_the_shell(seeded):
    cli = seeded
    r = cli("parcel", "search", "5678", **SUPER)
    assert r.code == 0, r.err
    assert [(p["tracking"], p["status"]) for p in r.json["parcels"]] == [(sf(2), "picked_up"), (sf(1), "in_station")]
    assert {"tracking", "status", "pickup_code"} <= set(r.json["parcels"][0]) and r.json["kind"] == "phone_tail"
    r = cli("parcel", "fix", sf(1), "--phone", "13912345679", "--carrier", "jd", "--reason", "面单看错", **CLERK)
    assert r.code == 0, r.err
    assert r.json["changed"]["phone"] == {"before": "139****5678", "after": "139****5679"} and r.json["notice_id"]
    r = cli("parcel", "move", sf(1), "--to", "B-2", **CLERK)
    assert r.code == 0, r.err
    assert (r.json["old_place"], r.json["place"]) == ("A-1", "B-2") and r.json["pickup_code"].startswith("B-2-")
    r = cli("parcel", "show", sf(1), "--history", **SUPER)
    assert r.code == 0 and [e["event"] for e in r.json["history"]] == [
        "checked_in", "notice", "fixed", "notice", "moved", "notice"]
    assert r.json["history"][0]["by"] == "张丽" and r.json["history"][0]["at"] == "2026-06-01 09:00"
    r = cli("parcel", "search", "张三", "--history", **CLERK)
    assert r.code == 0 and r.json["parcels"][0]["history"][-1]["event"] == "notice"
    for out in (r.out, cli("parcel", "search", "张三", "--history", json_out=False, **CLERK).out,
                cli("parcel", "show", sf(1), "--history", json_out=False, **CLERK).out):
        assert FULL_PHONE.search(out) is None and "龙凤村三组12号" not in out
    r = cli("parcel", "checkin", "YT0000000000009", "--phone", "13700001111", "--address", "龙凤村一组1号", **CLERK)
    assert r.code == 0, r.err


ERROR_CASES = [
    (("parcel", "search", " "), CLERK, 3, "parcel.search_empty"),
    (("parcel", "search", "5678"), {}, 6, "auth.required"),
    (("parcel", "show", sf(99), "--history"), CLERK, 4, "parcel.not_found"),
    (("parcel", "fix", sf(1), "--phone", "13912345679"), CLERK, 2, "usage"),
    (("parcel", "fix", sf(1), "--reason", "x"), CLERK, 3, "parcel.fix_nothing"),
    (("parcel", "fix", sf(1), "--phone", "12", "--reason", "x"), CLERK, 3, "phone.invalid"),
    (("parcel", "fix", sf(2), "--phone", "13912345679", "--reason", "x"), CLERK, 5, "parcel.already_picked_up"),
    (("parcel", "fix", sf(9), "--phone", "13912345679", "--reason", "x"), CLERK, 4, "parcel.not_found"),
    (("parcel", "fix", sf(1), "--phone", "13912345679", "--reason", "x"), SUPER, 6, "perm.denied"),
    (("parcel", "move", sf(1), "--to", "A-1"), CLERK, 3, "parcel.same_place"),
    (("parcel", "move", sf(1), "--to", "Q-9"), CLERK, 3, "parcel.slot_unknown"),
    (("parcel", "move", sf(2), "--to", "B-1"), CLERK, 5, "parcel.already_picked_up"),
    (("parcel", "move", sf(1), "--to", "B-1"), CARRIER, 6, "perm.denied"),
    (("shelf", "labels", "--shelf", "Q"), CLERK, 3, "parcel.shelf_unknown"),
    (("user", "disable", "admin"), ADMIN, 5, "user.last_admin"),
    (("user", "unlock", "clerk"), ADMIN, 5, "user.not_locked"),
    (("user", "enable", "ghost"), ADMIN, 4, "user.not_found"),
    (("user", "disable", "clerk"), CLERK, 6, "perm.denied"),
    (("user", "reset-pin", "clerk"), ADMIN, 3, "pin.missing"),
]


@pytest.mark.parametrize("args,who,exit_code,code", ERROR_CASES,
                         ids=[f"{c[3]}-{'-'.join(c[0][:2])}" for c in ERROR_CASES])
def test_failing_commands_change_nothing(seeded, args, who, exit_code, code):
    cli = seeded
    before = table_digests(cli.paths.db)
    r = cli(*args, **who)
    assert r.code == exit_code, (r.out, r.err)
    assert r.err.startswith(f"error[{code}]: ") and r.err.count("\n") == 1, r.err
    assert r.json["error"]["code"] == code and "{" not in r.json["error"]["message"]
    assert table_digests(cli.paths.db) == before


def test_weak_or_bad_new_pins_are_refused_and_change_nothing(seeded):
    before = table_digests(seeded.paths.db)
    for pin, code in (("123456", "pin.weak"), ("12345", "pin.format")):
        r = seeded("user", "reset-pin", "clerk", new_pin=pin, **ADMIN)
        assert r.code == 3 and r.json["error"]["code"] == code
    assert table_digests(seeded.paths.db) == before


def test_user_admin_commands(seeded):
    cli = seeded
    for _ in range(5):
        assert cli("parcel", "list", user="clerk", pin="000000").code == 6
    assert cli("parcel", "list", **CLERK).json["error"]["code"] == "auth.locked"
    r = cli("user", "unlock", "clerk", **ADMIN)
    assert r.code == 0 and r.json["locked_until"] is None and r.json["failed_attempts"] == 0
    assert cli("parcel", "list", **CLERK).code == 0
    r = cli("user", "reset-pin", "clerk", new_pin="592048", **ADMIN)
    assert r.code == 0 and r.json["username"] == "clerk"
    assert cli("parcel", "list", **CLERK).code == 6  # the old PIN no longer works
    assert cli("parcel", "list", user="clerk", pin="592048").code == 0
    r = cli("user", "disable", "clerk", **ADMIN)
    assert r.code == 0 and r.json["active"] is False
    assert cli("parcel", "list", user="clerk", pin="592048").json["error"]["code"] == "auth.inactive"
    assert cli("user", "enable", "clerk", **ADMIN).json["active"] is True
    assert cli("user", "add", "chen", "--role", "admin", new_pin="135791", **ADMIN).code == 0
    r = cli("user", "disable", "admin", **ADMIN)  # another admin exists, but not oneself
    assert r.code == 5 and r.json["error"]["code"] == "user.self_disable"
    assert cli("user", "disable", "admin", user="chen", pin="135791").json["active"] is False
    actions = [r[0] for r in _audit_actions(cli)]
    assert {"user.unlock", "user.pin_reset", "user.set_active"} <= set(actions)


def _audit_actions(cli) -> list:  # noqa: ANN001
    import sqlite3

    conn = sqlite3.connect(cli.paths.db)
    try:
        return conn.execute("SELECT action FROM audit").fetchall()
    finally:
        conn.close()


def test_shelf_labels_print_a_pdf_whose_codes_read_back(seeded, tmp_path, qapp):
    out = tmp_path / "labels.pdf"
    r = seeded("shelf", "labels", "--shelf", "A", "--out", str(out), **CLERK)
    assert r.code == 0, r.err
    assert r.json["labels"] == 4 and r.json["pages"] == 1 and r.json["path"] == str(out)
    assert r.json["layers"] == ["A-1", "A-2", "A-3", "A-4"]
    text = subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True, text=True).stdout
    assert "A-1" in text and "LAYER-A-4" in text and "测试村站" in text
    from .test_printing import decode, rasterise

    found = decode(rasterise(out, dpi=200))
    assert set(found.get("Code 128", [])) == {f"LAYER-A-{n}" for n in range(1, 5)}
    assert set(found.get("QR Code", [])) == {f"LAYER-A-{n}" for n in range(1, 5)}
    r = seeded("shelf", "labels", **CLERK)  # no --out and no printer: a PDF in the data folder
    assert r.code == 0 and r.json["labels"] == 8 and r.json["path"].endswith(".pdf")
