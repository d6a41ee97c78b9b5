"""Settings: the station's typed settings (app.core.settings), changed by an administrator."""

from __future__ import annotations

from ..modules import OFFICE, QT_TRANSLATE_NOOP, ModuleSpec


def _open(ctx):  # noqa: ANN001, ANN202 - ScreenContext → QWidget, imported on first use
    from .screen import SettingsPage

    return SettingsPage(ctx)


MODULE = ModuleSpec(
    key="settings",
    title=QT_TRANSLATE_NOOP("modules", "Settings"),
    icon="settings",
    shortcut="Ctrl+8",
    roles=OFFICE,
    order=80,
    factory=_open,
)
