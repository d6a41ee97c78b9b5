"""Property tests: random partial sells, shipments, spoilage, returns, reversals, settlements and
payouts on a real station. Whatever the order, every statement has gross = net + commission +
shipping, every farmer was paid at most what their sales earned them, no lot ever goes below zero
(and what is left is always the intake plus its movements), and no movement is on two statements."""

# ruff: noqa: F811 - the template fixture comes from test_parcels_support

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.cash import expected_cash
from app.core.clock import ManualClock
from app.core.errors import YytError
from app.core.station import Station
from app.core.users.model import Actor, Role
from app.paths import DataPaths

from .consign_support import TO
from .test_parcels_support import _station_template  # noqa: F401

FARMERS = (("何永福", "13512340000"), ("李秀英", "13698761234"))

op = st.one_of(
    st.tuples(st.just("sell"), st.integers(0, 2), st.integers(1, 30_000), st.integers(0, 300)),
    st.tuples(st.just("ship"), st.integers(0, 2), st.integers(1, 30_000), st.integers(0, 300)),
    st.tuples(st.just("spoil"), st.integers(0, 2), st.integers(1, 30_000), st.just(0)),
    st.tuples(st.just("return"), st.integers(0, 2), st.integers(0, 30_000), st.just(0)),
    st.tuples(st.just("void"), st.integers(0, 50), st.just(0), st.just(0)),
    st.tuples(st.just("settle"), st.integers(0, 1), st.just(0), st.just(0)),
    st.tuples(st.just("pay"), st.integers(0, 50), st.just(0), st.just(0)),
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(op, min_size=1, max_size=20))
def test_random_movements_keep_every_invariant(_station_template, ops):
    tmp = Path(tempfile.mkdtemp(prefix="yyt-consign-prop-"))
    try:
        paths = DataPaths(tmp / "station")
        paths.ensure()
        shutil.copy(_station_template, paths.db)
        station = Station.open(paths, clock=ManualClock("2026-06-01T01:00:00Z"), auto_backup=False)
        try:
            _run(station, ops)
        finally:
            station.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _run(station: Station, ops: list[tuple]) -> None:
    row = station.store.query_one("SELECT id, username, role FROM users WHERE username = 'clerk'")
    clerk = Actor(row[0], row[1], Role(row[2]))
    station.cash.open(clerk, 100_000)
    shift = station.cash.current(clerk).id
    cm = station.consignment
    farmers = [cm.farmers.add(clerk, name=n, phone=p) for n, p in FARMERS]
    lots = [cm.intake.take_in(clerk, farmers[0].code, product="脆李", grade="一级", unit="kg", qty="60", price_fen=800),
            cm.intake.take_in(clerk, farmers[1].code, product="榨菜", grade="一级", unit="piece", qty="50", price_fen=350,
                              commission_bp=750),
            cm.intake.take_in(clerk, farmers[0].code, product="花椒", grade="一级", unit="kg", qty="5.5", price_fen=6000,
                              commission_bp=1225)]
    sales: list[str] = []
    statements: list[str] = []
    for kind, a, b, c in ops:
        lot = lots[a % len(lots)] if kind in ("sell", "ship", "spoil", "return") else None
        qty = max(1, b // 1000) if lot is not None and lot.unit == "piece" else b
        try:
            if kind == "sell":
                sales.append(cm.moves.sell(clerk, lot.id, qty, lot.price_fen + c).sale_id)
            elif kind == "ship":
                cm.moves.ship(clerk, lot.id, qty, weight_g=min(50_000, max(1, b)), price_fen=lot.price_fen + c * 10,
                              **TO)
            elif kind == "spoil":
                cm.moves.spoil(clerk, lot.id, qty, "压坏")
            elif kind == "return":
                cm.moves.give_back(clerk, lot.id, qty or None)
            elif kind == "void" and sales:
                cm.moves.void(clerk, sales[a % len(sales)], "更正")
            elif kind == "settle":
                statements.append(cm.settlement.settle(clerk, farmers[a].id).id)
            elif kind == "pay" and statements:
                cm.settlement.pay(clerk, statements[a % len(statements)])
        except YytError as exc:  # refused by the rules (not enough, already paid, postage, ...): nothing written
            assert exc.exit_code in (3, 5), exc
    _check(station, shift)


def _check(station: Station, shift: str) -> None:
    q = station.store.query
    for s in q("SELECT id, gross_fen, commission_fen, shipping_fen, net_fen, carried_in_fen, payable_fen,"
               " carried_out_fen FROM consign_statements"):
        assert s["gross_fen"] == s["net_fen"] + s["commission_fen"] + s["shipping_fen"]
        lines = q("SELECT sum(m.gross_fen), sum(m.commission_fen), sum(m.shipping_fen) FROM consign_moves m"
                  " JOIN consign_statement_lines sl ON sl.move_id = m.id WHERE sl.statement_id = ?", (s["id"],))[0]
        assert tuple(lines) == (s["gross_fen"], s["commission_fen"], s["shipping_fen"])
        assert s["payable_fen"] >= 0 and s["payable_fen"] + s["carried_out_fen"] == s["net_fen"] + s["carried_in_fen"]
    for f in q("SELECT id FROM consign_farmers"):
        paid = q("SELECT coalesce(sum(amount_fen), 0) FROM consign_payouts WHERE farmer_id = ?", (f[0],))[0][0]
        accrued = q("SELECT coalesce(sum(gross_fen - commission_fen - shipping_fen), 0) FROM consign_moves"
                    " WHERE farmer_id = ?", (f[0],))[0][0]
        settled = q("SELECT coalesce(sum(m.gross_fen - m.commission_fen - m.shipping_fen), 0) FROM consign_moves m"
                    " JOIN consign_statement_lines sl ON sl.move_id = m.id WHERE m.farmer_id = ?", (f[0],))[0][0]
        payable = q("SELECT coalesce(sum(payable_fen), 0) FROM consign_statements WHERE farmer_id = ?", (f[0],))[0][0]
        owed = -q("SELECT coalesce((SELECT carried_out_fen FROM consign_statements WHERE farmer_id = ?"
                  " ORDER BY number DESC LIMIT 1), 0)", (f[0],))[0][0]
        voids = q("SELECT count(*) FROM consign_moves WHERE farmer_id = ? AND kind = 'void'", (f[0],))[0][0]
        # paid at most the share its statements accrued; a sale reversed after its payout leaves the
        # farmer owing that amount, carried on their last statement to the next, never lost
        assert payable == settled + owed and 0 <= paid <= payable
        assert voids or (owed == 0 and paid <= settled <= accrued)
    for lot in q("SELECT id, qty FROM consign_lots"):
        moved = q("SELECT coalesce(sum(qty_delta), 0) FROM consign_moves WHERE lot_id = ?", (lot[0],))[0][0]
        view = station.consignment.intake._one(lot[0])
        assert view.remaining == lot[1] + moved >= 0
        assert view.qty == view.remaining + view.sold + view.shipped + view.spoiled + view.returned
    assert q("SELECT count(*) - count(DISTINCT move_id) FROM consign_statement_lines")[0][0] == 0
    assert q("SELECT count(*) FROM consign_payouts")[0][0] <= q("SELECT count(*) FROM consign_statements")[0][0]
    ledger = q("SELECT coalesce(sum(amount_fen), 0) FROM cash_movements WHERE service = 'consignment'")[0][0]
    takings = q("SELECT coalesce(sum(gross_fen), 0) FROM consign_moves WHERE paid_via = 'cash'")[0][0]
    payouts = q("SELECT coalesce(sum(amount_fen), 0) FROM consign_payouts WHERE method = 'cash'")[0][0]
    assert ledger == takings - payouts and expected_cash(station.store.conn, shift) == 100_000 + ledger
