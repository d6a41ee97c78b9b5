"""Bill types: platform reference data (stream ``bill_types``, one record per type), with the
bundled ``resources/bill_types_default.json`` used until the first pull brings any.

A record (the platform's; the default file holds a list of them under ``types``)::

    {"type": "electricity", "name": "电费", "order": 1, "enabled": true,
     "account_kind": "number" | "phone" | "resident_id", "account_label": "户号",
     "billers": [{"code": "sgcc-cq", "name": "国网重庆市电力公司", "accounts": ["^\\d{10}$", "^\\d{13}$"],
                  "min_fen": 100, "max_fen": 500000, "multiple_fen": 1, "faces_fen": []}],
     "scheme": {"min_age": 16, "years": [{"year": 2026, "grades_fen": [...], "amount_fen": null,
                                          "from": "2026-09-01", "to": "2026-12-31"}]}}

``faces_fen`` (fixed face values, a top-up) replaces min/max/multiple when given. ``scheme`` is for
pension / medical insurance: each year's grades (the payer picks one) or fixed amount, and its
collection window (station-local dates, both included). The years may also come from the station
setting ``payments.schemes`` (``{"pension": [year, ...]}``), used when the platform's record has
none: these figures are not public, so they are never constants in code.
"""

from __future__ import annotations

import datetime as _dt
import json
import logging
import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import InvalidInput, Refused

log = logging.getLogger(__name__)

DEFAULT_FILE = Path(__file__).resolve().parents[3] / "resources" / "bill_types_default.json"
ACCOUNT_KINDS = ("number", "phone", "resident_id")
_TYPE = re.compile(r"[a-z][a-z0-9_]{0,31}")
MAX_PATTERN = 200


@dataclass(frozen=True)
class Biller:
    code: str
    name: str
    accounts: tuple[str, ...]  # regular expressions, any one matching (empty: any account of the kind)
    min_fen: int
    max_fen: int
    multiple_fen: int
    faces_fen: tuple[int, ...]

    def matches(self, account: str) -> bool:
        return not self.accounts or any(_compiled(p).fullmatch(account) for p in self.accounts)


@dataclass(frozen=True)
class SchemeYear:
    year: int
    grades_fen: tuple[int, ...]
    amount_fen: int | None
    opens: _dt.date
    closes: _dt.date

    def open_on(self, day: _dt.date) -> bool:
        return self.opens <= day <= self.closes


@dataclass(frozen=True)
class BillType:
    type: str
    name: str
    order: int
    enabled: bool
    account_kind: str
    account_label: str
    billers: tuple[Biller, ...]
    is_scheme: bool
    min_age: int
    years: tuple[SchemeYear, ...]
    source: str  # 'platform' or 'default'

    def biller(self, code: str) -> Biller | None:
        return next((b for b in self.billers if b.code == code), None)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _fen(v: Any, *, positive: bool = True) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and (v > 0 if positive else v >= 0)


def _date(text: Any) -> _dt.date:
    if not isinstance(text, str):
        raise ValueError("date")
    return _dt.date.fromisoformat(text)


def parse_years(raw: Any) -> tuple[SchemeYear, ...]:
    """Scheme years from a record or the setting; ``ValueError`` names what is wrong."""
    if not isinstance(raw, list):
        raise ValueError("years")
    years = []
    for y in raw:
        if not isinstance(y, dict) or not _fen(y.get("year")):
            raise ValueError("year")
        grades = y.get("grades_fen") or []
        amount = y.get("amount_fen")
        if not isinstance(grades, list) or not all(_fen(g) for g in grades):
            raise ValueError(f"grades {y.get('year')}")
        if amount is not None and not _fen(amount):
            raise ValueError(f"amount {y.get('year')}")
        if not grades and amount is None:
            raise ValueError(f"year {y.get('year')} has neither grades nor an amount")
        opens, closes = _date(y.get("from")), _date(y.get("to"))
        if closes < opens:
            raise ValueError(f"window {y.get('year')}")
        years.append(SchemeYear(int(y["year"]), tuple(sorted(set(grades))), amount, opens, closes))
    return tuple(sorted(years, key=lambda s: s.opens))


def parse_bill_type(data: Any, source: str) -> BillType:
    """Validate one bill-type record; ``ValueError`` names what is wrong."""
    if not isinstance(data, dict):
        raise ValueError("not an object")
    code = data.get("type")
    if not isinstance(code, str) or not _TYPE.fullmatch(code):
        raise ValueError("type")
    kind = data.get("account_kind", "number")
    if kind not in ACCOUNT_KINDS:
        raise ValueError("account_kind")
    billers_in = data.get("billers")
    if not isinstance(billers_in, list) or not billers_in:
        raise ValueError("billers")
    billers = []
    for b in billers_in:
        if not isinstance(b, dict) or not isinstance(b.get("code"), str) or not b["code"]:
            raise ValueError("biller code")
        patterns = b.get("accounts") or []
        if not isinstance(patterns, list) or not all(isinstance(p, str) and len(p) <= MAX_PATTERN for p in patterns):
            raise ValueError(f"biller {b['code']} accounts")
        for p in patterns:
            try:
                _compiled(p)
            except re.error:
                raise ValueError(f"biller {b['code']} pattern") from None
        faces = b.get("faces_fen") or []
        if not isinstance(faces, list) or not all(_fen(f) for f in faces):
            raise ValueError(f"biller {b['code']} faces")
        lo, hi, step = b.get("min_fen", 1), b.get("max_fen", 0), b.get("multiple_fen", 1)
        if not faces and data.get("scheme") is None and not (_fen(lo) and _fen(hi) and _fen(step) and lo <= hi):
            raise ValueError(f"biller {b['code']} amounts")
        billers.append(Biller(b["code"], str(b.get("name") or b["code"]), tuple(patterns),
                              lo if _fen(lo) else 1, hi if _fen(hi) else 0, step if _fen(step) else 1,
                              tuple(sorted(set(faces)))))
    if len({b.code for b in billers}) != len(billers):
        raise ValueError("biller codes repeat")
    scheme = data.get("scheme")
    years: tuple[SchemeYear, ...] = ()
    min_age = 0
    if scheme is not None:
        if not isinstance(scheme, dict):
            raise ValueError("scheme")
        years = parse_years(scheme.get("years") or [])
        min_age = scheme.get("min_age", 0)
        if not _fen(min_age, positive=False) or min_age > 120:
            raise ValueError("min_age")
    order = data.get("order", 99)
    return BillType(code, str(data.get("name") or code), order if _fen(order, positive=False) else 99,
                    data.get("enabled", True) is not False, kind, str(data.get("account_label") or ""),
                    tuple(billers), scheme is not None, min_age, years, source)


@cache
def default_bill_types(path: Path = DEFAULT_FILE) -> tuple[BillType, ...]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return tuple(parse_bill_type(t, "default") for t in data["types"])


class BillTypeSource:
    """The bill types in force: those pulled from the platform (kept by the stream handler in
    ``bill_types``), or the bundled default while none has been pulled. Parsed records are
    cached by their text."""

    def __init__(self, default_file: Path = DEFAULT_FILE) -> None:
        self.default_file = default_file
        self._cache: dict[str, BillType] = {}

    def all(self, conn: sqlite3.Connection) -> tuple[BillType, ...]:
        """Every bill type, in the platform's order (disabled ones included)."""
        rows = conn.execute("SELECT payload FROM bill_types").fetchall()
        if not rows:
            return default_bill_types(self.default_file)
        out = []
        for (text,) in rows:
            bt = self._cache.get(text)
            if bt is None:
                try:
                    bt = parse_bill_type(json.loads(text), "platform")
                except (ValueError, TypeError) as exc:  # the handler checked it: only a newer parser refuses
                    log.warning("bill type record ignored (%s)", exc)
                    continue
                self._cache[text] = bt
            out.append(bt)
        return tuple(sorted(out, key=lambda b: (b.order, b.type)))

    def get(self, conn: sqlite3.Connection, code: str | None) -> BillType:
        """One bill type: ``payment.type_unknown`` (3) when there is none of that name,
        ``payment.type_unavailable`` (5) when the platform has switched it off."""
        raw = (code or "").strip().lower()
        types = self.all(conn)
        bt = next((b for b in types if b.type == raw), None)
        if bt is None:
            raise InvalidInput("payment.type_unknown", bill_type=raw[:32], allowed=", ".join(b.type for b in types))
        if not bt.enabled:
            raise Refused("payment.type_unavailable", bill_type=bt.type)
        return bt
