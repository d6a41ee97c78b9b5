"""The suite-wide at-rest sweep (issue 13 part 4): every personal value a test's stations seal is
looked for, in clear, in the station files that test left behind.

:class:`SealRecorder` wraps :meth:`app.core.sealing.FieldCipher.seal` for the whole session and
keeps what each test sealed: the value itself, or — for a payload sealed whole (an outbox record,
a pre-advice) — the phones and resident IDs inside it. Masked values (``张*``, ``138****1234``) and
one-character ones are not kept: masked forms are in clear by design.

:func:`clear_values_in` then reads the station files under the test's ``tmp_path`` — SQLite files
whose ``application_id`` is the station's, their ``-wal`` files, USB bundles (``YYTBUNDLE``) and
``*.log`` — and returns each kept value found there in any form the explicit scan of
tests/test_at_rest.py looks for (:mod:`tests.helpers.at_rest`) that is six bytes or more (a 2-character
name in UTF-16 is four bytes: chance alone would find it in a binary page). The hub's files are not
station files: the hub receives clear records by design (docs/security.md).

Only what this process seals is kept: a CLI run as a child process is covered by
tests/test_at_rest.py.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.core.db.connection import APPLICATION_ID
from app.core.sealing import PREFIX, FieldCipher

from .at_rest import SQLITE_MAGIC, Secret, layers

_PHONE = re.compile(r"1[3-9]\d{9}")
_RESIDENT_ID = re.compile(r"\d{17}[\dXx]")
_BUNDLE = b"YYTBUNDLE"
MIN_NEEDLE = 6


class SealRecorder:
    """Keeps the values sealed since the last :meth:`take`."""

    def __init__(self) -> None:
        self.values: set[str] = set()
        self._original = FieldCipher.seal

    def install(self) -> None:
        original, values = self._original, self.values

        def seal(cipher: FieldCipher, value: Any) -> Any:
            if value and isinstance(value, str) and not value.startswith(PREFIX):
                values.update(_personal_parts(value))
            return original(cipher, value)

        FieldCipher.seal = seal  # type: ignore[method-assign]

    def uninstall(self) -> None:
        FieldCipher.seal = self._original  # type: ignore[method-assign]

    def take(self) -> set[str]:
        out = set(self.values)
        self.values.clear()
        return out


def _personal_parts(value: str) -> Iterator[str]:
    if value[:1] in "{[":
        try:
            payload = json.loads(value)
        except ValueError:
            payload = None
        if payload is not None:
            # a field that is a phone or an ID (not digits inside an id or a text: false alarms)
            yield from (leaf for leaf in _strings(payload) if _PHONE.fullmatch(leaf) or _RESIDENT_ID.fullmatch(leaf))
            return
    if "*" not in value and len(value) >= (6 if value.isascii() else 2):  # "SF" would be found anywhere
        yield value


def _strings(payload: Any) -> Iterator[str]:
    if isinstance(payload, str):
        yield payload
    elif isinstance(payload, dict):
        for v in payload.values():
            yield from _strings(v)
    elif isinstance(payload, list):
        for v in payload:
            yield from _strings(v)


def station_files(root: Path) -> Iterator[Path]:
    """The station files under ``root``: station databases (and their copies and WALs), bundles
    and logs."""
    if not root.is_dir():
        return
    stations: set[Path] = set()
    wals: list[Path] = []
    for path in sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink()):
        if path.name.endswith("-wal"):
            wals.append(path)
            continue
        if path.suffix == ".log":
            yield path
            continue
        try:
            with path.open("rb") as f:
                head = f.read(72)
        except OSError:
            continue
        if head.startswith(_BUNDLE):
            yield path
        elif head.startswith(SQLITE_MAGIC) and _is_station(path, head):
            stations.add(path)
            yield path
    for wal in wals:
        if wal.with_name(wal.name[:-4]) in stations:
            yield wal


def _is_station(path: Path, head: bytes) -> bool:
    """A station database: its ``application_id`` — in the header, or (a header page still in
    the WAL) as SQLite reads it."""
    if len(head) == 72 and int.from_bytes(head[68:72], "big") == APPLICATION_ID:
        return True
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def clear_values_in(root: Path, values: set[str]) -> list[tuple[str, Path]]:
    """``(value, file)`` for each value found in clear in a station file under ``root``, in any of
    the forms the explicit at-rest scan looks for (:mod:`tests.helpers.at_rest`: UTF-8, JSON
    escapes, base64, hex …, raw, gunzipped and cell by cell)."""
    if not values:
        return []
    secrets = [Secret("swept", "id" if _RESIDENT_ID.fullmatch(v) else "phone" if v.isascii() else "name", v)
               for v in values]
    needles = [(s.value, [f for f in s.forms().values() if len(f) >= MIN_NEEDLE]) for s in secrets]
    found: list[tuple[str, Path]] = []
    for path in station_files(root):
        try:
            read = [data for _how, data in layers(path)]
        except OSError:
            continue
        found += [(v, path) for v, forms in needles if any(f in data for f in forms for data in read)]
    return found


def where_in(path: Path, value: str) -> str:
    """Where in a station database a clear value sits (``table.column``), for the failure
    message; empty for other files or when only free pages hold it."""
    if not path.name.endswith(".db"):
        return ""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return ""
    try:
        places = []
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            for col in conn.execute(f'PRAGMA table_info("{table}")').fetchall():
                q = f'SELECT 1 FROM "{table}" WHERE instr(CAST("{col[1]}" AS TEXT), ?) LIMIT 1'
                try:
                    if conn.execute(q, (value,)).fetchone():
                        places.append(f"{table}.{col[1]}")
                except sqlite3.Error:
                    continue
        return ",".join(places[:3])
    except sqlite3.Error:
        return ""
    finally:
        conn.close()


def masked(value: str) -> str:
    """A found value as the failure message shows it."""
    return value[:1] + "…" + value[-2:] if len(value) > 4 else value[:1] + "…"
