"""USB bundles: the station's pending change records in a signed, encrypted file (sneakernet).

Layout (docs/sync-protocol.md, "USB bundle")::

    YYTBUNDLE/2\\n
    <header JSON>\\n    station_code, created_at, changes, from_seq, to_seq, encoding,
                       cipher ("aes-256-gcm"), nonce (hex, 12 bytes)
    <HMAC-SHA256 hex>\\n  over header line + "\\n" + body, keyed with bundle_key(token)
    <body>             AES-256-GCM (app.core.bundle_cipher; additional data: the header line)
                       of the gzip of {"v": 1, "batches": [push batch, ...]}

A stick alone gives nothing away: the key comes from the station's token, which only the
station and (as the derived bundle key) the hub know. ``hub bundle import`` applies it with the
push rule (exactly once); the station's next online sync finds the hub ahead, checks the digest
of those records and acknowledges them unsent.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .. import bundle_cipher
from ..clock import iso_utc
from ..db.store import Store
from ..files import check_target, write_atomically
from .protocol import MAX_BATCH, ROW_COLUMNS, bundle_key, encode_batch, gzip_bytes, sign
from .state import LocalState


def export_bundle(store: Store, station_code: str, token: str, path: Path) -> dict[str, Any]:
    """Write every unacknowledged change record to ``path`` through :func:`app.core.files.write_atomically`
    (a device, pipe or link is refused, nothing planted beside it is followed, the file appears
    whole). The station's state does not change: records stay pending until the hub has them.
    Returns ``changes``, ``from_seq``, ``to_seq``, ``path``, ``bytes``."""
    codes = {"is_dir_code": "bundle.path_is_directory", "folder_missing_code": "bundle.folder_missing"}
    path = check_target(Path(path), **codes)
    state = LocalState(store)
    with store.snapshot() as conn:
        acked = state.acked_through(conn)
        rows = conn.execute(f"SELECT {ROW_COLUMNS} FROM outbox WHERE seq > ? ORDER BY seq", (acked,)).fetchall()
    now = iso_utc(store.clock.now())
    batches = [json.loads(encode_batch(rows[i:i + MAX_BATCH], pending=max(0, len(rows) - i - MAX_BATCH), sent_at=now))
               for i in range(0, len(rows), MAX_BATCH)]
    plain = gzip_bytes(json.dumps({"v": 1, "batches": batches}, ensure_ascii=False, separators=(",", ":")).encode())
    key, nonce = bundle_key(token), bundle_cipher.new_nonce()
    header = {"station_code": station_code, "created_at": now, "changes": len(rows),
              "from_seq": rows[0][0] if rows else None, "to_seq": rows[-1][0] if rows else None, "encoding": "gzip",
              "cipher": bundle_cipher.CIPHER, "nonce": nonce.hex()}
    header_line = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    body = bundle_cipher.seal(key, nonce, header_line, plain)
    mac = sign(key, header_line, body).encode()
    write_atomically(path, lambda fh: fh.write(bundle_cipher.MAGIC_V2 + b"\n" + header_line + b"\n" + mac + b"\n" + body),
                     **codes)
    return {"changes": len(rows), "from_seq": header["from_seq"], "to_seq": header["to_seq"], "path": str(path),
            "bytes": path.stat().st_size}
