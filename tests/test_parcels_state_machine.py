"""Random sequences of check-ins, pickups, returns, rounds and stock-takes against a model.

Invariants after every step: one row per tracking number; pickup codes unique among the parcels
the station holds; every parcel in exactly the state the model expects (so in exactly one); the
layer loads equal the parcels on each layer; a closed round has nothing out; every successful
operation adds change records and exactly one audit entry, and every refused one adds neither.
"""
# ruff: noqa: F811 - the station template fixture comes from test_parcels_support

from __future__ import annotations

import shutil
import tempfile
from collections import Counter
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

from app.core.clock import ManualClock
from app.core.errors import YytError
from app.core.station import Station
from app.core.users.model import Actor, Role
from app.paths import DataPaths

from .test_parcels_support import _station_template, sf  # noqa: F401

SHELVES = {("A", 1): 2, ("A", 2): 2, ("B", 1): 1}
HELD = ("in_station", "out_for_delivery")
TRACKINGS = st.integers(0, 9).map(sf)
TAILS = st.sampled_from(["1111", "2222", "3333"])
HEADS = st.sampled_from(["138", "139"])


class ParcelMachine(RuleBasedStateMachine):
    template: Path
    workdir: Path

    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(dir=self.workdir))
        paths = DataPaths(self.dir / "station")
        paths.ensure()
        shutil.copy(self.template, paths.db)
        self.clock = ManualClock("2026-06-01T01:00:00Z")
        self.station = Station.open(paths, clock=self.clock, auto_backup=False)
        rows = self.station.store.query("SELECT id, username, role FROM users")
        self.actors = {r[1]: Actor(r[0], r[1], Role(r[2])) for r in rows}
        self.p = self.station.parcels
        self.p.shelves.configure(self.actors["admin"], [{"shelf": "A", "layers": 2, "capacity": 2},
                                                        {"shelf": "B", "layers": 1, "capacity": 1}])
        self.status: dict[str, str] = {}
        self.place: dict[str, tuple[str, int]] = {}
        self.code: dict[str, str] = {}
        self.phone: dict[str, str] = {}  # masked form
        self.round: tuple[int, dict[str, str]] | None = None  # (number, tracking → outcome)
        self.closed_rounds: list[int] = []
        self.stocktake: tuple[str, set[str]] | None = None

    def teardown(self) -> None:
        self.station.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    # -- running an operation against the model's expectation -----------------------------------
    def _counts(self) -> tuple[int, int]:
        q = self.station.store.query_one
        return q("SELECT count(*) FROM outbox")[0], q("SELECT count(*) FROM audit")[0]

    def attempt(self, expected_error: str | None, fn):  # noqa: ANN001, ANN201
        before = self._counts()
        try:
            result = fn()
        except YytError as exc:
            assert exc.code == expected_error, f"got {exc.code}, expected {expected_error}"
            assert self._counts() == before, "a refused operation wrote something"
            return None
        assert expected_error is None, f"expected {expected_error}, but it succeeded"
        after = self._counts()
        assert after[0] > before[0] and after[1] == before[1] + 1, "outbox and audit must grow"
        return result

    def _refusal(self, t: str) -> str | None:
        """What taking a parcel off the shelf says, given its status."""
        s = self.status.get(t)
        return {None: "parcel.not_found", "in_station": None, "out_for_delivery": "parcel.out_for_delivery",
                "picked_up": "parcel.already_picked_up", "delivered": "parcel.already_picked_up",
                "returned": "parcel.not_in_station"}[s]

    def _load(self) -> Counter:
        return Counter(self.place[t] for t, s in self.status.items() if s == "in_station")

    # -- rules -------------------------------------------------------------------------------------
    @rule(t=TRACKINGS, head=HEADS, tail=TAILS, masked=st.booleans())
    def checkin(self, t: str, head: str, tail: str, masked: bool) -> None:
        load = self._load()
        room = [k for k, cap in SHELVES.items() if load[k] < cap]
        expected = ("parcel.already_checked_in" if t in self.status else None if room else "parcel.shelves_full")
        phone = f"{head}****{tail}" if masked else f"{head}0000{tail}"
        r = self.attempt(expected, lambda: self.p.inbound.checkin(self.actors["clerk"], t, phone=phone))
        if r is not None:
            v = r.parcel
            least = min(load[k] / SHELVES[k] for k in room)
            assert load[(v.shelf, v.layer)] / SHELVES[(v.shelf, v.layer)] == least
            self.status[t], self.place[t], self.code[t] = "in_station", (v.shelf, v.layer), v.pickup_code
            self.phone[t] = f"{head}****{tail}"

    @precondition(lambda self: any(s in HELD for s in self.status.values()))
    @rule(data=st.data())
    def pickup_by_code(self, data) -> None:  # noqa: ANN001
        t = data.draw(st.sampled_from(sorted(t for t, s in self.status.items() if s in HELD)))
        r = self.attempt(self._refusal(t), lambda: self.p.pickup.by_code(self.actors["clerk"], self.code[t]))
        if r is not None:
            assert [v.tracking for v in r.parcels] == [t]
            self.status[t] = "picked_up"

    @precondition(lambda self: any(s not in HELD for s in self.status.values()))
    @rule(data=st.data())
    def second_pickup_by_code(self, data) -> None:  # noqa: ANN001
        gone = sorted(t for t, s in self.status.items() if s not in HELD)
        t = data.draw(st.sampled_from(gone))
        if list(self.code.values()).count(self.code[t]) > 1:
            return  # the code was issued again on a later day: it names the newer parcel
        self.attempt(self._refusal(t), lambda: self.p.pickup.by_code(self.actors["clerk"], self.code[t]))

    @precondition(lambda self: "in_station" in self.status.values())
    @rule(tail=TAILS)
    def pickup_by_tail(self, tail: str) -> None:
        mine = sorted(t for t, s in self.status.items() if s == "in_station" and self.phone[t].endswith(tail))
        phones = {self.phone[t] for t in mine}
        expected = "parcel.none_for_tail" if not mine else "parcel.tail_ambiguous" if len(phones) > 1 else None
        r = self.attempt(expected, lambda: self.p.pickup.by_phone_tail(self.actors["clerk"], tail))
        if r is not None:
            assert sorted(v.tracking for v in r.parcels) == mine
            assert len({v.id for v in r.parcels}) == len(mine)
            for t in mine:
                self.status[t] = "picked_up"

    @rule(any_t=TRACKINGS, data=st.data())
    def return_to_sender(self, any_t: str, data) -> None:  # noqa: ANN001
        t = self._pick(data, any_t, self.status)
        if self.attempt(self._refusal(t), lambda: self.p.pickup.return_to_sender(self.actors["clerk"], t, "拒收")):
            self.status[t] = "returned"

    @precondition(lambda self: self.round is None or not self.round[1])
    @rule()
    def round_start(self) -> None:
        expected = "round.carrier_busy" if self.round else None
        r = self.attempt(expected, lambda: self.p.rounds.start(self.actors["clerk"], "carrier"))
        if r is not None:
            self.round = (r.number, {})

    @precondition(lambda self: self.round is not None)
    @rule(any_t=TRACKINGS, data=st.data())
    def round_add(self, any_t: str, data) -> None:  # noqa: ANN001
        t = self._pick(data, any_t, [x for x, s in self.status.items() if s == "in_station"])
        number, items = self.round
        expected = self._refusal(t)
        if self.status.get(t) == "out_for_delivery" and items.get(t) == "out":
            expected = "round.already_on_round"
        if self.attempt(expected, lambda: self.p.rounds.add(self.actors["clerk"], number, [t])):
            self.status[t], items[t] = "out_for_delivery", "out"

    def _on_round(self, t: str) -> str | None:
        items = self.round[1]
        if t not in self.status:
            return "parcel.not_found"
        if t not in items:
            return "round.parcel_not_on_round"
        return None if items[t] == "out" else "round.parcel_accounted"

    def _pick(self, data, any_t: str, pool) -> str:  # noqa: ANN001
        """Mostly a tracking number from ``pool`` (where the interesting cases are), sometimes any."""
        pool = sorted(pool)
        return data.draw(st.sampled_from(pool)) if pool and data.draw(st.integers(0, 3)) < 3 else any_t

    @precondition(lambda self: self.round is not None)
    @rule(any_t=TRACKINGS, by_code=st.booleans(), data=st.data())
    def round_deliver(self, any_t: str, by_code: bool, data) -> None:  # noqa: ANN001
        t = self._pick(data, any_t, [x for x, o in self.round[1].items() if o == "out"])
        number = self.round[0]
        proof = {"code": self.code[t]} if by_code and t in self.code else {"tail": self.phone.get(t, "x0000")[-4:]}
        if self.attempt(self._on_round(t), lambda: self.p.rounds.deliver(self.actors["carrier"], number, t, **proof)):
            self.status[t], self.round[1][t] = "delivered", "delivered"

    @precondition(lambda self: self.round is not None)
    @rule(any_t=TRACKINGS, data=st.data())
    def round_back(self, any_t: str, data) -> None:  # noqa: ANN001
        t = self._pick(data, any_t, [x for x, o in self.round[1].items() if o == "out"])
        number = self.round[0]
        if self.attempt(self._on_round(t), lambda: self.p.rounds.back(self.actors["carrier"], number, t)):
            self.status[t], self.round[1][t] = "in_station", "back"

    @precondition(lambda self: self.round is not None and self.round[1])
    @rule()
    def round_close(self) -> None:
        number, items = self.round
        expected = "round.not_closable" if "out" in items.values() else None
        if self.attempt(expected, lambda: self.p.rounds.close(self.actors["carrier"], number)):
            self.closed_rounds.append(number)
            self.round = None

    @precondition(lambda self: self.stocktake is None or not self.stocktake[1])
    @rule()
    def stocktake_start(self) -> None:
        expected = "stocktake.already_open" if self.stocktake else None
        r = self.attempt(expected, lambda: self.p.stocktake.start(self.actors["clerk"]))
        if r is not None:
            self.stocktake = (r.id, set())

    @precondition(lambda self: self.stocktake is not None)
    @rule(t=TRACKINGS)
    def stocktake_scan(self, t: str) -> None:
        sid, scanned = self.stocktake
        if t in scanned:  # a repeat is reported and writes nothing
            before = self._counts()
            assert self.p.stocktake.scan(self.actors["clerk"], sid, t).duplicate
            assert self._counts() == before
            return
        r = self.attempt(None, lambda: self.p.stocktake.scan(self.actors["clerk"], sid, t))
        assert r.status == self.status.get(t, "unknown") and not r.duplicate
        scanned.add(t)

    @precondition(lambda self: self.stocktake is not None)
    @rule()
    def stocktake_finish(self) -> None:
        sid, scanned = self.stocktake
        r = self.attempt(None, lambda: self.p.stocktake.finish(self.actors["clerk"], sid))
        on_shelf = {t for t, s in self.status.items() if s == "in_station"}
        assert {f.tracking for f in r.missing} == on_shelf - scanned
        assert {f.tracking for f in r.unexpected} == scanned - on_shelf
        self.stocktake = None

    @rule(hours=st.integers(1, 30))
    def time_passes(self, hours: int) -> None:
        self.clock.advance(hours=hours)

    # -- invariants --------------------------------------------------------------------------------
    @invariant()
    def the_database_agrees_with_the_model(self) -> None:
        q = self.station.store.query
        rows = {r[0]: (r[1], r[2], (r[3], r[4])) for r in q("SELECT tracking, status, pickup_code, shelf, layer FROM parcels")}
        assert len(rows) == q("SELECT count(*) FROM parcels")[0][0]  # one row per tracking number
        assert {t: s for t, (s, _, _) in rows.items()} == self.status  # each in exactly the expected state
        held = [code for s, code, _ in rows.values() if s in HELD]
        assert len(held) == len(set(held)), "a pickup code is held twice"
        assert all(rows[t][1] == self.code[t] and rows[t][2] == self.place[t] for t in rows)
        loads = {(r[0], r[1]): r[2] for r in q("SELECT shelf, layer, occupied FROM parcel_slots") if r[2]}
        assert loads == dict(self._load())
        day_codes = q("SELECT pickup_code, code_day, count(*) FROM parcels GROUP BY 1, 2 HAVING count(*) > 1")
        assert day_codes == [], "a code was issued twice in one day"

    @invariant()
    def closed_rounds_are_empty(self) -> None:
        out = self.station.store.query(
            "SELECT count(*) FROM round_items i JOIN rounds r ON r.id = i.round_id WHERE r.status = 'closed'"
            " AND i.outcome = 'out'")[0][0]
        assert out == 0
        assert [r[0] for r in self.station.store.query(
            "SELECT number FROM rounds WHERE status = 'closed' ORDER BY number")] == self.closed_rounds


def test_random_parcel_histories_keep_the_invariants(_station_template, tmp_path):
    ParcelMachine.template = _station_template
    ParcelMachine.workdir = tmp_path
    run_state_machine_as_test(ParcelMachine, settings=settings(
        max_examples=60, stateful_step_count=40, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
