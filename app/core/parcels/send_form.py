"""The rules of the outbound form (寄件), one field at a time: :meth:`OutboundService.send`
checks every field through these, and the send screen calls the same functions while the clerk
types — so the window and the CLI can never disagree, and the screen can show every problem at
once (:func:`send_form_problems`) instead of one per submit.

The province is the tariff's to judge (it needs the database: ``OutboundService.quote``).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Mapping
from typing import Any

from ..errors import InvalidInput, YytError
from ..validate.identity import check_resident_id
from ..validate.phone import PHONE_MAX, check_phone
from ..validate.text import NAME_MAX, check_name, check_text
from .tariff import MAX_WEIGHT_G

ADDRESS_MAX = 120
CONTENTS_MAX = 100
RESIDENT_ID_LENGTH = 18

#: The most characters each text field of the form takes (the screen sets them as maxLength).
LIMITS: dict[str, int] = {
    "sender_name": NAME_MAX, "sender_id": RESIDENT_ID_LENGTH, "sender_phone": PHONE_MAX,
    "to_name": NAME_MAX, "to_phone": PHONE_MAX, "to_address": ADDRESS_MAX, "contents": CONTENTS_MAX,
}
#: The fields in the order they are checked (and shown).
FIELDS = ("sender_name", "sender_id", "sender_phone", "to_name", "to_phone", "to_address", "contents",
          "weight_g", "prohibited_confirmed")


def check_contents(text: str | None, prohibited: tuple[str, ...]) -> str:
    """Declared contents: required, ≤ 100 characters, naming no prohibited item
    (``shipment.prohibited_item``)."""
    what = check_text(text, field="contents", max_len=CONTENTS_MAX)
    for word in prohibited:
        if word in what:
            raise InvalidInput("shipment.prohibited_item", item=word)
    return what


def check_weight(weight_g: Any) -> int:
    """1 g … 50 kg, whole grams (``shipment.weight_invalid``)."""
    if isinstance(weight_g, bool) or not isinstance(weight_g, int) or not 0 < weight_g <= MAX_WEIGHT_G:
        raise InvalidInput("shipment.weight_invalid", weight_g=weight_g, max=MAX_WEIGHT_G)
    return weight_g


def check_confirmed(confirmed: Any) -> bool:
    """The sender's confirmation that nothing prohibited is inside (``shipment.prohibited_not_confirmed``)."""
    if confirmed is not True:
        raise InvalidInput("shipment.prohibited_not_confirmed")
    return True


def field_checks(today: _dt.date, prohibited: tuple[str, ...]) -> dict[str, Callable[[Any], Any]]:
    """Each field's check (value → normalised value, or a typed error)."""
    return {
        "sender_name": lambda v: check_name(v, field="sender_name", person=True),
        "sender_id": lambda v: check_resident_id(v, today=today, field="sender_id"),
        "sender_phone": lambda v: check_phone(v, allow_masked=False, field="sender_phone").value,
        "to_name": lambda v: check_name(v, field="to_name", person=True),
        "to_phone": lambda v: check_phone(v, allow_masked=False, field="to_phone").value,
        "to_address": lambda v: check_text(v, field="to_address", max_len=ADDRESS_MAX),
        "contents": lambda v: check_contents(v, prohibited),
        "weight_g": check_weight,
        "prohibited_confirmed": check_confirmed,
    }


def check_send_field(name: str, value: Any, *, today: _dt.date, prohibited: tuple[str, ...]) -> Any:
    """One field of the form checked as :meth:`OutboundService.send` checks it."""
    return field_checks(today, prohibited)[name](value)


def send_form_problems(form: Mapping[str, Any], *, today: _dt.date,
                       prohibited: tuple[str, ...]) -> dict[str, YytError]:
    """Every field of ``form`` that ``send`` would refuse, with its error, in form order (empty:
    nothing wrong but possibly the province, which the tariff judges)."""
    checks = field_checks(today, prohibited)
    problems: dict[str, YytError] = {}
    for name in FIELDS:
        if name in form:
            try:
                checks[name](form[name])
            except YytError as exc:
                problems[name] = exc
    return problems
