"""What a report is, whichever report: its stamp and its figures as plain JSON-ready data.

The screen, the CLI's JSON and every export (CSV, XLSX, PDF) are made from one :class:`Report`
(``app.core.reports.book`` turns it into the tables and charts they print), so the figure on the
screen is the figure on paper.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from .rules import MonthFigures

ReportKind = Literal["daily", "subsidy", "sync"]


@dataclass(frozen=True)
class Stamp:
    """Who and when a report speaks for. ``generated_at``: when it was made (UTC text);
    ``data_as_of``: the end of the last successful sync with the platform (None: never synced);
    ``period``: the day (``YYYY-MM-DD``) or month (``YYYY-MM``) reported; ``baseline``: the months a
    monthly report compares with (``mom``, ``yoy``; None where the baseline is missing);
    ``rules``: the counting rules it was made under."""

    station_code: str
    station_name: str
    town: str
    generated_at: str
    data_as_of: str | None
    period: str
    baseline: dict[str, str | None] = field(default_factory=dict)
    rules: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Report:
    """A report: ``kind``, its stamp, its figures as JSON-ready ``data`` (money in ``*_fen``,
    weights in ``*_g``), and for the monthly report the rule figures it was made from."""

    kind: ReportKind
    stamp: Stamp
    data: dict[str, Any]
    figures: MonthFigures | None = None
    oversee: bool = False  # made for a supervisor or admin (expected cash of open shifts shown)

    def as_json(self) -> dict[str, Any]:
        """The CLI's ``--json`` object: the stamp's fields and the report's."""
        return {"report": self.kind, **self.stamp.as_dict(), **self.data}
