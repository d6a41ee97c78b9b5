"""v8: the agri-input shop — catalogue, lots, stock moves, sales with per-lot allocations, returns,
adjustments, the statutory ledgers (农药管理条例 §26 purchases, §27 sales), recalls, pesticide rules
pulled from the platform, and flags for sales made after a ban took effect (issue 9).

Invariants the schema holds by itself (services rely on them, tests check them):

- a lot's on-hand quantity is the sum of its moves (a trigger keeps ``shop_lots.qty``) and is
  never negative (CHECK): no code path can oversell or forget a move;
- moves, purchases (§26 rows), sales, sale lines and returns are append-only (no UPDATE; a sale
  line's ``returned`` count only grows, up to what was sold);
- a ledger row younger than two years can never be deleted (DELETE triggers against SQLite's own
  clock; the purge service also refuses by the station clock) — 农药管理条例 §26/§27 keep them
  "at least two years";
- products, lots and recalls are never deleted; sale, purchase, return and recall numbers are
  unique (taken from ``shop_counters`` inside the write, so gap-free).
"""

from __future__ import annotations

import sqlite3

VERSION = 8

#: a row stored at or after this instant is younger than two years (SQLite's clock)
_TWO_YEARS_AGO = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-2 years')"

SQL = f"""
CREATE TABLE shop_counters (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO shop_counters (name, value) VALUES ('sale', 0), ('purchase', 0), ('return', 0), ('recall', 0),
    ('catalogue_rev', 0), ('rules_rev', 0);

CREATE TABLE shop_products (
    id           TEXT PRIMARY KEY,              -- UUIDv7
    source       TEXT NOT NULL CHECK (source IN ('platform', 'local')),
    platform_key TEXT UNIQUE,                   -- the catalogue record's key (NULL for a local item)
    name         TEXT NOT NULL,
    category     TEXT NOT NULL CHECK (category IN ('seed', 'fertiliser', 'pesticide', 'feed', 'tool', 'other')),
    spec         TEXT NOT NULL DEFAULT '',
    unit         TEXT NOT NULL,
    price_fen    INTEGER NOT NULL CHECK (price_fen >= 0),
    ean          TEXT NOT NULL DEFAULT '',
    reg_no       TEXT NOT NULL DEFAULT '',
    maker        TEXT NOT NULL DEFAULT '',
    ingredient   TEXT NOT NULL DEFAULT '',      -- active ingredient(s) as the label gives them
    restricted   INTEGER NOT NULL DEFAULT 0 CHECK (restricted IN (0, 1)),
    banned_from  TEXT,                          -- station-local date from which it may not be sold
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),  -- 0: withdrawn from the catalogue
    low_stock    INTEGER NOT NULL DEFAULT 0 CHECK (low_stock >= 0),     -- 0: the station's default
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE INDEX shop_products_ean ON shop_products (ean) WHERE ean != '';

CREATE TRIGGER shop_products_no_delete BEFORE DELETE ON shop_products
BEGIN SELECT RAISE(ABORT, 'products are never deleted'); END;

CREATE TRIGGER shop_products_rev_insert AFTER INSERT ON shop_products
BEGIN UPDATE shop_counters SET value = value + 1 WHERE name = 'catalogue_rev'; END;

CREATE TRIGGER shop_products_rev_update AFTER UPDATE ON shop_products
BEGIN UPDATE shop_counters SET value = value + 1 WHERE name = 'catalogue_rev'; END;

CREATE TABLE shop_lots (
    id          TEXT PRIMARY KEY,
    product_id  TEXT NOT NULL REFERENCES shop_products (id),
    lot_no      TEXT NOT NULL,
    produced_on TEXT NOT NULL,
    expires_on  TEXT NOT NULL,
    qty         INTEGER NOT NULL DEFAULT 0 CHECK (qty >= 0),  -- on hand: the sum of its moves (trigger)
    qty_in      INTEGER NOT NULL DEFAULT 0,                   -- everything stocked in
    first_in_at TEXT NOT NULL,
    recalled_at TEXT,
    recall_id   TEXT,
    updated_at  TEXT NOT NULL,
    UNIQUE (product_id, lot_no),
    CHECK (expires_on >= produced_on)
);

-- first-expired-first-out: the sellable lots of a product, earliest expiry first
CREATE INDEX shop_lots_fefo ON shop_lots (product_id, expires_on, first_in_at) WHERE qty > 0 AND recalled_at IS NULL;

CREATE INDEX shop_lots_lot_no ON shop_lots (lot_no);

CREATE INDEX shop_lots_on_hand ON shop_lots (expires_on) WHERE qty > 0;

CREATE TRIGGER shop_lots_no_delete BEFORE DELETE ON shop_lots
BEGIN SELECT RAISE(ABORT, 'lots are never deleted'); END;

-- Every change of a lot's quantity. ref_id: the purchase, sale, return or adjustment it belongs to.
CREATE TABLE shop_moves (
    id      TEXT PRIMARY KEY,
    lot_id  TEXT NOT NULL REFERENCES shop_lots (id),
    kind    TEXT NOT NULL CHECK (kind IN ('in', 'sale', 'return', 'adjust')),
    qty     INTEGER NOT NULL CHECK (qty != 0),   -- signed: + into stock, - out of it
    at      TEXT NOT NULL,
    ref_id  TEXT NOT NULL,
    line_id TEXT                                 -- the sale line (sale and return moves)
);

CREATE INDEX shop_moves_lot ON shop_moves (lot_id, kind);

CREATE INDEX shop_moves_line ON shop_moves (line_id) WHERE line_id IS NOT NULL;

CREATE TRIGGER shop_moves_apply AFTER INSERT ON shop_moves
BEGIN
    UPDATE shop_lots SET qty = qty + NEW.qty,
        qty_in = qty_in + CASE WHEN NEW.kind = 'in' THEN NEW.qty ELSE 0 END
    WHERE id = NEW.lot_id;
END;

CREATE TRIGGER shop_moves_no_update BEFORE UPDATE ON shop_moves
BEGIN SELECT RAISE(ABORT, 'stock moves are append-only'); END;

CREATE TRIGGER shop_moves_no_delete BEFORE DELETE ON shop_moves
BEGIN SELECT RAISE(ABORT, 'stock moves are append-only'); END;

-- §26 purchase ledger (进货台账): one row per stock-in, the product as it was then.
CREATE TABLE shop_purchases (
    id            TEXT PRIMARY KEY,
    number        INTEGER NOT NULL UNIQUE,
    lot_id        TEXT NOT NULL REFERENCES shop_lots (id),
    product_id    TEXT NOT NULL,
    received_at   TEXT NOT NULL,
    received_on   TEXT NOT NULL,                -- station-local date
    clerk         TEXT NOT NULL,
    product_name  TEXT NOT NULL,
    category      TEXT NOT NULL,
    reg_no        TEXT NOT NULL,
    spec          TEXT NOT NULL,
    unit          TEXT NOT NULL,
    maker         TEXT NOT NULL,
    lot_no        TEXT NOT NULL,
    produced_on   TEXT NOT NULL,
    expires_on    TEXT NOT NULL,
    qty           INTEGER NOT NULL CHECK (qty > 0),
    unit_cost_fen INTEGER NOT NULL CHECK (unit_cost_fen >= 0),
    amount_fen    INTEGER NOT NULL CHECK (amount_fen >= 0),
    supplier_name TEXT NOT NULL,
    supplier_phone TEXT NOT NULL,
    label_code    TEXT NOT NULL DEFAULT ''      -- the pesticide label's 32-digit code, verbatim
);

CREATE INDEX shop_purchases_day ON shop_purchases (received_on);

CREATE TRIGGER shop_purchases_no_update BEFORE UPDATE ON shop_purchases
BEGIN SELECT RAISE(ABORT, 'ledger rows are never changed'); END;

CREATE TRIGGER shop_purchases_keep BEFORE DELETE ON shop_purchases
WHEN OLD.received_at >= {_TWO_YEARS_AGO}
BEGIN SELECT RAISE(ABORT, 'ledger rows are kept two years'); END;

-- §27 sales ledger: the sale, its lines (the product as it was then) and the per-lot moves.
CREATE TABLE shop_sales (
    id              TEXT PRIMARY KEY,
    number          INTEGER NOT NULL UNIQUE,
    sold_at         TEXT NOT NULL,
    sold_on         TEXT NOT NULL,              -- station-local date
    clerk           TEXT NOT NULL,
    total_fen       INTEGER NOT NULL CHECK (total_fen >= 0),
    restricted      INTEGER NOT NULL DEFAULT 0 CHECK (restricted IN (0, 1)),
    buyer_name      TEXT NOT NULL DEFAULT '',
    buyer_id_masked TEXT NOT NULL DEFAULT '',   -- the resident ID only masked ...
    buyer_id_hash   TEXT NOT NULL DEFAULT '',   -- ... and as the station-keyed HMAC, never in clear
    buyer_phone     TEXT NOT NULL DEFAULT '',
    buyer_address   TEXT NOT NULL DEFAULT '',
    crop            TEXT NOT NULL DEFAULT '',   -- crop / pest the pesticide is bought for
    safety_reminded INTEGER NOT NULL DEFAULT 0 CHECK (safety_reminded IN (0, 1))
);

CREATE INDEX shop_sales_day ON shop_sales (sold_on);

CREATE TRIGGER shop_sales_no_update BEFORE UPDATE ON shop_sales
BEGIN SELECT RAISE(ABORT, 'sales are never changed'); END;

CREATE TRIGGER shop_sales_keep BEFORE DELETE ON shop_sales
WHEN OLD.sold_at >= {_TWO_YEARS_AGO}
BEGIN SELECT RAISE(ABORT, 'ledger rows are kept two years'); END;

CREATE TABLE shop_sale_lines (
    id             TEXT PRIMARY KEY,
    sale_id        TEXT NOT NULL REFERENCES shop_sales (id),
    line_no        INTEGER NOT NULL,
    product_id     TEXT NOT NULL,
    qty            INTEGER NOT NULL CHECK (qty > 0),
    returned       INTEGER NOT NULL DEFAULT 0 CHECK (returned >= 0 AND returned <= qty),
    unit_price_fen INTEGER NOT NULL CHECK (unit_price_fen >= 0),
    amount_fen     INTEGER NOT NULL CHECK (amount_fen >= 0),
    name           TEXT NOT NULL,
    category       TEXT NOT NULL,
    spec           TEXT NOT NULL,
    unit           TEXT NOT NULL,
    reg_no         TEXT NOT NULL,
    maker          TEXT NOT NULL,
    restricted     INTEGER NOT NULL DEFAULT 0 CHECK (restricted IN (0, 1)),
    sold_on        TEXT NOT NULL,
    sold_at        TEXT NOT NULL,
    UNIQUE (sale_id, line_no)
);

CREATE INDEX shop_sale_lines_product ON shop_sale_lines (product_id, sold_on);

CREATE TRIGGER shop_sale_lines_update BEFORE UPDATE ON shop_sale_lines
WHEN NEW.returned < OLD.returned OR NEW.id IS NOT OLD.id OR NEW.qty IS NOT OLD.qty
    OR NEW.amount_fen IS NOT OLD.amount_fen OR NEW.product_id IS NOT OLD.product_id
    OR NEW.sale_id IS NOT OLD.sale_id OR NEW.unit_price_fen IS NOT OLD.unit_price_fen
BEGIN SELECT RAISE(ABORT, 'a sale line only records what came back'); END;

CREATE TRIGGER shop_sale_lines_keep BEFORE DELETE ON shop_sale_lines
WHEN OLD.sold_at >= {_TWO_YEARS_AGO}
BEGIN SELECT RAISE(ABORT, 'ledger rows are kept two years'); END;

CREATE TABLE shop_returns (
    id          TEXT PRIMARY KEY,
    number      INTEGER NOT NULL UNIQUE,
    sale_id     TEXT NOT NULL REFERENCES shop_sales (id),
    returned_at TEXT NOT NULL,
    returned_on TEXT NOT NULL,
    clerk       TEXT NOT NULL,
    total_fen   INTEGER NOT NULL CHECK (total_fen >= 0)
);

CREATE INDEX shop_returns_sale ON shop_returns (sale_id);

CREATE TRIGGER shop_returns_no_update BEFORE UPDATE ON shop_returns
BEGIN SELECT RAISE(ABORT, 'returns are never changed'); END;

CREATE TRIGGER shop_returns_keep BEFORE DELETE ON shop_returns
WHEN OLD.returned_at >= {_TWO_YEARS_AGO}
BEGIN SELECT RAISE(ABORT, 'ledger rows are kept two years'); END;

CREATE TABLE shop_adjustments (
    id      TEXT PRIMARY KEY,
    lot_id  TEXT NOT NULL REFERENCES shop_lots (id),
    qty     INTEGER NOT NULL CHECK (qty != 0),
    reason  TEXT NOT NULL CHECK (reason != ''),
    at      TEXT NOT NULL,
    by_user TEXT NOT NULL
);

CREATE TRIGGER shop_adjustments_no_change BEFORE UPDATE ON shop_adjustments
BEGIN SELECT RAISE(ABORT, 'adjustments are never changed'); END;

CREATE TABLE shop_recalls (
    id         TEXT PRIMARY KEY,
    number     INTEGER NOT NULL UNIQUE,
    lot_id     TEXT NOT NULL UNIQUE REFERENCES shop_lots (id),
    product_id TEXT NOT NULL,
    reason     TEXT NOT NULL DEFAULT '',
    at         TEXT NOT NULL,
    by_user    TEXT NOT NULL
);

CREATE TRIGGER shop_recalls_no_delete BEFORE DELETE ON shop_recalls
BEGIN SELECT RAISE(ABORT, 'recalls are never deleted'); END;

-- The banned / restricted pesticide list as the platform publishes it (stream pesticide_rules);
-- the list shipped with the app (resources/shop/pesticide_rules.json) applies beside it.
CREATE TABLE shop_rules (
    key            TEXT PRIMARY KEY,
    ingredient     TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('banned', 'restricted')),
    effective_from TEXT NOT NULL,
    basis          TEXT NOT NULL DEFAULT '',
    version        INTEGER NOT NULL DEFAULT 0
);

-- A sale line of a product that a ban (rule or catalogue date) forbade on the day it was sold:
-- found when the ban reached the station (the sale was made offline before it knew).
CREATE TABLE shop_flags (
    id              TEXT PRIMARY KEY,
    line_id         TEXT NOT NULL,
    sale_id         TEXT NOT NULL,
    product_id      TEXT NOT NULL,
    rule_key        TEXT NOT NULL,
    effective_from  TEXT NOT NULL,
    sold_on         TEXT NOT NULL,
    found_at        TEXT NOT NULL,
    acknowledged_at TEXT,
    acknowledged_by TEXT NOT NULL DEFAULT '',
    note            TEXT NOT NULL DEFAULT '',
    UNIQUE (line_id, rule_key)
);

CREATE TRIGGER shop_rules_rev_insert AFTER INSERT ON shop_rules
BEGIN UPDATE shop_counters SET value = value + 1 WHERE name = 'rules_rev'; END;

CREATE TRIGGER shop_rules_rev_update AFTER UPDATE ON shop_rules
BEGIN UPDATE shop_counters SET value = value + 1 WHERE name = 'rules_rev'; END;

CREATE TRIGGER shop_rules_rev_delete AFTER DELETE ON shop_rules
BEGIN UPDATE shop_counters SET value = value + 1 WHERE name = 'rules_rev'; END;

CREATE INDEX shop_flags_open ON shop_flags (found_at) WHERE acknowledged_at IS NULL
"""


def apply(conn: sqlite3.Connection) -> None:
    for statement in SQL.split(";\n\n"):
        if statement.strip():
            conn.execute(statement)
