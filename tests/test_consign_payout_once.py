"""The same payout twice never pays twice: several real processes paying one statement at the same
moment, a process SIGKILLed between the payout and the printed receipt, and kills at random moments
of the payout — afterwards exactly one payout and one cash movement exist, and paying again from
the CLI exits 5 and changes nothing."""
# ruff: noqa: F811 - fixtures come from consign_support

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from app.core.db.audit import verify_chain

from .conftest import CLERK_PIN, ROOT, table_digests
from .consign_support import _station_template, actors, clerk, cm, farmer, lot, station  # noqa: F401

EXTRA = {"YYT_PIN": CLERK_PIN, "YYT_NO_LOG": "1"}  # over the environment of the moment (the test keyring)


@pytest.fixture
def statement(station, cm, clerk, lot):
    cm.moves.sell(clerk, lot.code, "12.5", 900)  # ¥112.50, commission ¥5.63 → ¥106.87 to pay
    st = cm.settlement.settle(clerk, "F1")
    assert st.payable_fen == 10687
    return st


def payer(station, statement: str, mode: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.helpers.consign_payer", str(station.paths.root), statement,
                             mode], cwd=ROOT, env={**os.environ, **EXTRA}, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def paid_once(station, statement) -> None:
    conn = sqlite3.connect(station.store.path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*), sum(amount_fen) FROM consign_payouts").fetchone() == (1, 10687)
        assert conn.execute("SELECT count(*), sum(amount_fen) FROM cash_movements WHERE kind = 'payout'"
                            ).fetchone() == (1, -10687)
        assert conn.execute("SELECT count(*) FROM outbox WHERE entity = 'consign_payouts'").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM audit WHERE action = 'consign.pay'").fetchone()[0] == 1
        assert verify_chain(conn).ok
    finally:
        conn.close()


def cli_pays_again(station, statement) -> None:
    before = table_digests(station.store.path)
    r = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(station.paths.root), "--json", "--user", "clerk",
                        "consign", "pay", statement.code], cwd=ROOT, env={**os.environ, **EXTRA}, capture_output=True, text=True)
    assert r.returncode == 5, r.stderr
    assert json.loads(r.stdout)["error"]["code"] == "consign.already_paid"
    assert r.stderr.startswith("error[consign.already_paid]:")
    assert table_digests(station.store.path) == before


def test_payers_at_the_same_moment_pay_once(station, statement):
    procs = [payer(station, statement.id, "race") for _ in range(3)]
    for p in procs:
        assert p.stdout.readline().strip() == "READY"
    (station.paths.root / "go").touch()
    results = []
    for p in procs:
        out, _ = p.communicate(timeout=60)
        results.append((p.returncode, json.loads(out)))
    assert sorted(code for code, _ in results) == [0, 5, 5], results
    assert [r for code, r in results if code == 0] == [{"paid": 10687}]
    assert all(r == {"error": "consign.already_paid"} for code, r in results if code == 5)
    paid_once(station, statement)
    cli_pays_again(station, statement)


def test_killed_between_the_payout_and_the_print(station, clerk, statement):
    p = payer(station, statement.id, "hang")
    assert p.stdout.readline().strip() == "PAID"
    p.send_signal(signal.SIGKILL)  # the receipt never printed
    p.wait()
    p.stdout.close()
    p.stdin.close()
    paid_once(station, statement)
    cli_pays_again(station, statement)
    shown = station.consignment.settlement.get(clerk, statement.code)
    assert shown.paid and shown.payout.amount_fen == 10687  # the reprint says paid


@pytest.mark.slow
def test_killed_at_random_moments_of_the_payout(station, cm, clerk, lot):
    rng = random.Random(20261203)
    for _ in range(4):
        cm.moves.sell(clerk, lot.code, "1")
        st = cm.settlement.settle(clerk, "F1")
        p = payer(station, st.id, "loop")
        assert p.stdout.readline().strip() == "READY"
        deadline = time.perf_counter() + rng.uniform(0.0, 0.02)
        while time.perf_counter() < deadline:  # the kill lands somewhere inside the payout
            pass
        p.send_signal(signal.SIGKILL)
        p.wait()
        p.stdout.close()
        p.stdin.close()
        paid = station.store.query_one("SELECT count(*) FROM consign_payouts WHERE statement_id = ?", (st.id,))[0]
        assert paid in (0, 1)
        if not paid:
            cm.settlement.pay(clerk, st.id)
        payouts = station.store.query("SELECT count(*) FROM cash_movements WHERE kind = 'payout' AND ref_id = ?",
                                      (st.id,))
        assert payouts[0][0] == 1
