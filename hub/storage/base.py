"""The narrow storage interface the hub runs on: SQLite (:mod:`hub.storage.sqlite`, the embedded
default) and PostgreSQL (:mod:`hub.storage.postgres`, a province) implement the same methods
(docs/sync-protocol.md §10, docs/scale.md).

Every method is one transaction. Implementations must serialise pushes of one station (SQLite
takes the write lock with ``BEGIN IMMEDIATE``; PostgreSQL the station's row lock) and hand out
``platform_log`` positions that a reader never passes before an earlier one commits (SQLite's
single writer commits in order; PostgreSQL positions by transaction id under the snapshot's
``xmin``). A position is an integer; only the storage knows what it is made of (a cursor carries
it opaquely). A version number (``LogEntry.seq``, the ``v`` of a pulled record) is an integer that
grows with each version of a record.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
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


@dataclass(frozen=True)
class PaymentRequest:
    """A payment a station took and asks the platform to carry out, kept once per
    (station, payment id) whatever number of times its record arrives. ``status`` is the
    platform's (pending, confirmed, rejected); ``station_status`` the station's latest word
    (e.g. refunded)."""

    station: str
    payment_id: str
    reference: str
    type: str
    biller: str
    account: str
    amount_fen: int
    payer: str
    created_at: str
    received_at: str
    status: str
    reason: str
    decided_at: str | None
    station_status: str


class HubStorage(Protocol):
    hub_id: str
    cursor_key: bytes  # signs pull cursors (hub.wire.encode_cursor)

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

    def publish(self, stream: str, key: str, payload: str | None, scope: str, now: _dt.datetime) -> int:
        """Append a version of a platform record (None withdraws it); returns its version number."""
        ...

    def compact_log(self, upto: int | None = None) -> int:
        """Drop superseded versions and withdrawals with a version number at or below ``upto``
        (None: the whole log); cursors issued before and lying below what went get 410."""
        ...

    def report(self) -> list[dict[str, Any]]: ...

    def records(self, code: str, entity: str | None = None) -> list[dict[str, Any]]: ...

    def latest(self, stream: str, scope: str) -> dict[str, str]:
        """Live records of one stream and scope: key → payload."""
        ...

    def hlc_now(self, now: _dt.datetime) -> str: ...

    # -- payment requests (issue 8). ``push`` keeps one request per (station, payment id) for every
    # applied ``payments`` record, in the push's own transaction, never deleted (≥ 45 days): a
    # re-push under another seq, a bundle re-import or a retry never makes a second request.
    def payment_requests(self, station: str | None, status: str | None, limit: int) -> list[PaymentRequest]:
        """Requests, oldest first, of one station and/or status."""
        ...

    def payment_request(self, station: str, payment_id: str) -> PaymentRequest | None: ...

    def decide_payment(self, station: str, reference: str, status: str, reason: str,
                       now: _dt.datetime) -> tuple[PaymentRequest, bool]:
        """``reference`` may also be the payment id (a reference a restored station issued twice
        is ambiguous: ``Refused('payment.reference_ambiguous')``). Record the biller's answer and publish it to the station's ``payment_decisions`` stream
        (key: the payment id) in one transaction. The same answer again publishes nothing
        (returns False); ``NotFound('payment.unknown')``, ``Refused('payment.already_decided')``."""
        ...

    # -- the town report (issue 11): ``hub.report`` counts with the station's own rules
    # (``app.core.reports.rules``) over these records.
    def latest_records(self, code: str, entity: str, fields: Sequence[str]) -> list[dict[str, Any]]:
        """The latest version (highest ``seq`` per ``entity_id``, deletes left out) of every
        ``entity`` record station ``code`` pushed, as ``{"id": entity_id, field: payload[field]…}``
        with the top-level payload ``fields`` asked for (JSON values: text, numbers, None)."""
        ...

    def close(self) -> None: ...
