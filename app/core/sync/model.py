"""Plain facts the sync engine returns (the window shows them; the CLI prints them)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from ..errors import NotAllowed, Refused, Unreachable, YytError


def error_class(error: BaseException | None) -> str:
    """The coarse class a run failed with: unreachable, stalled, auth, refused, protocol, internal."""
    if error is None:
        return ""
    if isinstance(error, Unreachable):
        return "stalled" if error.code == "sync.stalled" else "unreachable"
    if isinstance(error, NotAllowed):
        return "auth"
    if isinstance(error, Refused):
        return "refused"
    if isinstance(error, YytError):
        return "protocol"
    return "internal"


@dataclass
class SyncReport:
    """What one run did. ``result`` is ``ok``, ``failed``, ``cancelled`` or ``busy`` (another
    sync was running; nothing was done and no run was recorded)."""

    trigger: str
    started_at: str
    run_id: int | None = None
    ended_at: str = ""
    result: str = "running"
    pushed: int = 0
    duplicates: int = 0
    rejected: int = 0
    already_there: int = 0
    pulled: int = 0
    batches: int = 0
    pages: int = 0
    bytes_up: int = 0
    bytes_down: int = 0
    acked_through: int = 0
    pending: int = 0
    hub_time: str | None = None
    skew_ms: int | None = None
    warnings: list[str] = field(default_factory=list)
    error: YytError | None = None

    @property
    def ok(self) -> bool:
        return self.result == "ok"

    @property
    def error_class(self) -> str:
        return error_class(self.error)

    @property
    def error_code(self) -> str:
        return self.error.code if self.error is not None else ""

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("error")
        data["error_class"] = self.error_class
        data["error_code"] = self.error_code
        return data


@dataclass(frozen=True)
class SyncStatus:
    """The sync facts the status bar and the Sync screen show. Local reads only (fast)."""

    enrolled: bool
    hub_url: str
    station_code: str
    pending: int
    oldest_pending_at: str | None
    oldest_pending_age_s: int | None
    acked_through: int
    last_seq: int
    last_success_at: str | None
    last_run: dict[str, Any] | None
    online: bool | None  # None: no run yet
    dead_letters: int
    running: bool
    clock_skew_s: int | None
    clock_warning: bool

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class DeadLetter:
    seq: int
    change_id: str
    entity: str
    entity_id: str
    op: str
    code: str
    at: str


@dataclass(frozen=True)
class Consistency:
    """Station counts (distinct records per entity, on the records the hub has acknowledged)
    against ``hub counts``. ``comparable`` is False when the two sides stand at different
    sequence numbers (sync first)."""

    ok: bool
    comparable: bool
    station_acked_through: int
    hub_acked_through: int
    station_counts: dict[str, int]
    hub_counts: dict[str, int]
    differences: dict[str, dict[str, int]]

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
