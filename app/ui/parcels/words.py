"""The words screens show for the parcels module's stored ids: statuses, round outcomes,
carriers, produce categories (context ``ParcelWords``, translated when shown)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..modules import QT_TRANSLATE_NOOP

CONTEXT = "ParcelWords"

STATUS = {
    "in_station": QT_TRANSLATE_NOOP("ParcelWords", "On the shelf"),
    "picked_up": QT_TRANSLATE_NOOP("ParcelWords", "Picked up"),
    "out_for_delivery": QT_TRANSLATE_NOOP("ParcelWords", "Out for delivery"),
    "delivered": QT_TRANSLATE_NOOP("ParcelWords", "Delivered"),
    "returned": QT_TRANSLATE_NOOP("ParcelWords", "Returned to sender"),
    "sent": QT_TRANSLATE_NOOP("ParcelWords", "Sent"),
    "unknown": QT_TRANSLATE_NOOP("ParcelWords", "Unknown"),
}

OUTCOME = {
    "out": QT_TRANSLATE_NOOP("ParcelWords", "Out"),
    "delivered": QT_TRANSLATE_NOOP("ParcelWords", "Delivered"),
    "back": QT_TRANSLATE_NOOP("ParcelWords", "Brought back"),
}

CARRIER = {
    "ems": QT_TRANSLATE_NOOP("ParcelWords", "EMS / China Post"),
    "sf": QT_TRANSLATE_NOOP("ParcelWords", "SF Express"),
    "jd": QT_TRANSLATE_NOOP("ParcelWords", "JD Logistics"),
    "yto": QT_TRANSLATE_NOOP("ParcelWords", "YTO"),
    "zto": QT_TRANSLATE_NOOP("ParcelWords", "ZTO"),
    "sto": QT_TRANSLATE_NOOP("ParcelWords", "STO"),
    "yunda": QT_TRANSLATE_NOOP("ParcelWords", "Yunda"),
    "jt": QT_TRANSLATE_NOOP("ParcelWords", "J&T"),
    "unknown": QT_TRANSLATE_NOOP("ParcelWords", "Unknown carrier"),
}

PRODUCE = {
    "citrus": QT_TRANSLATE_NOOP("ParcelWords", "Citrus"),
    "herbs": QT_TRANSLATE_NOOP("ParcelWords", "Chinese herbs"),
    "plum": QT_TRANSLATE_NOOP("ParcelWords", "Crisp plums"),
    "zhacai": QT_TRANSLATE_NOOP("ParcelWords", "Zhacai"),
    "pepper": QT_TRANSLATE_NOOP("ParcelWords", "Sichuan pepper"),
    "other": QT_TRANSLATE_NOOP("ParcelWords", "Other produce"),
}


def _word(table: dict[str, str], key: str | None) -> str:
    text = table.get(key or "")
    return QCoreApplication.translate(CONTEXT, text) if text else (key or "")


def status_word(status: str | None) -> str:
    return _word(STATUS, status)


def outcome_word(outcome: str | None) -> str:
    return _word(OUTCOME, outcome)


def carrier_word(carrier: str | None) -> str:
    return _word(CARRIER, carrier)


def produce_word(category: str | None) -> str:
    return _word(PRODUCE, category)
