"""The /v1 wire format on the station's side (docs/sync-protocol.md is the contract).

A push body is one JSON object holding a batch of outbox records in columns (columns compress
far better than rows), gzip-compressed. The payload hash is not sent: the hub hashes the exact
canonical payload text it receives, and both sides prove they agree with a digest per batch.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterable, Sequence
from typing import Any

# the USB bundle's keys and MAC live beside its cipher (one helper for the station and the hub)
from ..bundle_cipher import bundle_key as bundle_key
from ..bundle_cipher import sign as sign

API = "/v1"
GZIP_LEVEL = 6
MIN_BATCH = 20
START_BATCH = 500
MAX_BATCH = 5000  # the hub refuses more than this in one batch
PULL_PAGE = 500
STREAMS = ("tariff", "catalogue", "bill_types", "notices", "preadvice", "payment_decisions", "pesticide_rules",
           "notice_status")

#: the outbox columns a batch is built from, in this order (a sealed payload opened: the hub gets
#: the record in clear, over TLS; app.core.sealing)
ROW_COLUMNS = "seq, change_id, entity, entity_id, op, yyt_open(payload) AS payload, payload_hash, device_time, hlc"


def encode_batch(rows: Sequence[Sequence[Any]], *, pending: int | None, sent_at: str) -> bytes:
    """The JSON body of a push (uncompressed) for outbox rows in :data:`ROW_COLUMNS` order.
    ``seqs`` are delta-encoded: the first is absolute, then differences (1 when contiguous)."""
    seqs: list[int] = []
    prev = 0
    for i, r in enumerate(rows):
        seqs.append(r[0] if i == 0 else r[0] - prev)
        prev = r[0]
    body = {
        "v": 1,
        "seqs": seqs,
        "ids": [r[1] for r in rows],
        "entities": [r[2] for r in rows],
        "entity_ids": [r[3] for r in rows],
        "ops": [r[4] for r in rows],
        "payloads": [r[5] for r in rows],
        "device_times": [r[7] for r in rows],
        "hlcs": [r[8] for r in rows],
        "pending": pending,
        "sent_at": sent_at,
    }
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def gzip_bytes(data: bytes, level: int = GZIP_LEVEL) -> bytes:
    """gzip with a fixed header (no time stamp, so equal inputs give equal bytes)."""
    c = zlib.compressobj(level, zlib.DEFLATED, 31)
    return c.compress(data) + c.flush()


def gunzip_bytes(data: bytes, limit: int) -> bytes:
    d = zlib.decompressobj(31)
    out = d.decompress(data, limit + 1)
    if len(out) > limit or d.unconsumed_tail:
        raise ValueError("too large")
    return out


def digest(lines: Iterable[tuple[int, str, str]]) -> str:
    """SHA-256 over ``seq:change_id:payload_hash`` lines: the same records give the same digest
    on the station and the hub."""
    h = hashlib.sha256()
    for seq, change_id, payload_hash in lines:
        h.update(f"{seq}:{change_id}:{payload_hash}\n".encode())
    return h.hexdigest()
