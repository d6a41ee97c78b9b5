"""Words the payments screens and documents show for the core's ids (bill types, statuses,
services and kinds of cash movement, close reasons), in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..modules import QT_TRANSLATE_NOOP

TYPES = {
    "electricity": QT_TRANSLATE_NOOP("PaymentWords", "Electricity"),
    "water": QT_TRANSLATE_NOOP("PaymentWords", "Water"),
    "gas": QT_TRANSLATE_NOOP("PaymentWords", "Gas"),
    "mobile": QT_TRANSLATE_NOOP("PaymentWords", "Phone top-up"),
    "broadband": QT_TRANSLATE_NOOP("PaymentWords", "Broadband / TV"),
    "pension": QT_TRANSLATE_NOOP("PaymentWords", "Rural pension insurance"),
    "medical": QT_TRANSLATE_NOOP("PaymentWords", "Rural medical insurance"),
}
#: shorter words for the type buttons (seven must fit in one row at 1366 px)
SHORT = {
    "pension": QT_TRANSLATE_NOOP("PaymentWords", "Pension"),
    "medical": QT_TRANSLATE_NOOP("PaymentWords", "Medical"),
    "broadband": QT_TRANSLATE_NOOP("PaymentWords", "Broadband"),
}
STATUSES = {
    "pending": QT_TRANSLATE_NOOP("PaymentWords", "pending"),
    "confirmed": QT_TRANSLATE_NOOP("PaymentWords", "confirmed"),
    "rejected": QT_TRANSLATE_NOOP("PaymentWords", "rejected"),
    "refunded": QT_TRANSLATE_NOOP("PaymentWords", "refunded"),
}
SERVICES = {
    "drawer": QT_TRANSLATE_NOOP("PaymentWords", "Drawer"),
    "payments": QT_TRANSLATE_NOOP("PaymentWords", "Payments"),
    "shop": QT_TRANSLATE_NOOP("PaymentWords", "Shop"),
    "consignment": QT_TRANSLATE_NOOP("PaymentWords", "Consignment"),
    "parcels": QT_TRANSLATE_NOOP("PaymentWords", "Parcels"),
}
KINDS = {
    "float": QT_TRANSLATE_NOOP("PaymentWords", "float"),
    "cash_in": QT_TRANSLATE_NOOP("PaymentWords", "cash in"),
    "cash_out": QT_TRANSLATE_NOOP("PaymentWords", "cash out"),
    "payment": QT_TRANSLATE_NOOP("PaymentWords", "payments taken"),
    "refund": QT_TRANSLATE_NOOP("PaymentWords", "refunds"),
    "sale": QT_TRANSLATE_NOOP("PaymentWords", "sales"),
    "sale_return": QT_TRANSLATE_NOOP("PaymentWords", "returns"),
    "payout": QT_TRANSLATE_NOOP("PaymentWords", "payouts"),
    "fee": QT_TRANSLATE_NOOP("PaymentWords", "postage"),
}
REASONS = {
    "count_error": QT_TRANSLATE_NOOP("PaymentWords", "Count error"),
    "change_error": QT_TRANSLATE_NOOP("PaymentWords", "Wrong change given"),
    "unrecorded_payout": QT_TRANSLATE_NOOP("PaymentWords", "Payout not recorded"),
    "counterfeit": QT_TRANSLATE_NOOP("PaymentWords", "Counterfeit note"),
    "other": QT_TRANSLATE_NOOP("PaymentWords", "Other"),
}


def _word(table: dict[str, str], key: str | None) -> str:
    text = table.get(key or "")
    return QCoreApplication.translate("PaymentWords", text) if text else (key or "")


def type_word(code: str | None) -> str:
    return _word(TYPES, code)


def short_type_word(code: str | None) -> str:
    return _word(SHORT, code) if code in SHORT else type_word(code)


def status_word(code: str | None) -> str:
    return _word(STATUSES, code)


def service_word(code: str | None) -> str:
    return _word(SERVICES, code)


def kind_word(code: str | None) -> str:
    return _word(KINDS, code)


def reason_word(code: str | None, text: str = "") -> str:
    if code == "other" and text:
        return text
    return _word(REASONS, code)
