"""USB bundles: the station's pending change records in a signed file (sneakernet).

Layout (docs/sync-protocol.md, "USB bundle")::

    YYTBUNDLE/1\\n
    <header JSON>\\n    station_code, created_at, changes, from_seq, to_seq, encoding
    <HMAC-SHA256 hex>\\n  over header line + "\\n" + body, keyed with bundle_key(token)
    <body>             gzip of {"v": 1, "batches": [push batch, ...]}

``hub bundle import`` applies it with the push rule (exactly once); the station's next online
sync finds the hub ahead, checks the digest of those records and acknowledges them unsent.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from ..clock import iso_utc
from ..db.store import Store
from ..errors import InvalidInput
from .protocol import BUNDLE_MAGIC, MAX_BATCH, ROW_COLUMNS, bundle_key, encode_batch, gzip_bytes, sign
from .state import LocalState


def export_bundle(store: Store, station_code: str, token: str, path: Path) -> dict[str, Any]:
    """Write every unacknowledged change record to ``path`` (atomically: a temporary file renamed
    into place). The station's state does not change: records stay pending until the hub has
    them. Returns ``changes``, ``from_seq``, ``to_seq``, ``path``, ``bytes``."""
    path = Path(path)
    if path.is_dir():
        raise InvalidInput("bundle.path_is_directory", path=str(path))
    if not path.parent.is_dir():
        raise InvalidInput("bundle.folder_missing", path=str(path.parent))
    state = LocalState(store)
    with store.snapshot() as conn:
        acked = state.acked_through(conn)
        rows = conn.execute(f"SELECT {ROW_COLUMNS} FROM outbox WHERE seq > ? ORDER BY seq", (acked,)).fetchall()
    now = iso_utc(store.clock.now())
    batches = [json.loads(encode_batch(rows[i:i + MAX_BATCH], pending=max(0, len(rows) - i - MAX_BATCH), sent_at=now))
               for i in range(0, len(rows), MAX_BATCH)]
    body = gzip_bytes(json.dumps({"v": 1, "batches": batches}, ensure_ascii=False, separators=(",", ":")).encode())
    header = {"station_code": station_code, "created_at": now, "changes": len(rows),
              "from_seq": rows[0][0] if rows else None, "to_seq": rows[-1][0] if rows else None, "encoding": "gzip"}
    header_line = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    mac = sign(bundle_key(token), header_line, body).encode()
    part = path.with_name(path.name + ".part")
    with open(part, "wb") as fh:
        fh.write(BUNDLE_MAGIC + b"\n" + header_line + b"\n" + mac + b"\n" + body)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(part, path)
    return {"changes": len(rows), "from_seq": header["from_seq"], "to_seq": header["to_seq"], "path": str(path),
            "bytes": path.stat().st_size}
