"""The narrow storage interface the hub runs on. SQLite implements it here; a province would
implement the same methods on PostgreSQL (see docs/sync-protocol.md, "Hub storage").

Every method is one transaction. Implementations must serialise pushes of one station (the
SQLite one takes the write lock with ``BEGIN IMMEDIATE``) and keep ``platform_log`` positions in
commit order (SQLite's single writer does; PostgreSQL needs a per-log lock or a commit-time
sequence).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..wire import Item


@dataclass
class PushOutcome:
    acked_through: int
    applied: int = 0
    duplicates: int = 0
    rejected: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    reseat: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class BatchIn:
    """One push batch of a bundle: its items, the station's backlog after it, its device time."""

    items: list[Item]
    pending: int | None = None
    device_time: str | None = None


@dataclass(frozen=True)
class PushStateInfo:
    acked_through: int
    digest: str
    digest_through: int
    rejected: list[dict[str, Any]]


@dataclass(frozen=True)
class LogEntry:
    seq: int
    stream: str
    key: str
    payload: str | None
    hlc: str


@dataclass(frozen=True)
class PullResult:
    entries: list[LogEntry]
    last_seq: int
    more: bool


class HubStorage(Protocol):
    hub_id: str

    def add_station(self, code: str, name: str, town: str, now: _dt.datetime) -> str:
        """Register a station (or re-issue its code) and return a fresh one-time enrolment code."""
        ...

    def enroll(self, code: str, enrolment_code: str, now: _dt.datetime) -> str:
        """Exchange a valid, unused, unexpired code for a new token (the old token stops working)."""
        ...

    def station_for_token(self, token: str) -> str | None: ...

    def bundle_key(self, code: str) -> str | None: ...

    def push_state(self, code: str, since: int, upto: int) -> PushStateInfo: ...

    def push(self, code: str, items: list[Item], now: _dt.datetime, *, via: str = "push", pending: int | None = None,
             device_time: str | None = None, bytes_in: int = 0) -> PushOutcome:
        """Apply a batch exactly once (see the protocol); raise ``Gap`` and apply nothing when the
        first new sequence number is not the expected one."""
        ...

    def push_many(self, code: str, batches: list[BatchIn], now: _dt.datetime, *, via: str = "bundle",
                  bytes_in: int = 0) -> PushOutcome:
        """Apply several batches in turn, each with the rule of :meth:`push`, in ONE transaction:
        all of them or, when any raises (``Gap``, a missing station), none. The outcome adds the
        batches' counts up; ``acked_through`` is the mark after the last one (the station's
        current mark when there are no batches)."""
        ...

    def pull(self, code: str, after: int, limit: int, snapshot: bool) -> PullResult: ...

    def log_bounds(self) -> tuple[int, int]:
        """(floor, last): cursors below the floor or past the last position are expired."""
        ...

    def log_fingerprint(self, position: int) -> str:
        """The HLC of the newest log entry at or before ``position`` ("" if none): what a cursor
        remembers so that a log rewritten under it (a restored hub) is noticed."""
        ...

    def note_pull(self, code: str, now: _dt.datetime, bytes_out: int) -> None: ...

    def counts(self, code: str) -> tuple[int, dict[str, int]]: ...

    def publish(self, stream: str, key: str, payload: str | None, scope: str, now: _dt.datetime) -> int: ...

    def compact_log(self, upto: int) -> int: ...

    def report(self) -> list[dict[str, Any]]: ...

    def records(self, code: str, entity: str | None = None) -> list[dict[str, Any]]: ...

    def latest(self, stream: str, scope: str) -> dict[str, str]:
        """Live records of one stream and scope: key → payload."""
        ...

    def hlc_now(self, now: _dt.datetime) -> str: ...

    def close(self) -> None: ...
