"""Words for a parcel's history and its notices (context ``ParcelHistory``): what each event id of
:class:`app.core.parcels.HistoryEntry` means, its details in a line, and the notice states and
kinds the platform and the station use."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.parcels import HistoryEntry
from ..modules import QT_TRANSLATE_NOOP
from .words import carrier_word

CONTEXT = "ParcelHistory"

EVENTS = {
    "checked_in": QT_TRANSLATE_NOOP("ParcelHistory", "Checked in"),
    "notice": QT_TRANSLATE_NOOP("ParcelHistory", "Pickup notice"),
    "fixed": QT_TRANSLATE_NOOP("ParcelHistory", "Check-in corrected"),
    "moved": QT_TRANSLATE_NOOP("ParcelHistory", "Moved to another layer"),
    "out_on_round": QT_TRANSLATE_NOOP("ParcelHistory", "Out on a delivery round"),
    "back_from_round": QT_TRANSLATE_NOOP("ParcelHistory", "Back from the round"),
    "delivered": QT_TRANSLATE_NOOP("ParcelHistory", "Delivered at the door"),
    "phone_shown": QT_TRANSLATE_NOOP("ParcelHistory", "Number shown to the carrier"),
    "picked_up": QT_TRANSLATE_NOOP("ParcelHistory", "Picked up"),
    "returned": QT_TRANSLATE_NOOP("ParcelHistory", "Returned to sender"),
}

NOTICE_STATUS = {
    "queued": QT_TRANSLATE_NOOP("ParcelHistory", "Waiting for the platform"),
    "sent": QT_TRANSLATE_NOOP("ParcelHistory", "Sent"),
    "failed": QT_TRANSLATE_NOOP("ParcelHistory", "Failed"),
}

NOTICE_KIND = {
    "pickup": QT_TRANSLATE_NOOP("ParcelHistory", "first notice"),
    "reminder": QT_TRANSLATE_NOOP("ParcelHistory", "reminder"),
    "moved": QT_TRANSLATE_NOOP("ParcelHistory", "new code after a move"),
    "corrected": QT_TRANSLATE_NOOP("ParcelHistory", "to the corrected number"),
}

FIELDS = {
    "phone": QT_TRANSLATE_NOOP("ParcelHistory", "phone"),
    "name": QT_TRANSLATE_NOOP("ParcelHistory", "name"),
    "carrier": QT_TRANSLATE_NOOP("ParcelHistory", "carrier"),
    "address": QT_TRANSLATE_NOOP("ParcelHistory", "address"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _word(table: dict[str, str], key: str | None) -> str:
    text = table.get(key or "")
    return _t(text) if text else (key or "")


def notice_word(status: str | None) -> str:
    """``queued`` / ``sent`` / ``failed`` in words ("" stays "")."""
    return _word(NOTICE_STATUS, status) if status else ""


def event_word(event: str) -> str:
    return _word(EVENTS, event)


def detail_text(entry: HistoryEntry) -> str:
    """One line of what the entry's details say (values come masked from the core)."""
    d = entry.detail
    e = entry.event
    if e == "checked_in":
        text = QCoreApplication.translate("ParcelHistory", "Code {code}, place {place}").format(code=d.get("code", ""), place=d.get("place", ""))
        return text + (" · " + QCoreApplication.translate("ParcelHistory", "pre-advised") if d.get("preadvised") else "")
    if e == "notice":
        text = f"{_word(NOTICE_KIND, d.get('kind'))} · {d.get('code', '')} · {notice_word(d.get('status'))}"
        if d.get("status_at"):
            text += " " + d["status_at"]
        if d.get("reason"):
            text += QCoreApplication.translate("ParcelHistory", " — {reason}").format(reason=d["reason"])
        return text
    if e == "fixed":
        parts = []
        for c in d.get("changes", []):
            before, after = c.get("before"), c.get("after")
            if c.get("field") == "carrier":
                before, after = carrier_word(before), carrier_word(after)
            line = QCoreApplication.translate("ParcelHistory", "{field}: {before} → {after}").format(field=_word(FIELDS, c.get("field")),
                                                            before=before or "—", after=after or "—")
            if before and before == after:  # the change lies in what the mask hides
                line += " " + QCoreApplication.translate("ParcelHistory", "(hidden part changed)")
            parts.append(line)
        return "; ".join(parts) + QCoreApplication.translate("ParcelHistory", " (reason: {reason})").format(reason=d.get("reason", ""))
    if e == "moved":
        text = QCoreApplication.translate("ParcelHistory", "{from_place} ({from_code}) → {to_place} ({to_code})").format(**{
            k: d.get(k, "") for k in ("from_place", "from_code", "to_place", "to_code")})
        return text + (QCoreApplication.translate("ParcelHistory", " (reason: {reason})").format(reason=d["reason"]) if d.get("reason") else "")
    if e == "out_on_round":
        return QCoreApplication.translate("ParcelHistory", "Round #{round} · {carrier}").format(round=d.get("round", ""), carrier=d.get("carrier", ""))
    if e in ("back_from_round", "delivered", "phone_shown"):
        return QCoreApplication.translate("ParcelHistory", "Round #{round}").format(round=d.get("round", ""))
    if e == "picked_up":
        text = QCoreApplication.translate("ParcelHistory", "by pickup code") if d.get("method") == "code" else QCoreApplication.translate("ParcelHistory", "by phone tail")
        if d.get("proxy_name"):
            text += " · " + QCoreApplication.translate("ParcelHistory", "collected by {name} {phone}").format(name=d["proxy_name"], phone=d.get("proxy_phone", ""))
        return text
    if e == "returned":
        return QCoreApplication.translate("ParcelHistory", "Reason: {reason}").format(reason=d.get("reason", ""))
    return ", ".join(f"{k}: {v}" for k, v in d.items())
