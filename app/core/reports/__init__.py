"""Reports for town supervisors (issue 11): the daily station report, the monthly subsidy report
with MoM / YoY increments, the sync report — one query layer (:class:`ReportsService`, as
``Station.reports``) behind the screen, the CLI and every export. The counting rules are
:mod:`app.core.reports.rules` (shared with the platform's town report). See docs/reports.md.

Kept light: importing the package loads nothing but this docstring (the settings module imports
``app.core.reports.settings`` at start-up).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .service import ReportsService

__all__ = ["ReportsService"]
