"""Farmers (consignors): registered once, found by phone tail, name, number or full phone.

The resident ID is optional; when given it is checked (GB 11643) and stored only masked plus the
station-keyed hash, never in clear — the same rule as a parcel's sender. One farmer per resident
ID (partial UNIQUE index) and per name + phone: registering the same person twice is refused with
the existing farmer's number.
"""

from __future__ import annotations

from ..clock import local_date
from ..errors import InvalidInput, Refused
from ..ids import new_id
from ..users.model import Actor
from ..users.permissions import Perm, require
from ..validate.identity import check_resident_id
from ..validate.phone import check_phone
from ..validate.text import check_name
from .base import ConsignContext, farmer_row, next_number
from .model import FarmerView, PayoutMethod, farmer_code
from .records import FARMER_COLUMNS, FARMER_SELECT, farmer_payload, farmer_view, insert_sql

SEARCH_LIMIT = 50


def check_payout(method: str | None, account_tail: str | None) -> tuple[str, str]:
    """(method, card tail): ``cash`` (default) or ``bank`` with the card's last four digits
    (``consign.payout_invalid``, ``consign.account_tail_invalid`` 3)."""
    raw = (method or "cash").strip().lower()
    if raw not in (PayoutMethod.CASH, PayoutMethod.BANK):
        raise InvalidInput("consign.payout_invalid", text=raw[:20])
    tail = (account_tail or "").strip()
    if raw == PayoutMethod.BANK:
        if len(tail) != 4 or not tail.isascii() or not tail.isdigit():
            raise InvalidInput("consign.account_tail_invalid", text=tail[:10])
        return raw, tail
    return raw, ""


class FarmerService:
    def __init__(self, ctx: ConsignContext) -> None:
        self.ctx = ctx

    def add(self, actor: Actor, *, name: str, phone: str, village: str = "", resident_id: str | None = None,
            payout_method: str | None = None, account_tail: str | None = None) -> FarmerView:
        """Register a farmer. The phone must be a full number (a statement, a shipment's sender);
        ``consign.farmer_exists`` (5) when this person is already registered (same resident ID, or
        same name and phone) — with the existing farmer's code."""
        require(actor, Perm.CONSIGNMENT)
        f_name = check_name(name, field="name")
        f_phone = check_phone(phone, allow_masked=False, field="phone").value
        f_village = check_name(village, field="village", required=False)
        method, tail = check_payout(payout_method, account_tail)
        masked = keyed = ""
        rid = None
        if (resident_id or "").strip():
            rid = check_resident_id(resident_id, today=local_date(self.ctx.store.clock.now()), field="resident_id")
            masked = rid.masked
        fid = new_id()
        with self.ctx.store.write(actor=actor.username, action="consign.farmer_add", entity="consign_farmer",
                                  entity_id=fid) as tx:
            if rid is not None:  # a key made now is recorded in this transaction
                keyed = rid.keyed_hash(self.ctx.secret_key(tx))
            same = tx.conn.execute(
                "SELECT number FROM consign_farmers WHERE (phone_tail = ? AND yyt_open(name) = ? AND yyt_open(phone) = ?)"
                " OR (id_hash <> '' AND id_hash = ?)", (f_phone[-4:], f_name, f_phone, keyed)).fetchone()
            if same is not None:
                raise Refused("consign.farmer_exists", farmer=farmer_code(same[0]))
            row = {"id": fid, "number": next_number(tx.conn, "consign_farmers"), "name": f_name, "phone": f_phone,
                   "phone_tail": f_phone[-4:], "village": f_village, "id_masked": masked, "id_hash": keyed,
                   "payout_method": method, "account_tail": tail, "created_at": tx.now_iso,
                   "created_by": actor.username}
            tx.execute(insert_sql("consign_farmers", FARMER_COLUMNS), tx.cipher().seal_row("consign_farmers", row))
            tx.change("consign_farmers", fid, "create", farmer_payload(row))
            tx.summary.update(farmer=farmer_code(row["number"]), resident_id=bool(masked), payout=method)
        return farmer_view(row)

    def get(self, actor: Actor, ref: str) -> FarmerView:
        """One farmer by id, code (``F0003``/``3``) or full phone (``consign.farmer_not_found`` 4)."""
        require(actor, Perm.CONSIGN_READ)
        return farmer_view(farmer_row(self.ctx.store.conn, ref))

    def search(self, actor: Actor, text: str = "", limit: int = SEARCH_LIMIT) -> list[FarmerView]:
        """Farmers matching what the clerk typed: four digits → the phone's last four; eleven
        digits → the phone; ``F12`` → the number; else part of the name or village. Empty: the
        most recently registered. At most ``limit``, newest first."""
        require(actor, Perm.CONSIGN_READ)
        raw = (text or "").strip()
        conn = self.ctx.store.conn
        limit = max(1, min(limit, 500))
        if not raw:
            rows = conn.execute(f"{FARMER_SELECT} ORDER BY number DESC LIMIT ?", (limit,)).fetchall()
        elif raw.isascii() and raw.isdigit() and len(raw) == 4:
            rows = conn.execute(f"{FARMER_SELECT} WHERE phone_tail = ? ORDER BY number DESC LIMIT ?",
                                (raw, limit)).fetchall()
        elif raw.isascii() and raw.isdigit() and len(raw) == 11:
            rows = conn.execute(f"{FARMER_SELECT} WHERE phone_tail = ? AND yyt_open(phone) = ? ORDER BY number DESC LIMIT ?",
                                (raw[-4:], raw, limit)).fetchall()
        elif raw[:1] in "Ff" and raw[1:].isascii() and raw[1:].isdigit():
            rows = conn.execute(f"{FARMER_SELECT} WHERE number = ?", (int(raw[1:]),)).fetchall()
        else:
            like = "%" + raw.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            rows = conn.execute(f"{FARMER_SELECT} WHERE yyt_open(name) LIKE ? ESCAPE '\\' OR village LIKE ? ESCAPE '\\'"
                                " ORDER BY number DESC LIMIT ?", (like, like, limit)).fetchall()
        return [farmer_view(r) for r in rows]
