"""v10: the indexes the reports read through (issue 11).

A daily report and a monthly subsidy report over a million parcels must not scan the tables: each
figure is a range on one of these indexes (covering where a report reads a second column). Partial
indexes hold only the rows that have the time at all (a parcel gets ``returned_at`` once, if ever),
so the check-in's own write cost grows by one index only (``parcels_status_checked_in``).

- ``parcels (status, checked_in_at)``: parcels in per day / month by status (one seek per status:
  a report always names the statuses), the held parcels oldest first (overdue lists, Today);
- ``parcels (picked_up_at, checked_in_at)``, ``(delivered_at, …)``, ``(returned_at, …)``: handed
  over, delivered, returned per day, and the overdue count of a past day (partial: only parcels
  that have the time);
- ``round_items (added_at)``: parcels taken out on rounds per day;
- ``shipments (accepted_at, produce_category, weight_g)`` and ``(handed_over_at, …)``: upstream
  and produce per day, category and weight (covering);
- ``consign_moves (at)``, ``consign_lots (received_at)``, ``consign_statements (created_at)``,
  ``consign_payouts (paid_at)``, ``shop_returns (returned_on)``: the day's consignment and shop.
"""

from __future__ import annotations

import sqlite3

VERSION = 10

SQL = """
CREATE INDEX parcels_status_checked_in ON parcels (status, checked_in_at);

CREATE INDEX parcels_picked_up_at ON parcels (picked_up_at, checked_in_at) WHERE picked_up_at IS NOT NULL;

CREATE INDEX parcels_delivered_at ON parcels (delivered_at, checked_in_at) WHERE delivered_at IS NOT NULL;

CREATE INDEX parcels_returned_at ON parcels (returned_at, checked_in_at) WHERE returned_at IS NOT NULL;

CREATE INDEX round_items_added ON round_items (added_at);

CREATE INDEX shipments_accepted ON shipments (accepted_at, produce_category, weight_g);

CREATE INDEX shipments_handed_over ON shipments (handed_over_at, produce_category, weight_g)
    WHERE handed_over_at IS NOT NULL;

CREATE INDEX consign_moves_at ON consign_moves (at);

CREATE INDEX consign_lots_received ON consign_lots (received_at);

CREATE INDEX consign_statements_created ON consign_statements (created_at);

CREATE INDEX consign_payouts_paid ON consign_payouts (paid_at);

CREATE INDEX shop_returns_day ON shop_returns (returned_on)
"""


def apply(conn: sqlite3.Connection) -> None:
    for statement in SQL.split(";\n\n"):
        if statement.strip():
            conn.execute(statement)
