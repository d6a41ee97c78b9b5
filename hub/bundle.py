"""USB bundles (sneakernet): verify the station's signature and apply with the push rule.

File layout (docs/sync-protocol.md, "USB bundle")::

    YYTBUNDLE/1\\n
    <header JSON>\\n          {"station_code", "created_at", "changes", "from_seq", "to_seq", "encoding": "gzip"}
    <HMAC-SHA256 hex>\\n      over header line + "\\n" + body, keyed with the station's bundle key
    <body>                   gzip of {"v": 1, "batches": [push batch, ...]} (each a /v1 push body)
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import hmac
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .errors import Forbidden, Invalid, NotFound
from .models import PushBatch
from .storage import HubStorage, PushOutcome
from .wire import MAX_BODY_BYTES, inflate

MAGIC = b"YYTBUNDLE/1"


@dataclass(frozen=True)
class BundleResult:
    station_code: str
    outcome: PushOutcome
    changes: int


def read_bundle(path: Path) -> tuple[dict, bytes, bytes, str]:
    """(header, header line, body, mac) of a bundle file; ``bundle.invalid`` if it is not one."""
    path = Path(path)
    if not path.is_file():
        raise NotFound("bundle.missing", path=str(path))
    data = path.read_bytes()
    if len(data) > MAX_BODY_BYTES * 4:
        raise Invalid("bundle.invalid", path=str(path))
    parts = data.split(b"\n", 3)
    if len(parts) != 4 or parts[0] != MAGIC:
        raise Invalid("bundle.invalid", path=str(path))
    try:
        header = json.loads(parts[1])
        mac = parts[2].decode("ascii")
    except (ValueError, UnicodeDecodeError):
        raise Invalid("bundle.invalid", path=str(path)) from None
    if not isinstance(header, dict) or not isinstance(header.get("station_code"), str):
        raise Invalid("bundle.invalid", path=str(path))
    return header, parts[1], parts[3], mac


def import_bundle(storage: HubStorage, path: Path, now: _dt.datetime) -> BundleResult:
    """Apply a bundle exactly once: the signature must verify with the station's bundle key, then
    its records go through the same rule as an online push (duplicates counted, never applied
    twice; a gap is refused whole)."""
    header, header_line, body, mac = read_bundle(path)
    code = header["station_code"]
    key = storage.bundle_key(code)
    if key is None:
        raise Forbidden("bundle.unknown_station", station_code=code)
    expected = hmac.new(bytes.fromhex(key), header_line + b"\n" + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, mac):
        raise Forbidden("bundle.bad_signature", station_code=code)
    content = BundleBody.model_validate_json(inflate(body, header.get("encoding", "gzip")))
    total = PushOutcome(acked_through=0)
    changes = 0
    for i, batch in enumerate(content.batches):
        items = batch.items()
        changes += len(items)
        out = storage.push(code, items, now, via="bundle", pending=batch.pending, device_time=batch.sent_at,
                           bytes_in=len(body) if i == 0 else 0)
        total.applied += out.applied
        total.duplicates += out.duplicates
        total.rejected += out.rejected
        total.conflicts += out.conflicts
        total.reseat += out.reseat
        total.acked_through = out.acked_through
    if not content.batches:
        total.acked_through = storage.push_state(code, 0, 0).acked_through
    return BundleResult(code, total, changes)


class BundleBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    v: Literal[1]
    batches: list[PushBatch] = Field(max_length=10_000)
