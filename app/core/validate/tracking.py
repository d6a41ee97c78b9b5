"""Tracking numbers: UPU S10 (with its check digit) and soft detection of domestic carriers.

Detection is a hint, not a gate: an unknown format is allowed and flagged (``known=False``), since
carriers change formats and a parcel on the counter must still be checked in.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from ..errors import InvalidInput

_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
_S10 = re.compile(r"([A-Z]{2})(\d{8})(\d)([A-Z]{2})")
TRACKING_MAX = 32
_ALLOWED = re.compile(r"[A-Z0-9]{8,32}")


class Carrier(enum.StrEnum):
    EMS = "ems"  # EMS / China Post (S10 international, 13-digit domestic)
    SF = "sf"
    JD = "jd"
    YTO = "yto"
    ZTO = "zto"
    STO = "sto"
    YUNDA = "yunda"
    JT = "jt"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class TrackingInfo:
    tracking: str
    carrier: Carrier
    known: bool  # False: the format matched no carrier (allowed, flagged)
    ambiguous: bool = False  # the format fits several carriers; the first guess is given


def s10_check_digit(serial8: str) -> int:
    """The UPU S10 check digit of an 8-digit serial: weights 8 6 4 2 3 5 9 7,
    C = 11 − (sum mod 11), with 10 → 0 and 11 → 5."""
    total = sum(int(d) * w for d, w in zip(serial8, _S10_WEIGHTS, strict=True))
    c = 11 - total % 11
    return 0 if c == 10 else 5 if c == 11 else c


def normalise_tracking(text: str | None) -> str:
    """Upper-case, strip spaces; ``tracking.invalid`` unless 8–32 letters/digits."""
    raw = (text or "").strip().replace(" ", "").upper()
    if not raw.isascii() or not _ALLOWED.fullmatch(raw):
        raise InvalidInput("tracking.invalid", text=raw[:40])
    return raw


def detect_carrier(text: str | None) -> TrackingInfo:
    """Normalise a tracking number and guess its carrier.

    Raises ``tracking.invalid`` for characters or lengths no carrier uses, and
    ``tracking.s10_checksum`` for an S10 number whose check digit is wrong (a misread scan).
    """
    t = normalise_tracking(text)
    m = _S10.fullmatch(t)
    if m:
        if s10_check_digit(m.group(2)) != int(m.group(3)):
            raise InvalidInput("tracking.s10_checksum", text=t)
        return TrackingInfo(t, Carrier.EMS, True)
    for prefix, carrier in (("SF", Carrier.SF), ("YT", Carrier.YTO), ("JT", Carrier.JT)):
        if t.startswith(prefix) and len(t) == 15 and t[2:].isdigit():
            return TrackingInfo(t, carrier, True)
    if t.startswith("JD") and 13 <= len(t) <= 20:
        return TrackingInfo(t, Carrier.JD, True)
    if t.isdigit():
        n = len(t)
        if n == 15 and t.startswith("77"):
            return TrackingInfo(t, Carrier.STO, True)
        if 12 <= n <= 14 and t.startswith("7"):
            return TrackingInfo(t, Carrier.ZTO, True, ambiguous=n == 13)
        if n == 13 and t[0] in "19":  # China Post domestic (e.g. 1xxx, 9xxx)
            return TrackingInfo(t, Carrier.EMS, True, ambiguous=True)
        if n in (13, 15):
            return TrackingInfo(t, Carrier.YUNDA, True, ambiguous=True)
    return TrackingInfo(t, Carrier.UNKNOWN, False)


def check_carrier_name(text: str | None) -> Carrier:
    """A carrier given explicitly (``--carrier``): one of the known ids (``carrier.invalid``)."""
    try:
        return Carrier((text or "").strip().lower())
    except ValueError:
        raise InvalidInput("carrier.invalid", text=(text or "")[:20]) from None
