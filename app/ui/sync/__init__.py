"""Sync: what waits for the platform (the sync module adds running a sync and its report here)."""

from __future__ import annotations

from ..modules import OFFICE, QT_TRANSLATE_NOOP, ModuleSpec


def _open(ctx):  # noqa: ANN001, ANN202 - ScreenContext → QWidget, imported on first use
    from .screen import SyncPage

    return SyncPage(ctx)


MODULE = ModuleSpec(
    key="sync",
    title=QT_TRANSLATE_NOOP("modules", "Sync"),
    icon="sync",
    shortcut="Ctrl+7",
    roles=OFFICE,
    order=70,
    factory=_open,
)
