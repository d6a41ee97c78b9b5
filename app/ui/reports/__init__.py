"""Reports (Ctrl+6) for town supervisors and admins: pick a report and a period, see it with its
charts, export it (CSV, XLSX, PDF). Light on purpose: the page is imported on first use; every
figure comes from :mod:`app.core.reports`."""

from __future__ import annotations

from ...core.users.model import Role
from ..modules import QT_TRANSLATE_NOOP, ModuleSpec


def _open(ctx):  # noqa: ANN001, ANN202 - ScreenContext → QWidget, imported on first use
    from .page import ReportsPage

    return ReportsPage(ctx)


MODULE = ModuleSpec(
    key="reports",
    title=QT_TRANSLATE_NOOP("modules", "Reports"),
    icon="reports",
    shortcut="Ctrl+6",
    roles=frozenset({Role.SUPERVISOR, Role.ADMIN}),
    order=60,
    factory=_open,
    description=QT_TRANSLATE_NOOP("modules", "Daily and monthly reports, subsidy figures and exports."),
)
