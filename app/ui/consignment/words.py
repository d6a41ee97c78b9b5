"""The words screens and documents show for consignment's stored ids: movement kinds, units,
price kinds, payout methods, the quality certificate's promise basis (context ``ConsignWords``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.consignment.amounts import format_bp, format_qty
from ...core.money import format_fen
from ..modules import QT_TRANSLATE_NOOP

CONTEXT = "ConsignWords"

KIND = {
    "sale": QT_TRANSLATE_NOOP("ConsignWords", "Sold"),
    "ship": QT_TRANSLATE_NOOP("ConsignWords", "Shipped"),
    "spoil": QT_TRANSLATE_NOOP("ConsignWords", "Spoiled"),
    "return": QT_TRANSLATE_NOOP("ConsignWords", "Returned to farmer"),
    "void": QT_TRANSLATE_NOOP("ConsignWords", "Sale reversed"),
}

UNIT = {
    "kg": QT_TRANSLATE_NOOP("ConsignWords", "kg"),
    "piece": QT_TRANSLATE_NOOP("ConsignWords", "pcs"),
}

PRICE_KIND = {
    "floor": QT_TRANSLATE_NOOP("ConsignWords", "Floor price"),
    "agreed": QT_TRANSLATE_NOOP("ConsignWords", "Agreed price"),
}

PAYOUT = {
    "cash": QT_TRANSLATE_NOOP("ConsignWords", "Cash"),
    "bank": QT_TRANSLATE_NOOP("ConsignWords", "Bank transfer"),
    "none": QT_TRANSLATE_NOOP("ConsignWords", "Nothing to pay"),
}

BASIS = {
    "entrusted_test": QT_TRANSLATE_NOOP("ConsignWords", "Entrusted testing"),
    "self_test": QT_TRANSLATE_NOOP("ConsignWords", "Own testing"),
    "internal_control": QT_TRANSLATE_NOOP("ConsignWords", "Internal quality control"),
    "self_promise": QT_TRANSLATE_NOOP("ConsignWords", "Own promise"),
}

#: grades offered at intake (typed ones are accepted too)
GRADES = (QT_TRANSLATE_NOOP("ConsignWords", "Premium"), QT_TRANSLATE_NOOP("ConsignWords", "Grade 1"),
          QT_TRANSLATE_NOOP("ConsignWords", "Grade 2"), QT_TRANSLATE_NOOP("ConsignWords", "Grade 3"),
          QT_TRANSLATE_NOOP("ConsignWords", "Ungraded"))

#: products offered at intake: the county's usual produce (typed ones are accepted too)
PRODUCTS = (QT_TRANSLATE_NOOP("ConsignWords", "Crisp plums (脆李)"), QT_TRANSLATE_NOOP("ConsignWords", "Citrus (柑橘)"),
            QT_TRANSLATE_NOOP("ConsignWords", "Zhacai (榨菜)"), QT_TRANSLATE_NOOP("ConsignWords", "Sichuan pepper (花椒)"),
            QT_TRANSLATE_NOOP("ConsignWords", "Chinese herbs (中药材)"), QT_TRANSLATE_NOOP("ConsignWords", "Lemons (柠檬)"))


def _word(table: dict[str, str], key: str | None) -> str:
    text = table.get(key or "")
    return QCoreApplication.translate(CONTEXT, text) if text else (key or "")


def choice_word(text: str) -> str:
    """One of :data:`GRADES` or :data:`PRODUCTS` in the window's language."""
    return QCoreApplication.translate(CONTEXT, text)


def kind_word(kind: str | None) -> str:
    return _word(KIND, kind)


def unit_word(unit: str | None) -> str:
    return _word(UNIT, unit)


def price_kind_word(kind: str | None) -> str:
    return _word(PRICE_KIND, kind)


def payout_word(method: str | None) -> str:
    return _word(PAYOUT, method)


def basis_word(basis: str | None) -> str:
    return _word(BASIS, basis)


def qty_text(qty: int, unit: str) -> str:
    """``12500`` g → ``12.5 kg``; pieces → ``6 件`` (the size: sign dropped)."""
    return f"{format_qty(abs(qty), unit)} {unit_word(unit)}"


def price_text(price_fen: int, unit: str) -> str:
    """``¥8.00/kg``"""
    return f"¥{format_fen(price_fen)}/{unit_word(unit)}"


def rate_text(bp: int) -> str:
    return f"{format_bp(bp)}%"


def product_name(text: str) -> str:
    """What a product choice stores: the Chinese name inside the brackets of an offered choice
    (``Crisp plums (脆李)`` → ``脆李``), else the text as typed."""
    raw = (text or "").strip()
    for bracket in ("(", "（"):
        if raw.endswith((")", "）")) and bracket in raw:
            inner = raw[raw.rindex(bracket) + 1:-1].strip()
            if inner:
                return inner
    return raw
