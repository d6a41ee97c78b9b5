"""The shop's settings (registered in the station's typed settings registry)."""

from __future__ import annotations

from ..settings import Setting, register

LOW_STOCK = "shop.low_stock_default"
NEAR_EXPIRY = "shop.near_expiry_days"

for _setting in (
    Setting(LOW_STOCK, int, 5, "Warn when a product's sellable stock falls to this many units (products stocked"
            " at least once; a product may set its own)", 0, 100_000),
    Setting(NEAR_EXPIRY, int, 30, "Warn about lots expiring within this many days", 1, 365),
):
    register(_setting)
