"""Hub storage: :class:`HubStorage` (the interface) and its SQLite implementation."""

from __future__ import annotations

from .base import BatchIn, HubStorage, LogEntry, PaymentRequest, PullResult, PushOutcome, PushStateInfo
from .sqlite import SqliteStorage

__all__ = ["BatchIn", "HubStorage", "LogEntry", "PaymentRequest", "PullResult", "PushOutcome", "PushStateInfo",
           "SqliteStorage"]
