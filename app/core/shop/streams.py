"""Pulled shop records: the platform's approved catalogue (stream ``catalogue``) and the banned /
restricted pesticide list (stream ``pesticide_rules``).

``catalogue`` key: the platform's product code; payload: ``name``, ``category`` (seed, fertiliser,
pesticide, feed, tool, other), ``spec``, ``unit``, ``price_fen``, ``ean``, ``reg_no``, ``maker``,
``ingredient``, ``restricted`` (bool), ``banned_from`` (``YYYY-MM-DD`` or absent). A withdrawn
record makes the product inactive (never deleted: lots and sales refer to it); it comes back
active if published again.

``pesticide_rules`` key: the rule's key; payload: ``ingredient``, ``kind`` (banned | restricted),
``effective_from`` (``YYYY-MM-DD``), ``basis``, ``version``.

Both handlers are idempotent, and both flag sales already made on or after a ban's date
(:mod:`app.core.shop.flags`).
"""

from __future__ import annotations

from typing import Any

from ..db.store import WriteTx
from ..ids import new_id
from ..sync.streams import StreamHandler
from ..validate.dates import check_date
from .catalogue import catalogue_row
from .flags import flag_product, flag_rule
from .rules import KINDS, normalise

_UPDATABLE = ("name", "category", "spec", "unit", "price_fen", "ean", "reg_no", "maker", "ingredient", "restricted",
              "banned_from")


def _apply_catalogue(tx: WriteTx, key: str, data: dict[str, Any]) -> None:
    row = catalogue_row(key, data)
    if row is None:
        return
    held = tx.execute(f"SELECT id, {', '.join(_UPDATABLE)}, active FROM shop_products WHERE platform_key = ?",
                      (key,)).fetchone()
    if held is None:
        pid = new_id()
        tx.execute("INSERT INTO shop_products (id, source, platform_key, name, category, spec, unit, price_fen, ean,"
                   " reg_no, maker, ingredient, restricted, banned_from, active, low_stock, created_at, created_by,"
                   " updated_at) VALUES (:id, 'platform', :platform_key, :name, :category, :spec, :unit, :price_fen,"
                   " :ean, :reg_no, :maker, :ingredient, :restricted, :banned_from, 1, 0, :now, 'platform', :now)",
                   {**row, "id": pid, "now": tx.now_iso})
    else:
        pid = held[0]
        if tuple(held[1:]) != (*(row[c] for c in _UPDATABLE), 1):  # changed: write (else nothing, idempotent)
            tx.execute(f"UPDATE shop_products SET {', '.join(f'{c} = :{c}' for c in _UPDATABLE)}, active = 1,"
                       " updated_at = :now WHERE id = :id", {**row, "id": pid, "now": tx.now_iso})
    if row["banned_from"]:
        flag_product(tx, pid, row["banned_from"])


def _remove_catalogue(tx: WriteTx, key: str) -> None:
    tx.execute("UPDATE shop_products SET active = 0, updated_at = ? WHERE platform_key = ? AND active = 1",
               (tx.now_iso, key))


def _apply_rule(tx: WriteTx, key: str, data: dict[str, Any]) -> None:
    ingredient = normalise(str(data.get("ingredient") or ""))
    kind = str(data.get("kind") or "")
    try:
        since = check_date(str(data.get("effective_from") or "")).isoformat()
    except Exception:  # noqa: BLE001 - a malformed rule is kept in platform_records only
        return
    if not ingredient or kind not in KINDS:
        return
    version = data.get("version", 0)
    tx.execute("INSERT INTO shop_rules (key, ingredient, kind, effective_from, basis, version)"
               " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET ingredient = excluded.ingredient,"
               " kind = excluded.kind, effective_from = excluded.effective_from, basis = excluded.basis,"
               " version = excluded.version",
               (key, ingredient, kind, since, str(data.get("basis") or "")[:200],
                version if isinstance(version, int) else 0))
    if kind == "banned":
        flag_rule(tx, key, ingredient, since)


def _remove_rule(tx: WriteTx, key: str) -> None:
    tx.execute("DELETE FROM shop_rules WHERE key = ?", (key,))


HANDLERS = (
    StreamHandler("catalogue", _apply_catalogue, _remove_catalogue),
    StreamHandler("pesticide_rules", _apply_rule, _remove_rule),
)
