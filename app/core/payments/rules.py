"""The rules a payment is checked against before any cash is taken: the biller's account format,
its amount rule, and for pension / medical insurance the year's grades or amount and its
collection window. Pure functions of the bill type (no database): the screen calls them live while
the clerk types, the service calls them again before it writes.
"""

from __future__ import annotations

import datetime as _dt

from ..errors import InvalidInput, Refused
from ..money import format_fen
from ..validate.identity import check_resident_id
from ..validate.phone import mask_phone
from .billtypes import Biller, BillType, SchemeYear, parse_years
from .model import Account


def normalise_account(text: str | None) -> str:
    """What was typed or scanned, without the spaces and dashes printed bills group digits with."""
    return "".join(ch for ch in (text or "").strip() if ch not in " -\u3000").upper()


def choose_biller(bt: BillType, account: str, biller: str | None) -> Biller:
    """The biller named, else the type's only one, else the one whose account format matches.
    ``payment.biller_unknown`` (3); ``payment.biller_ambiguous`` (3) when several match."""
    if biller:
        found = bt.biller(biller.strip())
        if found is None:
            raise InvalidInput("payment.biller_unknown", biller=biller.strip()[:40], bill_type=bt.type,
                               allowed=", ".join(b.code for b in bt.billers))
        return found
    if len(bt.billers) == 1:
        return bt.billers[0]
    matching = [b for b in bt.billers if b.matches(account)]
    if len(matching) == 1:
        return matching[0]
    if not matching:
        raise InvalidInput("payment.account_invalid", bill_type=bt.type, label=bt.account_label, text=account[:40])
    raise InvalidInput("payment.biller_ambiguous", bill_type=bt.type, allowed=", ".join(b.code for b in matching))


def check_account(bt: BillType, text: str | None, *, today: _dt.date, key: bytes | None,
                  biller: str | None = None) -> Account:
    """The account checked against the biller's rule.

    - resident ID (pension, medical): GB 11643 (format, birth date, check character) and the
      scheme's minimum age; stored masked, found again by its HMAC under the station key;
    - phone (top-up): the biller's pattern (``^1[3-9]\\d{9}$``); no carrier is guessed from it;
    - number: the biller's patterns (electricity 10 or 13 digits, water/gas/broadband per biller).
    ``key`` None only checks (a resident ID's keyed hash is then left empty).
    Codes: ``payment.account_invalid`` (3), ``payment.too_young`` (3), ``resident_id.*`` (3)."""
    if bt.account_kind == "resident_id":
        rid = check_resident_id(text, today=today, field="account")
        if bt.min_age and rid.age_on(today) < bt.min_age:
            raise InvalidInput("payment.too_young", bill_type=bt.type, min_age=bt.min_age)
        b = choose_biller(bt, rid.value, biller)
        return Account(rid.masked, rid.keyed_hash(key) if key is not None else "", rid.masked, b.code, b.name)
    account = normalise_account(text)
    if not account or len(account) > 40:
        raise InvalidInput("payment.account_invalid", bill_type=bt.type, label=bt.account_label, text=account[:40])
    b = choose_biller(bt, account, biller)
    if not b.matches(account):
        raise InvalidInput("payment.account_invalid", bill_type=bt.type, label=bt.account_label, text=account[:40])
    shown = mask_phone(account) if bt.account_kind == "phone" else account
    return Account(account, account, shown, b.code, b.name)


def scheme_years(bt: BillType, configured: dict | None) -> tuple[SchemeYear, ...]:
    """The scheme's years: the platform's record, else the station setting ``payments.schemes``."""
    if bt.years or not configured:
        return bt.years
    raw = configured.get(bt.type)
    if not raw:
        return ()
    try:
        return parse_years(raw)
    except (ValueError, TypeError):
        raise Refused("payment.scheme_invalid", bill_type=bt.type) from None


def scheme_year(bt: BillType, today: _dt.date, configured: dict | None = None) -> SchemeYear | None:
    """The contribution year open today (None for a bill that is not a scheme).
    ``payment.scheme_not_configured`` (5) when neither the platform nor the station has given the
    year's figures; ``payment.outside_window`` (5) outside every collection window."""
    if not bt.is_scheme:
        return None
    years = scheme_years(bt, configured)
    if not years:
        raise Refused("payment.scheme_not_configured", bill_type=bt.type)
    for y in years:
        if y.open_on(today):
            return y
    upcoming = [y for y in years if y.opens > today]
    nearest = upcoming[0] if upcoming else years[-1]
    raise Refused("payment.outside_window", bill_type=bt.type, year=nearest.year, opens=nearest.opens.isoformat(),
                  closes=nearest.closes.isoformat())


def amount_rule(biller: Biller, year: SchemeYear | None) -> dict:
    """The amount rule in force, as plain data (for hints on screen and in errors)."""
    if year is not None:
        if year.grades_fen:
            return {"grades_fen": list(year.grades_fen)}
        return {"amount_fen": year.amount_fen}
    if biller.faces_fen:
        return {"faces_fen": list(biller.faces_fen)}
    return {"min_fen": biller.min_fen, "max_fen": biller.max_fen, "multiple_fen": biller.multiple_fen}


def _yuan_list(values: tuple[int, ...]) -> str:
    return " / ".join(format_fen(v) for v in values)


def check_amount(biller: Biller, year: SchemeYear | None, amount_fen: int) -> int:
    """The amount checked against the rule: the year's grades or fixed amount (schemes), the face
    values (top-up), or min / max / multiple. Codes (3): ``payment.amount_grade``,
    ``payment.amount_fixed``, ``payment.amount_face``, ``payment.amount_min``, ``payment.amount_max``,
    ``payment.amount_multiple``, ``money.zero``."""
    if not isinstance(amount_fen, int) or isinstance(amount_fen, bool) or amount_fen <= 0:
        raise InvalidInput("money.zero", text=str(amount_fen))
    if year is not None:
        if year.grades_fen:
            if amount_fen not in year.grades_fen:
                raise InvalidInput("payment.amount_grade", year=year.year, grades=_yuan_list(year.grades_fen))
        elif amount_fen != year.amount_fen:
            raise InvalidInput("payment.amount_fixed", year=year.year, amount=format_fen(year.amount_fen or 0))
        return amount_fen
    if biller.faces_fen:
        if amount_fen not in biller.faces_fen:
            raise InvalidInput("payment.amount_face", faces=_yuan_list(biller.faces_fen))
        return amount_fen
    if amount_fen < biller.min_fen:
        raise InvalidInput("payment.amount_min", min=format_fen(biller.min_fen))
    if amount_fen > biller.max_fen:
        raise InvalidInput("payment.amount_max", max=format_fen(biller.max_fen))
    if amount_fen % biller.multiple_fen:
        raise InvalidInput("payment.amount_multiple", multiple=format_fen(biller.multiple_fen))
    return amount_fen

