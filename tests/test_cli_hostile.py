"""Hostile arguments to the station's CLI (issue 16): numbers past 2^63, NUL bytes, 5,000-character
paths, line breaks. Each exits with its documented code and ONE ``error[...]`` line, and changes
nothing — never exit 1 with a traceback."""

from __future__ import annotations

import pytest

from .conftest import ADMIN_PIN, CARRIER_PIN, CLERK_PIN, table_digests

CLERK = {"user": "clerk", "pin": CLERK_PIN}
ADMIN = {"user": "admin", "pin": ADMIN_PIN}
CARRIER = {"user": "carrier", "pin": CARRIER_PIN}
HUGE = str(2**64)


@pytest.mark.parametrize("who, args, code, error", [
    (CARRIER, ("round", "show", HUGE), 3, "round.ref_invalid"),
    (CARRIER, ("round", "close", "#" + HUGE), 3, "round.ref_invalid"),
    (CARRIER, ("round", "add", HUGE, "SF1400000000101"), 3, "round.ref_invalid"),
    (CLERK, ("parcel", "manifest", "--number", HUGE), 3, "setting.out_of_range"),
    (CLERK, ("parcel", "manifest", "--number", "-3"), 3, "setting.out_of_range"),
    (ADMIN, ("backup", "--out", "bad\x00name.db"), 3, "file.name_invalid"),
    (ADMIN, ("backup", "--out", "x" * 5000), 3, "file.name_invalid"),
    (ADMIN, ("restore", "bad\x00name.db"), 3, "file.name_invalid"),
    (ADMIN, ("restore", "x" * 5000), 3, "file.name_invalid"),
    (CLERK, ("parcel", "show", "SF14\nrm -rf"), 3, "tracking.invalid"),
    (CLERK, ("parcel", "pickup", "--code", "A-1\r\n0001"), 3, "parcel.code_invalid"),
    (CLERK, ("stocktake", "show", "a\u2028b"), 4, "stocktake.not_found"),
])
def test_bad_arguments_exit_with_their_code_on_one_line(station, cli, paths, who, args, code, error):
    before = table_digests(paths.db)
    r = cli(*args, **who)
    assert r.code == code, r.err
    assert r.json["error"]["code"] == error
    lines = r.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error[{error}]: ") and "Traceback" not in r.err, r.err
    assert "\n" not in r.json["error"]["message"]
    assert table_digests(paths.db) == before


def test_a_user_name_with_a_line_break_stays_on_one_line(station, cli):
    r = cli("user", "list", user="adm\nin", pin=ADMIN_PIN)
    assert r.code == 6 and len(r.err.splitlines()) == 1 and "adm\\nin" in r.err
