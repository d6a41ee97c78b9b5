"""Realistic parcel-shaped change records written through the real write path, and the
record-by-record comparison of a station with the hub."""

from __future__ import annotations

import random
from typing import Any

from app.core.db.codec import sha256_hex
from app.core.db.store import Store
from app.core.ids import new_id

CARRIERS = ("SF", "YTO", "ZTO", "STO", "YD", "JT", "EMS", "JD")
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"


def parcel_payload(rng: random.Random, pid: str, n: int, at: str) -> dict[str, Any]:
    carrier = rng.choice(CARRIERS)
    tracking = {"SF": "SF", "JD": "JD", "JT": "JT"}.get(carrier, "") + str(rng.randrange(10**11, 10**13))
    shelf = "ABCD"[n % 4]
    return {
        "id": pid, "tracking": tracking, "carrier": carrier,
        "phone": f"1{rng.choice('3578')}{rng.randrange(10)}****{rng.randrange(10000):04d}",
        "name": rng.choice(SURNAMES) + "*", "status": "in_station",
        "pickup_code": f"{shelf}-{n % 5 + 1}-{n % 10000:04d}", "shelf": shelf, "layer": n % 5 + 1,
        "checked_in_at": at, "checked_in_by": "clerk", "fee_fen": 0, "preadvice": rng.random() < 0.3,
    }


def write_parcels(store: Store, n: int, rng: random.Random | None = None, per_tx: int = 1,
                  entity: str = "parcels") -> list[str]:
    """``n`` parcel check-ins (each a create record), ``per_tx`` per transaction. Returns the ids."""
    rng = rng or random.Random(7)
    ids: list[str] = []
    done = 0
    while done < n:
        k = min(per_tx, n - done)
        with store.write(actor="clerk", action="parcel.checkin", entity=entity) as tx:
            for _ in range(k):
                pid = new_id()
                tx.change(entity, pid, "create", parcel_payload(rng, pid, done, tx.now_iso))
                ids.append(pid)
                done += 1
            tx.summary["n"] = k
    return ids


def compare(store: Store, hub_storage: Any, code: str, *, hub_may_hold_more: bool = False) -> dict[str, int]:
    """Every record on both sides, one by one: the hub holds each station change record exactly
    once, with the same content, and nothing else (records the hub refused are dead letters).
    ``hub_may_hold_more``: a reinstalled station does not have what its first install sent.
    Returns a few totals; raises AssertionError on the first difference."""
    # a sealed payload is compared opened, with the hash the hub takes (over the clear text)
    station_rows = [(*r[:5], r[5], sha256_hex(r[5])) for r in store.query(
        "SELECT seq, change_id, entity, entity_id, op, yyt_open(payload) FROM outbox ORDER BY seq")]
    dead = {r[0] for r in store.query("SELECT change_id FROM dead_letters")}
    mine: dict[str, tuple] = {}
    for r in station_rows:
        if r[1] in dead:
            continue
        prior = mine.get(r[1])
        assert prior is None or prior[1:] == tuple(r)[2:], f"station holds {r[1]} twice with different content"
        mine[r[1]] = (r[0], *tuple(r)[2:])
    hub_rows = hub_storage.records(code)
    theirs: dict[str, dict] = {}
    for h in hub_rows:
        assert h["change_id"] not in theirs, f"hub holds {h['change_id']} twice"
        theirs[h["change_id"]] = h
    lost = sorted(set(mine) - set(theirs))
    extra = sorted(set(theirs) - set(mine))
    assert not lost, f"{len(lost)} records lost, first {lost[:3]}"
    assert hub_may_hold_more or not extra, f"{len(extra)} records on the hub the station does not have, first {extra[:3]}"
    for cid, m in mine.items():
        h = theirs[cid]
        assert (h["entity"], h["entity_id"], h["op"], h["payload"], h["payload_hash"]) == m[1:], cid
    acked = int((store.query_one("SELECT value FROM meta WHERE key = 'acked_through'") or [0])[0])
    pending = store.query_one("SELECT count(*) FROM outbox WHERE seq > ?", (acked,))[0]
    assert pending == 0, f"{pending} records still pending"
    return {"records": len(mine), "dead": len(dead)}


def hub_live(hub_storage: Any, code: str) -> dict[tuple[str, str], str]:
    """The platform records a station should hold: the hub's snapshot without its withdrawals."""
    return {(e.stream, e.key): e.payload for e in hub_storage.pull(code, 0, 1_000_000, True).entries
            if e.payload is not None}
