"""Sales made after a ban took effect, found when the ban reached the station.

A station offline on 2026-06-02 does not know that 氧乐果 was banned from 2026-06-01 and may sell
it; when the rule (or a catalogue record with ``banned_from``) arrives by sync, :func:`flag_sales`
looks for sale lines of the products it bans sold on or after its date and records a flag for
each (``shop_flags``, with a ``shop_flags`` change record for the platform), in the pull's own
transaction. Flags show on Today and on the Shop page until a clerk or admin acknowledges them
(having called the buyer back, say). Idempotent: a flag exists once per (sale line, rule).
"""

from __future__ import annotations

from typing import Any

from ..db.store import WriteTx
from ..errors import NotFound
from ..ids import new_id
from ..users.model import Actor
from ..users.permissions import Perm, require
from ..validate.text import check_text
from .base import ShopContext
from .model import FlagView
from .rules import RuleBook, load_rules

_LINES_FROM = ("SELECT id, sale_id, product_id, sold_on FROM shop_sale_lines WHERE product_id = ? AND sold_on >= ?"
               " ORDER BY sold_at")
_FLAG_COLUMNS = ("id", "line_id", "sale_id", "product_id", "rule_key", "effective_from", "sold_on", "found_at",
                 "acknowledged_at", "acknowledged_by", "note")
_FLAGS = ("SELECT f.id, f.sale_id, s.number, f.sold_on, f.product_id, ln.name, ln.qty, f.rule_key, f.effective_from,"
          " f.found_at, f.acknowledged_at IS NOT NULL, f.note FROM shop_flags AS f JOIN shop_sale_lines AS ln"
          " ON ln.id = f.line_id JOIN shop_sales AS s ON s.id = f.sale_id")


def _flag_lines(tx: WriteTx, product_id: str, rule_key: str, effective_from: str) -> int:
    made = 0
    for line_id, sale_id, pid, sold_on in tx.execute(_LINES_FROM, (product_id, effective_from)).fetchall():
        fid = new_id()
        cur = tx.execute("INSERT OR IGNORE INTO shop_flags (id, line_id, sale_id, product_id, rule_key, effective_from,"
                         " sold_on, found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         (fid, line_id, sale_id, pid, rule_key, effective_from, sold_on, tx.now_iso))
        if cur.rowcount:
            made += 1
            tx.change("shop_flags", fid, "create", {
                "id": fid, "line_id": line_id, "sale_id": sale_id, "product_id": pid, "rule_key": rule_key,
                "effective_from": effective_from, "sold_on": sold_on, "found_at": tx.now_iso})
    return made


def flag_rule(tx: WriteTx, key: str, ingredient: str, effective_from: str) -> int:
    """A ban rule arrived: flag the lines of every product it names sold on or after its date."""
    book: RuleBook = load_rules(tx.conn)
    made = 0
    like = f"%{ingredient}%"
    for pid, name, ingr in tx.execute("SELECT id, name, ingredient FROM shop_products WHERE name LIKE ? OR"
                                      " ingredient LIKE ?", (like, like)).fetchall():
        if ingredient in book.ingredients_in(f"{name} {ingr}"):
            made += _flag_lines(tx, pid, key, effective_from)
    if made:
        tx.summary["flagged"] = tx.summary.get("flagged", 0) + made
    return made


def flag_product(tx: WriteTx, product_id: str, banned_from: str) -> int:
    """A catalogue record arrived with ``banned_from``: flag that product's lines sold since."""
    made = _flag_lines(tx, product_id, "catalogue", banned_from)
    if made:
        tx.summary["flagged"] = tx.summary.get("flagged", 0) + made
    return made


def flag_view(r: Any) -> FlagView:
    return FlagView(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], bool(r[10]), r[11])


class FlagService:
    def __init__(self, ctx: ShopContext) -> None:
        self.ctx = ctx

    def list(self, actor: Actor, *, open_only: bool = True) -> list[FlagView]:
        """The flags, newest first (only those not acknowledged by default)."""
        require(actor, Perm.SHOP_SELL)
        where = " WHERE f.acknowledged_at IS NULL" if open_only else ""
        return [flag_view(r) for r in self.ctx.store.conn.execute(f"{_FLAGS}{where} ORDER BY f.found_at DESC")]

    def acknowledge(self, actor: Actor, flag_id: str, note: str) -> FlagView:
        """Mark a flag dealt with, saying how (``note`` required). Acknowledging twice changes nothing."""
        require(actor, Perm.SHOP_STOCK)
        text = check_text(note, field="note", max_len=200)
        conn = self.ctx.store.conn
        row = conn.execute(f"SELECT {', '.join(_FLAG_COLUMNS)} FROM shop_flags WHERE id = ?", (flag_id,)).fetchone()
        if row is None:
            raise NotFound("shop.flag_not_found", flag=flag_id[:40])
        if row[8] is None:
            with self.ctx.store.write(actor=actor.username, action="shop.flag_ack", entity="shop_flag",
                                      entity_id=flag_id) as tx:
                tx.execute("UPDATE shop_flags SET acknowledged_at = ?, acknowledged_by = ?, note = ? WHERE id = ?",
                           (tx.now_iso, actor.username, text, flag_id))
                state = dict(zip(_FLAG_COLUMNS, tx.execute(
                    f"SELECT {', '.join(_FLAG_COLUMNS)} FROM shop_flags WHERE id = ?", (flag_id,)).fetchone(),
                    strict=True))
                tx.change("shop_flags", flag_id, "update", state)
                tx.summary.update(note=text)
        return flag_view(conn.execute(f"{_FLAGS} WHERE f.id = ?", (flag_id,)).fetchone())
