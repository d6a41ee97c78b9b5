"""A property over random sequences of payments, refunds, cash in/out and platform decisions
(arriving twice, out of order, and contradicting each other): the ledger's sum equals
``expected_cash`` equals what the Z prints, and every payment ends where the model says."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.cash import expected_cash
from app.core.errors import Refused

from .helpers.payments import decide

PAYMENTS = (("electricity", "0312556677", 12050), ("mobile", "13812345678", 5000), ("water", "1234567", 3000),
            ("gas", "12345678", 20000))

op = st.one_of(
    st.tuples(st.just("pay"), st.integers(0, len(PAYMENTS) - 1)),
    st.tuples(st.just("refund"), st.integers(0, 50)),
    st.tuples(st.just("in"), st.integers(1, 30000)),
    st.tuples(st.just("out"), st.integers(1, 30000)),
    st.tuples(st.just("decide"), st.integers(0, 50), st.sampled_from(["confirmed", "rejected"]), st.booleans()),
)


@pytest.fixture
def counter(station, actors):
    admin = actors["admin"]
    station.settings.set(admin, "payments.max_pending_yuan", 10_000_000)
    return station


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(op, max_size=30))
def test_ledger_expected_cash_and_z_agree(counter, actors, ops):
    clerk = actors["clerk"]
    cash, payments = counter.cash, counter.payments
    shift = cash.open(clerk, 10000)
    drawer = 10000
    taken: list[tuple[str, int]] = []  # (payment id, amount) in the order taken this example
    status: dict[str, str] = {}
    for o in ops:
        kind = o[0]
        if kind == "pay":
            type_code, account, amount = PAYMENTS[o[1]]
            p = payments.take(clerk, type_code, account, amount, confirm_duplicate=True)
            taken.append((p.id, amount))
            status[p.id] = "pending"
            drawer += amount
        elif kind == "refund" and taken:
            pid, amount = taken[o[1] % len(taken)]
            try:
                payments.refund(clerk, pid)
            except Refused as e:
                expect = {"pending": "payment.not_rejected", "confirmed": "payment.not_rejected",
                          "refunded": "payment.already_refunded"}.get(status[pid], "cash.drawer_short")
                assert e.code == expect
                if e.code == "cash.drawer_short":
                    assert amount > drawer
            else:
                assert status[pid] == "rejected"
                status[pid] = "refunded"
                drawer -= amount
        elif kind in ("in", "out"):
            try:
                (cash.cash_in if kind == "in" else cash.cash_out)(clerk, o[1], "x")
            except Refused:
                assert kind == "out" and o[1] > drawer
            else:
                drawer += o[1] if kind == "in" else -o[1]
        elif kind == "decide" and taken:
            pid, _ = taken[o[1] % len(taken)]
            for _ in range(2 if o[3] else 1):  # the same decision arriving twice
                decide(counter, pid, o[2])
            if status[pid] == "pending":
                status[pid] = o[2]
        ledger = counter.store.query_one("SELECT coalesce(sum(amount_fen), 0) FROM cash_movements WHERE shift_id = ?",
                                         (shift.id,))[0]
        assert ledger == expected_cash(counter.store.conn, shift.id) == drawer
        kept, counted = payments.pending(), counter.store.query_one(
            "SELECT count(*), coalesce(sum(amount_fen), 0) FROM payments WHERE status = 'pending'")
        assert (kept.count, kept.total_fen) == tuple(counted)
    assert {p.id: p.status for p in payments.list(clerk, limit=10_000) if p.id in status} == status
    z = cash.close(clerk, drawer)
    assert z.expected_fen == drawer == sum(ln.total_fen for ln in z.lines) and z.diff_fen == 0
    pending = [amount for pid, amount in taken if status[pid] == "pending"]
    assert (z.extras["payments_pending"]["count"], z.extras["payments_pending"]["total_fen"]) == (len(pending), sum(pending))
    refunds = [amount for pid, amount in taken if status[pid] == "refunded"]
    assert z.extras["payments_by_biller"]["refunds"]["total_fen"] == sum(refunds)
    paid = sum(ln.total_fen for ln in z.lines if (ln.service, ln.kind) == ("payments", "payment"))
    assert paid == sum(amount for _, amount in taken)
