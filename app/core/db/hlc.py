"""Hybrid logical clock (Kulkarni et al.): a timestamp that never goes backwards even when the
device clock does, and that absorbs times seen from the hub.

Text form ``PPPPPPPPPPPPP.LLLLL`` (13-digit Unix ms, 5-digit logical counter) sorts as text.
The last value is persisted in the audit chain, so it survives restarts and is shared by
every process writing the same station database.
"""

from __future__ import annotations

from dataclasses import dataclass

_MAX_LOGICAL = 99_999


@dataclass(frozen=True, order=True)
class Hlc:
    physical_ms: int
    logical: int = 0

    def __str__(self) -> str:
        return f"{self.physical_ms:013d}.{self.logical:05d}"

    @classmethod
    def parse(cls, text: str | None) -> Hlc:
        if not text:
            return cls(0, 0)
        p, _, lg = text.partition(".")
        return cls(int(p), int(lg or 0))

    def tick(self, now_ms: int) -> Hlc:
        """The next local event's timestamp."""
        if now_ms > self.physical_ms:
            return Hlc(now_ms, 0)
        if self.logical >= _MAX_LOGICAL:
            return Hlc(self.physical_ms + 1, 0)
        return Hlc(self.physical_ms, self.logical + 1)

    def receive(self, now_ms: int, remote: Hlc) -> Hlc:
        """The timestamp after seeing ``remote`` (e.g. the hub's clock in a sync response)."""
        top = max(self.physical_ms, remote.physical_ms, now_ms)
        if top == self.physical_ms == remote.physical_ms:
            logical = max(self.logical, remote.logical) + 1
        elif top == self.physical_ms:
            logical = self.logical + 1
        elif top == remote.physical_ms:
            logical = remote.logical + 1
        else:
            logical = 0
        if logical > _MAX_LOGICAL:
            return Hlc(top + 1, 0)
        return Hlc(top, logical)


def tick_pair(physical_ms: int, logical: int, now_ms: int) -> tuple[int, int]:
    """:meth:`Hlc.tick` on a plain pair (the write path's fast form)."""
    if now_ms > physical_ms:
        return now_ms, 0
    if logical >= _MAX_LOGICAL:
        return physical_ms + 1, 0
    return physical_ms, logical + 1


def format_pair(physical_ms: int, logical: int) -> str:
    return f"{physical_ms:013d}.{logical:05d}"
