"""Registration numbers (登记证号) and the pesticide label's 32-digit code.

Registration numbers are checked **permissively**: a number in an unusual shape is kept as typed
with a warning (``shop.reg_no_unusual``), because old stock and provincial numbers come in many
forms. The shapes known:

- pesticide: ``PD`` or ``WP`` + 8 digits (``PD20080123``, a trailing letter allowed), or a
  temporary ``PDN…`` / ``WPN…`` number;
- fertiliser: ``农肥(2024)准字1234号`` (also 临字, a provincial prefix such as 渝, full-width brackets);
- seed: a variety registration ``GPD油菜(2018)500123`` or an approval number ``国审稻20200001`` /
  ``渝审玉2019004``.

The label code (农药标签二维码, 32 digits): digit 1 is the registration class (1 PD, 2 WP, 3 a
temporary registration), digits 2–7 are the last six digits of the registration number — a
mismatch is refused (``shop.label_code_mismatch``), since it means the label is not this product's;
the rest is kept verbatim. A scanned QR often holds a URL that ends with the code: the code is
taken from its end.
"""

from __future__ import annotations

import re
import unicodedata

from ..errors import InvalidInput
from .model import Category

_PESTICIDE = re.compile(r"(PD|WP)\d{8}[A-Z]?|(PDN|WPN|LS)[0-9A-Z-]{2,16}")
_FERTILISER = re.compile(r"[\u4e00-\u9fff]{0,3}农肥\(\d{4}\)(准|临)字\d{1,6}号")
_SEED = re.compile(r"GPD[\u4e00-\u9fff]{1,6}\(\d{4}\)\d{4,8}|[\u4e00-\u9fff]{1,2}审[\u4e00-\u9fff]{1,3}\d{4,10}")
_LABEL_DIGITS = re.compile(r"(\d{32})\D*$")
LABEL_CLASSES = {"1": "PD", "2": "WP", "3": "PDN"}


def normalise_reg_no(text: str | None) -> str:
    """NFKC (full-width brackets and digits become ASCII), spaces removed, letters upper-case."""
    raw = unicodedata.normalize("NFKC", text or "").strip()
    return "".join(ch.upper() if ch.isascii() else ch for ch in raw if not ch.isspace())


def check_reg_no(text: str | None, category: str) -> tuple[str, tuple[str, ...]]:
    """The registration number normalised, and the warnings it raises (never an error, except a
    number too long to be one: ``text.too_long``). A pesticide without a number warns too."""
    reg = normalise_reg_no(text)
    if len(reg) > 40:
        raise InvalidInput("text.too_long", field="reg_no", max=40)
    if not reg:
        return "", (("shop.reg_no_missing",) if category == Category.PESTICIDE else ())
    pattern = {Category.PESTICIDE: _PESTICIDE, Category.FERTILISER: _FERTILISER, Category.SEED: _SEED}.get(
        Category(category))
    if pattern is not None and not pattern.fullmatch(reg):
        return reg, ("shop.reg_no_unusual",)
    return reg, ()


def reg_no_last_six(reg_no: str) -> str | None:
    """The last six digits of a registration number (``PD20080123`` → ``080123``), or None."""
    digits = "".join(ch for ch in reg_no if ch.isascii() and ch.isdigit())
    return digits[-6:] if len(digits) >= 6 else None


def check_label_code(text: str | None, reg_no: str, category: str) -> str:
    """The 32-digit label code checked against the product's registration number ('' when none
    was scanned). Codes: ``shop.label_code_format`` (not 32 digits / unknown class),
    ``shop.label_code_not_pesticide``, ``shop.label_code_mismatch`` (digits 2–7 are not the last six
    digits of the registration number, or the product has none)."""
    raw = (text or "").strip()
    if not raw:
        return ""
    m = _LABEL_DIGITS.search(raw) if raw.isascii() else None
    if m is None or (len(raw) == 32 and not raw.isdigit()):
        raise InvalidInput("shop.label_code_format", text=raw[-40:])
    code = m.group(1)
    if code[0] not in LABEL_CLASSES:
        raise InvalidInput("shop.label_code_format", text=code)
    if category != Category.PESTICIDE:
        raise InvalidInput("shop.label_code_not_pesticide")
    six = reg_no_last_six(reg_no)
    if six is None or code[1:7] != six:
        raise InvalidInput("shop.label_code_mismatch", code_digits=code[1:7], reg_no=reg_no or "—")
    return code
