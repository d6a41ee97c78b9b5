"""USB bundles (sneakernet): verify the station's signature, decrypt, and apply with the push rule.

File layout (docs/sync-protocol.md, "USB bundle")::

    YYTBUNDLE/2\\n
    <header JSON>\\n          {"station_code", "created_at", "changes", "from_seq", "to_seq", "encoding": "gzip",
                             "cipher": "aes-256-gcm", "nonce": "<24 hex>"}
    <HMAC-SHA256 hex>\\n      over header line + "\\n" + body, keyed with the station's bundle key
    <body>                   AES-256-GCM (app.core.bundle_cipher, additional data: the header line) of
                             the gzip of {"v": 1, "batches": [push batch, ...]} (each a /v1 push body)

``YYTBUNDLE/1`` files (old sticks) are still read: no ``cipher``/``nonce``, the body is the gzip itself.
"""

from __future__ import annotations

import datetime as _dt
import hmac
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from app.core import bundle_cipher

from .errors import Forbidden, Invalid, NotFound
from .limits import (
    BUNDLE_MAX_CONTAINERS,
    BUNDLE_MAX_VALUES,
    MAX_BODY_DEPTH,
    MAX_BUNDLE_BATCHES,
    MAX_BUNDLE_BYTES,
    MAX_BUNDLE_INFLATED,
    check_json_shape,
    text_depth_ok,
)
from .models import PushBatch
from .storage import BatchIn, HubStorage, PushOutcome
from .wire import inflate

MAGICS = (bundle_cipher.MAGIC_V1, bundle_cipher.MAGIC_V2)
MAX_HEADER_LINE = 4096


@dataclass(frozen=True)
class BundleResult:
    station_code: str
    outcome: PushOutcome
    changes: int


def _read_capped(path: Path, limit: int) -> bytes:
    """The file's bytes, refused before reading when it is not a regular file or is larger than
    ``limit`` (and read with a cap, in case it grows meanwhile)."""
    if "\x00" in str(path):
        raise Invalid("bundle.invalid", path=str(path).replace("\x00", "\\0")[:200])
    try:
        info = os.stat(path)
    except OSError:  # missing, or a name the system cannot take
        raise NotFound("bundle.missing", path=str(path)[:200]) from None
    if not stat.S_ISREG(info.st_mode):
        raise Invalid("bundle.not_regular", path=str(path))
    if info.st_size > limit:
        raise Invalid("bundle.too_large", path=str(path), limit=limit)
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError:
        raise NotFound("bundle.missing", path=str(path)) from None
    if len(data) > limit:
        raise Invalid("bundle.too_large", path=str(path), limit=limit)
    return data


def read_bundle(path: Path) -> tuple[dict, bytes, bytes, str]:
    """(header, header line, body, mac) of a bundle file; ``bundle.invalid`` if it is not one,
    ``bundle.too_large`` (checked on the file's size, before reading) past
    :data:`~hub.limits.MAX_BUNDLE_BYTES`. A /2 header must name the cipher and a 12-byte nonce
    (``header["nonce"]`` is then the nonce's bytes); a /1 header must name neither."""
    path = Path(path)
    data = _read_capped(path, MAX_BUNDLE_BYTES)
    parts = data.split(b"\n", 3)
    if len(parts) != 4 or parts[0] not in MAGICS or len(parts[1]) > MAX_HEADER_LINE:
        raise Invalid("bundle.invalid", path=str(path))
    try:
        text = parts[1].decode("utf-8")
        header = json.loads(text) if text_depth_ok(text, 2) else None
        mac = parts[2].decode("ascii")
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise Invalid("bundle.invalid", path=str(path)) from None
    if not isinstance(header, dict) or not isinstance(header.get("station_code"), str):
        raise Invalid("bundle.invalid", path=str(path))
    if parts[0] == bundle_cipher.MAGIC_V2:
        header["nonce"] = _nonce(header, path)
    elif "cipher" in header or "nonce" in header:  # an encrypted bundle's header under the old magic
        raise Invalid("bundle.invalid", path=str(path))
    return header, parts[1], parts[3], mac


def _nonce(header: dict, path: Path) -> bytes:
    nonce = header.get("nonce")
    if header.get("cipher") != bundle_cipher.CIPHER or not isinstance(nonce, str) \
            or len(nonce) != 2 * bundle_cipher.NONCE_BYTES:
        raise Invalid("bundle.invalid", path=str(path))
    try:
        return bytes.fromhex(nonce)
    except ValueError:
        raise Invalid("bundle.invalid", path=str(path)) from None


def import_bundle(storage: HubStorage, path: Path, now: _dt.datetime) -> BundleResult:
    """Apply a bundle exactly once and whole: the signature must verify with the station's bundle
    key and a /2 body must decrypt under it (else ``bundle.bad_signature``), then all its batches
    go through the push rule in ONE storage transaction (duplicates counted, never applied twice;
    a gap anywhere refuses the whole bundle and applies nothing)."""
    header, header_line, body, mac = read_bundle(path)
    code = header["station_code"]
    key = storage.bundle_key(code[:32])
    if key is None:
        raise Forbidden("bundle.unknown_station", station_code=code[:32])
    expected = bundle_cipher.sign(bytes.fromhex(key), header_line, body)
    if not hmac.compare_digest(expected.encode(), mac.encode()):
        raise Forbidden("bundle.bad_signature", station_code=code)
    if "nonce" in header:  # /2: the limits below apply to the decrypted gzip
        try:
            body = bundle_cipher.open_sealed(bytes.fromhex(key), header["nonce"], header_line, body)
        except bundle_cipher.BundleDecryptError:
            raise Forbidden("bundle.bad_signature", station_code=code) from None
    encoding = header.get("encoding", "gzip")
    raw = inflate(body, encoding if isinstance(encoding, str) else "?", MAX_BUNDLE_INFLATED)
    check_json_shape(raw, max_values=BUNDLE_MAX_VALUES, max_depth=MAX_BODY_DEPTH, max_containers=BUNDLE_MAX_CONTAINERS)
    content = BundleBody.model_validate_json(raw)
    batches = [BatchIn(batch.items(), batch.pending, batch.sent_at) for batch in content.batches]
    total = storage.push_many(code, batches, now, via="bundle", bytes_in=len(body))
    return BundleResult(code, total, sum(len(b.items) for b in batches))


class BundleBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    v: Literal[1]
    batches: list[PushBatch] = Field(max_length=MAX_BUNDLE_BATCHES)
