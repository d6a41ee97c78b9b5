"""The one write path: business rows, change records and one audit entry, atomically.

Every service writes through :meth:`Store.write`::

    with store.write(actor="li", action="parcel.checkin", entity="parcel", entity_id=pid) as tx:
        tx.execute("INSERT INTO parcels ...", (...))
        tx.change("parcel", pid, "create", {...})      # → outbox (for the platform)
        tx.summary["code"] = "A-1-0001"                 # → the audit entry

The block runs inside ``BEGIN IMMEDIATE``; on normal exit the audit entry is appended (hash
chained to the previous one) and the transaction commits; on any exception everything rolls back
and nothing was written. Outbox and audit rows are never updated in place (triggers enforce it).
"""

from __future__ import annotations

import datetime as _dt
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..clock import Clock, SystemClock, epoch_ms, iso_utc
from ..ids import new_id
from ..sealing import SEALED_ENTITIES, FieldCipher, NoKeyringCipher, OpenFailed, is_sealed, note_failure
from .codec import canonical_json, sha256_hex
from .connection import open_connection
from .hlc import Hlc, format_pair, tick_pair

log = logging.getLogger(__name__)

GENESIS_HASH = "0" * 64
_encode = canonical_json
SYSTEM_ACTOR = "system"


def audit_entry_hash(
    at: str, hlc: str, actor: str, action: str, entity: str, entity_id: str, summary: str, prev_hash: str
) -> str:
    """SHA-256 over an audit entry's fields and its predecessor's hash, joined by the unit
    separator U+001F (which no field can contain: summaries are JSON, which escapes control
    characters, and the other fields are validated identifiers). The entry's id is not hashed:
    ids must be contiguous, which :func:`app.core.db.audit.verify_chain` checks separately."""
    return sha256_hex("\x1f".join((at, hlc, actor, action, entity, entity_id, summary, prev_hash)))


@dataclass(frozen=True)
class Committed:
    """What a commit did: given to commit listeners (the UI's refresh bus, the sync trigger)."""

    action: str
    entity: str
    entity_id: str
    audit_id: int
    changes: int
    last_seq: int | None


class WriteTx:
    """An open write transaction. Services call :meth:`execute`, :meth:`change` and fill
    :attr:`summary`; the store appends the audit entry and commits.

    ``now``/``now_iso`` is the one timestamp of the whole operation (device clock, UTC)."""

    __slots__ = ("conn", "store", "actor", "action", "entity", "entity_id", "now", "now_iso", "summary",
                 "_now_ms", "_hlc", "_prev_hash", "_next_audit_id", "_changes", "_last_seq")

    def __init__(self, conn: sqlite3.Connection, store: Store, actor: str, action: str, entity: str, entity_id: str,
                 now: _dt.datetime) -> None:
        self.conn = conn
        self.store = store
        self.actor = actor
        self.action = action
        self.entity = entity
        self.entity_id = entity_id
        self.now = now
        self.now_iso = iso_utc(now)
        self.summary: dict[str, Any] = {}
        self._now_ms = epoch_ms(now)
        self._hlc = (0, 0)
        self._prev_hash = GENESIS_HASH
        self._next_audit_id = 1
        self._changes = 0
        self._last_seq: int | None = None

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> sqlite3.Cursor:
        return self.conn.executemany(sql, rows)

    def cipher(self) -> FieldCipher:
        """The station's field cipher (its key made inside this write if it is the first ever needed)."""
        return self.store.cipher(self)

    def seal(self, value: Any) -> Any:
        """``value`` sealed for storage (:mod:`app.core.sealing`); empty values stay as they are."""
        return self.store.cipher(self).seal(value) if value and isinstance(value, str) else value

    def lookup(self, value: str | None) -> str:
        """The keyed hash SQL compares instead of a personal value."""
        return self.store.cipher(self).lookup(value) if value else ""

    def change(self, entity: str, entity_id: str, op: str, payload: dict[str, Any]) -> str:
        """Append one change record for the platform; returns its change_id (UUIDv7). The payload
        of an entity with personal data is stored sealed (opened again when pushed)."""
        self._hlc = hlc = tick_pair(*self._hlc, self._now_ms)
        text = _encode(payload)
        if entity in SEALED_ENTITIES:
            text = self.store.cipher(self).seal(text)
        change_id = new_id()
        cur = self.conn.execute(
            _OUTBOX_SQL,
            (change_id, entity, entity_id, op, text, sha256_hex(text), self.now_iso,
             format_pair(*hlc)),
        )
        self._changes += 1
        self._last_seq = cur.lastrowid
        return change_id

    def observe_remote(self, remote_hlc: str) -> None:
        """Merge a hybrid-logical-clock value seen from the platform."""
        merged = Hlc(*self._hlc).receive(self._now_ms, Hlc.parse(remote_hlc))
        self._hlc = (merged.physical_ms, merged.logical)

    def _append_audit(self) -> int:
        self._hlc = tick_pair(*self._hlc, self._now_ms)
        summary = _encode(self.summary)
        entry_id = self._next_audit_id
        hlc = format_pair(*self._hlc)
        digest = audit_entry_hash(
            self.now_iso, hlc, self.actor, self.action, self.entity, self.entity_id, summary, self._prev_hash
        )
        self.conn.execute(
            _AUDIT_SQL,
            (entry_id, self.now_iso, hlc, self.actor, self.action, self.entity, self.entity_id, summary,
             self._prev_hash, digest),
        )
        return entry_id


class Store:
    """The station database: one file, a connection per thread, one write path.

    Threads: each thread gets its own connection (opened on first use). Writers are serialised by
    SQLite (``BEGIN IMMEDIATE`` with a busy timeout), so several threads or processes may write.
    """

    def __init__(self, path: str | Path, clock: Clock | None = None) -> None:
        self.path = Path(path)
        self.clock: Clock = clock or SystemClock()
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._listeners: list[Callable[[Committed], None]] = []
        self._cipher: FieldCipher | None = None
        self._station_code: str | None = None

    # -- personal data at rest (app.core.sealing) ---------------------------------------------------
    def cipher(self, tx: WriteTx | None = None) -> FieldCipher:
        """This station's field cipher, under its keyring key (:func:`app.core.id_key.load_key`:
        made on first need — inside ``tx`` when given —, ``secrets.key_missing`` /
        ``secrets.key_mismatch`` / ``secrets.no_keyring`` otherwise)."""
        c = self._cipher
        if c is None:
            from ..errors import Refused
            from ..id_key import load_key  # id_key builds on this module

            row = (tx.conn if tx is not None else self.conn).execute("SELECT code FROM station").fetchone()
            if row is None:
                raise Refused("station.not_created")
            self._station_code = row[0]
            try:
                c = self._cipher = FieldCipher(load_key(self, row[0], tx))
            except Refused as exc:
                if exc.code != "secrets.no_keyring":
                    raise
                log.warning("no keyring works here: personal data is written unsealed until one does")
                c = self._cipher = NoKeyringCipher()
        if tx is not None and isinstance(c, NoKeyringCipher):  # what this write stores waits for the sealing pass
            tx.conn.execute("DELETE FROM meta WHERE key = 'secrets.sealed'")
        return c

    def _open_udf(self, value: Any) -> Any:
        """``yyt_open(x)`` in SQL: a sealed value opened, anything else as it is."""
        if not is_sealed(value):
            return value
        c = self._cipher
        try:
            if c is None:
                c = self._cipher_from_keyring()
            return c.open(value)
        except OpenFailed:
            note_failure("secrets.no_keyring" if isinstance(c, NoKeyringCipher) else "secrets.key_mismatch",
                         self._station_code)
            raise
        except Exception as exc:
            note_failure(getattr(exc, "code", "secrets.key_missing"), self._station_code)
            raise

    def _cipher_from_keyring(self) -> FieldCipher:
        """Inside a query (no database access possible): the key straight from the keyring."""
        from ..errors import Refused
        from ..station_secrets import ID_HASH_KEY, StationSecrets

        code = self._station_code
        if code is None:  # the station was created after this store's first connection: ask the file
            probe = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            try:
                row = probe.execute("SELECT code FROM station").fetchone()
            finally:
                probe.close()
            code = self._station_code = row[0] if row else None
        value = StationSecrets(code).get(ID_HASH_KEY) if code else None
        if value is None:
            raise Refused("secrets.key_missing", station_code=code or "")
        self._cipher = FieldCipher(bytes.fromhex(value))
        return self._cipher

    # -- connections -------------------------------------------------------------------------
    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's connection."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = open_connection(self.path)
            conn.create_function("yyt_open", 1, self._open_udf, deterministic=True)
            if self._station_code is None:
                try:
                    row = conn.execute("SELECT code FROM station").fetchone()
                except sqlite3.Error:  # a database not migrated yet
                    row = None
                self._station_code = row[0] if row else None
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def close(self) -> None:
        """Close every connection this store opened (call from the owning thread at shutdown)."""
        with self._lock:
            conns, self._all = self._all, []
        for conn in conns:
            try:
                conn.close()
            except sqlite3.ProgrammingError:  # pragma: no cover - closed from another thread
                log.debug("connection already closed")
        self._local = threading.local()

    # -- reads ---------------------------------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Row | None:
        return self.conn.execute(sql, params).fetchone()

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """A consistent read of several queries (one read transaction)."""
        conn = self.conn
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            conn.execute("COMMIT")

    # -- the write path --------------------------------------------------------------------------
    def add_commit_listener(self, listener: Callable[[Committed], None]) -> None:
        """Called after every commit, on the writing thread. Listeners must be quick and thread-safe."""
        self._listeners.append(listener)

    def write(self, *, actor: str, action: str, entity: str = "", entity_id: str = "") -> _Write:
        """One business operation: everything written inside the ``with`` block, its change
        records and one audit entry commit together, or nothing does."""
        return _Write(self, actor, action, entity, entity_id)

    def _committed(self, event: Committed) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:  # a listener must never undo or hide a committed write
                log.exception("commit listener failed")


class _Write:
    """The context manager behind :meth:`Store.write` (a class, not a generator: this is the
    hottest path in the app)."""

    __slots__ = ("store", "args", "tx")

    def __init__(self, store: Store, actor: str, action: str, entity: str, entity_id: str) -> None:
        self.store = store
        self.args = (actor, action, entity, entity_id)
        self.tx: WriteTx | None = None

    def __enter__(self) -> WriteTx:
        conn = self.store.conn
        if conn.in_transaction:
            raise RuntimeError("nested write transactions are not supported")
        conn.execute("BEGIN IMMEDIATE")
        try:
            head = conn.execute(_HEAD_SQL).fetchone()
            tx = WriteTx(conn, self.store, *self.args, self.store.clock.now())
            if head is not None:
                tx._prev_hash, tx._next_audit_id = head[0], head[2] + 1
                p, _, lg = head[1].partition(".")
                tx._hlc = (int(p), int(lg))
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        self.tx = tx
        return tx

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        tx = self.tx
        assert tx is not None
        conn = tx.conn
        if exc_type is not None:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            return
        try:
            audit_id = tx._append_audit()
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        if self.store._listeners:
            self.store._committed(Committed(tx.action, tx.entity, tx.entity_id, audit_id, tx._changes, tx._last_seq))


_OUTBOX_SQL = (
    "INSERT INTO outbox (change_id, entity, entity_id, op, payload, payload_hash, device_time, hlc)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_AUDIT_SQL = (
    "INSERT INTO audit (id, at, hlc, actor, action, entity, entity_id, summary, prev_hash, hash)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_HEAD_SQL = (
    "SELECT hash, hlc, (SELECT seq FROM sqlite_sequence WHERE name = 'audit') FROM audit ORDER BY id DESC LIMIT 1"
)
