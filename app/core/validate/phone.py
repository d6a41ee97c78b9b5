"""Mainland mobile numbers, full (``13812341234``) or masked by a privacy waybill (``138****1234``).

The last four digits are always kept: they are how a villager asks for their parcels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import InvalidInput

_FULL = re.compile(r"1[3-9]\d{9}")
# Privacy waybills mask the middle: 3 (or fewer) leading digits, 4 to 8 stars, the last four digits.
_MASKED = re.compile(r"(?P<head>1[3-9]\d)?(?P<stars>\*{4,8})(?P<tail>\d{4})")
_SEPARATORS = str.maketrans("", "", " -")
#: What a phone field may hold while typing: "+86 138-1234-1234" and a little slack.
PHONE_MAX = 20


@dataclass(frozen=True)
class Phone:
    """``value`` is the normalised text (full digits or the masked form); ``masked`` says which."""

    value: str
    masked: bool

    @property
    def tail(self) -> str:
        return self.value[-4:]

    @property
    def display(self) -> str:
        """What a screen may show: never the full number."""
        return mask_phone(self.value)


def check_phone(text: str | None, *, allow_masked: bool = True, field: str = "phone") -> Phone:
    """Validate a mobile number. Spaces and dashes are ignored; a ``+86``/``86`` prefix is dropped.

    Raises ``InvalidInput('phone.invalid')``; where a full number is required (a proxy's phone, a
    sender's phone: ``allow_masked=False``) ``phone.masked_not_allowed`` for a masked one and
    ``phone.full_invalid`` for anything else — both say "all 11 digits", never "masked is fine".
    """
    raw = (text or "").strip().translate(_SEPARATORS).replace("＊", "*")
    if raw.startswith("+86"):
        raw = raw[3:]
    elif raw.startswith("86") and len(raw) == 13:
        raw = raw[2:]
    if raw.isascii() and _FULL.fullmatch(raw):
        return Phone(raw, False)
    m = _MASKED.fullmatch(raw) if raw.isascii() else None
    if m:
        if not allow_masked:
            raise InvalidInput("phone.masked_not_allowed", field=field, text=mask_phone(raw))
        head = m.group("head") or ""
        return Phone(f"{head}{m.group('stars')}{m.group('tail')}", True)
    # the text goes into messages and logs: never echo a (mistyped) number in full
    raise InvalidInput("phone.invalid" if allow_masked else "phone.full_invalid", field=field,
                       text=mask_phone(raw[:20]))


def mask_phone(value: str | None) -> str:
    """``13812341234`` → ``138****1234``; an already masked value is returned as it is."""
    if not value:
        return ""
    if "*" in value:
        return value
    if len(value) == 11:
        return f"{value[:3]}****{value[-4:]}"
    return "*" * max(0, len(value) - 4) + value[-4:]


def phone_tail(text: str | None) -> str:
    """Validate a 4-digit phone tail typed at the counter (``phone.tail_invalid``)."""
    raw = (text or "").strip()
    if len(raw) != 4 or not raw.isascii() or not raw.isdigit():
        raise InvalidInput("phone.tail_invalid", text=raw[:10])
    return raw
