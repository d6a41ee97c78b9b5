"""What the payments services return: plain, frozen facts (the UI and the CLI print them)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from ..documents import mask_name
from ..sealing import opened
from ..validate.phone import mask_phone


class Status(enum.StrEnum):
    """pending (cash taken, waiting for the platform) → confirmed | rejected → refunded."""

    PENDING = "pending"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"
    REFUNDED = "refunded"


class Outcome(enum.StrEnum):
    """What a platform decision did at the station (kept in ``payment_decisions``)."""

    APPLIED = "applied"
    REPEAT = "repeat"  # the same decision again: nothing changed
    CONFLICT = "conflict"  # a second, different decision: ignored and flagged
    UNKNOWN = "unknown"  # no such payment at this station
    WITHDRAWN = "withdrawn"  # the platform withdrew it: a decision applied is never undone


@dataclass(frozen=True)
class Account:
    """A checked account: ``stored`` goes into the database (a resident ID only masked), ``key``
    finds the same account again (a resident ID's keyed hash), ``shown`` is what screens print."""

    stored: str
    key: str
    shown: str
    biller: str
    biller_name: str


PAYMENT_COLUMNS = ("id", "number", "reference", "type", "biller", "biller_name", "account", "account_key",
                   "amount_fen", "payer", "scheme_year", "status", "reason", "created_at", "created_by", "shift_id",
                   "decided_at", "received_at", "platform_ref", "refunded_at", "refunded_by", "refund_shift_id",
                   "updated_at")
#: personal columns (the account: a phone for a top-up; the payer) opened (app.core.sealing)
PAYMENT_SELECT = opened(PAYMENT_COLUMNS, "payments")


@dataclass(frozen=True)
class PaymentView:
    id: str
    number: int
    reference: str
    type: str
    biller: str
    biller_name: str
    account: str  # as stored: a resident ID masked, a phone in full (use ``account_shown``)
    account_kind: str
    amount_fen: int
    payer: str  # as given (use ``payer_shown``)
    scheme_year: int | None
    status: str
    reason: str
    created_at: str
    created_by: str
    shift_id: str
    decided_at: str | None
    received_at: str | None
    refunded_at: str | None
    refunded_by: str
    refund_shift_id: str | None

    @property
    def account_shown(self) -> str:
        """The account as every screen and output shows it: phones masked (a resident ID is masked already)."""
        return mask_phone(self.account) if self.account_kind == "phone" else self.account

    @property
    def payer_shown(self) -> str:
        return mask_name(self.payer)


@dataclass(frozen=True)
class PendingSummary:
    """What waits for the platform: how many, how much, since when (UTC stored form)."""

    count: int
    total_fen: int
    oldest_at: str | None
