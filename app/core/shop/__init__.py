"""The agri-input shop (农资销售): catalogue (the platform's approved list by pull, plus local
items), stock by lot with expiry, first-expired-first-out sales, real-name sale of restricted-use
pesticides, returns, stock-take adjustments, the statutory ledgers (农药管理条例 §26/§27), recalls
(§42), the banned / restricted pesticide rules and the flags for sales made after a ban.

``Station.shop`` is a :class:`ShopModule`: one small service per responsibility sharing one
:class:`~app.core.shop.base.ShopContext`. Every service takes the acting user first and checks the
permission itself; every change goes through the store's one write path. See docs/shop.md.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

from ..db.store import Store
from ..settings import SettingsService
from . import settings as _settings  # noqa: F401 - registers the shop's settings
from .base import ShopContext
from .catalogue import CatalogueService
from .flags import FlagService
from .ledgers import LedgerService
from .model import (
    Allocation,
    Buyer,
    Category,
    FlagView,
    LotState,
    LotView,
    ProductView,
    PurchaseView,
    RecallBuyer,
    RecallView,
    ReturnView,
    SaleLineView,
    SaleView,
    StockView,
)
from .recall import RecallService
from .sales import BuyerInput, SaleService, parse_line
from .stock import StockService


class ShopModule:
    """The shop services of one station (a namespace, not a god object)."""

    def __init__(self, store: Store, settings: SettingsService, station_code: str, station_name: str,
                 secret_key: Callable[..., bytes]) -> None:
        self.ctx = ShopContext(store, settings, station_code, station_name, secret_key)

    @cached_property
    def catalogue(self) -> CatalogueService:
        return CatalogueService(self.ctx)

    @cached_property
    def stock(self) -> StockService:
        return StockService(self.ctx)

    @cached_property
    def sales(self) -> SaleService:
        return SaleService(self.ctx)

    @cached_property
    def recalls(self) -> RecallService:
        return RecallService(self.ctx)

    @cached_property
    def ledgers(self) -> LedgerService:
        return LedgerService(self.ctx)

    @cached_property
    def flags(self) -> FlagService:
        return FlagService(self.ctx)


__all__ = [
    "Allocation", "Buyer", "BuyerInput", "Category", "FlagView", "LotState", "LotView", "ProductView", "PurchaseView",
    "RecallBuyer", "RecallView", "ReturnView", "SaleLineView", "SaleView", "ShopModule", "StockView", "parse_line",
]
