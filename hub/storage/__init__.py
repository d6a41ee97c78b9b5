"""Hub storage: :class:`HubStorage` (the interface), its SQLite implementation (the embedded
default) and its PostgreSQL one (:mod:`hub.storage.postgres`, imported only when asked for)."""

from __future__ import annotations

from .base import BatchIn, HubStorage, LogEntry, PaymentRequest, PullResult, PushOutcome, PushStateInfo
from .sqlite import SqliteStorage


def is_postgres_url(db: str) -> bool:
    """Whether ``db`` names a PostgreSQL database (else it is a SQLite file path)."""
    return str(db).startswith(("postgresql://", "postgres://"))


def open_storage(db: str, **pool: int) -> HubStorage:
    """The storage ``db`` names: a ``postgresql://`` URL (``pool``: ``min_size``/``max_size``
    of its connection pool) or a SQLite file."""
    if is_postgres_url(db):
        from .postgres import PgStorage

        return PgStorage(str(db), **pool)
    return SqliteStorage(db)


__all__ = ["BatchIn", "HubStorage", "LogEntry", "PaymentRequest", "PullResult", "PushOutcome", "PushStateInfo",
           "SqliteStorage", "is_postgres_url", "open_storage"]
