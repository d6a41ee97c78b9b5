"""Validators for the identifiers a station meets: phones, resident IDs, tracking numbers, EAN-13.

Each ``check_*`` returns the normalised value or raises ``InvalidInput`` with a stable code.
"""

from .ean import check_ean13, ean13_check_digit
from .identity import ResidentId, check_resident_id, mask_resident_id
from .phone import Phone, check_phone, mask_phone, phone_tail
from .text import check_name, check_station_code, check_username
from .tracking import Carrier, TrackingInfo, detect_carrier, s10_check_digit

__all__ = [
    "Carrier",
    "Phone",
    "ResidentId",
    "TrackingInfo",
    "check_ean13",
    "check_name",
    "check_phone",
    "check_resident_id",
    "check_station_code",
    "check_username",
    "detect_carrier",
    "ean13_check_digit",
    "mask_phone",
    "mask_resident_id",
    "phone_tail",
    "s10_check_digit",
]
