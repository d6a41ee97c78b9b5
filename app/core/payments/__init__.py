"""Utility and insurance payments (生活缴费) taken offline: bill types as platform reference data,
the payment state machine (pending → confirmed | rejected → refunded), the platform's decisions by
pull, the counter's guards (duplicates, offline caps), the Z-report sections and Today alerts.

``Station.payments`` is a :class:`PaymentService`. See docs/payments.md.
"""

from __future__ import annotations

from .billtypes import Biller, BillType, BillTypeSource, SchemeYear
from .model import Account, Outcome, PaymentView, PendingSummary, Status
from .reference import check_reference, make_reference
from .service import PaymentService, pending_summary

__all__ = [
    "Account", "BillType", "BillTypeSource", "Biller", "Outcome", "PaymentService", "PaymentView", "PendingSummary",
    "SchemeYear", "Status", "check_reference", "make_reference", "pending_summary",
]
