"""How an error's fields read in a sentence — one mechanism for the CLI and the window, so no
message shows a stored id a person cannot read:

- a stored UTC time (``2026-12-02T11:22:58.731Z``) → station-local ``2026-12-02 19:22``;
- a person (``by``, ``carrier``, ``username``, ``user``, ``actor``, every ``*_by``) → their
  display name (``张丽``), when the caller can look it up; the login name otherwise;
- ``field`` (an input's internal id such as ``to_address``) → its label (``Recipient's address``,
  translated with the sentence's own translator: the labels live in the ``errors`` context too).

Qt-free: the CLI imports it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..core.clock import local_text
from .marker import QT_TRANSLATE_NOOP

_STORED_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})")
PERSON_FIELDS = frozenset({"by", "carrier", "username", "user", "actor"})

People = Callable[[str], "str | None"]  # login name → display name (None: not known)

#: Labels of the inputs a core validator names in its errors (``field=…``), as the forms show them.
FIELD_LABELS: dict[str, str] = {
    "phone": QT_TRANSLATE_NOOP("errors", "Phone"),
    "name": QT_TRANSLATE_NOOP("errors", "Name"),
    "sender": QT_TRANSLATE_NOOP("errors", "Sender"),
    "sender_name": QT_TRANSLATE_NOOP("errors", "Sender's name"),
    "sender_id": QT_TRANSLATE_NOOP("errors", "Sender's resident ID"),
    "sender_phone": QT_TRANSLATE_NOOP("errors", "Sender's phone"),
    "to_name": QT_TRANSLATE_NOOP("errors", "Recipient's name"),
    "to_phone": QT_TRANSLATE_NOOP("errors", "Recipient's phone"),
    "to_address": QT_TRANSLATE_NOOP("errors", "Recipient's address"),
    "address": QT_TRANSLATE_NOOP("errors", "Address"),
    "search": QT_TRANSLATE_NOOP("errors", "Search"),
    "account": QT_TRANSLATE_NOOP("errors", "Account number"),
    "payer": QT_TRANSLATE_NOOP("errors", "Payer's name"),
    "to_province": QT_TRANSLATE_NOOP("errors", "Province"),
    "contents": QT_TRANSLATE_NOOP("errors", "Contents"),
    "weight_g": QT_TRANSLATE_NOOP("errors", "Weight"),
    "proxy_name": QT_TRANSLATE_NOOP("errors", "Proxy's name"),
    "proxy_phone": QT_TRANSLATE_NOOP("errors", "Proxy's phone"),
    "courier": QT_TRANSLATE_NOOP("errors", "Courier's name"),
    "reason": QT_TRANSLATE_NOOP("errors", "Reason"),
    "display_name": QT_TRANSLATE_NOOP("errors", "Full name"),
    "town": QT_TRANSLATE_NOOP("errors", "Town"),
    "county": QT_TRANSLATE_NOOP("errors", "County"),
    "resident_id": QT_TRANSLATE_NOOP("errors", "Resident ID"),
    "barcode": QT_TRANSLATE_NOOP("errors", "Barcode"),
    "tracking": QT_TRANSLATE_NOOP("errors", "Tracking number"),
    "before": QT_TRANSLATE_NOOP("errors", "Purge before"),
    "buyer_address": QT_TRANSLATE_NOOP("errors", "Buyer's address"),
    "buyer_id": QT_TRANSLATE_NOOP("errors", "Buyer's resident ID"),
    "buyer_name": QT_TRANSLATE_NOOP("errors", "Buyer's name"),
    "buyer_phone": QT_TRANSLATE_NOOP("errors", "Buyer's phone"),
    "crop": QT_TRANSLATE_NOOP("errors", "Crop or pest"),
    "ean": QT_TRANSLATE_NOOP("errors", "Barcode (EAN-13)"),
    "expires": QT_TRANSLATE_NOOP("errors", "Expiry date"),
    "from": QT_TRANSLATE_NOOP("errors", "From"),
    "ingredient": QT_TRANSLATE_NOOP("errors", "Active ingredient"),
    "lot": QT_TRANSLATE_NOOP("errors", "Lot number"),
    "maker": QT_TRANSLATE_NOOP("errors", "Maker"),
    "note": QT_TRANSLATE_NOOP("errors", "Note"),
    "produced": QT_TRANSLATE_NOOP("errors", "Production date"),
    "reg_no": QT_TRANSLATE_NOOP("errors", "Registration number"),
    "spec": QT_TRANSLATE_NOOP("errors", "Specification"),
    "supplier": QT_TRANSLATE_NOOP("errors", "Supplier"),
    "supplier_phone": QT_TRANSLATE_NOOP("errors", "Supplier's phone"),
    "to": QT_TRANSLATE_NOOP("errors", "To"),
    "unit": QT_TRANSLATE_NOOP("errors", "Unit"),
    "cert_contact": QT_TRANSLATE_NOOP("errors", "Producer's contact"),
    "cert_date": QT_TRANSLATE_NOOP("errors", "Certificate date"),
    "cert_origin": QT_TRANSLATE_NOOP("errors", "Origin"),
    "cert_producer": QT_TRANSLATE_NOOP("errors", "Producer"),
    "cert_product": QT_TRANSLATE_NOOP("errors", "Certified product"),
    "cert_quantity": QT_TRANSLATE_NOOP("errors", "Certified quantity"),
    "grade": QT_TRANSLATE_NOOP("errors", "Grade"),
    "order_ref": QT_TRANSLATE_NOOP("errors", "Order number"),
    "product": QT_TRANSLATE_NOOP("errors", "Product"),
    "reference": QT_TRANSLATE_NOOP("errors", "Reference"),
    "return_by": QT_TRANSLATE_NOOP("errors", "Return deadline"),
    "variety": QT_TRANSLATE_NOOP("errors", "Variety"),
    "village": QT_TRANSLATE_NOOP("errors", "Village"),
}


def is_person_field(name: str) -> bool:
    return name in PERSON_FIELDS or name.endswith("_by")


def display_fields(fields: dict[str, Any], translate: Callable[[str], str] | None = None,
                   people: People | None = None) -> dict[str, Any]:
    """``fields`` as a sentence shows them (see the module doc); values of other kinds stay as
    they are. ``translate`` maps an English label to the display language."""
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if isinstance(value, str):
            if _STORED_TIME.fullmatch(value):
                value = local_text(value)
            elif key == "field" and value in FIELD_LABELS:
                label = FIELD_LABELS[value]
                value = translate(label) if translate is not None else label
            elif people is not None and is_person_field(key) and value:
                value = people(value) or value
        out[key] = value
    return out
