"""Canonical JSON and hashes: the bytes that hashes are taken over must not depend on dict order."""

from __future__ import annotations

import hashlib
import json
from typing import Any

_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def canonical_json(value: Any) -> str:
    """Compact JSON with sorted keys and real UTF-8 characters (not ``\\u`` escapes). NaN and
    infinities are refused: they are not JSON."""
    return _ENCODER.encode(value)


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def payload_hash(payload: Any) -> str:
    """The hash an outbox record carries: SHA-256 of the canonical JSON of its payload."""
    return sha256_hex(canonical_json(payload))
