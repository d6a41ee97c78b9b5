"""Pickup (出库) by code or by phone tail, proxy pickup (代取), return to sender (退回), re-notice.

A pickup is one operation: every parcel a family takes away leaves in one transaction with one
audit entry and one ``pickup_batch`` id, or none does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..errors import InvalidInput, NotFound, Refused
from ..ids import new_id
from ..users.model import Actor
from ..users.permissions import Perm, require
from ..validate.phone import check_phone, mask_phone, phone_tail
from ..validate.text import check_name, check_text
from ..validate.tracking import normalise_tracking
from .base import (
    ParcelContext,
    find_parcel,
    get_parcel,
    on_shelf_by_tail,
    parcel_by_code,
    phones_are_one_person,
    update_parcel,
)
from .codes import parse_code
from .model import ParcelView, PickupResult, Proxy, Status
from .notices import KIND_REMINDER, queue_notice
from .records import PARCEL_SELECT, mask_name, overdue_cutoff, parcel_payload, parcel_view

_OVERDUE = (f"SELECT {PARCEL_SELECT} FROM parcels WHERE status = 'in_station' AND checked_in_at <= ?"
            " ORDER BY checked_in_at")

MAX_REASON = 100


def check_proxy(name: str | None, phone: str | None) -> Proxy | None:
    """Both or neither: a proxy's name and full mobile number (``parcel.proxy_incomplete``)."""
    if not name and not phone:
        return None
    if not name or not phone:
        raise InvalidInput("parcel.proxy_incomplete")
    return Proxy(check_name(name, field="proxy_name", person=True),
                 check_phone(phone, allow_masked=False, field="proxy_phone").value)


def refuse_unless_in_station(p: dict[str, Any]) -> None:
    """The refusal that fits a parcel which is not on the shelf."""
    status = p["status"]
    if status == Status.IN_STATION:
        return
    if status in (Status.PICKED_UP, Status.DELIVERED):
        raise Refused("parcel.already_picked_up", tracking=p["tracking"], pickup_code=p["pickup_code"],
                      at=p["picked_up_at"] or p["delivered_at"], by=p["picked_up_by"] or p["delivered_by"])
    if status == Status.OUT_FOR_DELIVERY:
        raise Refused("parcel.out_for_delivery", tracking=p["tracking"], pickup_code=p["pickup_code"])
    raise Refused("parcel.not_in_station", tracking=p["tracking"], status=status)


class PickupService:
    def __init__(self, ctx: ParcelContext) -> None:
        self.ctx = ctx

    def by_code(self, actor: Actor, code: str, proxy: Proxy | None = None) -> PickupResult:
        """Hand over the parcel with this pickup code. A code whose parcel already left raises
        ``parcel.already_picked_up`` (5); an unknown code ``parcel.code_not_found`` (4)."""
        require(actor, Perm.PARCEL_COUNTER)
        c = parse_code(code)
        with self.ctx.store.write(actor=actor.username, action="parcel.pickup", entity="parcel") as tx:
            p = parcel_by_code(tx.conn, c)
            refuse_unless_in_station(p)
            return self._hand_over(tx, actor, [p], "code", proxy)

    def by_phone_tail(self, actor: Actor, tail: str, trackings: Sequence[str] = (),
                      proxy: Proxy | None = None) -> PickupResult:
        """Hand over parcels of the person whose phone ends with ``tail``, all in one operation.

        With ``trackings``, exactly those (each must be on the shelf and match the tail:
        ``parcel.tail_mismatch`` (3), ``parcel.already_picked_up`` (5)). Without, every parcel on
        the shelf for that tail — refused with ``parcel.tail_ambiguous`` (3, the candidates
        attached) when they belong to more than one phone number."""
        require(actor, Perm.PARCEL_COUNTER)
        tail = phone_tail(tail)
        wanted = [normalise_tracking(t) for t in trackings]
        with self.ctx.store.write(actor=actor.username, action="parcel.pickup", entity="parcel") as tx:
            conn = tx.conn
            if wanted:
                chosen = []
                for t in dict.fromkeys(wanted):
                    p = find_parcel(conn, t)
                    if p is None:
                        raise NotFound("parcel.not_found", tracking=t)
                    if p["phone_tail"] != tail:
                        raise InvalidInput("parcel.tail_mismatch", tracking=t, tail=tail)
                    refuse_unless_in_station(p)
                    chosen.append(p)
            else:
                chosen = on_shelf_by_tail(conn, tail)
                if not phones_are_one_person([p["phone"] for p in chosen]):
                    settings = self.ctx.reader.read(conn)
                    phones = len({p["phone"] for p in chosen})
                    raise InvalidInput("parcel.tail_ambiguous", tail=tail, phones=phones).with_result(
                        {"parcels": [parcel_view(p, tx.now, settings.overdue_days).to_dict() for p in chosen]})
            return self._hand_over(tx, actor, chosen, "phone_tail", proxy)

    def _hand_over(self, tx, actor: Actor, parcels: list[dict[str, Any]], method: str,  # noqa: ANN001
                   proxy: Proxy | None) -> PickupResult:
        batch = new_id()
        tx.entity_id = batch
        states = [
            update_parcel(tx, p["id"], {
                "status": Status.PICKED_UP.value, "picked_up_at": tx.now_iso, "picked_up_by": actor.username,
                "pickup_method": method, "pickup_batch": batch,
                "proxy_name": proxy.name if proxy else None, "proxy_phone": proxy.phone if proxy else None,
            })
            for p in parcels
        ]
        tx.summary.update(batch=batch, trackings=[s["tracking"] for s in states], method=method,
                          proxy=proxy is not None)
        overdue_days = self.ctx.reader.read(tx.conn).overdue_days
        return PickupResult(batch, tuple(parcel_view(s, tx.now, overdue_days) for s in states), actor.username,
                            mask_name(proxy.name) if proxy else None, mask_phone(proxy.phone) if proxy else None)

    def return_to_sender(self, actor: Actor, tracking: str, reason: str) -> ParcelView:
        """Send a parcel on the shelf back to its sender (退回) with a reason (required, ≤ 100
        characters). Refused unless the parcel is on the shelf."""
        require(actor, Perm.PARCEL_COUNTER)
        why = check_text(reason, field="reason", max_len=MAX_REASON)
        with self.ctx.store.write(actor=actor.username, action="parcel.return", entity="parcel") as tx:
            p = get_parcel(tx.conn, tracking)
            tx.entity_id = p["id"]
            refuse_unless_in_station(p)
            state = update_parcel(tx, p["id"], {"status": Status.RETURNED.value, "returned_at": tx.now_iso,
                                                "returned_by": actor.username, "return_reason": why})
            tx.summary.update(tracking=p["tracking"], reason=why)
        return parcel_view(state, tx.now, self.ctx.reader.read().overdue_days)

    def renotify(self, actor: Actor, trackings: Sequence[str] = (), *, overdue: bool = False) -> list[str]:
        """Queue another pickup notice (kind ``reminder``) for the given parcels, or for every
        overdue one (``overdue=True``), in one operation. Each must be on the shelf. Returns the
        tracking numbers notified (an empty list when nothing is overdue: nothing is written)."""
        try:
            return self._renotify(actor, trackings, overdue)
        except _NothingToDo:
            return []

    def _renotify(self, actor: Actor, trackings: Sequence[str], overdue: bool) -> list[str]:
        require(actor, Perm.PARCEL_COUNTER)
        wanted = [normalise_tracking(t) for t in trackings]
        ctx = self.ctx
        with ctx.store.write(actor=actor.username, action="parcel.renotify", entity="parcel") as tx:
            settings = ctx.reader.read(tx.conn)
            if overdue:
                cutoff = overdue_cutoff(tx.now, settings.overdue_days)
                chosen = [parcel_payload(r) for r in tx.conn.execute(_OVERDUE, (cutoff,))]
            else:
                chosen = []
                for t in dict.fromkeys(wanted):
                    p = get_parcel(tx.conn, t)
                    refuse_unless_in_station(p)
                    chosen.append(p)
            if not chosen:
                raise _NothingToDo  # leaves no audit entry behind
            for p in chosen:
                state = update_parcel(tx, p["id"], {"notified_at": tx.now_iso, "notices": p["notices"] + 1})
                queue_notice(tx, state, settings, ctx.station_code, ctx.station_name, KIND_REMINDER)
            tx.summary.update(trackings=[p["tracking"] for p in chosen])
        return [p["tracking"] for p in chosen]



class _NothingToDo(Exception):
    pass
