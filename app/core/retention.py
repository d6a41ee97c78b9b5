"""The retention purge (PIPL §19): personal fields the station no longer needs are blanked.

What is purged, and when (docs/security.md "Retention" gives the reasons):

- parcels picked up, delivered or returned before the start (00:00 Asia/Shanghai) of the local day
  ``privacy.retention_days`` days ago: ``name``, ``phone``, ``phone_tail``, ``address``, ``sender``,
  ``proxy_name``, ``proxy_phone`` become ``''`` (a NULL proxy stays NULL). The tail goes too: after
  the parcel left nothing looks it up by tail (a pickup by tail reads held parcels only). The
  corrections in the parcel's history (``parcel_events`` of kind ``fixed``: before/after values)
  keep which fields changed and lose the values. Parcels still held are never touched.
- pre-advice rows (``parcel_preadvice`` and the platform's copy in ``platform_records``) received
  before that cutoff whose parcel is not held: ``phone``, ``name``, ``sender``, ``address``.
- outbound shipments accepted before the cutoff of ``privacy.shipment_retention_days`` (real-name
  mailing records are kept longer than parcels): sender name, phone, masked ID and keyed ID hash,
  recipient name, phone and address. Province, zone, weight, price, contents stay (the reports).
- change records the platform refused (``dead_letters``) of those parcels and shipments, by the same
  cutoffs (the time they were refused).

Kept on purpose: the shop's statutory ledgers (purchase ledger, restricted real-name sales: at least
two years by law, and the rows are immutable by trigger — they are not purged at all), consignment
farmers (a standing account whose statements and payouts are accounting records), payments (the
biller's account numbers; immutable), the audit log (summaries hold masked values only), and the
outbox: its rows are immutable; acknowledged ones are compacted by sync after ``sync.retain_days``,
unacknowledged ones hold their payload until pushed. A purge writes no change record: the platform
purges its own copy (``python -m hub maintenance purge``).

Counts stay: no row is deleted, no status, time, shelf, weight or amount changes, so every report
gives the same figures before and after. One purge is one write (``maintenance.purge`` audit entry
with the counts); with ``secure_delete`` on, the old values are overwritten in the file, and the WAL
is checkpointed afterwards.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass
from typing import Any

from .db.store import SYSTEM_ACTOR, Store
from .privacy import PARCEL_FIELDS, PREADVICE_FIELDS, SHIPMENT_FIELDS, blank_json, cutoff_day, day_start_utc
from .settings import SettingsService
from .users.model import Actor
from .users.permissions import Perm, require

log = logging.getLogger(__name__)

RETENTION_DAYS = "privacy.retention_days"
SHIPMENT_DAYS = "privacy.shipment_retention_days"
ACTION = "maintenance.purge"

#: when a parcel left the station (the expression of the index ``parcels_purge_due``, v011)
FINISHED_AT = ("(CASE status WHEN 'picked_up' THEN picked_up_at WHEN 'delivered' THEN delivered_at"
               " ELSE returned_at END)")
_PARCEL_DUE = (f"phone_tail <> '' AND status IN ('picked_up', 'delivered', 'returned') AND {FINISHED_AT} < :cutoff")

_HELD = ("SELECT 1 FROM parcels AS h WHERE h.tracking = {t}.tracking"
         " AND h.status IN ('in_station', 'out_for_delivery')")
_PREADVICE_DUE = ("received_at < :cutoff AND (" + " OR ".join(f"{f} <> ''" for f in PREADVICE_FIELDS) + ")"
                  f" AND NOT EXISTS ({_HELD.format(t='parcel_preadvice')})")
_RECORD_DUE = ("stream = 'preadvice' AND received_at < :cutoff AND json_valid(yyt_open(payload)) AND ("
               + " OR ".join(f"coalesce(json_extract(yyt_open(payload), '$.{f}'), '') <> ''" for f in PREADVICE_FIELDS)
               + ") AND NOT EXISTS (SELECT 1 FROM parcels AS h WHERE h.tracking = platform_records.key"
               " AND h.status IN ('in_station', 'out_for_delivery'))")
_SHIPMENT_DUE = "accepted_at < :ship_cutoff AND (" + " OR ".join(f"{f} <> ''" for f in SHIPMENT_FIELDS) + ")"
_P_FINISHED = FINISHED_AT.replace("status", "p.status").replace(" picked_up_at", " p.picked_up_at").replace(
    " delivered_at", " p.delivered_at").replace(" returned_at", " p.returned_at")
# corrections of parcels purged already, or due now (a purged parcel has phone_tail '')
_EVENTS_FROM = (" FROM parcel_events AS e JOIN parcels AS p ON p.id = e.parcel_id WHERE e.kind = 'fixed'"
                f" AND p.status IN ('picked_up', 'delivered', 'returned') AND (p.phone_tail = '' OR {_P_FINISHED} < :cutoff)"
                " AND (NOT json_valid(e.detail) OR json_extract(e.detail, '$.purged') IS NULL)")


@dataclass(frozen=True)
class PurgeResult:
    """What a purge blanked (or, with ``dry_run``, would blank): rows per kind."""

    cutoff: str  # the first local day kept (YYYY-MM-DD): parcels that left before it are purged
    shipment_cutoff: str
    days: int
    shipment_days: int
    parcels: int
    events: int
    preadvice: int
    platform_records: int
    shipments: int
    dead_letters: int
    dry_run: bool

    @property
    def total(self) -> int:
        return (self.parcels + self.events + self.preadvice + self.platform_records + self.shipments
                + self.dead_letters)

    def counts(self) -> dict[str, int]:
        return {"parcels": self.parcels, "events": self.events, "preadvice": self.preadvice,
                "platform_records": self.platform_records, "shipments": self.shipments,
                "dead_letters": self.dead_letters}


class RetentionService:
    def __init__(self, store: Store, settings: SettingsService) -> None:
        self.store = store
        self.settings = settings

    def _bounds(self) -> dict[str, Any]:
        days, ship_days = self.settings.get_many(RETENTION_DAYS, SHIPMENT_DAYS)
        now = self.store.clock.now()
        day, ship_day = cutoff_day(now, days), cutoff_day(now, ship_days)
        return {"days": days, "shipment_days": ship_days, "day": day, "ship_day": ship_day,
                "cutoff": day_start_utc(day), "ship_cutoff": day_start_utc(ship_day)}

    def purge(self, actor: Actor, *, dry_run: bool = False) -> PurgeResult:
        """Blank what is due (admin). ``dry_run`` counts without writing anything. One audit entry
        (``maintenance.purge``) with the counts, also when nothing was due."""
        require(actor, Perm.PURGE)
        return self._purge(actor.username, dry_run=dry_run)

    def purge_daily(self) -> PurgeResult | None:
        """The automatic purge at the day's first open: by the system, and only when something is
        due (no audit entry for a day with nothing to purge). Returns None then."""
        due = self._purge(SYSTEM_ACTOR, dry_run=True)
        if due.total == 0:
            return None
        return self._purge(SYSTEM_ACTOR, dry_run=False)

    def _purge(self, actor: str, *, dry_run: bool) -> PurgeResult:
        b = self._bounds()
        params = {"cutoff": b["cutoff"], "ship_cutoff": b["ship_cutoff"]}
        if dry_run:
            counts = self._count(params)
        else:
            conn = self.store.conn
            conn.execute("PRAGMA secure_delete = ON")  # the old values are overwritten, not left in free space
            try:
                with self.store.write(actor=actor, action=ACTION, entity="station") as tx:
                    counts = self._blank(tx.conn, params)
                    tx.summary.update(cutoff=b["day"].isoformat(), shipment_cutoff=b["ship_day"].isoformat(),
                                      days=b["days"], shipment_days=b["shipment_days"], **counts)
            finally:
                conn.execute("PRAGMA secure_delete = OFF")
            try:  # the WAL still holds the pages as they were before the purge
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error:
                log.warning("the WAL could not be checkpointed after the purge")
        return PurgeResult(b["day"].isoformat(), b["ship_day"].isoformat(), b["days"], b["shipment_days"],
                           dry_run=dry_run, **counts)

    def _count(self, params: dict[str, str]) -> dict[str, int]:
        one = self.store.query_one
        return {
            "parcels": one(f"SELECT count(*) FROM parcels WHERE {_PARCEL_DUE}", params)[0],
            "events": one(f"SELECT count(*){_EVENTS_FROM}", params)[0],
            "preadvice": one(f"SELECT count(*) FROM parcel_preadvice WHERE {_PREADVICE_DUE}", params)[0],
            "platform_records": one(f"SELECT count(*) FROM platform_records WHERE {_RECORD_DUE}", params)[0],
            "shipments": one(f"SELECT count(*) FROM shipments WHERE {_SHIPMENT_DUE}", params)[0],
            "dead_letters": len(self._dead_letters(self.store.conn, params)),
        }

    def _blank(self, conn: sqlite3.Connection, params: dict[str, str]) -> dict[str, int]:
        sets = ", ".join(f"{f} = CASE WHEN {f} IS NULL THEN NULL ELSE '' END" for f in PARCEL_FIELDS)
        sets += ", name_hash = ''"  # the keyed hash of the name goes with it
        parcels = conn.execute(f"UPDATE parcels SET {sets} WHERE {_PARCEL_DUE}", params).rowcount
        events = 0
        for event_id, detail in conn.execute(f"SELECT e.id, yyt_open(e.detail){_EVENTS_FROM}", params).fetchall():
            conn.execute("UPDATE parcel_events SET detail = ? WHERE id = ?", (_purged_detail(detail), event_id))
            events += 1
        preadvice = conn.execute(
            "UPDATE parcel_preadvice SET " + ", ".join(f"{f} = ''" for f in PREADVICE_FIELDS)
            + f" WHERE {_PREADVICE_DUE}", params).rowcount
        paths = ", ".join(f"'$.{f}', ''" for f in PREADVICE_FIELDS)
        records = conn.execute(f"UPDATE platform_records SET payload = json_set(yyt_open(payload), {paths})"
                               f" WHERE {_RECORD_DUE}", params).rowcount
        shipments = conn.execute(
            "UPDATE shipments SET " + ", ".join(f"{f} = ''" for f in SHIPMENT_FIELDS) + f" WHERE {_SHIPMENT_DUE}",
            params).rowcount
        dead = self._dead_letters(conn, params)
        for seq, payload in dead:
            conn.execute("UPDATE dead_letters SET payload = ? WHERE seq = ?", (payload, seq))
        return {"parcels": parcels, "events": events, "preadvice": preadvice, "platform_records": records,
                "shipments": shipments, "dead_letters": len(dead)}

    @staticmethod
    def _dead_letters(conn: sqlite3.Connection, params: dict[str, str]) -> list[tuple[int, str]]:
        """Refused change records of parcels and shipments, past their cutoff, that still hold
        personal values: (seq, the payload blanked)."""
        out = []
        rows = conn.execute(
            "SELECT seq, entity, yyt_open(payload) FROM dead_letters WHERE (entity = 'parcels' AND at < :cutoff)"
            " OR (entity = 'shipments' AND at < :ship_cutoff)", params).fetchall()
        for seq, entity, text in rows:
            blanked = blank_json(text, PARCEL_FIELDS if entity == "parcels" else SHIPMENT_FIELDS)
            if blanked is not None:
                out.append((seq, blanked))
        return out


def _purged_detail(text: str) -> str:
    """A correction's detail without its values: which fields changed, and that it was purged."""
    try:
        data = json.loads(text)
    except ValueError:
        data = {}
    fields = sorted((data.get("before") or {}).keys()) if isinstance(data, dict) else []
    return json.dumps({"purged": True, "fields": fields}, separators=(",", ":"))
