"""Check-in by scan (入库): the counter's hottest operation.

One write transaction: look for the tracking number (a rescan is refused with the parcel's code and
place), read the pre-advice, pick the slot, take a code, insert the parcel (a trigger counts it on
its layer), queue the pickup notice, audit. A handful of prepared statements, no ORM.
"""

from __future__ import annotations

from typing import Any

from ..clock import local_date
from ..errors import InvalidInput, Refused
from ..ids import new_id
from ..users.model import Actor
from ..users.permissions import Perm, require
from ..validate.phone import Phone, check_phone
from ..validate.text import check_name, check_text
from ..validate.tracking import Carrier, check_carrier_name, detect_carrier
from .base import ParcelContext
from .codes import insert_with_code
from .model import CheckinResult, Status
from .notices import KIND_PICKUP, queue_notice
from .records import PARCEL_INSERT, parcel_view, seal_parcel
from .shelves import parse_slot, take_slot

# the parcel if the number is known, and the pre-advice if any, in one statement
_LOOKUP = ("SELECT p.pickup_code, p.shelf, p.layer, p.status, a.tracking, a.carrier, yyt_open(a.phone),"
           " yyt_open(a.name), yyt_open(a.sender), yyt_open(a.address)"
           " FROM (SELECT ? AS t) k LEFT JOIN parcels p ON p.tracking = k.t"
           " LEFT JOIN parcel_preadvice a ON a.tracking = k.t")

MAX_ADDRESS = 120
WARN_UNKNOWN_FORMAT = "tracking.unknown_format"
WARN_AMBIGUOUS = "tracking.ambiguous_carrier"


class CheckinService:
    def __init__(self, ctx: ParcelContext) -> None:
        self.ctx = ctx

    def checkin(self, actor: Actor, tracking: str, *, phone: str | None = None, name: str | None = None,
                carrier: str | None = None, sender: str | None = None, slot: str | None = None,
                address: str | None = None) -> CheckinResult:
        """Put a scanned parcel on the shelf and queue its pickup notice.

        Guarantees: the tracking number is validated (an S10 number's check digit too) and its
        carrier detected (an unknown format is allowed and reported in ``warnings``); when the
        platform pre-advised the number, the scan alone is enough (typed values override the
        pre-advice; ``address`` is optional, else the pre-advised one); the slot is the least-full layer with room, or ``slot`` (``A-3``) if given;
        the pickup code is unique among held parcels and new for the day. A rescan raises
        ``Refused('parcel.already_checked_in')`` carrying the parcel's code, place and status,
        and writes nothing. Other codes: ``parcel.phone_required`` (no phone typed or
        pre-advised), ``parcel.shelves_full``, ``parcel.layer_full``, ``parcel.slot_unknown``.
        """
        require(actor, Perm.PARCEL_COUNTER)
        info = detect_carrier(tracking)
        t = info.tracking
        typed_carrier = check_carrier_name(carrier) if carrier else None
        typed_phone = check_phone(phone) if phone else None
        typed_name = check_name(name, field="name", required=False, person=True)
        typed_sender = check_name(sender, field="sender", required=False, max_len=60)
        typed_address = check_text(address, field="address", required=False, max_len=MAX_ADDRESS)
        wanted = parse_slot(slot) if slot else None
        ctx = self.ctx
        pid = new_id()
        with ctx.store.write(actor=actor.username, action="parcel.checkin", entity="parcel", entity_id=pid) as tx:
            conn = tx.conn
            found = conn.execute(_LOOKUP, (t,)).fetchone()
            if found[0] is not None:
                raise Refused("parcel.already_checked_in", tracking=t, pickup_code=found[0],
                              place=f"{found[1]}-{found[2]}", status=found[3])
            pre = found[5:] if found[4] is not None else None
            settings = ctx.reader.read(conn)
            the_phone = typed_phone or (_preadvised_phone(pre[1]) if pre else None)
            if the_phone is None:
                raise InvalidInput("parcel.phone_required", tracking=t)
            the_carrier, known = _carrier(info.carrier, info.known, typed_carrier, pre[0] if pre else "")
            shelf, layer = take_slot(conn, settings, wanted)
            row: dict[str, Any] = {
                "id": pid, "tracking": t, "carrier": the_carrier, "carrier_known": known,
                "phone": the_phone.value, "phone_tail": the_phone.tail,
                "name": typed_name or (_clean(pre[2], 40) if pre else ""),
                "sender": typed_sender or (_clean(pre[3], 60) if pre else ""),
                "preadvised": pre is not None, "shelf": shelf, "layer": layer, "pickup_code": "",
                "code_day": local_date(tx.now).isoformat(), "status": Status.IN_STATION.value,
                "checked_in_at": tx.now_iso, "checked_in_by": actor.username, "notified_at": tx.now_iso,
                "notices": 1, "round_id": None, "picked_up_at": None, "picked_up_by": None,
                "pickup_method": None, "pickup_batch": None, "proxy_name": None, "proxy_phone": None,
                "delivered_at": None, "delivered_by": None, "returned_at": None, "returned_by": None,
                "return_reason": None, "updated_at": tx.now_iso,
                "address": typed_address or (_clean(pre[4], MAX_ADDRESS) if pre else ""),
            }

            stored = seal_parcel(tx, row)

            def insert(code: str) -> None:
                row["pickup_code"] = stored["pickup_code"] = code
                conn.execute(PARCEL_INSERT, stored)

            code = insert_with_code(conn, shelf, layer, insert)
            tx.change("parcels", pid, "create", row)
            notice_id = queue_notice(tx, row, settings, ctx.station_code, ctx.station_name, KIND_PICKUP)
            tx.summary.update(tracking=t, code=code, preadvised=pre is not None)
        warnings = []
        if not known:
            warnings.append(WARN_UNKNOWN_FORMAT)
        elif info.ambiguous and typed_carrier is None and not (pre and pre[0]):
            warnings.append(WARN_AMBIGUOUS)
        return CheckinResult(parcel_view(row, tx.now, settings.overdue_days), notice_id, tuple(warnings))


def _preadvised_phone(text: str) -> Phone | None:
    # Platform data is trusted for shape only: a phone that does not validate is ignored.
    try:
        return check_phone(text) if text else None
    except InvalidInput:
        return None


def _carrier(detected: Carrier, known: bool, typed: Carrier | None, preadvised: str) -> tuple[str, bool]:
    for given in (typed, preadvised):
        if given:
            try:
                carrier = given if isinstance(given, Carrier) else check_carrier_name(given)
            except InvalidInput:  # a pre-advised carrier we do not know: keep the detected one
                continue
            return carrier.value, carrier is not Carrier.UNKNOWN
    return detected.value, known


def _clean(text: str, max_len: int) -> str:
    try:
        return check_name(text, required=False, max_len=max_len)
    except InvalidInput:
        return ""
