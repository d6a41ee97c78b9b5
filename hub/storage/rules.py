"""The storage rules every backend shares, written once: the push rule of docs/sync-protocol.md
§4.2 item by item, the payment requests a push keeps (docs/payments.md), the hub's hybrid
logical clock, clock skew and the station report row.

Backends do the reading and writing; these functions only decide.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..errors import Gap, NotFound, Refused
from ..limits import MAX_SEQ
from ..wire import Item, check_record, hlc_text, parse_iso
from .base import PaymentRequest, PushOutcome

#: columns of a stored change record, in the order backends insert them
CHANGE_COLUMNS = ("station", "seq", "change_id", "entity", "entity_id", "op", "payload", "payload_hash",
                  "device_time", "hlc", "received_at", "via")
#: columns of a filled number (``positions``)
FILLER_COLUMNS = ("station", "seq", "change_id", "payload_hash", "code", "received_at")
#: what :meth:`HubStorage.records` returns per record
RECORD_KEYS = ("seq", "change_id", "entity", "entity_id", "op", "payload", "payload_hash", "device_time", "hlc",
               "received_at", "via")
#: the ``stations`` columns :func:`report_row` reads, in order
REPORT_COLUMNS = ("code", "name", "town", "enrolled_at", "acked_through", "changes", "duplicates", "rejected",
                  "bytes_in", "bytes_out", "last_push_at", "last_pull_at", "last_bundle_at", "backlog_known",
                  "last_device_time", "skew_ms")

#: columns of a payment request as a push first keeps it (the platform's status, reason and
#: decision time start as 'pending', '' and none)
PAYMENT_NEW_COLUMNS = ("station", "payment_id", "reference", "type", "biller", "account", "amount_fen", "payer",
                       "created_at", "received_at", "station_status")
#: every column of a payment request, in :class:`~hub.storage.base.PaymentRequest` order
PAYMENT_COLUMNS = ("station", "payment_id", "reference", "type", "biller", "account", "amount_fen", "payer",
                   "created_at", "received_at", "status", "reason", "decided_at", "station_status")


@dataclass
class PushPlan:
    """What one batch does: the answer, the records to store and the numbers to fill."""

    outcome: PushOutcome
    new_rows: list[tuple[Any, ...]] = field(default_factory=list)
    fillers: list[tuple[Any, ...]] = field(default_factory=list)


def in_line_and_valid(items: Sequence[Item], acked: int) -> bool:
    """The common case: every item is next in line, valid, and its change_id appears once in the
    batch. Such a batch is stored with one statement; whatever the store already held (a
    change_id under another number) is sorted out by :func:`fill_held`."""
    if not items or any(it.seq != acked + 1 + i for i, it in enumerate(items)):
        return False
    if len({it.change_id for it in items}) != len(items):
        return False
    return not any(check_record(it.change_id, it.entity, it.entity_id, it.op, it.payload, it.hlc, it.device_time)
                   for it in items)


def change_row(code: str, it: Item, now_iso: str, via: str) -> tuple[Any, ...]:
    return (code, it.seq, it.change_id, it.entity, it.entity_id, it.op, it.payload, it.payload_hash, it.device_time,
            it.hlc, now_iso, via)


def fill_held(code: str, skipped: Sequence[Item], held: Mapping[str, tuple[int, str]], now_iso: str,
              out: PushOutcome) -> list[tuple[Any, ...]]:
    """In-line valid items whose change_id the store already held under another number: a
    duplicate (same content) or a conflict; either way the number is filled. Updates ``out``
    and returns the filler rows."""
    fillers = []
    for it in skipped:
        same = held[it.change_id][1] == it.payload_hash
        reason = "duplicate" if same else "record.conflict"
        fillers.append((code, it.seq, it.change_id, it.payload_hash, reason, now_iso))
        if same:
            out.duplicates += 1
        else:
            out.conflicts.append({"seq": it.seq, "change_id": it.change_id, "code": reason})
    out.applied -= len(skipped)
    return fillers


def plan_careful(code: str, items: Sequence[Item], acked: int, held: dict[str, tuple[int, str]],
                 at_seq: Mapping[int, tuple[str, str, str]], now_iso: str, via: str) -> PushPlan:
    """The push rule item by item (duplicates, conflicts, refused records, re-seats); ``Gap`` on
    a hole, before anything is written.

    ``held``: change_id → (seq, payload_hash) of the batch's change_ids the store holds (updated
    in place as records are planned); ``at_seq``: what fills each position ≤ ``acked`` the batch
    names: (change_id, payload_hash, 'record' or a filler code)."""
    out = PushOutcome(acked_through=acked)
    plan = PushPlan(out)
    expected = acked + 1
    for it in items:
        known = held.get(it.change_id)
        if it.seq <= acked:  # a position the hub has filled already
            if known is not None:
                if known[1] == it.payload_hash:
                    out.duplicates += 1
                else:
                    out.conflicts.append({"seq": it.seq, "change_id": it.change_id, "code": "record.conflict"})
                continue
            there = at_seq.get(it.seq)
            if there is not None and there[0] == it.change_id and there[2] != "duplicate":
                out.rejected.append({"seq": it.seq, "change_id": it.change_id, "code": there[2]})
            elif there is not None and there[0] == it.change_id:
                out.duplicates += 1
            else:
                out.reseat.append(it.seq)
            continue
        if it.seq != expected:
            raise Gap(expected)
        expected += 1
        reason = check_record(it.change_id, it.entity, it.entity_id, it.op, it.payload, it.hlc, it.device_time)
        if reason is None and known is not None:
            if known[1] == it.payload_hash:
                out.duplicates += 1
                plan.fillers.append((code, it.seq, it.change_id, it.payload_hash, "duplicate", now_iso))
                continue
            reason = "record.conflict"
        if reason is not None:
            plan.fillers.append((code, it.seq, it.change_id[:64], it.payload_hash, reason, now_iso))
            target = out.conflicts if reason == "record.conflict" else out.rejected
            target.append({"seq": it.seq, "change_id": it.change_id, "code": reason})
            continue
        held[it.change_id] = (it.seq, it.payload_hash)
        plan.new_rows.append(change_row(code, it, now_iso, via))
    out.applied = len(plan.new_rows)
    out.acked_through = expected - 1
    return plan


def _text(value: Any, default: str = "") -> str:
    """A payment field as stored text; ``ValueError`` for what no database column may hold (a NUL
    character, a lone surrogate) or an absurd length."""
    text = default if value is None or value == "" else str(value)
    if "\x00" in text or len(text) > 4096:
        raise ValueError("unstorable text")
    text.encode("utf-8")  # a lone surrogate raises UnicodeEncodeError (a ValueError)
    return text


def payment_rows(station: str, records: Iterable[tuple[str, str, str]], now_iso: str) -> list[tuple[Any, ...]]:
    """The payment requests an applied batch keeps, as :data:`PAYMENT_NEW_COLUMNS` rows: every
    ``payments`` record (entity, entity_id, payload), in batch order, names a request by its
    payment id. One row per payment id: its fields from the first record, ``station_status``
    from the last. A backend inserts them so that a request already held keeps everything but
    ``station_status`` (amount, account and reference are never taken from a later record).
    A record the platform cannot act on (no amount or reference, an amount outside signed 64 bits,
    text no database can hold) keeps no request; the record itself is stored all the same."""
    rows: dict[str, list[Any]] = {}
    for entity, entity_id, payload in records:
        if entity != "payments":
            continue
        try:
            p = json.loads(payload)
            amount = p["amount_fen"]
            if isinstance(amount, bool):
                raise TypeError("amount")
            amount = int(amount)
            if not -MAX_SEQ <= amount <= MAX_SEQ:
                raise ValueError("amount")
            status = _text(p.get("status"), "pending")
            held = rows.get(entity_id)
            if held is not None:
                held[-1] = status
                continue
            rows[entity_id] = [station, _text(entity_id), _text(p["reference"]), _text(p.get("type")),
                               _text(p.get("biller")), _text(p.get("account")), amount, _text(p.get("payer")),
                               _text(p.get("created_at"), now_iso), now_iso, status]
        except (ValueError, KeyError, TypeError, AttributeError):
            continue  # not a payment request the platform can act on: the record itself is kept
    return [tuple(r) for r in rows.values()]


def pick_request(rows: Sequence[Sequence[Any]], reference: str, status: str) -> tuple[PaymentRequest, bool]:
    """The request a decision names among ``rows`` (:data:`PAYMENT_COLUMNS`, those of the
    station whose reference or payment id is ``reference``) and whether the decision is new:
    ``NotFound('payment.unknown')``, ``Refused('payment.reference_ambiguous')`` (a restored
    station issued the reference twice: decide by payment id), ``Refused('payment.already_decided')``
    for another answer than the one held; the same answer again is not new (False)."""
    if not rows:
        raise NotFound("payment.unknown", reference=reference)
    if len(rows) > 1:
        raise Refused("payment.reference_ambiguous", reference=reference, payment_ids=", ".join(r[1] for r in rows))
    req = PaymentRequest(*rows[0])
    if req.status != "pending":
        if req.status == status:
            return req, False
        raise Refused("payment.already_decided", reference=reference, decided=req.status)
    return req, True


def decision_payload(payment_id: str, reference: str, status: str, reason: str, decided_at: str) -> str:
    """The ``payment_decisions`` record a decision publishes (key: the payment id)."""
    return json.dumps({"payment_id": payment_id, "reference": reference, "status": status, "reason": reason,
                       "decided_at": decided_at}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def tick(last: str | None, now: _dt.datetime) -> str:
    """The hub's next HLC after ``last`` at wall time ``now`` (never goes back)."""
    now_ms = int(now.timestamp() * 1000)
    if last:
        p, _, lg = last.partition(".")
        if int(p) >= now_ms:
            return hlc_text(int(p), int(lg) + 1) if int(lg) < 99_999 else hlc_text(int(p) + 1, 0)
    return hlc_text(now_ms, 0)


def skew_ms(device_time: str | None, now: _dt.datetime) -> int | None:
    """Device clock minus hub clock in ms (None when the device time is missing or unreadable)."""
    if not device_time:
        return None
    when = parse_iso(device_time)
    return None if when is None else int((when - now).total_seconds() * 1000)


def report_row(r: Sequence[Any]) -> dict[str, Any]:
    """One ``report stations`` row from the :data:`REPORT_COLUMNS` of a station."""
    last = max((t for t in (r[10], r[11], r[12]) if t), default=None)
    return {
        "station_code": r[0], "name": r[1], "town": r[2], "enrolled": r[3] is not None, "enrolled_at": r[3],
        "last_sync_at": last, "acked_through": r[4], "changes": r[5], "duplicates_seen": r[6],
        "rejected": r[7], "bytes_in": r[8], "bytes_out": r[9], "last_push_at": r[10], "last_pull_at": r[11],
        "last_bundle_at": r[12], "backlog_known": r[13], "last_device_time": r[14],
        "clock_skew_s": None if r[15] is None else round(r[15] / 1000),
    }
