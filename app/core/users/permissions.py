"""Who may do what. Checked in the services (screens only hide what a role cannot use)."""

from __future__ import annotations

import enum

from ..errors import NotAllowed
from .model import Actor, Role

_C, _K, _S, _A = Role.CLERK, Role.CARRIER, Role.SUPERVISOR, Role.ADMIN


class Perm(enum.StrEnum):
    USERS_MANAGE = "users.manage"
    USERS_READ = "users.read"
    AUDIT_READ = "audit.read"
    BACKUP = "backup.make"
    RESTORE = "backup.restore"
    PURGE = "data.purge"  # the retention purge (app.core.retention)
    SETTINGS_MANAGE = "settings.manage"
    SYNC_RUN = "sync.run"
    ENROLL = "sync.enroll"
    PARCEL_COUNTER = "parcel.counter"  # check-in, pickup, return, send, stock-take
    PARCEL_READ = "parcel.read"
    ROUND_MANAGE = "round.manage"  # start, scan out, close
    ROUND_DELIVER = "round.deliver"  # deliver, bring back
    PAYMENT_TAKE = "payment.take"
    SHOP_SELL = "shop.sell"
    SHOP_STOCK = "shop.stock"
    CONSIGNMENT = "consignment.handle"  # farmers, intake, sales, shipments, spoilage, returns, settle, pay
    CONSIGN_READ = "consignment.read"
    CONSIGN_APPROVE = "consignment.approve"  # the second PIN on a large payout
    CASH_CLOSE = "cash.close"  # open and close one's own shift, cash in/out
    CASH_OVERSEE = "cash.oversee"  # every shift, expected figures of open ones, the day's close
    REPORTS_READ = "reports.read"
    REPORTS_OVERSEE = "reports.oversee"  # the monthly subsidy report, the sync report, the Reports page
    APPROVE = "approve.void"


# Supervisors read and approve; they write no business record. Admins run the station and may
# also stand at the counter. Carriers handle their rounds only.
GRANTS: dict[Perm, frozenset[Role]] = {
    Perm.USERS_MANAGE: frozenset({_A}),
    Perm.USERS_READ: frozenset({_A, _S}),
    Perm.AUDIT_READ: frozenset({_A, _S}),
    Perm.BACKUP: frozenset({_A}),  # a copy holds every full phone number: CLI.md has backup as admin
    Perm.RESTORE: frozenset({_A}),
    Perm.PURGE: frozenset({_A}),
    Perm.SETTINGS_MANAGE: frozenset({_A}),
    Perm.SYNC_RUN: frozenset({_A, _S, _C, _K}),
    Perm.ENROLL: frozenset({_A}),
    Perm.PARCEL_COUNTER: frozenset({_A, _C}),
    Perm.PARCEL_READ: frozenset({_A, _S, _C, _K}),
    Perm.ROUND_MANAGE: frozenset({_A, _C, _K}),
    Perm.ROUND_DELIVER: frozenset({_A, _C, _K}),
    Perm.PAYMENT_TAKE: frozenset({_A, _C}),
    Perm.SHOP_SELL: frozenset({_A, _C}),
    Perm.SHOP_STOCK: frozenset({_A, _C}),
    Perm.CONSIGNMENT: frozenset({_A, _C}),
    Perm.CONSIGN_READ: frozenset({_A, _S, _C}),
    Perm.CONSIGN_APPROVE: frozenset({_A, _S}),
    Perm.CASH_CLOSE: frozenset({_A, _C}),
    Perm.CASH_OVERSEE: frozenset({_A, _S}),
    Perm.REPORTS_READ: frozenset({_A, _S, _C}),
    Perm.REPORTS_OVERSEE: frozenset({_A, _S}),
    Perm.APPROVE: frozenset({_S}),
}


def allowed(actor: Actor | None, perm: Perm) -> bool:
    return actor is not None and actor.role in GRANTS[perm]


def require(actor: Actor | None, perm: Perm) -> Actor:
    """Raise ``NotAllowed('perm.denied')`` unless the actor's role holds ``perm``."""
    if actor is None:
        raise NotAllowed("auth.required", permission=str(perm))
    if actor.role not in GRANTS[perm]:
        raise NotAllowed("perm.denied", permission=str(perm), role=str(actor.role))
    return actor
