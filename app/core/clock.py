"""Clocks: the one place that reads the time, so tests can move it.

Times are stored in UTC (ISO 8601 with milliseconds and ``Z``) and shown in Asia/Shanghai, which
is UTC+8 all year (no DST since 1991); a fixed offset avoids needing a tz database on Windows.
"""

from __future__ import annotations

import datetime as _dt
import threading
from typing import Protocol

UTC = _dt.UTC
SHANGHAI = _dt.timezone(_dt.timedelta(hours=8), "CST")


class Clock(Protocol):
    def now(self) -> _dt.datetime:
        """The current time, timezone-aware, in UTC."""
        ...


class SystemClock:
    """The device clock (which may be wrong by years: nothing orders by it)."""

    def now(self) -> _dt.datetime:
        return _dt.datetime.now(UTC)


class ManualClock:
    """A clock tests set and move by hand. Thread-safe."""

    def __init__(self, start: _dt.datetime | str = "2026-06-01T08:00:00Z") -> None:
        self._lock = threading.Lock()
        self._now = parse_utc(start) if isinstance(start, str) else start.astimezone(UTC)

    def now(self) -> _dt.datetime:
        with self._lock:
            return self._now

    def set(self, when: _dt.datetime | str) -> None:
        with self._lock:
            self._now = parse_utc(when) if isinstance(when, str) else when.astimezone(UTC)

    def advance(self, seconds: float = 0, **kw: float) -> _dt.datetime:
        with self._lock:
            self._now = self._now + _dt.timedelta(seconds=seconds, **kw)
            return self._now


def iso_utc(when: _dt.datetime) -> str:
    """``2026-06-01T08:00:00.000Z`` — the stored form; sorts as text."""
    if when.utcoffset():
        when = when.astimezone(UTC)
    return (f"{when.year:04d}-{when.month:02d}-{when.day:02d}T{when.hour:02d}:{when.minute:02d}:"
            f"{when.second:02d}.{when.microsecond // 1000:03d}Z")


def parse_utc(text: str) -> _dt.datetime:
    """Parse the stored form (or any ISO 8601 text with an offset or ``Z``) to aware UTC."""
    value = _dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


_LOCAL_OFFSET = _dt.timedelta(hours=8)  # Asia/Shanghai: UTC+8 all year


def local_text(iso: str | None) -> str:
    """Stored UTC text → station-local ``2026-06-01 09:00`` (empty for None): how a time is shown
    to a person, on screens, in messages and on paper."""
    if not iso:
        return ""
    # The stored form is always "YYYY-MM-DDTHH:MM:SS.mmmZ" (iso_utc); reading the first 19
    # characters is several times faster than a general ISO parse (views are built per row).
    if iso[19:20] in (".", "Z", ""):
        naive = _dt.datetime.fromisoformat(iso[:19])
    else:
        naive = parse_utc(iso).replace(tzinfo=None)
    t = naive + _LOCAL_OFFSET
    return f"{t.year:04d}-{t.month:02d}-{t.day:02d} {t.hour:02d}:{t.minute:02d}"


def local_date(when: _dt.datetime) -> _dt.date:
    """The calendar date at the station (Asia/Shanghai)."""
    return when.astimezone(SHANGHAI).date()


def epoch_ms(when: _dt.datetime) -> int:
    return int(when.timestamp() * 1000)
