"""The /v1 wire format on the hub's side: compressed bodies, per-record checks, digests, cursors.

The protocol is written down in ``docs/sync-protocol.md``; the station's side lives in
``app.core.sync.protocol`` (the two packages share no code, only that document).
"""

from __future__ import annotations

import base64
import binascii
import datetime as _dt
import hashlib
import json
import re
import zlib
from collections.abc import Iterable
from typing import NamedTuple

from .errors import Invalid, TooLarge

API = "/v1"
MAX_BODY_BYTES = 8 * 1024 * 1024  # compressed request body
MAX_INFLATED_BYTES = 64 * 1024 * 1024  # after decompression
MAX_BATCH = 5000
MAX_PAYLOAD_BYTES = 64 * 1024
MAX_PULL_LIMIT = 2000
OPS = frozenset({"create", "update", "delete"})
STREAMS = ("tariff", "catalogue", "bill_types", "notices", "preadvice", "payment_decisions", "pesticide_rules")

_CHANGE_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_ENTITY = re.compile(r"[a-z][a-z0-9_]{0,39}")
_HLC = re.compile(r"\d{13}\.\d{5}")
_SECRET_KEYS = frozenset({"pin_hash", "pin_salt", "pin", "token", "password"})
_CLEAR_ID = re.compile(r"\d{17}[\dXx]")


def inflate(body: bytes, encoding: str | None) -> bytes:
    """The request body decompressed (``gzip``, ``deflate``, ``zstd`` if installed, or none),
    refused past :data:`MAX_INFLATED_BYTES` (a zip bomb costs the hub nothing)."""
    enc = (encoding or "identity").strip().lower()
    if enc in ("identity", ""):
        return body
    if enc in ("gzip", "deflate"):
        d = zlib.decompressobj(wbits=31 if enc == "gzip" else 15)
        try:
            out = d.decompress(body, MAX_INFLATED_BYTES + 1)
        except zlib.error:
            raise Invalid("body.bad_encoding", encoding=enc) from None
        if len(out) > MAX_INFLATED_BYTES or d.unconsumed_tail:
            raise TooLarge("body.too_large", limit=MAX_INFLATED_BYTES)
        return out
    if enc == "zstd":
        try:
            import zstandard
        except ImportError:
            raise Invalid("body.bad_encoding", encoding=enc) from None
        try:
            reader = zstandard.ZstdDecompressor().stream_reader(body)
            out = reader.read(MAX_INFLATED_BYTES + 1)
        except zstandard.ZstdError:
            raise Invalid("body.bad_encoding", encoding=enc) from None
        if len(out) > MAX_INFLATED_BYTES:
            raise TooLarge("body.too_large", limit=MAX_INFLATED_BYTES)
        return out
    raise Invalid("body.bad_encoding", encoding=enc)


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def digest(lines: Iterable[tuple[int, str, str]]) -> str:
    """SHA-256 over ``seq:change_id:payload_hash`` lines (newline-terminated): both sides compute
    it over the same records to prove they hold the same ones."""
    h = hashlib.sha256()
    for seq, change_id, payload_hash in lines:
        h.update(f"{seq}:{change_id}:{payload_hash}\n".encode())
    return h.hexdigest()


def check_record(change_id: str, entity: str, entity_id: str, op: str, payload: str, hlc: str,
                 device_time: str) -> str | None:
    """The reason code an item is refused for, or None when it may be stored. A refused item
    fills its sequence number as a rejection (the queue is never blocked by it)."""
    if not _CHANGE_ID.fullmatch(change_id):
        return "record.change_id_invalid"
    if not _ENTITY.fullmatch(entity):
        return "record.entity_invalid"
    if not entity_id or len(entity_id) > 128:
        return "record.entity_id_invalid"
    if op not in OPS:
        return "record.op_invalid"
    if len(payload) > MAX_PAYLOAD_BYTES:
        return "record.payload_too_large"
    if not _HLC.fullmatch(hlc):
        return "record.hlc_invalid"
    if not device_time or len(device_time) > 40:
        return "record.device_time_invalid"
    try:
        value = json.loads(payload)
    except ValueError:
        return "record.payload_invalid"
    if not isinstance(value, dict):
        return "record.payload_invalid"
    for key, item in value.items():
        if key in _SECRET_KEYS:
            return "record.secret_field"
        if ("resident_id" in key or "id_number" in key) and isinstance(item, str) and _CLEAR_ID.fullmatch(item):
            return "record.clear_resident_id"
    return None


# -- pull cursors -------------------------------------------------------------------------------
def encode_cursor(hub_id: str, seq: int, floor: int, fingerprint: str = "") -> str:
    """Opaque to the station: which hub log, the position after the last record sent, the log's
    compaction floor when the cursor was issued, and a fingerprint of the log at that position
    (the HLC of the newest entry at or before it), so that a hub restored from an older backup
    whose log has grown past the position again is noticed (→ 410 and a snapshot)."""
    return base64.urlsafe_b64encode(f"c2:{hub_id}:{seq}:{floor}:{fingerprint}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str, hub_id: str) -> tuple[int, int, str | None] | None:
    """(position, floor when issued, fingerprint or None for a version-1 cursor) of a cursor,
    (0, 0, None) for the empty one (from the start), or None when it is not one of this hub's (→ 410)."""
    if not cursor:
        return 0, 0, None
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        parts = text.split(":")
        if parts[0] == "c1" and len(parts) == 4 and parts[1] == hub_id:
            return int(parts[2]), int(parts[3]), None
        if parts[0] == "c2" and len(parts) == 5 and parts[1] == hub_id:
            return int(parts[2]), int(parts[3]), parts[4]
        return None
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return None


def cursor_expired(position: int, issued_floor: int, floor: int, last: int) -> bool:
    """A cursor is served while nothing it relies on was compacted away: the floor has not moved
    since it was issued, or it stands at or above the new floor. A position past the log's end
    (the hub was restored from an older backup) is expired too."""
    return position > last or (issued_floor != floor and position < floor)


# -- clocks -------------------------------------------------------------------------------------
def iso_utc(when: _dt.datetime) -> str:
    when = when.astimezone(_dt.UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"


def parse_iso(text: str) -> _dt.datetime | None:
    try:
        value = _dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return None
    return value if value.tzinfo else value.replace(tzinfo=_dt.UTC)


def hlc_text(physical_ms: int, logical: int = 0) -> str:
    return f"{physical_ms:013d}.{logical:05d}"


class Item(NamedTuple):
    """One change record of a push batch, as the hub sees it (a tuple: cheap to make by the thousand)."""

    seq: int
    change_id: str
    entity: str
    entity_id: str
    op: str
    payload: str
    device_time: str
    hlc: str
    payload_hash: str
