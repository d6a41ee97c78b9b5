"""Plain text fields: usernames, station codes, people's names and free text."""

from __future__ import annotations

import re
import unicodedata

from ..errors import InvalidInput

_USERNAME = re.compile(r"[a-z][a-z0-9_.-]{1,31}")
_STATION = re.compile(r"[A-Z0-9]{4,16}")


def check_username(text: str | None) -> str:
    """Lower-case login name: a letter then 1–31 of ``a-z 0-9 _ . -`` (``username.invalid``)."""
    raw = (text or "").strip().lower()
    if not raw.isascii() or not _USERNAME.fullmatch(raw):
        raise InvalidInput("username.invalid", text=raw[:40])
    return raw


def check_station_code(text: str | None) -> str:
    """Station code: 4–16 upper-case letters and digits, e.g. ``CQ5001010001`` (``station_code.invalid``)."""
    raw = (text or "").strip().upper()
    if not raw.isascii() or not _STATION.fullmatch(raw):
        raise InvalidInput("station_code.invalid", text=raw[:40])
    return raw


def check_name(text: str | None, *, field: str = "name", required: bool = True, max_len: int = 40) -> str:
    """A person's or place's name: printable, no control characters, at most ``max_len`` chars.
    Masked names such as ``张*`` are accepted. Codes ``text.required``, ``text.too_long``, ``text.invalid``."""
    return check_text(text, field=field, required=required, max_len=max_len)


def check_text(text: str | None, *, field: str, required: bool = True, max_len: int = 200) -> str:
    raw = unicodedata.normalize("NFC", (text or "").strip())
    if not raw:
        if required:
            raise InvalidInput("text.required", field=field)
        return ""
    if len(raw) > max_len:
        raise InvalidInput("text.too_long", field=field, max=max_len)
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co") for ch in raw):
        raise InvalidInput("text.invalid", field=field)
    return raw
