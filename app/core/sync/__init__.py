"""Sync with the provincial platform (issue 5): wire protocol, httpx client (imported lazily),
engine, USB bundles, keyring credentials, and the Qt-free scheduler. See docs/sync-protocol.md."""

from __future__ import annotations

from .engine import SyncEngine
from .model import Consistency, DeadLetter, SyncReport, SyncStatus
from .scheduler import SyncScheduler

__all__ = ["Consistency", "DeadLetter", "SyncEngine", "SyncReport", "SyncScheduler", "SyncStatus"]
