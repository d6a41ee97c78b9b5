"""What a pulled platform record does beyond being stored: one declared handler per stream.

Every pulled record is stored in ``platform_records`` (the generic copy that tariffs and the like
read). A module whose records need more — a derived table (pre-advice), a state change of the
station's own record (a payment decision) — declares a :class:`StreamHandler` in its
``app/core/<module>/streams.py`` as ``HANDLERS``; :data:`HANDLER_MODULES` is the one list of those
modules. Handlers run inside the pull's write transaction, so a record and what it causes commit
together or not at all, and must be idempotent: the same record may arrive twice (a retried page,
a snapshot) and must change nothing the second time.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..db.store import WriteTx

#: the core packages that declare ``streams.HANDLERS`` (add yours here)
HANDLER_MODULES: tuple[str, ...] = ("parcels", "payments", "shop")


@dataclass(frozen=True)
class StreamHandler:
    """``apply(tx, key, payload)`` for a new or changed record (payload: the decoded JSON object);
    ``remove(tx, key)`` when the platform withdraws it or a finished snapshot did not confirm it."""

    stream: str
    apply: Callable[[WriteTx, str, dict[str, Any]], None]
    remove: Callable[[WriteTx, str], None] | None = None


@cache
def handlers() -> dict[str, StreamHandler]:
    """Every declared handler by stream (imported once, on the first pull)."""
    found: dict[str, StreamHandler] = {}
    for name in HANDLER_MODULES:
        module = importlib.import_module(f"{__package__.rsplit('.', 1)[0]}.{name}.streams")
        for handler in module.HANDLERS:
            if handler.stream in found:
                raise ValueError(f"stream {handler.stream} has two handlers")
            found[handler.stream] = handler
    return found
