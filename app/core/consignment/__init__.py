"""Produce consignment (农产品代销): farmers, intake, sales and shipments, spoilage and returns,
statements and a payout that never pays twice.

``Station.consignment`` is a :class:`ConsignmentModule`: a namespace of small services sharing one
:class:`~app.core.consignment.base.ConsignContext`. Every operation takes the acting user first and
checks its permission itself; every change is one ``store.write`` (rows + change records + cash +
one audit entry, or nothing). See docs/consignment.md.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

from ..db.store import Store
from ..settings import SettingsService
from .base import ConsignContext
from .farmers import FarmerService
from .intake import IntakeService
from .model import (
    CertBasis,
    Certificate,
    FarmerView,
    LotView,
    MoveKind,
    MoveView,
    PayoutMethod,
    PayoutView,
    PriceKind,
    SaleResult,
    StatementView,
    Unit,
)
from .moves import MoveService
from .settlement import SettlementService

if TYPE_CHECKING:
    from ..parcels.outbound import OutboundService


class ConsignmentModule:
    """The consignment services of one station (a namespace, not a god object)."""

    def __init__(self, store: Store, settings: SettingsService, station_code: str, station_name: str,
                 secret_key: Callable[..., bytes], outbound: Callable[[], OutboundService]) -> None:
        self.ctx = ConsignContext(store, settings, station_code, station_name, secret_key, outbound)

    @cached_property
    def farmers(self) -> FarmerService:
        return FarmerService(self.ctx)

    @cached_property
    def intake(self) -> IntakeService:
        return IntakeService(self.ctx)

    @cached_property
    def moves(self) -> MoveService:
        return MoveService(self.ctx)

    @cached_property
    def settlement(self) -> SettlementService:
        return SettlementService(self.ctx)


__all__ = [
    "CertBasis", "Certificate", "ConsignmentModule", "FarmerView", "LotView", "MoveKind", "MoveView", "PayoutMethod",
    "PayoutView", "PriceKind", "SaleResult", "StatementView", "Unit",
]
