"""The /v1 wire format on the hub's side: compressed bodies, per-record checks, digests, cursors.

The protocol is written down in ``docs/sync-protocol.md``; the station's side lives in
``app.core.sync.protocol`` (the two packages share no code, only that document).
"""

from __future__ import annotations

import base64
import binascii
import datetime as _dt
import hashlib
import hmac
import json
import re
import zlib
from collections.abc import Iterable
from typing import NamedTuple

from .errors import Invalid, TooLarge, UnsupportedMedia
from .limits import (
    MAX_BATCH,
    MAX_BODY_BYTES,
    MAX_CURSOR_CHARS,
    MAX_PAYLOAD_BYTES,
    MAX_PAYLOAD_DEPTH,
    MAX_POSITION,
    MAX_PUSH_INFLATED,
    text_depth_ok,
)

__all__ = ["API", "MAX_BATCH", "MAX_BODY_BYTES", "MAX_PAYLOAD_BYTES", "MAX_PULL_LIMIT", "inflate", "check_record"]

API = "/v1"
MAX_PULL_LIMIT = 2000
OPS = frozenset({"create", "update", "delete"})
STREAMS = ("tariff", "catalogue", "bill_types", "notices", "preadvice", "payment_decisions", "pesticide_rules",
           "notice_status")
ENCODINGS = ("gzip", "deflate", "zstd", "identity")

_CHANGE_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_ENTITY = re.compile(r"[a-z][a-z0-9_]{0,39}")
_HLC = re.compile(r"\d{13}\.\d{5}")
# keys whose value is a secret wherever they sit in a payload (compared lower-case)
_SECRET_KEYS = frozenset({"pin_hash", "pin_salt", "pin", "token", "password", "secret", "secret_salt",
                          "id_hash_key", "data_key", "bundle_key", "api_key"})
_SECRET_SUFFIXES = ("_token", "_password", "_secret", "_pin")
# keys that name an identity number: ``*resident_id*``, ``*id_number*``, ``*id_card*``, ``*_id``, ``id``
_ID_KEY = re.compile(r"resident|id_?number|id_?card|identity|sfz|(?:^|_)id$")
_ID_FORMAT = re.compile(r"\d{17}[\dXx]")
# an 18-character resident ID anywhere in a text (its check digit is verified before refusing)
_ID_IN_TEXT = re.compile(r"(?<![0-9])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]"
                         r"(?![0-9A-Za-z])")
# a secret key (exact, or by its suffix) as it stands in a JSON text: ``"pin_hash":``, ``"x_token" :``
_SECRET_KEY_IN_TEXT = re.compile(
    r'"(?:' + "|".join(sorted(map(re.escape, _SECRET_KEYS))) + r')"\s*:'
    + r'|(?:' + "|".join(map(re.escape, _SECRET_SUFFIXES)) + r')"\s*:')
_DIGIT_RUN = re.compile(r"\d{17}")  # every resident ID check needs 17 digits in a row
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_LENGTH = 18  # a resident ID's characters: a shorter text holds none


def inflate(body: bytes, encoding: str | None, limit: int = MAX_PUSH_INFLATED) -> bytes:
    """The request body decompressed (``gzip``, ``deflate``, ``zstd`` if installed, or none),
    refused past ``limit`` bytes (a zip bomb costs the hub nothing). A stream must be whole: a
    gzip member whose checksum trailer is cut (or wrong), or bytes after it, is ``body.bad_encoding``
    (422); an encoding the hub does not speak is ``body.unsupported_encoding`` (415)."""
    enc = (encoding or "identity").strip().lower()
    if enc in ("identity", ""):
        return body
    if enc in ("gzip", "deflate"):
        d = zlib.decompressobj(wbits=31 if enc == "gzip" else 15)
        try:
            out = d.decompress(body, limit + 1)
        except zlib.error:
            raise Invalid("body.bad_encoding", encoding=enc) from None
        if len(out) > limit or d.unconsumed_tail:
            raise TooLarge("body.too_large", limit=limit)
        if not d.eof or d.unused_data:  # cut short (no verified trailer) or something after it
            raise Invalid("body.bad_encoding", encoding=enc)
        return out
    if enc == "zstd":
        try:
            import zstandard
        except ImportError:
            raise UnsupportedMedia("body.unsupported_encoding", encoding=enc) from None
        try:
            z = zstandard.ZstdDecompressor().decompressobj()
            out = z.decompress(body)
        except zstandard.ZstdError:
            raise Invalid("body.bad_encoding", encoding=enc) from None
        if len(out) > limit:
            raise TooLarge("body.too_large", limit=limit)
        if not z.eof:
            raise Invalid("body.bad_encoding", encoding=enc)
        return out
    raise UnsupportedMedia("body.unsupported_encoding", encoding=enc[:20])


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
    if not text_depth_ok(payload, MAX_PAYLOAD_DEPTH):
        return "record.payload_too_deep"
    try:
        value = json.loads(payload)
    except (ValueError, RecursionError):
        return "record.payload_invalid"
    if not isinstance(value, dict):
        return "record.payload_invalid"
    return None if _clean_text(payload) else privacy_problem(value)


def _clean_text(payload: str) -> bool:
    """Whether a payload's text alone proves :func:`privacy_problem` would find nothing: with no
    ``\\u`` escape every key and string reads in the text as it decodes, so a secret key must
    stand in the (lower-cased) text as ``"key":`` and a resident ID as a run of 17 digits. An
    ordinary record has neither and skips the walk (≈ 25 µs of a push's ≈ 40 µs per record);
    anything else is walked."""
    if "\\u" in payload:
        return False
    return _SECRET_KEY_IN_TEXT.search(payload.lower()) is None and _DIGIT_RUN.search(payload) is None


def privacy_problem(value: object, key: str = "") -> str | None:
    """``record.secret_field`` or ``record.clear_resident_id`` for the first key or value, at any
    depth, that a station must never send in clear; None when the payload is clean. Depth is
    bounded before this runs (:data:`MAX_PAYLOAD_DEPTH`). Runs on every pushed record: the
    common values (short texts, numbers) are judged in the loop without a call."""
    if isinstance(value, dict):
        for k, item in value.items():
            name = str(k).lower()
            if name in _SECRET_KEYS or name.endswith(_SECRET_SUFFIXES):
                return "record.secret_field"
            if isinstance(item, str):
                if len(item) >= _ID_LENGTH and _text_problem(item, name):
                    return "record.clear_resident_id"
            elif isinstance(item, (dict, list)):
                found = privacy_problem(item, name)
                if found:
                    return found
        return None
    if isinstance(value, list):
        for item in value:
            found = privacy_problem(item, key)
            if found:
                return found
        return None
    if isinstance(value, str) and len(value) >= _ID_LENGTH and _text_problem(value, key):
        return "record.clear_resident_id"
    return None


def _text_problem(value: str, key: str) -> bool:
    """Whether a text (of at least :data:`_ID_LENGTH` characters: a shorter one cannot hold an ID)
    is a resident ID in clear under an identity key, or holds a checksum-valid one anywhere."""
    if key and _ID_KEY.search(key) and _ID_FORMAT.fullmatch(value.strip()):
        return True
    return any(_id_checks(m.group()) for m in _ID_IN_TEXT.finditer(value))


def _id_checks(text: str) -> bool:
    total = sum(int(d) * w for d, w in zip(text[:17], _ID_WEIGHTS, strict=True))
    return "10X98765432"[total % 11] == text[17].upper()


# -- pull cursors -------------------------------------------------------------------------------
def _cursor_mac(key: bytes, text: str, station: str) -> str:
    return hmac.new(key, f"{station}\n{text}".encode(), hashlib.sha256).hexdigest()[:32]


def encode_cursor(hub_id: str, seq: int, floor: int, fingerprint: str = "", *, key: bytes, station: str) -> str:
    """Opaque to the station: which hub log, the position after the last record sent, the log's
    compaction floor when the cursor was issued, and a fingerprint of the log at that position
    (the HLC of the newest entry at or before it), so that a hub restored from an older backup
    whose log has grown past the position again is noticed (→ 410 and a snapshot). Version ``c3``
    is signed (HMAC-SHA256, 128 bits, with the hub's own ``cursor_key``, over the text and the
    station it was given to): a station cannot forge a position it was never given, alter one it
    was, or read with another station's cursor."""
    text = f"c3:{hub_id}:{seq}:{floor}:{fingerprint}"
    return base64.urlsafe_b64encode(f"{text}:{_cursor_mac(key, text, station)}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str, hub_id: str, *, key: bytes, station: str) -> tuple[int, int, str | None] | None:
    """(position, floor when issued, fingerprint) of a cursor, (0, 0, None) for the empty one (from
    the start), or None when it is not one this hub signed (→ 410 and a snapshot): another hub's,
    a tampered or forged one, another station's, or an unsigned one of an older version (``c1``,
    ``c2``: one snapshot after the upgrade)."""
    if not cursor:
        return 0, 0, None
    if len(cursor) > MAX_CURSOR_CHARS:
        return None
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        body, _, mac = text.rpartition(":")
        parts = body.split(":")
        if parts[0] != "c3" or len(parts) != 5 or parts[1] != hub_id:
            return None
        if not hmac.compare_digest(mac.encode(), _cursor_mac(key, body, station).encode()):
            return None
        position, floor, fingerprint = int(parts[2]), int(parts[3]), parts[4]
        if not (0 <= position <= MAX_POSITION and 0 <= floor <= MAX_POSITION):
            return None
        return position, floor, fingerprint
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
