"""Reading parcels for screens and the CLI: display-ready views, indexed lookups only.

Every lookup the counter makes while someone waits uses an index: by pickup code (the unique
``(pickup_code, code_day)`` index), by phone tail (composite ``(status, phone_tail)``), by tracking
number (unique), the last check-ins (rowid order), the overdue list (the held parcels, through the
``status`` prefix of the same composite index).
"""

from __future__ import annotations

from ..errors import InvalidInput, NotFound
from ..users.model import Actor
from ..users.permissions import Perm, require
from ..validate.phone import phone_tail
from ..validate.tracking import normalise_tracking
from .base import ParcelContext, find_parcel, on_shelf_by_tail, parcel_by_code, phones_are_one_person
from .codes import parse_code
from .model import LISTABLE, ParcelView, ShipmentView, Status
from .pickup import refuse_unless_in_station
from .records import (
    PARCEL_SELECT,
    SHIPMENT_SELECT,
    overdue_cutoff,
    parcel_payload,
    parcel_view,
    shipment_payload,
    shipment_view,
)
from .search import latest_notice_states

_RECENT = f"SELECT {PARCEL_SELECT} FROM parcels ORDER BY rowid DESC LIMIT ?"
_HELD_BY_CODE = (f"SELECT {PARCEL_SELECT} FROM parcels WHERE pickup_code = ?"
                 " AND status IN ('in_station', 'out_for_delivery')")
_BY_TAIL = f"SELECT {PARCEL_SELECT} FROM parcels WHERE phone_tail = ? AND status = ? ORDER BY checked_in_at"
_OVERDUE = (f"SELECT {PARCEL_SELECT} FROM parcels WHERE status = 'in_station' AND checked_in_at <= ?"
            " ORDER BY checked_in_at LIMIT ?")
_SHIPMENT = f"SELECT {SHIPMENT_SELECT} FROM shipments WHERE waybill = ?"

DEFAULT_LIMIT = 200


class ParcelQueries:
    def __init__(self, ctx: ParcelContext) -> None:
        self.ctx = ctx

    def _days(self) -> int:
        return self.ctx.reader.read().overdue_days

    def recent_checkins(self, actor: Actor, limit: int = 20) -> list[ParcelView]:
        """The last ``limit`` parcels checked in, newest first (whatever their status now)."""
        require(actor, Perm.PARCEL_READ)
        now, days = self.ctx.store.clock.now(), self._days()
        return [parcel_view(parcel_payload(r), now, days) for r in self.ctx.store.query(_RECENT, (limit,))]

    def by_code(self, actor: Actor, code: str) -> ParcelView | None:
        """The held parcel (on the shelf or out on a round) with this pickup code, or None."""
        require(actor, Perm.PARCEL_READ)
        row = self.ctx.store.query_one(_HELD_BY_CODE, (parse_code(code),))
        return None if row is None else parcel_view(parcel_payload(row), self.ctx.store.clock.now(), self._days())

    def by_phone_tail(self, actor: Actor, tail: str, status: str = Status.IN_STATION) -> list[ParcelView]:
        """Parcels whose phone ends with ``tail`` (on the shelf by default), oldest first."""
        require(actor, Perm.PARCEL_READ)
        rows = self.ctx.store.query(_BY_TAIL, (phone_tail(tail), _status(status)))
        now, days = self.ctx.store.clock.now(), self._days()
        return [parcel_view(parcel_payload(r), now, days) for r in rows]

    def for_pickup(self, actor: Actor, *, code: str | None = None, tail: str | None = None,
                   tracking: str | None = None) -> list[ParcelView]:
        """What the pickup screen lists before anything is handed over; reads only. Give one of
        ``code`` (the parcel on the shelf with that pickup code), ``tracking`` (that parcel) or
        ``tail`` (every parcel on the shelf whose phone ends with it, oldest first). Refuses with
        the error the pickup itself would raise, so the screen can say it before the clerk
        confirms (each view carries its latest notice's state): ``parcel.code_not_found``, ``parcel.not_found``, ``parcel.none_for_tail`` (4);
        ``parcel.already_picked_up``, ``parcel.out_for_delivery``, ``parcel.not_in_station`` (5)."""
        require(actor, Perm.PARCEL_READ)
        conn, now, days = self.ctx.store.conn, self.ctx.store.clock.now(), self._days()
        if tail is not None:
            found = on_shelf_by_tail(conn, phone_tail(tail))
            states = latest_notice_states(conn, (p["id"] for p in found))
            return [parcel_view(p, now, days, states.get(p["id"], "")) for p in found]
        if code is not None:
            p = parcel_by_code(conn, parse_code(code))
        else:
            t = normalise_tracking(tracking)
            found = find_parcel(conn, t)
            if found is None:
                raise NotFound("parcel.not_found", tracking=t)
            p = found
        refuse_unless_in_station(p)
        return [parcel_view(p, now, days, latest_notice_states(conn, [p["id"]]).get(p["id"], ""))]

    def tail_is_shared(self, actor: Actor, tail: str) -> bool:
        """Whether the parcels on the shelf for this phone tail belong to more than one phone
        number (views only show masked phones, so a screen cannot tell by itself): the pickup
        by tail alone is then refused until the clerk chooses the parcels."""
        require(actor, Perm.PARCEL_READ)
        rows = self.ctx.store.query("SELECT yyt_open(phone) FROM parcels WHERE status = 'in_station' AND phone_tail = ?",
                                    (phone_tail(tail),))
        return not phones_are_one_person([r[0] for r in rows])

    def get(self, actor: Actor, tracking: str) -> ParcelView:
        """One inbound parcel by tracking number (``parcel.not_found``)."""
        require(actor, Perm.PARCEL_READ)
        t = normalise_tracking(tracking)
        p = find_parcel(self.ctx.store.conn, t)
        if p is None:
            raise NotFound("parcel.not_found", tracking=t)
        return parcel_view(p, self.ctx.store.clock.now(), self._days())

    def find_any(self, actor: Actor, number: str) -> ParcelView | ShipmentView:
        """An inbound parcel by tracking number, else an outbound shipment by waybill."""
        require(actor, Perm.PARCEL_READ)
        t = normalise_tracking(number)
        p = find_parcel(self.ctx.store.conn, t)
        if p is not None:
            return parcel_view(p, self.ctx.store.clock.now(), self._days())
        row = self.ctx.store.query_one(_SHIPMENT, (t,))
        if row is None:
            raise NotFound("parcel.not_found", tracking=t)
        return shipment_view(shipment_payload(row))

    def overdue(self, actor: Actor, days: int | None = None, limit: int = 1000) -> list[ParcelView]:
        """Parcels on the shelf for ``days`` (default: the setting) or more, oldest first."""
        require(actor, Perm.PARCEL_READ)
        setting = self._days()
        now = self.ctx.store.clock.now()
        rows = self.ctx.store.query(_OVERDUE, (overdue_cutoff(now, days or setting), limit))
        return [parcel_view(parcel_payload(r), now, days or setting) for r in rows]

    def list(self, actor: Actor, *, status: str | None = None, overdue: bool = False,
             tail: str | None = None, limit: int = DEFAULT_LIMIT) -> list[ParcelView | ShipmentView]:
        """Newest first, at most ``limit``. ``status='sent'`` lists outbound shipments; ``overdue``
        keeps parcels on the shelf past the overdue days; ``tail`` a phone's last four digits."""
        require(actor, Perm.PARCEL_READ)
        s = _status(status) if status else None
        if s == Status.SENT:
            if overdue or tail:
                return []
            rows = self.ctx.store.query(f"SELECT {SHIPMENT_SELECT} FROM shipments ORDER BY accepted_at DESC"
                                        " LIMIT ?", (limit,))
            return [shipment_view(shipment_payload(r)) for r in rows]
        where, params = [], []
        now, days = self.ctx.store.clock.now(), self._days()
        if s:
            where.append("status = ?")
            params.append(s)
        if tail:
            where.append("phone_tail = ?")
            params.append(phone_tail(tail))
            if not s:  # let the (status, phone_tail) index seek once per status
                states = [v for v in LISTABLE if v != Status.SENT]
                where.append(f"status IN ({', '.join('?' * len(states))})")
                params.extend(states)
        if overdue:
            where += ["status = 'in_station'", "checked_in_at <= ?"]
            params.append(overdue_cutoff(now, days))
        sql = f"SELECT {PARCEL_SELECT} FROM parcels"
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = self.ctx.store.query(sql + " ORDER BY rowid DESC LIMIT ?", (*params, limit))
        return [parcel_view(parcel_payload(r), now, days) for r in rows]


def _status(text: str) -> str:
    value = (text or "").strip().lower()
    if value not in LISTABLE:
        raise InvalidInput("parcel.status_invalid", text=value[:20], allowed=", ".join(LISTABLE))
    return value
