"""Parcels (快递收投): inbound check-in, shelves and pickup codes, pickup, overdue and returns,
carrier rounds, stock-take, and outbound sending with waybills and courier manifests.

``Station.parcels`` is a :class:`ParcelsModule`: one small service per responsibility, created
on first use, all sharing one :class:`~app.core.parcels.base.ParcelContext`. Every service takes
the acting user first and checks the permission itself; every change goes through the store's
one write path (rows + change records + one audit entry, atomically). See docs/parcels.md.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

from ..db.store import Store
from ..settings import SettingsService
from .base import ParcelContext
from .checkin import CheckinService
from .corrections import CorrectionService, FixResult, MoveResult
from .model import (
    CheckinResult,
    HistoryEntry,
    Manifest,
    NoticeView,
    ParcelHistory,
    ParcelView,
    PhoneReveal,
    PickupResult,
    Proxy,
    Quote,
    RoundSheet,
    RoundView,
    ScanResult,
    SearchResult,
    ShipmentView,
    Status,
    StocktakeView,
)
from .outbound import OutboundService
from .pickup import PickupService, check_proxy
from .queries import ParcelQueries
from .rounds import RoundService
from .search import SearchService
from .shelves import SettingsReader, ShelfService
from .stocktake import StocktakeService


class ParcelsModule:
    """The parcels services of one station (a namespace, not a god object)."""

    def __init__(self, store: Store, settings: SettingsService, station_code: str, station_name: str,
                 secret_key: Callable[..., bytes]) -> None:
        self.settings = settings
        self.ctx = ParcelContext(store, SettingsReader(store), station_code, station_name, secret_key)

    @cached_property
    def inbound(self) -> CheckinService:
        return CheckinService(self.ctx)

    @cached_property
    def pickup(self) -> PickupService:
        return PickupService(self.ctx)

    @cached_property
    def queries(self) -> ParcelQueries:
        return ParcelQueries(self.ctx)

    @cached_property
    def search(self) -> SearchService:
        return SearchService(self.ctx)

    @cached_property
    def corrections(self) -> CorrectionService:
        return CorrectionService(self.ctx)

    @cached_property
    def rounds(self) -> RoundService:
        return RoundService(self.ctx)

    @cached_property
    def stocktake(self) -> StocktakeService:
        return StocktakeService(self.ctx)

    @cached_property
    def outbound(self) -> OutboundService:
        return OutboundService(self.ctx)

    @cached_property
    def shelves(self) -> ShelfService:
        return ShelfService(self.ctx.store, self.settings, self.ctx.reader)


__all__ = [
    "CheckinResult", "FixResult", "HistoryEntry", "Manifest", "MoveResult", "NoticeView", "ParcelHistory",
    "ParcelView", "ParcelsModule", "PhoneReveal", "PickupResult", "Proxy", "Quote", "RoundSheet", "RoundView",
    "ScanResult", "SearchResult", "ShipmentView", "Status", "StocktakeView", "check_proxy",
]
