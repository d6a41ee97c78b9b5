"""Resident identity card numbers (GB 11643-1999, 18 characters, ISO 7064 MOD 11-2 check digit)."""

from __future__ import annotations

import datetime as _dt
import hashlib
import hmac
from dataclasses import dataclass

from ..errors import InvalidInput

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
ADULT_AGE = 18


def resident_id_check_char(first17: str) -> str:
    total = sum(int(c) * w for c, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK[total % 11]


@dataclass(frozen=True)
class ResidentId:
    value: str  # normalised, upper-case X
    birth_date: _dt.date

    @property
    def masked(self) -> str:
        return mask_resident_id(self.value)

    def age_on(self, day: _dt.date) -> int:
        b = self.birth_date
        return day.year - b.year - ((day.month, day.day) < (b.month, b.day))

    def keyed_hash(self, key: bytes) -> str:
        """HMAC-SHA256 of the number under the station's key: lets records be matched without
        storing the number in clear."""
        return hmac.new(key, self.value.encode("ascii"), hashlib.sha256).hexdigest()


def check_resident_id(
    text: str | None, *, today: _dt.date, adult: bool = False, field: str = "resident_id"
) -> ResidentId:
    """Validate an 18-character resident ID: digits, region code shape, a plausible birth date
    (not in the future, not before 1900), and the check character. ``adult=True`` also requires
    the holder to be 18 or over on ``today``.

    Codes: ``resident_id.format``, ``resident_id.birth_date``, ``resident_id.checksum``,
    ``resident_id.minor``.
    """
    raw = (text or "").strip().upper()
    if len(raw) != 18 or not raw.isascii() or not raw[:17].isdigit() or not (raw[17].isdigit() or raw[17] == "X"):
        raise InvalidInput("resident_id.format", field=field)
    if raw[0] == "0" or raw[:2] in ("00",):
        raise InvalidInput("resident_id.format", field=field)
    try:
        birth = _dt.date(int(raw[6:10]), int(raw[10:12]), int(raw[12:14]))
    except ValueError:
        raise InvalidInput("resident_id.birth_date", field=field) from None
    if birth.year < 1900 or birth > today:
        raise InvalidInput("resident_id.birth_date", field=field)
    if resident_id_check_char(raw[:17]) != raw[17]:
        raise InvalidInput("resident_id.checksum", field=field)
    rid = ResidentId(raw, birth)
    if adult and rid.age_on(today) < ADULT_AGE:
        raise InvalidInput("resident_id.minor", field=field)
    return rid


def mask_resident_id(value: str | None) -> str:
    """``500101199001011234`` → ``5001**********1234`` (region prefix and last four only)."""
    if not value:
        return ""
    if len(value) < 8:
        return "*" * len(value)
    return value[:4] + "*" * (len(value) - 8) + value[-4:]
