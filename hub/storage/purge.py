"""The platform's retention purge (issue 13 part 5; the station's is :mod:`app.core.retention`).

The platform holds every version of every record a station pushed. A parcel whose latest version
says it left the station (picked up, delivered, returned) before the cutoff, and an outbound
shipment accepted before the shipments' cutoff, loses the personal fields of *every* version
(:data:`app.core.privacy.PARCEL_FIELDS` / ``SHIPMENT_FIELDS`` become ``''``); pre-advice records
in the platform log published before the cutoff lose theirs. Nothing else changes: sequence
numbers, change ids and ``payload_hash`` stay as pushed (the push digest and the exactly-once
rule read the hash, never the payload), so a station that pushes a purged record again is still
told "duplicate", and the town report — statuses, times, provinces, weights — is unchanged.

Both storages run the same statements but for the JSON access and the placeholders
(:data:`SQLITE`, :data:`POSTGRES`: one :func:`purge`); each purge is one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.core.privacy import (
    LEFT_AT,
    LEFT_STATUSES,
    PARCEL_FIELDS,
    PREADVICE_FIELDS,
    SHIPMENT_FIELDS,
    blank_json,
)

Json = Callable[[str], str]  # field name → SQL expression of the payload's text value
Mark = Callable[[str], str]  # parameter name → placeholder

FIELDS = {"parcels": PARCEL_FIELDS, "shipments": SHIPMENT_FIELDS}


def due_condition(entity: str, j: Json, p: Mark) -> str:
    """SQL: the latest version of an ``entity`` record is due and still holds a personal value."""
    personal = " OR ".join(f"coalesce({j(f)}, '') <> ''" for f in FIELDS[entity])
    if entity == "parcels":
        statuses = ", ".join(f"'{s}'" for s in LEFT_STATUSES)
        left = " ".join(f"WHEN '{s}' THEN {j(col)}" for s, col in LEFT_AT.items())
        return f"{j('status')} IN ({statuses}) AND (CASE {j('status')} {left} END) < {p('cutoff')} AND ({personal})"
    return f"{j('accepted_at')} < {p('ship_cutoff')} AND ({personal})"


def blanked(rows: list[tuple[Any, ...]], fields: tuple[str, ...]) -> list[tuple[Any, ...]]:
    """(new payload, *key) for each (payload, *key) row that held a personal value."""
    out = []
    for payload, *key in rows:
        text = blank_json(payload, fields)
        if text is not None:
            out.append((text, *key))
    return out


@dataclass(frozen=True)
class Dialect:
    """What the two storages' purge statements differ in: JSON access, placeholders, how the
    latest version of each record is found, and how a batch of updates is sent."""
    json: Json
    mark: Mark
    due_rows: str  # SQL with {due}: (payload, station, seq, entity_id) of every version of a due record
    update_change: str
    preadvice_rows: str
    update_preadvice: str
    executemany: Callable[[Any, str, list[tuple[Any, ...]]], None]


def purge(c: Any, d: Dialect, cutoff: str, ship_cutoff: str, dry_run: bool) -> dict[str, Any]:
    """Blank what is due inside the caller's transaction ``c``; counts records (entity ids),
    versions (rows) and pre-advice log entries."""
    params = {"cutoff": cutoff, "ship_cutoff": ship_cutoff}
    counts: dict[str, int] = {}
    for entity, fields in FIELDS.items():
        rows = c.execute(d.due_rows.format(due=due_condition(entity, d.json, d.mark)),
                         {**params, "entity": entity}).fetchall()
        todo = blanked(rows, fields)
        counts[entity] = len({(r[1], r[3]) for r in todo})
        counts[f"{entity[:-1]}_versions"] = len(todo)
        if not dry_run and todo:
            d.executemany(c, d.update_change, [r[:3] for r in todo])
    todo = blanked(c.execute(d.preadvice_rows, params).fetchall(), PREADVICE_FIELDS)
    counts["preadvice"] = len(todo)
    if not dry_run and todo:
        d.executemany(c, d.update_preadvice, todo)
    return {"dry_run": dry_run, "cutoff": cutoff, "shipment_cutoff": ship_cutoff, **counts}


def _pg_executemany(c: Any, sql: str, rows: list[tuple[Any, ...]]) -> None:
    with c.cursor() as cur:
        cur.executemany(sql, rows)


SQLITE = Dialect(
    json=lambda f: f"json_extract(c.payload, '$.{f}')", mark=lambda n: f":{n}",
    due_rows=("WITH latest AS (SELECT station, max(seq) AS seq FROM changes WHERE entity = :entity"
              " GROUP BY station, entity_id),"
              " due AS (SELECT c.station, c.entity_id FROM changes AS c JOIN latest AS l"
              " ON c.station = l.station AND c.seq = l.seq WHERE c.op != 'delete' AND {due})"
              " SELECT c.payload, c.station, c.seq, c.entity_id FROM changes AS c JOIN due AS d"
              " ON c.station = d.station AND c.entity_id = d.entity_id WHERE c.entity = :entity"),
    update_change="UPDATE changes SET payload = ? WHERE station = ? AND seq = ?",
    preadvice_rows=("SELECT payload, seq FROM platform_log WHERE stream = 'preadvice'"
                    " AND published_at < :cutoff AND payload IS NOT NULL"),
    update_preadvice="UPDATE platform_log SET payload = ? WHERE seq = ?",
    executemany=lambda c, sql, rows: c.executemany(sql, rows),
)

#: the latest versions through ``changes_entity_latest`` (``DISTINCT ON``), each payload read as
#: ``jsonb`` once
POSTGRES = Dialect(
    json=lambda f: f"(l.j ->> '{f}')", mark=lambda n: f"%({n})s",
    due_rows=("WITH latest AS (SELECT DISTINCT ON (station, entity_id) station, entity_id, op,"
              " payload::jsonb AS j FROM changes WHERE entity = %(entity)s ORDER BY station, entity_id, seq DESC),"
              " due AS (SELECT l.station, l.entity_id FROM latest AS l WHERE l.op <> 'delete' AND {due})"
              " SELECT c.payload, c.station, c.seq, c.entity_id FROM changes AS c JOIN due AS d"
              " ON c.station = d.station AND c.entity = %(entity)s AND c.entity_id = d.entity_id"),
    update_change="UPDATE changes SET payload = %s WHERE station = %s AND seq = %s",
    preadvice_rows=("SELECT payload, id FROM platform_log WHERE stream = 'preadvice'"
                    " AND published_at < %(cutoff)s AND payload IS NOT NULL"),
    update_preadvice="UPDATE platform_log SET payload = %s WHERE id = %s",
    executemany=_pg_executemany,
)


class SqlitePurge:
    """Mixed into :class:`hub.storage.sqlite.SqliteStorage` (needs ``_tx``)."""

    def purge_personal(self, cutoff: str, ship_cutoff: str, *, dry_run: bool = False) -> dict[str, Any]:
        """Blank what is due (``cutoff``/``ship_cutoff``: UTC times as stored). One transaction."""
        with self._tx() as c:  # type: ignore[attr-defined]
            return purge(c, SQLITE, cutoff, ship_cutoff, dry_run)


class PgPurge:
    """The purge half of :class:`hub.storage.postgres.PgStorage` (needs ``_tx``)."""

    def purge_personal(self, cutoff: str, ship_cutoff: str, *, dry_run: bool = False) -> dict[str, Any]:
        """As :meth:`SqlitePurge.purge_personal`."""
        with self._tx() as c:  # type: ignore[attr-defined]
            return purge(c, POSTGRES, cutoff, ship_cutoff, dry_run)
