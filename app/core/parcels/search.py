"""Finding any parcel the station ever held — by tracking number, phone (tail, full or masked),
pickup code or name — and telling its history.

Every search is a few indexed seeks, so it stays fast over years of parcels: the tracking number
(unique index: exact, or a range for a prefix of 5 or more characters), the phone tail
(``(status, phone_tail)``, one seek per status), the pickup code (``(pickup_code, code_day)``),
the name (``(name, checked_in_at)``, one seek per spelling: the name as typed and the masked forms
a privacy waybill gives it, ``张三`` → ``张*``, ``张**``). Results are newest first and masked.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from typing import Any

from ..errors import InvalidInput
from ..users.model import Actor
from ..users.permissions import Perm, require
from ..validate.phone import check_phone, mask_phone
from ..validate.text import check_name
from .base import ParcelContext, get_parcel
from .codes import parse_code
from .events import EVENT_FIXED, EVENT_MOVED, EVENT_PHONE_SHOWN
from .model import HistoryEntry, NoticeView, ParcelHistory, SearchResult, Status
from .records import PARCEL_SELECT, local_text, mask_address, mask_name, parcel_payload, parcel_view

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
MIN_PREFIX = 5
MAX_QUERY = 40
_CODE = re.compile(r"[A-Z]{1,2}-?\d{1,2}-?\d{4}")
_INBOUND = tuple(s.value for s in Status if s != Status.SENT)

_BY_TRACKING = f"SELECT {PARCEL_SELECT} FROM parcels WHERE tracking = ?"
_BY_PREFIX = f"SELECT {PARCEL_SELECT} FROM parcels WHERE tracking >= ? AND tracking < ? ORDER BY tracking LIMIT ?"
_BY_CODE = f"SELECT {PARCEL_SELECT} FROM parcels WHERE pickup_code = ? ORDER BY code_day DESC LIMIT ?"
# The tail and the name find their candidates by index without opening anything (sealed values
# cost ~2 µs each to open, six per row); only the rows shown are then read whole (_BY_IDS).
_TAIL_IDS = (f"SELECT checked_in_at, id FROM parcels WHERE status IN ({', '.join('?' * len(_INBOUND))})"
             " AND phone_tail = ? ORDER BY checked_in_at DESC LIMIT ?")
_TAIL_PHONES = (f"SELECT checked_in_at, id, yyt_open(phone) FROM parcels"
                f" WHERE status IN ({', '.join('?' * len(_INBOUND))}) AND phone_tail = ? ORDER BY checked_in_at DESC LIMIT ?")
#: names are sealed: the keyed hash of the stored form (full or masked) is what is compared
_NAME_IDS = "SELECT checked_in_at, id FROM parcels WHERE name_hash = ? ORDER BY checked_in_at DESC LIMIT ?"
_NOTICES = ("SELECT id, kind, pickup_code, created_at, status, status_at, reason FROM parcel_notices"
            " WHERE parcel_id = ? ORDER BY created_at, id")
_EVENTS = "SELECT at, actor, kind, yyt_open(detail) FROM parcel_events WHERE parcel_id = ? ORDER BY id"
_ROUNDS = ("SELECT r.number, r.carrier, i.added_at, i.added_by, i.outcome, i.done_at, i.done_by"
           " FROM round_items i JOIN rounds r ON r.id = i.round_id WHERE i.parcel_id = ? ORDER BY i.added_at")


def read_query(text: str | None) -> tuple[str, str]:
    """How a search text is read: ``(kind, value)`` with kind ``code`` (``A-3-0127``, with its
    dashes; ``A30127`` is read as a tracking number and tried as a code when none matches),
    ``phone_tail`` (4 digits), ``phone`` (11 digits, or masked like ``138****1234``), ``tracking``
    (letters and digits with at least one digit) or ``name`` (anything else, e.g. ``张三``, ``李*``).
    ``parcel.search_empty`` (3) for nothing; ``text.too_long`` beyond 40 characters."""
    raw = (text or "").strip()
    if not raw:
        raise InvalidInput("parcel.search_empty")
    if len(raw) > MAX_QUERY:
        raise InvalidInput("text.too_long", field="search", max=MAX_QUERY)
    compact = raw.replace(" ", "").upper().replace("－", "-")
    if compact.isascii():
        if _CODE.fullmatch(compact) and "-" in compact:
            return "code", parse_code(compact)
        if compact.isdigit() and len(compact) == 4:
            return "phone_tail", compact
        if "*" in compact or (compact.isdigit() and len(compact) == 11):
            try:
                return "phone", check_phone(compact).value
            except InvalidInput:
                pass
        if compact.replace("-", "").isalnum() and any(c.isdigit() for c in compact):
            return "tracking", compact.replace("-", "")
    return "name", check_name(raw, field="search")


def name_spellings(name: str) -> list[str]:
    """The stored forms a typed name may have: itself and the masks waybills use (``张三`` →
    ``张三``, ``张*``, ``张**``; ``欧阳娜娜`` also ``欧阳**``). A masked name is searched as it is."""
    if "*" in name:
        return [name]
    first = name[0]
    forms = [name, first + "*", first + "**", first + "*" * max(1, len(name) - 1)]
    if len(name) >= 3:
        forms += [name[:2] + "*", name[:2] + "*" * (len(name) - 2)]
    return list(dict.fromkeys(forms))


def phones_agree(typed: str, stored: str) -> bool:
    """Whether a stored phone can be the typed one: same tail, and where both show the head
    digits they agree; two full numbers must be equal."""
    if typed[-4:] != stored[-4:]:
        return False
    if "*" not in typed and "*" not in stored:
        return typed == stored
    head_a, head_b = mask_phone(typed).split("*")[0], mask_phone(stored).split("*")[0]
    return not head_a or not head_b or head_a == head_b


def latest_notice_states(conn: sqlite3.Connection, parcel_ids: Iterable[str]) -> dict[str, str]:
    """Each parcel's latest pickup notice state (``queued``, ``sent``, ``failed``), by parcel id."""
    ids = list(dict.fromkeys(parcel_ids))
    out: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        rows = conn.execute(
            "SELECT parcel_id, status, max(created_at) FROM parcel_notices"
            f" WHERE parcel_id IN ({', '.join('?' * len(chunk))}) GROUP BY parcel_id", chunk)
        out.update((r[0], r[1]) for r in rows)
    return out


class SearchService:
    def __init__(self, ctx: ParcelContext) -> None:
        self.ctx = ctx

    def search(self, actor: Actor, text: str, limit: int = DEFAULT_LIMIT) -> SearchResult:
        """Parcels in any status matching ``text`` (see :func:`read_query`), newest first, at most
        ``limit`` (1–500), each with its latest notice state; phones, names and addresses masked.
        A tracking number that is not found whole is tried as a prefix (5 characters or more)."""
        require(actor, Perm.PARCEL_READ)
        kind, value = read_query(text)
        limit = max(1, min(int(limit), MAX_LIMIT))
        conn = self.ctx.store.conn
        rows: list[dict[str, Any]]
        if kind == "tracking":
            found = conn.execute(_BY_TRACKING, (value,)).fetchone()
            if found is not None:
                rows = [parcel_payload(found)]
            elif len(value) >= MIN_PREFIX:
                kind = "tracking_prefix"
                rows = [parcel_payload(r) for r in conn.execute(_BY_PREFIX, (value, value + "\x7f", limit + 1))]
            else:
                rows = []
            if not rows and _CODE.fullmatch(value):  # a pickup code typed without its dashes
                kind, value = "code", parse_code(value)
                rows = [parcel_payload(r) for r in conn.execute(_BY_CODE, (value, limit + 1))]
        elif kind == "code":
            rows = [parcel_payload(r) for r in conn.execute(_BY_CODE, (value, limit + 1))]
        elif kind == "phone_tail":
            rows = _whole(conn, conn.execute(_TAIL_IDS, (*_INBOUND, value, limit + 1)), limit)
        elif kind == "phone":
            every = conn.execute(_TAIL_PHONES, (*_INBOUND, value[-4:], MAX_LIMIT * 4)).fetchall()
            rows = _whole(conn, ((at, pid) for at, pid, phone in every if phones_agree(value, phone)), limit)
        else:
            cipher = self.ctx.store.cipher()
            hits = [h for form in name_spellings(value)
                    for h in conn.execute(_NAME_IDS, (cipher.lookup(form), limit + 1))]
            rows = _whole(conn, hits, limit)
        rows.sort(key=lambda p: (p["checked_in_at"], p["id"]), reverse=True)  # ids are time-ordered
        truncated = len(rows) > limit
        rows = rows[:limit]
        states = latest_notice_states(conn, (p["id"] for p in rows))
        now, days = self.ctx.store.clock.now(), self.ctx.reader.read().overdue_days
        views = tuple(parcel_view(p, now, days, states.get(p["id"], "")) for p in rows)
        shown = mask_phone(value) if kind == "phone" else value
        return SearchResult(shown, kind, views, limit, truncated)

    def history(self, actor: Actor, tracking: str) -> ParcelHistory:
        """One parcel and everything that happened to it, oldest first: checked in, each notice
        with the platform's answer, corrections and moves (before → after), rounds, a number shown
        to a carrier, picked up (by whom, for whom), returned. Times local, people by display
        name, personal data masked. ``parcel.not_found`` (4)."""
        require(actor, Perm.PARCEL_READ)
        conn = self.ctx.store.conn
        p = get_parcel(conn, tracking)
        names = {r[0]: r[1] or r[0] for r in conn.execute("SELECT username, display_name FROM users")}
        notices = tuple(_notice(r) for r in conn.execute(_NOTICES, (p["id"],)))
        events = conn.execute(_EVENTS, (p["id"],)).fetchall()
        moves = [json.loads(e[3]) for e in events if e[2] == EVENT_MOVED]
        first = moves[0]["before"] if moves else {"code": p["pickup_code"], "place": f"{p['shelf']}-{p['layer']}"}
        entries = [_entry(p["checked_in_at"], "checked_in", p["checked_in_by"], names,
                          code=first["code"], place=first["place"], preadvised=bool(p["preadvised"]))]
        entries += [_entry(n.created_at, "notice", "", names, kind=n.kind, code=n.pickup_code, status=n.status,
                           status_at=n.status_local, reason=n.reason) for n in notices]
        for at, who, kind, text in events:
            entries.append(_entry(at, kind, who, names, **_event_detail(kind, json.loads(text))))
        for number, carrier, added_at, added_by, outcome, done_at, done_by in conn.execute(_ROUNDS, (p["id"],)):
            carrier_name = names.get(carrier, carrier)
            entries.append(_entry(added_at, "out_on_round", added_by, names, round=number, carrier=carrier_name))
            if outcome == "back" and done_at:
                entries.append(_entry(done_at, "back_from_round", done_by, names, round=number))
            elif outcome == "delivered" and done_at:
                entries.append(_entry(done_at, "delivered", done_by, names, round=number))
        if p["picked_up_at"]:
            entries.append(_entry(p["picked_up_at"], "picked_up", p["picked_up_by"], names,
                                  method=p["pickup_method"] or "", proxy_name=mask_name(p["proxy_name"]),
                                  proxy_phone=mask_phone(p["proxy_phone"])))
        if p["returned_at"]:
            entries.append(_entry(p["returned_at"], "returned", p["returned_by"], names, reason=p["return_reason"] or ""))
        entries.sort(key=lambda e: (e.at, _RANK.get(e.event, 9)))
        now, days = self.ctx.store.clock.now(), self.ctx.reader.read().overdue_days
        view = parcel_view(p, now, days, notices[-1].status if notices else "")
        return ParcelHistory(view, tuple(entries), notices)


def _whole(conn: sqlite3.Connection, hits: Iterable[tuple[str, str]], limit: int) -> list[dict[str, Any]]:
    """The newest ``limit + 1`` of ``(checked_in_at, id)`` hits (duplicates dropped), read whole
    and opened; one more than the limit tells the search it was truncated."""
    newest = sorted({(h[0], h[1]) for h in hits}, reverse=True)[:limit + 1]  # ids are time-ordered
    if not newest:
        return []
    ids = [pid for _, pid in newest]
    return [parcel_payload(r) for r in
            conn.execute(f"SELECT {PARCEL_SELECT} FROM parcels WHERE id IN ({', '.join('?' * len(ids))})", ids)]


#: the order of events recorded at the same instant (one operation's time): the cause first
_RANK = {"checked_in": 0, "fixed": 1, "moved": 1, "notice": 2, "out_on_round": 3, "phone_shown": 4,
         "back_from_round": 5, "delivered": 5, "picked_up": 6, "returned": 6}


def _notice(r: sqlite3.Row | tuple) -> NoticeView:
    return NoticeView(id=r[0], kind=r[1], pickup_code=r[2], created_at=r[3], created_local=local_text(r[3]),
                      status=r[4], status_at=r[5], status_local=local_text(r[5]) if r[5] else "", reason=r[6])


def _entry(at: str, event: str, who: str | None, names: dict[str, str], **detail: Any) -> HistoryEntry:
    return HistoryEntry(at=at, at_local=local_text(at), event=event, by=names.get(who or "", who or ""),
                        detail=detail)


_MASKERS = {"phone": mask_phone, "name": mask_name, "address": mask_address}


def _event_detail(kind: str, data: dict[str, Any]) -> dict[str, Any]:
    """A stored event's detail as a history shows it (personal values masked)."""
    if kind == EVENT_FIXED:
        before, after = data.get("before", {}), data.get("after", {})
        changes = []
        for f in before:
            mask = _MASKERS.get(f, lambda v: "" if v is None else str(v))
            changes.append({"field": f, "before": mask(before[f]), "after": mask(after.get(f))})
        return {"reason": data.get("reason", ""), "changes": changes}
    if kind == EVENT_MOVED:
        b, a = data.get("before", {}), data.get("after", {})
        return {"reason": data.get("reason", ""), "from_code": b.get("code", ""), "from_place": b.get("place", ""),
                "to_code": a.get("code", ""), "to_place": a.get("place", "")}
    if kind == EVENT_PHONE_SHOWN:
        return {"round": data.get("round", "")}
    return dict(data)
