"""The at-rest scan (issue 13 part 4): which files of a station hold which personal values in clear.

A value is looked for in the raw bytes of a file in every encoding it could have been written in
(UTF-8 and UTF-16-LE, its base64 and hex; names and addresses also as GB18030 and JSON ``\\uXXXX``
escapes), and in the decompressed content of every gzip stream inside the file (a USB bundle's body
is gzip: a raw grep would never see into it). A SQLite file is also read cell by cell (a value split by a page boundary
in an overflow chain still shows). Masked forms (``139****0001``, ``欧*``) and the 4-digit tail are
not looked for: they are allowed.
"""

from __future__ import annotations

import base64
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

GZIP_MAGIC = b"\x1f\x8b\x08"
SQLITE_MAGIC = b"SQLite format 3\x00"
MAX_INFLATE = 64 * 1024 * 1024


@dataclass(frozen=True)
class Secret:
    """One personal value written during the scenario: ``label`` says by which path (for the
    failure message), ``kind`` is ``phone``, ``id``, ``name`` or ``address``."""

    label: str
    kind: str
    value: str

    def forms(self) -> dict[str, bytes]:
        """Every byte form the value could take in a file."""
        v = self.value
        out = {"utf-8": v.encode(), "utf-16-le": v.encode("utf-16-le")}
        out["base64"] = base64.b64encode(v.encode()).rstrip(b"=")
        out["base64url"] = base64.urlsafe_b64encode(v.encode()).rstrip(b"=")
        out["hex"] = v.encode().hex().encode()
        if self.kind == "id" and v.endswith("X"):
            out["utf-8 (x)"] = v[:-1].encode() + b"x"
        if not v.isascii():
            out["gb18030"] = v.encode("gb18030")
            for case, fmt in (("json-escaped", "\\u{:04x}"), ("JSON-ESCAPED", "\\u{:04X}")):
                out[case] = "".join(fmt.format(ord(c)) if ord(c) > 127 else c for c in v).encode()
        return out


def inflated(data: bytes) -> Iterator[bytes]:
    """The decompressed content of every gzip stream found anywhere in ``data``."""
    start = data.find(GZIP_MAGIC)
    while start != -1:
        d = zlib.decompressobj(wbits=31)
        try:
            out = d.decompress(data[start:], MAX_INFLATE)
        except zlib.error:
            out = b""
        if out:
            yield out
        start = data.find(GZIP_MAGIC, start + 1)


def sqlite_cells(path: Path) -> bytes:
    """Every cell of every table of a SQLite file, joined (opened read-only and immutable: nothing
    is written beside the file and its WAL is not read — the WAL is scanned as a file of its own)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return b""
    parts: list[bytes] = []
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for t in tables:
            for row in conn.execute(f'SELECT * FROM "{t}"'):
                for cell in row:
                    if isinstance(cell, bytes):
                        parts.append(cell)
                    elif cell is not None:
                        parts.append(str(cell).encode())
    except sqlite3.Error:
        pass
    finally:
        conn.close()
    return b"\x00".join(parts)


def layers(path: Path) -> list[tuple[str, bytes]]:
    """(how it was read, bytes) for one file: raw, each gzip stream inflated, a SQLite file's cells."""
    raw = path.read_bytes()
    out = [("raw", raw)]
    out += [("gunzipped", body) for body in inflated(raw)]
    if raw.startswith(SQLITE_MAGIC):
        out.append(("sqlite cells", sqlite_cells(path)))
    return out


def leaks(files: Iterable[Path], secrets: Iterable[Secret], root: Path | None = None) -> dict[str, list[str]]:
    """``{file: ["label value (form, layer)", ...]}`` for every file that holds a value in clear."""
    secrets = list(secrets)
    found: dict[str, list[str]] = {}
    for path in files:
        name = str(path.relative_to(root)) if root and path.is_relative_to(root) else str(path)
        read = layers(path)
        for s in secrets:
            hits = [f"{form}, {how}" for form, needle in s.forms().items() for how, data in read if needle in data]
            if hits:
                found.setdefault(name, []).append(f"{s.label} {s.value} ({'; '.join(hits)})")
    return found


def report(found: dict[str, list[str]]) -> str:
    lines = [f"{sum(map(len, found.values()))} personal values in clear:"]
    for name, values in sorted(found.items()):
        lines.append(f"  {name}:")
        lines += [f"    {v}" for v in values]
    return "\n".join(lines)
