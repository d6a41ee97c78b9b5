"""Consignment records reach the real hub exactly once: pushed online (and pushed again: nothing new),
and carried on a USB bundle imported twice — the hub holds each farmer, lot, movement, statement
and payout once (``hub counts``), record by record the same as the station's."""

from __future__ import annotations

from .conftest import ADMIN_PIN
from .consign_support import TO
from .helpers.records import compare
from .helpers.sync_fixtures import hub, make_station  # noqa: F401
from .test_hub_api import run_hub

ENTITIES = ("consign_farmers", "consign_lots", "consign_moves", "consign_statements", "consign_payouts")


def _business(st, admin, first: bool) -> None:  # noqa: ANN001
    c = st.consignment
    if first:
        st.cash.open(admin, 50000)
        c.farmers.add(admin, name="何永福", phone="13512340000", resident_id="50010119800315001X")
    lot = c.intake.take_in(admin, "F1", product="巫山脆李", grade="一级", unit="kg", qty="30", price_fen=800)
    c.moves.sell(admin, lot.code, "2.5")
    c.moves.ship(admin, lot.code, "5", weight_g=5400, **TO)
    c.moves.spoil(admin, lot.code, "0.5", "压坏")
    st_ = c.settlement.settle(admin, "F1")
    c.settlement.pay(admin, st_.code)


def _station_counts(st) -> dict[str, int]:  # noqa: ANN001
    return {e: st.store.query_one("SELECT count(DISTINCT entity_id) FROM outbox WHERE entity = ?", (e,))[0]
            for e in (*ENTITIES, "shipments")}


def test_consignment_records_reach_the_hub_exactly_once(hub, make_station, tmp_path):  # noqa: F811
    st = make_station()
    admin = st.users.authenticate("admin", ADMIN_PIN)
    _business(st, admin, first=True)
    assert st.sync.run_once().ok
    assert st.sync.run_once().pushed == 0  # again: nothing new, nothing twice
    held = hub.storage.counts(st.info.code)[1]
    assert {e: held.get(e, 0) for e in (*ENTITIES, "shipments")} == _station_counts(st) == {
        "consign_farmers": 1, "consign_lots": 1, "consign_moves": 3, "consign_statements": 1, "consign_payouts": 1,
        "shipments": 1}
    compare(st.store, hub.storage, st.info.code)

    # the next day's work goes by USB, and the bundle is imported twice at the town
    _business(st, admin, first=False)
    out = st.sync.export_bundle(admin, tmp_path / "usb.yyt")
    code, first, _ = run_hub(hub.db, "bundle", "import", str(tmp_path / "usb.yyt"))
    assert code == 0 and first["applied"] == out["changes"] > 0 and first["duplicates"] == 0
    code, again, _ = run_hub(hub.db, "bundle", "import", str(tmp_path / "usb.yyt"))
    assert code == 0 and again["applied"] == 0 and again["duplicates"] == out["changes"]
    report = st.sync.run_once()  # online again: the hub already has it all
    assert report.ok and report.pushed == 0
    held = hub.storage.counts(st.info.code)[1]
    assert {e: held.get(e, 0) for e in ENTITIES} == {e: n for e, n in _station_counts(st).items() if e in ENTITIES}
    assert held["consign_payouts"] == 2  # two statements, each paid once
    compare(st.store, hub.storage, st.info.code)
