"""Today: the station at a glance (the first page after signing in)."""

from __future__ import annotations

from ...core.users.model import Role
from ..modules import QT_TRANSLATE_NOOP, ModuleSpec


def _open(ctx):  # noqa: ANN001, ANN202 - ScreenContext → QWidget, imported on first use
    from .screen import TodayPage

    return TodayPage(ctx)


MODULE = ModuleSpec(
    key="today",
    title=QT_TRANSLATE_NOOP("modules", "Today"),
    icon="today",
    shortcut="Ctrl+1",
    roles=frozenset(Role) - {Role.CARRIER},
    order=10,
    factory=_open,
)
