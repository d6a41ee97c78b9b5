"""Pinyin initials for product search: 复合肥 → ``fhf``, 吡虫啉 → ``bcl``.

The table (``pinyin_data``) is plain Python generated from pypinyin's dictionary, so it works
offline and PyInstaller bundles it like any module. A character with several readings whose
initials differ (乐 lè/yuè) gives every combination, up to :data:`MAX_VARIANTS` per name (the most
common reading first), so a clerk who types either finds the product.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from .pinyin_data import FIRST, OTHERS, PRIMARY

_TABLE = "".join(PRIMARY)
_LAST = FIRST + len(_TABLE) - 1
MAX_VARIANTS = 16


def char_initials(ch: str) -> str:
    """Every initial of one character, the most common first: a letter or digit stands for itself
    (lower-case), an ideograph gives its readings' initials, anything else nothing."""
    if ch.isascii():
        return ch.lower() if ch.isalnum() else ""
    cp = ord(ch)
    if FIRST <= cp <= _LAST:
        return OTHERS.get(ch) or _TABLE[cp - FIRST].strip()
    return ""


@lru_cache(maxsize=4096)
def initials_variants(text: str) -> tuple[str, ...]:
    """The initials of ``text`` (NFKC-normalised, so full-width letters count): the most common
    reading first, then the other combinations of polyphonic characters, at most
    :data:`MAX_VARIANTS`. ``"40%氧乐果乳油"`` → ``("40ylgry", "40yygry", ...)``."""
    variants = [""]
    for ch in unicodedata.normalize("NFKC", text):
        options = char_initials(ch)
        if not options:
            continue
        if len(options) == 1 or len(variants) * len(options) > MAX_VARIANTS:
            variants = [v + options[0] for v in variants]
        else:
            variants = [v + o for o in options for v in variants]
    return tuple(dict.fromkeys(v for v in variants if v)) or ("",)


def initials(text: str) -> str:
    """The initials of the most common reading: ``复合肥`` → ``fhf``."""
    return initials_variants(text)[0]
