"""Outbound parcels (寄件, 上行): real-name acceptance, price, waybill, courier manifest.

Real-name rule (实名收寄): the sender's name and resident ID are checked (format, birth date,
GB 11643 check character). There is no age limit — postal real-name registration identifies the
sender, it does not restrict minors — so ``adult`` is not required here (the agri-input shop's
restricted pesticides are where adulthood is checked). The ID is stored only masked
(``5001**********1234``) and as an HMAC-SHA256 under the station's secret key, never in clear,
and the change record carries the same two values.

Prohibited items (禁寄物品): the sender must confirm the contents hold none
(``prohibited_confirmed``); declared contents naming an item on ``resources/prohibited_items.json``
are refused outright.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..cash.ledger import record_cash
from ..cash.model import Kind, Service
from ..clock import local_date
from ..db.store import WriteTx
from ..errors import InvalidInput, NotFound, Refused
from ..ids import new_id
from ..users.model import Actor
from ..users.permissions import Perm, require
from ..validate.identity import ResidentId
from ..validate.text import check_name, check_text
from .base import ParcelContext
from .model import PRODUCE_ALIASES, Manifest, ProduceCategory, Quote, ShipmentView, Status
from .records import SHIPMENT_COLUMNS, SHIPMENT_SELECT, local_text, shipment_payload, shipment_view
from .send_form import CONTENTS_MAX, field_checks
from .tariff import TariffSource
from .waybill import check_waybill, make_waybill

PROHIBITED_FILE = Path(__file__).resolve().parents[3] / "resources" / "prohibited_items.json"
_NEXT_WAYBILL = "UPDATE parcel_counters SET value = value + 1 WHERE name = 'waybill' RETURNING value"
_NEXT_MANIFEST = "UPDATE parcel_counters SET value = value + 1 WHERE name = 'manifest' RETURNING value"
_INSERT = (f"INSERT INTO shipments ({', '.join(SHIPMENT_COLUMNS)}) VALUES ({', '.join(':' + c for c in SHIPMENT_COLUMNS)})"
           f" RETURNING {SHIPMENT_SELECT}")
_PENDING = f"SELECT {SHIPMENT_SELECT} FROM shipments WHERE manifest_id IS NULL ORDER BY accepted_at, waybill"
_MANIFEST_COLUMNS = ("id", "number", "courier", "created_at", "created_by", "shipments", "weight_g", "price_fen")


@cache
def prohibited_words(path: Path = PROHIBITED_FILE) -> tuple[str, ...]:
    return tuple(json.loads(path.read_text(encoding="utf-8"))["words"])


def check_produce(text: str | None) -> ProduceCategory | None:
    """``柑橘``/``citrus`` … → the category; empty → not produce (``shipment.produce_invalid``)."""
    raw = (text or "").strip()
    if not raw:
        return None
    category = PRODUCE_ALIASES.get(raw.lower()) or PRODUCE_ALIASES.get(raw)
    if category is None:
        raise InvalidInput("shipment.produce_invalid", text=raw[:20],
                           allowed="柑橘, 中药材, 脆李, 榨菜, 花椒, other")
    return category


@dataclass(frozen=True)
class SendRequest:
    """An outbound parcel validated by :meth:`OutboundService.prepare`, not yet accepted."""

    id: str
    sender_name: str
    sender_id_masked: str
    sender_id_hash: str | None  # a hash already held (a consignor's), else None: made from sender_id
    sender_id: ResidentId | None  # validated; stored only masked and keyed (the key is read inside the write)
    sender_phone: str
    to_name: str
    to_phone: str
    to_address: str
    to_province: str
    weight_g: int
    contents: str
    produce: ProduceCategory | None


class OutboundService:
    def __init__(self, ctx: ParcelContext, tariffs: TariffSource | None = None) -> None:
        self.ctx = ctx
        self.tariffs = tariffs or TariffSource()

    def quote(self, actor: Actor, to_province: str, weight_g: int) -> Quote:
        """The price under the current tariff (nothing is written)."""
        require(actor, Perm.PARCEL_READ)
        return self.tariffs.current(self.ctx.store.conn).quote(to_province, weight_g)

    def provinces(self, actor: Actor) -> list[str]:
        """The destinations the current tariff prices, in its order (for the form's picker)."""
        require(actor, Perm.PARCEL_READ)
        return list(self.tariffs.current(self.ctx.store.conn).provinces)

    def send(self, actor: Actor, *, sender_name: str, sender_id: str, sender_phone: str, to_name: str,
             to_phone: str, to_address: str, to_province: str, weight_g: int, contents: str,
             prohibited_confirmed: bool, produce: str | None = None) -> ShipmentView:
        """Accept an outbound parcel paid in cash at the counter: everything is validated first
        (see :meth:`prepare`), then the waybill number is taken and the shipment, the postage in the
        cash ledger (the clerk's open shift: ``cash.no_open_shift`` 5 without one), the change
        records and the audit entry commit together."""
        request = self.prepare(actor, sender_name=sender_name, sender_id=sender_id, sender_phone=sender_phone,
                               to_name=to_name, to_phone=to_phone, to_address=to_address, to_province=to_province,
                               weight_g=weight_g, contents=contents, prohibited_confirmed=prohibited_confirmed,
                               produce=produce)
        with self.ctx.store.write(actor=actor.username, action="shipment.send", entity="shipment",
                                  entity_id=request.id) as tx:
            payload = self.accept(tx, actor, request, paid_in_cash=True)
        return shipment_view(payload)

    def prepare(self, actor: Actor, *, sender_name: str, sender_id: str, sender_phone: str, to_name: str,
                to_phone: str, to_address: str, to_province: str, weight_g: int, contents: str,
                prohibited_confirmed: bool, produce: str | None = None) -> SendRequest:
        """Validate an outbound parcel without writing: real-name sender, full phones, address,
        weight 1 g – 50 kg, contents declared and confirmed free of prohibited items, produce
        category. (The province and weight are priced by :meth:`accept`, under the tariff then.)"""
        require(actor, Perm.PARCEL_COUNTER)
        now = self.ctx.store.clock.now()
        check = field_checks(local_date(now), prohibited_words())  # the form's rules (send_form.py)
        s_name = check["sender_name"](sender_name)
        rid = check["sender_id"](sender_id)
        return self._request(check, s_name, rid.masked, None, rid, sender_phone, to_name, to_phone, to_address,
                             to_province, weight_g, contents, prohibited_confirmed, produce)

    def prepare_for_consignor(self, actor: Actor, *, sender_name: str, sender_id_masked: str, sender_id_hash: str,
                              sender_phone: str, to_name: str, to_phone: str, to_address: str, to_province: str,
                              weight_g: int, contents: str, produce: str) -> SendRequest:
        """Validate a produce parcel the station sends for a consignor whose goods it took in and
        inspected at intake (代销发货): the sender is the registered farmer, with the resident ID as
        the station already holds it (masked + keyed hash, or empty when none was registered).
        Everything else is checked as in :meth:`prepare`; the contents were inspected at intake,
        which is the prohibited-items confirmation."""
        require(actor, Perm.PARCEL_COUNTER)
        check = field_checks(local_date(self.ctx.store.clock.now()), prohibited_words())
        s_name = check_name(sender_name, field="sender_name")
        return self._request(check, s_name, sender_id_masked, sender_id_hash, None, sender_phone, to_name, to_phone,
                             to_address, to_province, weight_g, contents, True, produce)

    def _request(self, check: dict, s_name: str, id_masked: str, id_hash: str | None, rid: ResidentId | None,
                 sender_phone: str, to_name: str, to_phone: str, to_address: str, to_province: str, weight_g: int,
                 contents: str, prohibited_confirmed: bool, produce: str | None) -> SendRequest:
        s_phone = check["sender_phone"](sender_phone)
        t_name = check["to_name"](to_name)
        t_phone = check["to_phone"](to_phone)
        address = check["to_address"](to_address)
        check_text(contents, field="contents", max_len=CONTENTS_MAX)
        check["prohibited_confirmed"](bool(prohibited_confirmed))
        what = check["contents"](contents)
        category = check_produce(produce)
        return SendRequest(new_id(), s_name, id_masked, id_hash, rid, s_phone, t_name, t_phone, address, to_province,
                           weight_g, what, category)

    def accept(self, tx: WriteTx, actor: Actor, r: SendRequest, *, paid_in_cash: bool) -> dict[str, Any]:
        """Inside the caller's write: price the request, take the waybill number, store the
        shipment and its change record; with ``paid_in_cash`` also the postage into the cash ledger
        (otherwise the caller charges it elsewhere, e.g. on a consignment statement, in the same
        transaction). Returns the shipment's record."""
        id_hash = r.sender_id_hash
        if r.sender_id is not None:  # a key made now is recorded in this transaction
            id_hash = r.sender_id.keyed_hash(self.ctx.secret_key(tx))
        quote = self.tariffs.current(tx.conn).quote(r.to_province, r.weight_g)
        seq = tx.conn.execute(_NEXT_WAYBILL).fetchone()[0]
        row = tx.conn.execute(_INSERT, tx.cipher().seal_row("shipments", {
            "id": r.id, "waybill": make_waybill(self.ctx.station_code, seq), "status": Status.SENT.value,
            "sender_name": r.sender_name, "sender_id_masked": r.sender_id_masked,
            "sender_id_hash": id_hash or "", "sender_phone": r.sender_phone,
            "to_name": r.to_name, "to_phone": r.to_phone, "to_address": r.to_address, "to_province": quote.province,
            "zone": quote.zone, "weight_g": quote.weight_g, "price_fen": quote.price_fen,
            "tariff_version": quote.tariff_version, "contents": r.contents, "prohibited_confirmed": 1,
            "produce": int(r.produce is not None), "produce_category": r.produce.value if r.produce else "",
            "accepted_at": tx.now_iso, "accepted_by": actor.username, "manifest_id": None,
            "handed_over_at": None, "updated_at": tx.now_iso,
        })).fetchone()
        payload = shipment_payload(row)
        tx.change("shipments", r.id, "create", payload)
        if paid_in_cash and quote.price_fen > 0:
            record_cash(tx, actor, service=Service.PARCELS, kind=Kind.FEE, amount_fen=quote.price_fen,
                        ref_entity="shipments", ref_id=r.id)
        tx.summary.update(waybill=payload["waybill"], price_fen=quote.price_fen, produce=payload["produce_category"],
                          paid_in_cash=paid_in_cash)
        return payload

    def get(self, actor: Actor, waybill: str) -> ShipmentView:
        """One shipment by waybill (``waybill.invalid``/``waybill.checksum`` 3, ``shipment.not_found`` 4)."""
        require(actor, Perm.PARCEL_READ)
        w = check_waybill(waybill)
        row = self.ctx.store.query_one(f"SELECT {SHIPMENT_SELECT} FROM shipments WHERE waybill = ?", (w,))
        if row is None:
            raise NotFound("shipment.not_found", waybill=w)
        return shipment_view(shipment_payload(row))

    def pending(self, actor: Actor) -> list[ShipmentView]:
        """Shipments accepted and not yet handed to a courier, oldest first (the next manifest)."""
        require(actor, Perm.PARCEL_READ)
        return [shipment_view(shipment_payload(r)) for r in self.ctx.store.query(_PENDING)]

    def handover(self, actor: Actor, courier: str = "") -> Manifest:
        """Hand every pending shipment to the courier's collection run (揽收) as one manifest.
        ``manifest.empty`` (5) when nothing is waiting."""
        require(actor, Perm.PARCEL_COUNTER)
        who = check_name(courier, field="courier", required=False, person=True)
        mid = new_id()
        with self.ctx.store.write(actor=actor.username, action="shipment.handover", entity="manifest",
                                  entity_id=mid) as tx:
            pending = tx.conn.execute(_PENDING).fetchall()
            if not pending:
                raise Refused("manifest.empty")
            number = tx.conn.execute(_NEXT_MANIFEST).fetchone()[0]
            weight, price = sum(r["weight_g"] for r in pending), sum(r["price_fen"] for r in pending)
            tx.execute("INSERT INTO manifests (id, number, courier, created_at, created_by, shipments, weight_g,"
                       " price_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       (mid, number, who, tx.now_iso, actor.username, len(pending), weight, price))
            views = []
            for r in pending:
                row = tx.conn.execute(
                    f"UPDATE shipments SET manifest_id = ?, handed_over_at = ?, updated_at = ? WHERE id = ?"
                    f" RETURNING {SHIPMENT_SELECT}", (mid, tx.now_iso, tx.now_iso, r["id"])).fetchone()
                payload = shipment_payload(row)
                tx.change("shipments", payload["id"], "update", payload)
                views.append(shipment_view(payload))
            tx.change("manifests", mid, "create", {
                "id": mid, "number": number, "courier": who, "created_at": tx.now_iso, "created_by": actor.username,
                "shipments": len(pending), "weight_g": weight, "price_fen": price,
                "waybills": [v.waybill for v in views],
            })
            tx.summary.update(number=number, shipments=len(pending), weight_g=weight)
        return Manifest(mid, number, who, tx.now_iso, local_text(tx.now_iso), actor.username, tuple(views))

    def manifest(self, actor: Actor, number: int) -> Manifest:
        """A manifest made earlier, to print again (``manifest.not_found``)."""
        require(actor, Perm.PARCEL_READ)
        row = self.ctx.store.query_one(f"SELECT {', '.join(_MANIFEST_COLUMNS)} FROM manifests WHERE number = ?",
                                       (number,))
        if row is None:
            raise NotFound("manifest.not_found", number=number)
        rows = self.ctx.store.query(f"SELECT {SHIPMENT_SELECT} FROM shipments WHERE manifest_id = ? ORDER BY"
                                    " accepted_at, waybill", (row[0],))
        return Manifest(row[0], row[1], row[2], row[3], local_text(row[3]), row[4],
                        tuple(shipment_view(shipment_payload(r)) for r in rows))
