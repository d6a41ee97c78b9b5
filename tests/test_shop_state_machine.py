"""Random histories of stock-in, sale, return, adjustment, recall and clock moves against a model.

After every step: no lot below zero and every lot's quantity equal to the model's and to the sum
of its moves; each sale took from the earliest-expiring sellable lots (the model picks them
itself); no expired or recalled lot ever gave a unit to a sale; the §26 ledger has one row per
stock-in and the §27 ledger one row per lot of every sale and return, quantities equal to the
events; a refused operation wrote nothing (no audit entry).
"""
# ruff: noqa: F811 - the station template fixture comes from shop_support

from __future__ import annotations

import datetime as _dt
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from app.core.clock import ManualClock, local_date
from app.core.errors import YytError
from app.core.station import Station
from app.core.users.model import Actor, Role
from app.paths import DataPaths

from .shop_support import _shop_template, make_catalogue  # noqa: F401

LOTS = ("A", "B", "C", "D")


class ShopMachine(RuleBasedStateMachine):
    template: Path
    workdir: Path

    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(dir=self.workdir))
        paths = DataPaths(self.dir / "station")
        paths.ensure()
        shutil.copy(self.template, paths.db)
        self.clock = ManualClock("2026-03-01T01:00:00Z")
        self.station = Station.open(paths, clock=self.clock, auto_backup=False)
        rows = self.station.store.query("SELECT id, username, role FROM users")
        self.clerk = {r[1]: Actor(r[0], r[1], Role(r[2])) for r in rows}["clerk"]
        cat = make_catalogue(self.station, self.clerk)
        self.products = (cat.fertiliser, cat.seed, cat.pesticide)
        self.station.cash.open(self.clerk, 1_000_000)
        self.lots: dict[tuple[str, str], dict] = {}  # (product, lot_no) → {id, expires, qty, recalled, order}
        self.sales: list[dict] = []  # {id, product, allocations: {lot key: qty}, returned: {lot key: qty}}
        self.stock_ins = 0
        self.ledger_moves = 0  # rows the §27 ledger must hold
        self.audit = self._audit_count()

    def teardown(self) -> None:
        self.station.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    def _audit_count(self) -> int:
        return self.station.store.query_one("SELECT count(*) FROM audit")[0]

    def _today(self) -> str:
        return local_date(self.clock.now()).isoformat()

    def _refused(self, fn) -> bool:  # noqa: ANN001
        before = self._audit_count()
        try:
            fn()
        except YytError:
            assert self._audit_count() == before, "a refused operation wrote"
            return True
        return False

    @rule(p=st.integers(0, 2), lot=st.sampled_from(LOTS), qty=st.integers(1, 6), days=st.integers(-5, 120))
    def stock_in(self, p: int, lot: str, qty: int, days: int) -> None:
        product = self.products[p]
        key = (product, lot)
        expires = (local_date(self.clock.now()) + _dt.timedelta(days=days)).isoformat()
        held = self.lots.get(key)
        if held is not None:
            expires = held["expires"]
        ok = not self._refused(lambda: self.station.shop.stock.stock_in(
            self.clerk, product, lot=lot, qty=qty, produced="2025-01-01", expires=expires, cost_fen=100,
            supplier="农资公司", supplier_phone="023-68881234"))
        expected_ok = expires >= self._today() and not (held and held["recalled"])
        assert ok == expected_ok
        if ok:
            self.stock_ins += 1
            if held is None:
                lot_id = self.station.store.query_one("SELECT id FROM shop_lots WHERE product_id = ? AND lot_no = ?",
                                                      (product, lot))[0]
                self.lots[key] = {"id": lot_id, "expires": expires, "qty": 0, "recalled": False,
                                  "order": len(self.lots)}
            self.lots[key]["qty"] += qty

    def _sellable(self, product: str) -> list[tuple[tuple[str, str], dict]]:
        today = self._today()
        return sorted(((k, v) for k, v in self.lots.items() if k[0] == product and v["qty"] > 0
                       and not v["recalled"] and v["expires"] >= today), key=lambda kv: (kv[1]["expires"],
                                                                                           kv[1]["order"]))

    @rule(p=st.integers(0, 2), qty=st.integers(1, 8))
    def sell(self, p: int, qty: int) -> None:
        product = self.products[p]
        sellable = self._sellable(product)
        expected, left = {}, qty
        for key, lot in sellable:
            take = min(lot["qty"], left)
            if take:
                expected[key] = take
                left -= take
        result = []
        refused = self._refused(lambda: result.append(self.station.shop.sales.sell(self.clerk, [(product, qty)])))
        assert refused == (left > 0)
        if refused:
            return
        sale = result[0]
        got = {(product, a.lot_no): a.qty for a in sale.lines[0].lots}
        assert got == expected, "not first-expired-first-out"
        for key, n in got.items():
            self.lots[key]["qty"] -= n
        self.ledger_moves += len(got)
        self.sales.append({"id": sale.id, "product": product, "allocations": got, "returned": {}})

    @precondition(lambda self: self.sales)
    @rule(i=st.integers(0, 50), qty=st.integers(1, 4))
    def give_back(self, i: int, qty: int) -> None:
        sale = self.sales[i % len(self.sales)]
        left = sum(sale["allocations"].values()) - sum(sale["returned"].values())
        result = []
        refused = self._refused(lambda: result.append(self.station.shop.sales.return_items(
            self.clerk, sale["id"], [(sale["product"], qty)])))
        assert refused == (qty > left)
        if refused:
            return
        for x in result[0].lines:
            key = (sale["product"], x["lot_no"])
            assert sale["allocations"][key] - sale["returned"].get(key, 0) >= x["qty"], "returned to a foreign lot"
            sale["returned"][key] = sale["returned"].get(key, 0) + x["qty"]
            self.lots[key]["qty"] += x["qty"]
        self.ledger_moves += len(result[0].lines)

    @precondition(lambda self: self.lots)
    @rule(i=st.integers(0, 50), delta=st.integers(-4, 4).filter(bool))
    def adjust(self, i: int, delta: int) -> None:
        key = sorted(self.lots)[i % len(self.lots)]
        lot = self.lots[key]
        refused = self._refused(lambda: self.station.shop.stock.adjust(self.clerk, key[0], key[1], delta, "盘点"))
        assert refused == (lot["qty"] + delta < 0)
        if not refused:
            lot["qty"] += delta

    @precondition(lambda self: self.lots)
    @rule(i=st.integers(0, 50))
    def recall(self, i: int) -> None:
        key = sorted(self.lots)[i % len(self.lots)]
        [view] = self.station.shop.recalls.recall(self.clerk, lot=key[1], product=key[0])
        buyers = {b.sale_id: b.qty for b in view.buyers}
        expected = {s["id"]: s["allocations"].get(key, 0) - s["returned"].get(key, 0) for s in self.sales}
        assert buyers == {k: v for k, v in expected.items() if v > 0}
        self.lots[key]["recalled"] = True

    @rule(days=st.integers(1, 40))
    def time_passes(self, days: int) -> None:
        self.clock.advance(days=days)

    @invariant()
    def stock_matches_the_model_and_the_moves(self) -> None:
        q = self.station.store.query
        rows = {r[0]: (r[1], r[2]) for r in q(
            "SELECT l.id, l.qty, (SELECT coalesce(sum(qty), 0) FROM shop_moves WHERE lot_id = l.id) FROM shop_lots AS l")}
        for lot in self.lots.values():
            qty, moved = rows[lot["id"]]
            assert qty == lot["qty"] == moved and qty >= 0

    @invariant()
    def no_expired_or_recalled_lot_was_ever_sold(self) -> None:
        bad = self.station.store.query(
            "SELECT count(*) FROM shop_moves AS m JOIN shop_lots AS l ON l.id = m.lot_id JOIN shop_sale_lines AS ln"
            " ON ln.id = m.line_id WHERE m.kind = 'sale' AND (l.expires_on < ln.sold_on OR (l.recalled_at IS NOT NULL"
            " AND l.recalled_at < m.at))")[0][0]
        assert bad == 0

    @invariant()
    def ledgers_equal_the_events(self) -> None:
        purchases = list(self.station.shop.ledgers.rows(self.clerk, "purchases"))
        sales = list(self.station.shop.ledgers.rows(self.clerk, "sales"))
        assert len(purchases) == self.stock_ins
        assert len(sales) == self.ledger_moves
        sold = sum(sum(s["allocations"].values()) for s in self.sales)
        back = sum(sum(s["returned"].values()) for s in self.sales)
        assert sum(r["qty"] for r in sales) == sold - back


def test_random_shop_histories_keep_the_invariants(_shop_template, tmp_path):
    ShopMachine.template = _shop_template
    ShopMachine.workdir = tmp_path
    run_state_machine_as_test(ShopMachine, settings=settings(
        max_examples=40, stateful_step_count=30, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
