"""Pulled payments records: bill types (reference data) and the platform's decisions."""

from __future__ import annotations

import logging
from typing import Any

from ..db.codec import canonical_json
from ..db.store import WriteTx
from ..sync.streams import StreamHandler
from .billtypes import parse_bill_type
from .decisions import apply_decision, withdraw_decision

log = logging.getLogger(__name__)


def _apply_bill_type(tx: WriteTx, key: str, data: dict[str, Any]) -> None:
    """Keep a bill type the station can use; a malformed one is logged and the previous version
    (or the bundled default) stays in force."""
    try:
        bt = parse_bill_type(data, "platform")
    except (ValueError, TypeError) as exc:
        log.warning("bill type %s from the platform ignored: %s", key, exc)
        return
    if bt.type != key:
        log.warning("bill type record %s names type %s: ignored", key, bt.type)
        return
    tx.execute("INSERT INTO bill_types (type, payload, received_at) VALUES (?, ?, ?) ON CONFLICT (type)"
               " DO UPDATE SET payload = excluded.payload, received_at = excluded.received_at"
               " WHERE payload IS NOT excluded.payload", (key, canonical_json(data), tx.now_iso))


def _remove_bill_type(tx: WriteTx, key: str) -> None:
    tx.execute("DELETE FROM bill_types WHERE type = ?", (key,))


def _apply_decision(tx: WriteTx, key: str, data: dict[str, Any]) -> None:
    apply_decision(tx, key, data)


HANDLERS = (
    StreamHandler("bill_types", _apply_bill_type, _remove_bill_type),
    StreamHandler("payment_decisions", _apply_decision, withdraw_decision),
)
