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


#: Length limits the forms apply while typing (``maxLength``) and the validators check.
NAME_MAX = 40
TEXT_MAX = 200
#: Pictographs (emoji, dingbats, symbols for pictures) and the marks that dress them: a label
#: printer's font has none of them (they print as boxes) and no name or address needs them.
_PICTOGRAPHS = ((0x1F000, 0x1FAFF), (0x2600, 0x27BF), (0x2B00, 0x2BFF), (0x2300, 0x23FF), (0xFE00, 0xFE0F),
                (0x20D0, 0x20FF), (0xE0000, 0xE007F), (0x1F3FB, 0x1F3FF))
#: Besides letters (and the marks letters take), what a person's name may hold: the middle dot of
#: minority and foreign names (阿卜杜·热合曼), spaces, the star of a masked name (张*), . - '.
_NAME_PUNCTUATION = frozenset(" ·•・.-'*＊")


def _pictograph(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _PICTOGRAPHS)


def check_name(text: str | None, *, field: str = "name", required: bool = True, max_len: int = NAME_MAX,
               person: bool = False) -> str:
    """A person's or place's name: printable, no control characters, no emoji, at most ``max_len``
    chars. Masked names such as ``张*`` are accepted. ``person=True`` (a real name: sender,
    recipient, proxy, courier; staff display names are labels and may say 李丽（周末代班）) also refuses digits and symbols (``text.not_a_name``) — letters of any
    script, the middle dot, spaces and ``. - ' *`` only. Codes ``text.required``,
    ``text.too_long``, ``text.invalid``, ``text.emoji``, ``text.not_a_name``."""
    raw = check_text(text, field=field, required=required, max_len=max_len)
    if person and any(not _name_char(ch) for ch in raw):
        raise InvalidInput("text.not_a_name", field=field)
    return raw


def _name_char(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category[0] == "L" or category in ("Mn", "Mc") or ch in _NAME_PUNCTUATION


def check_text(text: str | None, *, field: str, required: bool = True, max_len: int = TEXT_MAX) -> str:
    """Free text (an address, contents, a reason): NFC, stripped, at most ``max_len`` characters,
    no control or private-use characters and no emoji/pictographs (a label cannot print them).
    Codes ``text.required``, ``text.too_long``, ``text.invalid``, ``text.emoji``."""
    raw = unicodedata.normalize("NFC", (text or "").strip())
    if not raw:
        if required:
            raise InvalidInput("text.required", field=field)
        return ""
    if len(raw) > max_len:
        raise InvalidInput("text.too_long", field=field, max=max_len)
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co") for ch in raw):
        raise InvalidInput("text.invalid", field=field)
    if any(_pictograph(ch) for ch in raw):
        raise InvalidInput("text.emoji", field=field)
    return raw
