"""Carrier rounds (送货上门): scan a batch out, deliver each at the door or bring it back, close.

A round is referred to by its id or by its short number. Carriers act on their own rounds only;
clerks and admins on any. One carrier has at most one open round. A round closes only when every
parcel on it is accounted for (delivered or back on its shelf).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from ..db.store import WriteTx
from ..errors import InvalidInput, NotAllowed, NotFound, Refused
from ..ids import new_id
from ..users.model import Actor, Role
from ..users.permissions import GRANTS, Perm, require
from ..validate.phone import phone_tail
from ..validate.text import check_username
from .base import ParcelContext, get_parcel, update_parcel
from .codes import parse_code
from .events import EVENT_PHONE_SHOWN, add_event
from .model import PhoneReveal, RoundSheet, RoundView, Status
from .pickup import refuse_unless_in_station
from .records import (
    ROUND_COLUMNS,
    ROUND_ITEMS_SQL,
    ROUND_SELECT,
    local_text,
    round_payload,
    round_view,
    row_dict,
)

_BY_ID = f"SELECT {ROUND_SELECT} FROM rounds WHERE id = ?"
_BY_NUMBER = f"SELECT {ROUND_SELECT} FROM rounds WHERE number = ?"
_OPEN_FOR = "SELECT number FROM rounds WHERE status = 'open' AND carrier = ?"
_ITEM = "SELECT outcome FROM round_items WHERE round_id = ? AND parcel_id = ?"
_NEXT_NUMBER = "UPDATE parcel_counters SET value = value + 1 WHERE name = 'round' RETURNING value"

MAX_NUMBER_DIGITS = 12
SHEET_COLUMNS = ("pickup_code", "tracking", "phone", "name", "outcome")


def _round(conn: sqlite3.Connection, ref: str | int) -> dict[str, Any]:
    text = str(ref).strip().lstrip("#")
    if text.isdigit() and len(text) > MAX_NUMBER_DIGITS:  # a round number past any SQLite integer
        raise InvalidInput("round.ref_invalid", round=text[:24])
    row = conn.execute(_BY_NUMBER, (int(text),)).fetchone() if text.isdigit() else conn.execute(
        _BY_ID, (text.lower(),)).fetchone()
    if row is None:
        raise NotFound("round.not_found", round=text[:40])
    return row_dict(ROUND_COLUMNS, row)


def _own(actor: Actor, r: dict[str, Any]) -> None:
    if actor.role == Role.CARRIER and r["carrier"] != actor.username:
        raise NotAllowed("round.not_yours", round=r["number"], carrier=r["carrier"])


def _open(r: dict[str, Any]) -> None:
    if r["status"] != "open":
        raise Refused("round.closed", round=r["number"])


class RoundService:
    def __init__(self, ctx: ParcelContext) -> None:
        self.ctx = ctx

    # -- writes ----------------------------------------------------------------------------------
    def start(self, actor: Actor, carrier: str) -> RoundView:
        """Open a round for ``carrier`` (a user who may deliver: carrier, clerk or admin).
        ``user.not_found`` (4), ``round.not_a_carrier`` (3), ``round.carrier_busy`` (5: they have
        an open round), ``round.not_yours`` (6: a carrier starting someone else's round)."""
        require(actor, Perm.ROUND_MANAGE)
        username = check_username(carrier)
        if actor.role == Role.CARRIER and username != actor.username:
            raise NotAllowed("round.not_yours", round="", carrier=username)
        rid = new_id()
        with self.ctx.store.write(actor=actor.username, action="round.start", entity="round", entity_id=rid) as tx:
            user = tx.conn.execute("SELECT role, active FROM users WHERE username = ?", (username,)).fetchone()
            if user is None:
                raise NotFound("user.not_found", username=username)
            if not user[1] or Role(user[0]) not in GRANTS[Perm.ROUND_DELIVER]:
                raise InvalidInput("round.not_a_carrier", username=username)
            busy = tx.conn.execute(_OPEN_FOR, (username,)).fetchone()
            if busy is not None:
                raise Refused("round.carrier_busy", carrier=username, round=busy[0])
            number = tx.conn.execute(_NEXT_NUMBER).fetchone()[0]
            tx.execute("INSERT INTO rounds (id, number, carrier, status, started_at, started_by, updated_at)"
                       " VALUES (?, ?, ?, 'open', ?, ?, ?)", (rid, number, username, tx.now_iso, actor.username,
                                                              tx.now_iso))
            view = self._record(tx, rid, "create")
            tx.summary.update(round=number, carrier=username)
        return view

    def add(self, actor: Actor, ref: str | int, trackings: Sequence[str]) -> RoundView:
        """Scan parcels out onto an open round, all in one operation: each must be on the shelf
        (else the refusal that fits it, and nothing is added)."""
        require(actor, Perm.ROUND_MANAGE)
        if not trackings:
            raise InvalidInput("text.required", field="tracking")
        with self.ctx.store.write(actor=actor.username, action="round.add", entity="round") as tx:
            r = self._writable(tx, actor, ref)
            added = []
            for t in dict.fromkeys(trackings):
                p = get_parcel(tx.conn, t)
                if p["status"] == Status.OUT_FOR_DELIVERY and p["round_id"] == r["id"]:
                    raise Refused("round.already_on_round", tracking=p["tracking"], round=r["number"])
                refuse_unless_in_station(p)
                update_parcel(tx, p["id"], {"status": Status.OUT_FOR_DELIVERY.value, "round_id": r["id"]})
                tx.execute(
                    "INSERT INTO round_items (round_id, parcel_id, added_at, added_by, outcome) VALUES (?, ?, ?, ?, 'out')"
                    " ON CONFLICT (round_id, parcel_id) DO UPDATE SET outcome = 'out', added_at = excluded.added_at,"
                    " added_by = excluded.added_by, done_at = NULL, done_by = NULL",
                    (r["id"], p["id"], tx.now_iso, actor.username))
                added.append(p["tracking"])
            view = self._record(tx, r["id"])
            tx.summary.update(round=r["number"], trackings=added)
        return view

    def deliver(self, actor: Actor, ref: str | int, tracking: str, *, code: str | None = None,
                tail: str | None = None) -> RoundView:
        """Mark a parcel on the round delivered at the door. The recipient proves it is theirs with
        the pickup code or the last four digits of the phone (``round.code_mismatch``,
        ``parcel.tail_mismatch``, ``round.proof_required``: 3)."""
        require(actor, Perm.ROUND_DELIVER)
        if not code and not tail:
            raise InvalidInput("round.proof_required")
        given_code = parse_code(code) if code else None
        given_tail = phone_tail(tail) if tail else None
        with self.ctx.store.write(actor=actor.username, action="round.deliver", entity="round") as tx:
            r = self._writable(tx, actor, ref)
            p = self._out_on(tx, r, tracking)
            if given_code is not None and given_code != p["pickup_code"]:
                raise InvalidInput("round.code_mismatch", tracking=p["tracking"], pickup_code=given_code)
            if given_tail is not None and given_tail != p["phone_tail"]:
                raise InvalidInput("parcel.tail_mismatch", tracking=p["tracking"], tail=given_tail)
            update_parcel(tx, p["id"], {"status": Status.DELIVERED.value, "delivered_at": tx.now_iso,
                                        "delivered_by": actor.username})
            self._item_done(tx, r, p, "delivered", actor)
            view = self._record(tx, r["id"])
            tx.summary.update(round=r["number"], tracking=p["tracking"], proof="code" if given_code else "tail")
        return view

    def back(self, actor: Actor, ref: str | int, tracking: str) -> RoundView:
        """A parcel that could not be delivered goes back to its own shelf layer with its code."""
        require(actor, Perm.ROUND_DELIVER)
        with self.ctx.store.write(actor=actor.username, action="round.back", entity="round") as tx:
            r = self._writable(tx, actor, ref)
            p = self._out_on(tx, r, tracking)
            update_parcel(tx, p["id"], {"status": Status.IN_STATION.value})
            self._item_done(tx, r, p, "back", actor)
            view = self._record(tx, r["id"])
            tx.summary.update(round=r["number"], tracking=p["tracking"])
        return view

    def close(self, actor: Actor, ref: str | int) -> RoundView:
        """Close a round: ``round.not_closable`` (5) while any parcel on it is still out."""
        require(actor, Perm.ROUND_MANAGE)
        with self.ctx.store.write(actor=actor.username, action="round.close", entity="round") as tx:
            r = self._writable(tx, actor, ref)
            out = [row[0] for row in tx.conn.execute(
                "SELECT p.tracking FROM round_items i JOIN parcels p ON p.id = i.parcel_id"
                " WHERE i.round_id = ? AND i.outcome = 'out' ORDER BY p.tracking", (r["id"],))]
            if out:
                raise Refused("round.not_closable", round=r["number"], unaccounted=len(out),
                              trackings=", ".join(out[:5]) + (" …" if len(out) > 5 else ""))
            tx.execute("UPDATE rounds SET status = 'closed', closed_at = ?, closed_by = ?, updated_at = ? WHERE id = ?",
                       (tx.now_iso, actor.username, tx.now_iso, r["id"]))
            view = self._record(tx, r["id"])
            tx.summary.update(round=r["number"], delivered=view.delivered, back=view.back)
        return view

    def reveal_phone(self, actor: Actor, ref: str | int, tracking: str) -> PhoneReveal:
        """The full phone number of a parcel still out on an open round, for the carrier to call
        the recipient ("show number"). Only the round's carrier (or a clerk or admin) may see it;
        every reveal is audited (``parcel.phone_shown``, no number in the entry) and written to
        the parcel's history. A waybill that only showed a masked number gives that
        (``full=False``). ``round.parcel_not_on_round`` (4), ``round.parcel_accounted`` (5),
        ``round.closed`` (5), ``round.not_yours`` (6)."""
        require(actor, Perm.ROUND_DELIVER)
        with self.ctx.store.write(actor=actor.username, action="parcel.phone_shown", entity="parcel") as tx:
            r = self._writable(tx, actor, ref)
            p = self._out_on(tx, r, tracking)
            tx.entity_id = p["id"]
            add_event(tx, p["id"], EVENT_PHONE_SHOWN, {"round": r["number"]})
            tx.summary.update(tracking=p["tracking"], round=r["number"])
        return PhoneReveal(p["tracking"], p["phone"], "*" not in p["phone"])

    # -- helpers inside a write ------------------------------------------------------------------
    def _writable(self, tx: WriteTx, actor: Actor, ref: str | int) -> dict[str, Any]:
        r = _round(tx.conn, ref)
        tx.entity_id = r["id"]
        _own(actor, r)
        _open(r)
        return r

    def _out_on(self, tx: WriteTx, r: dict[str, Any], tracking: str) -> dict[str, Any]:
        p = get_parcel(tx.conn, tracking)
        item = tx.conn.execute(_ITEM, (r["id"], p["id"])).fetchone()
        if item is None:
            raise NotFound("round.parcel_not_on_round", tracking=p["tracking"], round=r["number"])
        if item[0] != "out":
            raise Refused("round.parcel_accounted", tracking=p["tracking"], outcome=item[0])
        return p

    def _item_done(self, tx: WriteTx, r: dict[str, Any], p: dict[str, Any], outcome: str, actor: Actor) -> None:
        tx.execute("UPDATE round_items SET outcome = ?, done_at = ?, done_by = ? WHERE round_id = ? AND parcel_id = ?",
                   (outcome, tx.now_iso, actor.username, r["id"], p["id"]))

    def _record(self, tx: WriteTx, rid: str, op: str = "update") -> RoundView:
        if op == "update":
            tx.execute("UPDATE rounds SET updated_at = ? WHERE id = ?", (tx.now_iso, rid))
        r = row_dict(ROUND_COLUMNS, tx.conn.execute(_BY_ID, (rid,)).fetchone())
        items = tx.conn.execute(ROUND_ITEMS_SQL, (rid,)).fetchall()
        tx.change("rounds", rid, op, round_payload(r, items))
        return round_view(r, items)

    # -- reads -----------------------------------------------------------------------------------
    def get(self, actor: Actor, ref: str | int) -> RoundView:
        """One round with its parcels (``round.not_found``)."""
        require(actor, Perm.PARCEL_READ)
        conn = self.ctx.store.conn
        r = _round(conn, ref)
        return round_view(r, conn.execute(ROUND_ITEMS_SQL, (r["id"],)).fetchall())

    def list(self, actor: Actor, *, open_only: bool = False, carrier: str | None = None,
             limit: int = 50) -> list[RoundView]:
        """Rounds, newest first (a carrier sees their own)."""
        require(actor, Perm.PARCEL_READ)
        if actor.role == Role.CARRIER:
            carrier = actor.username
        where, params = [], []
        if open_only:
            where.append("status = 'open'")
        if carrier:
            where.append("carrier = ?")
            params.append(check_username(carrier))
        sql = f"SELECT {ROUND_SELECT} FROM rounds" + (" WHERE " + " AND ".join(where) if where else "")
        conn = self.ctx.store.conn
        rows = conn.execute(sql + " ORDER BY number DESC LIMIT ?", (*params, limit)).fetchall()
        return [round_view(r, conn.execute(ROUND_ITEMS_SQL, (r["id"],)).fetchall())
                for r in (row_dict(ROUND_COLUMNS, x) for x in rows)]

    def open_round_for(self, actor: Actor, carrier: str) -> RoundView | None:
        """The carrier's open round, if any (carrier mode opens on it)."""
        rounds = self.list(actor, open_only=True, carrier=carrier, limit=1)
        return rounds[0] if rounds else None

    def sheet(self, actor: Actor, ref: str | int) -> RoundSheet:
        """The printable round sheet: per parcel its code, tracking, masked phone and name, outcome."""
        view = self.get(actor, ref)
        name_row = self.ctx.store.query_one("SELECT display_name FROM users WHERE username = ?", (view.carrier,))
        rows = tuple({"pickup_code": i.pickup_code, "tracking": i.tracking, "phone": i.phone, "name": i.name,
                      "outcome": i.outcome} for i in sorted(view.items, key=lambda i: i.pickup_code))
        return RoundSheet(view.id, view.number, view.carrier, name_row[0] if name_row else "", self.ctx.station_name,
                          local_text(view.started_at), SHEET_COLUMNS, rows)
