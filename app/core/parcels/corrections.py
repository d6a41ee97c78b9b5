"""Correcting a check-in (wrong phone, name, carrier or address) and moving a parcel to another
shelf layer — both only for a parcel on the shelf, both one audited operation with the values
before and after.

A corrected phone queues a new pickup notice (the first one went to a wrong number); a move gives
the parcel a new pickup code on its new layer (the same rules as at check-in: unique among held
parcels, never issued twice the same day) and queues a notice with the new code.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..clock import local_date
from ..errors import InvalidInput
from ..users.model import Actor
from ..users.permissions import Perm, require
from ..validate.phone import check_phone, mask_phone
from ..validate.text import check_name, check_text
from ..validate.tracking import Carrier, check_carrier_name
from .base import ParcelContext, get_parcel, update_parcel
from .checkin import MAX_ADDRESS
from .codes import insert_with_code
from .events import EVENT_FIXED, EVENT_MOVED, add_event
from .model import ParcelView
from .notices import KIND_CORRECTED, KIND_MOVED, queue_notice
from .pickup import refuse_unless_in_station
from .records import mask_address, mask_name, parcel_view
from .shelves import parse_layer, take_slot

MAX_REASON = 100
#: the fields a correction may change, in the order they are reported
FIX_FIELDS = ("phone", "name", "carrier", "address")


@dataclass(frozen=True)
class FixResult:
    """A corrected parcel: ``changed`` maps each changed field to (before, after), masked as a
    screen may show them; ``notice_id`` is the new pickup notice when the phone changed."""

    parcel: ParcelView
    changed: dict[str, tuple[str, str]]
    reason: str
    notice_id: str | None = None


@dataclass(frozen=True)
class MoveResult:
    """A parcel on its new layer with its new code; the old code and place as they were."""

    parcel: ParcelView
    old_code: str
    old_place: str
    notice_id: str
    reason: str = ""


def _shown(field: str, value: Any) -> str:
    """A value as the audit entry and the screen show it (phones and names masked)."""
    text = "" if value is None else str(value)
    if field == "phone":
        return mask_phone(text)
    if field == "name":
        return mask_name(text)
    if field == "address":
        return mask_address(text)
    return text


class CorrectionService:
    def __init__(self, ctx: ParcelContext) -> None:
        self.ctx = ctx

    def fix(self, actor: Actor, tracking: str, *, reason: str, phone: str | None = None, name: str | None = None,
            carrier: str | None = None, address: str | None = None) -> FixResult:
        """Correct what was recorded at check-in for a parcel still on the shelf.

        Guarantees: every given value is checked with the check-in's rules (a phone full or masked
        with its last four digits, a name ≤ 40, a known carrier id, an address ≤ 120); a reason is
        required (≤ 100); only values that differ are changed, in one operation with one audit
        entry (``parcel.fix``: the changed fields before → after, masked) and one history entry
        (the stored values); a changed phone queues a new pickup notice (kind ``corrected``).
        Codes: ``parcel.fix_nothing`` (3: nothing given differs), ``parcel.not_found`` (4), the
        refusals of a parcel not on the shelf (5), and the fields' own (3)."""
        require(actor, Perm.PARCEL_COUNTER)
        why = check_text(reason, field="reason", max_len=MAX_REASON)
        wanted: dict[str, Any] = {}
        if phone is not None and phone.strip():
            p = check_phone(phone)
            wanted.update(phone=p.value, phone_tail=p.tail)
        if name is not None and name.strip():
            wanted["name"] = check_name(name, field="name")
        if carrier is not None and carrier.strip():
            c = check_carrier_name(carrier)
            wanted.update(carrier=c.value, carrier_known=c is not Carrier.UNKNOWN)
        if address is not None and address.strip():
            wanted["address"] = check_text(address, field="address", max_len=MAX_ADDRESS)
        ctx = self.ctx
        with ctx.store.write(actor=actor.username, action="parcel.fix", entity="parcel") as tx:
            p = get_parcel(tx.conn, tracking)
            tx.entity_id = p["id"]
            refuse_unless_in_station(p)
            changes = {k: v for k, v in wanted.items() if p[k] != v}
            changed = [f for f in FIX_FIELDS if f in changes]
            if not changed:
                raise InvalidInput("parcel.fix_nothing", tracking=p["tracking"])
            notice_id = None
            if "phone" in changes:
                changes.update(notified_at=tx.now_iso, notices=p["notices"] + 1)
            state = update_parcel(tx, p["id"], changes)
            if "phone" in changes:
                settings = ctx.reader.read(tx.conn)
                notice_id = queue_notice(tx, state, settings, ctx.station_code, ctx.station_name, KIND_CORRECTED)
            add_event(tx, p["id"], EVENT_FIXED, {
                "reason": why, "before": {f: p[f] for f in changed}, "after": {f: state[f] for f in changed}})
            shown = {f: (_shown(f, p[f]), _shown(f, state[f])) for f in changed}
            tx.summary.update(tracking=p["tracking"], reason=why, changed={f: list(v) for f, v in shown.items()},
                              notice=notice_id is not None)
        view = parcel_view(state, tx.now, ctx.reader.read().overdue_days)
        return FixResult(view, shown, why, notice_id)

    def move(self, actor: Actor, tracking: str, to: str, reason: str | None = None) -> MoveResult:
        """Move a parcel on the shelf to another layer (``A-3``, or a scanned ``LAYER-A-3``).

        Guarantees: the layer must exist and have room (``parcel.slot_unknown`` 3,
        ``parcel.layer_full`` 5), and differ from the parcel's own (``parcel.same_place`` 3); the
        parcel gets the next code of its new layer, unique among held parcels and new for the day;
        the layers' loads follow (triggers); a pickup notice with the new code is queued (kind
        ``moved``); one operation, one audit entry (``parcel.move``: old and new code and place)
        and one history entry. The reason is optional (≤ 100)."""
        require(actor, Perm.PARCEL_COUNTER)
        shelf, layer = parse_layer(to)
        why = check_text(reason, field="reason", required=False, max_len=MAX_REASON)
        ctx = self.ctx
        with ctx.store.write(actor=actor.username, action="parcel.move", entity="parcel") as tx:
            conn = tx.conn
            p = get_parcel(conn, tracking)
            tx.entity_id = p["id"]
            refuse_unless_in_station(p)
            if (p["shelf"], p["layer"]) == (shelf, layer):
                raise InvalidInput("parcel.same_place", tracking=p["tracking"], slot=f"{shelf}-{layer}")
            settings = ctx.reader.read(conn)
            take_slot(conn, settings, (shelf, layer))  # exists and has room, else refused
            states: list[dict[str, Any]] = []
            day = local_date(tx.now).isoformat()

            def put(code: str) -> None:
                states.append(update_parcel(tx, p["id"], {
                    "shelf": shelf, "layer": layer, "pickup_code": code, "code_day": day,
                    "notified_at": tx.now_iso, "notices": p["notices"] + 1}))

            code = insert_with_code(conn, shelf, layer, put)
            state = states[-1]
            notice_id = queue_notice(tx, state, settings, ctx.station_code, ctx.station_name, KIND_MOVED)
            old_place = f"{p['shelf']}-{p['layer']}"
            add_event(tx, p["id"], EVENT_MOVED, {"reason": why, "before": {"code": p["pickup_code"], "place": old_place},
                                                 "after": {"code": code, "place": f"{shelf}-{layer}"}})
            tx.summary.update(tracking=p["tracking"], reason=why, before={"code": p["pickup_code"], "place": old_place},
                              after={"code": code, "place": f"{shelf}-{layer}"})
        view = parcel_view(state, tx.now, settings.overdue_days)
        return MoveResult(view, p["pickup_code"], old_place, notice_id, why)
