"""Sealing what a station wrote before schema v12 (personal data at rest, :mod:`app.core.sealing`).

From v12 every writer seals; rows written before hold full phones, names and addresses in clear.
:func:`seal_existing` seals them in one transaction, with ``secure_delete`` on (the clear pages
are overwritten, not left in free space), and the caller checkpoints the WAL afterwards. It runs
at the first open with a working keyring (:meth:`app.core.station.Station.open`), on the live
database and on the copies in the data folder (``station.db.v*.bak``, ``backups/*.db``); while no
keyring works the station opens as before and the rows read as they are. Done once per
:data:`SEALED_VERSION` (``meta('secrets.sealed')`` records it): a column sealed in a later version
is sealed at the first open after the upgrade.

Statutory rows are immutable by trigger (outbox payloads, correction events, the shop's ledgers):
the pass lifts exactly those triggers inside its own transaction and puts them back, byte for
byte, before it commits — nothing else can write in between (the write lock is held).
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from .db.backup import rewrite_copies
from .db.codec import sha256_hex
from .sealing import PREFIX, SEALED_COLUMNS, SEALED_ENTITIES, SEALED_STREAMS, FieldCipher

DONE_META = "secrets.sealed"
#: what ``meta('secrets.sealed')`` holds once every column of this version's SEALED_COLUMNS is sealed;
#: a database marked with an older one is passed again (only its clear values change).
#: 1: schema v12's columns; 2: the consignment certificate (``consign_lots.cert``)
SEALED_VERSION = "2"
_GUARDS = ("outbox_immutable", "parcel_events_immutable", "shop_purchases_no_update", "shop_sales_no_update",
           "payments_fixed", "consign_lots_no_update")
_CLEAR = "({c} <> '' AND {c} NOT LIKE '" + PREFIX + "%')"


def _in(values: frozenset[str]) -> str:
    return ", ".join(f"'{v}'" for v in sorted(values))


def is_done(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM meta WHERE key = ? AND value = ?", (DONE_META, SEALED_VERSION)).fetchone() is not None


def anything_clear(conn: sqlite3.Connection) -> bool:
    """Whether some personal value is still in clear (one short probe per table)."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    probes = [f"SELECT 1 FROM {t} WHERE {' OR '.join(_CLEAR.format(c=c) for c in cols)} LIMIT 1"
              for t, cols in SEALED_COLUMNS.items() if t in tables]
    probes.append(f"SELECT 1 FROM outbox WHERE entity IN ({_in(SEALED_ENTITIES)}) AND payload NOT LIKE '{PREFIX}%' LIMIT 1")
    probes.append("SELECT 1 FROM parcel_events WHERE kind = 'fixed' AND detail NOT LIKE 'enc1:%'"
                  " AND NOT (json_valid(detail) AND json_extract(detail, '$.purged') IS 1) LIMIT 1")
    probes.append(f"SELECT 1 FROM platform_records WHERE stream IN ({_in(SEALED_STREAMS)})"
                  f" AND payload NOT LIKE '{PREFIX}%' LIMIT 1")
    return any(conn.execute(q).fetchone() for q in probes)


def mark_done(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (DONE_META, SEALED_VERSION))


def seal_existing(conn: sqlite3.Connection, cipher: FieldCipher) -> dict[str, int]:
    """Inside the caller's transaction: seal every clear personal value (of the tables this
    database has: a copy may be of an older schema). Returns rows per table."""
    conn.create_function("yyt_seal", 1, cipher.seal)
    conn.create_function("yyt_unseal", 1, cipher.open, deterministic=True)
    conn.create_function("yyt_lookup", 1, cipher.lookup, deterministic=True)
    conn.create_function("yyt_sha256", 1, sha256_hex, deterministic=True)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    guards = conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({_in(frozenset(_GUARDS))})"
    ).fetchall()
    for name, _sql in guards:
        conn.execute(f"DROP TRIGGER {name}")
    counts: dict[str, int] = {}
    if "payments" in tables:  # the duplicate check's key was the account itself (a resident ID's is keyed already)
        conn.execute("UPDATE payments SET account_key = yyt_lookup(account) WHERE account_key = account AND account <> ''")
    for table, cols in SEALED_COLUMNS.items():
        if table not in tables:
            continue
        have = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        cols = tuple(c for c in cols if c in have)
        sets = ", ".join(f"{c} = yyt_seal({c})" for c in cols)
        where = " OR ".join(_CLEAR.format(c=c) for c in cols)
        counts[table] = conn.execute(f"UPDATE {table} SET {sets} WHERE {where}").rowcount
    complete = "name_hash" in {r[1] for r in conn.execute("PRAGMA table_info(parcels)")}
    if complete:  # the keyed hash of each name (a copy sealed before its upgrade has none yet)
        conn.execute("UPDATE parcels SET name_hash = yyt_lookup(yyt_unseal(name)) WHERE name_hash = '' AND name <> ''")
    if "parcel_events" in tables:
        counts["parcel_events"] = conn.execute(
            "UPDATE parcel_events SET detail = yyt_seal(detail) WHERE kind = 'fixed' AND detail NOT LIKE ?"
            " AND NOT (json_valid(detail) AND json_extract(detail, '$.purged') IS 1)", (PREFIX + "%",)).rowcount
    for table, column, where in (("platform_records", "payload", f"stream IN ({_in(SEALED_STREAMS)})"),
                                 ("outbox", "payload", f"entity IN ({_in(SEALED_ENTITIES)})"),
                                 ("dead_letters", "payload", f"entity IN ({_in(SEALED_ENTITIES)})")):
        if table in tables:
            counts[table] = conn.execute(f"UPDATE {table} SET {column} = yyt_seal({column}) WHERE {where}"
                                         f" AND {column} NOT LIKE ?", (PREFIX + "%",)).rowcount
    if "outbox" in tables:  # a sealed row's hash is over its sealed text (app.core.sync.state.lines)
        conn.execute("UPDATE outbox SET payload_hash = yyt_sha256(payload) WHERE payload LIKE ?"
                     " AND payload_hash <> yyt_sha256(payload)", (PREFIX + "%",))
    for _name, sql in guards:
        conn.execute(sql)
    if complete:
        mark_done(conn)
    return counts


def seal_copies(db_path: Path, backups: Path, station_code: str, cipher: FieldCipher) -> int:
    """Seal the copies in the data folder that belong to this station (same code, not sealed yet;
    a copy of an older schema gets its name hashes when it is restored and opened). Returns how
    many were sealed. Copies elsewhere (a USB stick with an old backup) still hold clear values:
    destroy them."""

    def seal(c: sqlite3.Connection) -> bool:
        if c.execute("PRAGMA user_version").fetchone()[0] >= 12 and is_done(c):
            return False
        seal_existing(c, cipher)
        return True

    return rewrite_copies(db_path, backups, station_code, seal, "seal")


def checkpoint(conn: sqlite3.Connection) -> None:
    """The WAL still holds the pages as they were: write them back and truncate it."""
    with contextlib.suppress(sqlite3.Error):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
