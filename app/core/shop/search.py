"""Product search by name, pinyin initials, EAN-13 or registration number, in memory.

The index holds every active product as one text (name, the initials of its most common reading,
EAN, registration number, separated by a control character no query contains) in one large
string, so a substring search is a single C-level scan (``str.find``); names and the initials of
every reading (乐 lè/yuè, 长 cháng/zhǎng) sit in a sorted list for prefix matches, which rank first. It is rebuilt when ``shop_counters.catalogue_rev`` moved (a trigger bumps it on
every product change), checked with one primary-key read per search. Measured over 20,000
products: see docs/shop.md (``benchmarks/bench_shop.py``).
"""

from __future__ import annotations

import bisect
import sqlite3
import threading
import unicodedata
from dataclasses import dataclass

from .pinyin import initials_variants

SEP = "\x1f"
_REV = "SELECT value FROM shop_counters WHERE name = 'catalogue_rev'"
_ACTIVE = "SELECT id, name, ean, reg_no FROM shop_products WHERE active = 1 ORDER BY name, id"


def normalise_query(text: str | None) -> str:
    raw = unicodedata.normalize("NFKC", text or "").strip().lower()
    return "".join(ch for ch in raw if ch.isprintable() and ch != SEP)


@dataclass(frozen=True)
class _Index:
    rev: int
    ids: tuple[str, ...]
    prefixes: tuple[tuple[str, int], ...]  # (key, product index), sorted
    keys: tuple[str, ...]  # the keys of ``prefixes``, for bisect
    hay: str
    starts: tuple[int, ...]  # where each product's text begins in ``hay``
    by_ean: dict[str, int]


def _build(rev: int, rows: list[tuple[str, str, str, str]]) -> _Index:
    ids, parts, starts, prefixes, by_ean = [], [], [], [], {}
    pos = 0
    for i, (pid, name, ean, reg_no) in enumerate(rows):
        lowered = unicodedata.normalize("NFKC", name).lower()
        variants = initials_variants(name)
        # the text scanned for substrings holds the most common reading's initials only (a small text
        # scans fast); every reading's initials are in the prefix list, which ranks first anyway
        text = SEP.join((lowered, variants[0], ean, reg_no.lower())) + "\n"
        ids.append(pid)
        starts.append(pos)
        parts.append(text)
        pos += len(text)
        prefixes.append((lowered, i))
        prefixes.extend((v, i) for v in variants if v)
        if ean:
            by_ean.setdefault(ean, i)
    prefixes.sort()
    return _Index(rev, tuple(ids), tuple(prefixes), tuple(k for k, _ in prefixes), "".join(parts), tuple(starts),
                  by_ean)


class CatalogueIndex:
    """Thread-safe: the index is immutable and swapped whole when the catalogue changed."""

    def __init__(self) -> None:
        self._index: _Index | None = None
        self._lock = threading.Lock()

    def _current(self, conn: sqlite3.Connection) -> _Index:
        rev = int(conn.execute(_REV).fetchone()[0])
        index = self._index
        if index is None or index.rev != rev:
            with self._lock:
                index = self._index
                if index is None or index.rev != rev:
                    index = _build(rev, conn.execute(_ACTIVE).fetchall())
                    self._index = index
        return index

    def search(self, conn: sqlite3.Connection, text: str, limit: int = 50) -> list[str]:
        """Ids of the active products matching ``text``, best first: the EAN itself, then names and
        initials that start with it, then any that contain it (catalogue order), at most ``limit``."""
        q = normalise_query(text)
        if not q or limit <= 0:
            return []
        index = self._current(conn)
        found: dict[int, None] = {}
        if q in index.by_ean:
            found[index.by_ean[q]] = None
        lo = bisect.bisect_left(index.keys, q)
        keys, prefixes = index.keys, index.prefixes
        for j in range(lo, len(keys)):
            if len(found) >= limit or not keys[j].startswith(q):
                break
            found[prefixes[j][1]] = None
        if len(found) < limit:
            starts, hay, find = index.starts, index.hay, index.hay.find
            pos = find(q)
            while pos >= 0 and len(found) < limit:
                i = bisect.bisect_right(starts, pos) - 1
                found[i] = None
                nxt = starts[i + 1] if i + 1 < len(starts) else len(hay)
                pos = find(q, nxt)  # the next product's text: one hit per product
        return [index.ids[i] for i in found]
