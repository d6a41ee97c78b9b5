"""Screens are declared, not hand-wired (Picard's OptionsPage).

Each module screen lives in its own package ``app/ui/<key>/`` whose ``__init__.py`` exposes
``MODULE = ModuleSpec(...)`` (and optionally ``CARRIER_ACTIONS = [CarrierAction(...)]`` for the
carrier's big-button screen). The package's ``__init__`` must stay light: import the screen's
widgets inside ``factory``, so start-up does not load every screen.

:data:`MODULE_PACKAGES` is the one place that lists them. A package that does not exist yet gets
the spec in :data:`NOT_BUILT_YET`: the shell shows it with an honest "not available yet" page.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..core.users.model import Role

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from .context import ScreenContext

log = logging.getLogger(__name__)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


TITLE_CONTEXT = "modules"
COUNTER = frozenset({Role.CLERK, Role.ADMIN})
OFFICE = frozenset({Role.CLERK, Role.ADMIN, Role.SUPERVISOR})

#: The module packages under ``app/ui``, in no particular order (``ModuleSpec.order`` sorts them).
MODULE_PACKAGES = ("today", "parcels", "payments", "shop", "consignment", "reports", "sync", "settings")


@dataclass(frozen=True)
class ModuleSpec:
    """One entry of the main window's navigation.

    ``title``/``description``: English source text marked ``QT_TRANSLATE_NOOP("modules", ...)``;
    ``icon``: a name in ``resources/icons``; ``shortcut``: a QKeySequence string (``"Ctrl+3"``);
    ``roles``: who sees it (the services check permissions again); ``factory``: builds the screen
    widget from a :class:`ScreenContext` (None: not available yet). A screen widget may define
    ``scan_target()`` (see :mod:`app.ui.scanner`) and ``refresh()`` (called each time it is shown).
    """

    key: str
    title: str
    icon: str
    shortcut: str
    roles: frozenset[Role]
    order: int
    factory: Callable[[ScreenContext], QWidget] | None = None
    description: str = ""
    load_error: str = field(default="", compare=False)

    @property
    def available(self) -> bool:
        return self.factory is not None

    def visible_to(self, role: Role) -> bool:
        return role in self.roles


@dataclass(frozen=True)
class CarrierAction:
    """A big button on the carrier's screen. ``factory`` builds the page it opens (it gets a
    :class:`ScreenContext`); the page may define ``scan_target()`` like any screen."""

    key: str
    title: str  # English source, QT_TRANSLATE_NOOP("modules", ...)
    icon: str
    order: int
    factory: Callable[[ScreenContext], QWidget]
    shortcut: str = ""


NOT_BUILT_YET: dict[str, ModuleSpec] = {
    s.key: s
    for s in (
        ModuleSpec("today", QT_TRANSLATE_NOOP("modules", "Today"), "today", "Ctrl+1",
                   frozenset(Role) - {Role.CARRIER}, 10),
        ModuleSpec("parcels", QT_TRANSLATE_NOOP("modules", "Parcels"), "parcels", "Ctrl+2", OFFICE, 20,
                   description=QT_TRANSLATE_NOOP("modules", "Check parcels in and out, rounds, sending and stock-takes.")),
        ModuleSpec("payments", QT_TRANSLATE_NOOP("modules", "Payments"), "payments", "Ctrl+3", OFFICE, 30,
                   description=QT_TRANSLATE_NOOP("modules", "Electricity, water, gas, phone top-up, pension and medical insurance.")),
        ModuleSpec("shop", QT_TRANSLATE_NOOP("modules", "Shop"), "shop", "Ctrl+4", COUNTER, 40,
                   description=QT_TRANSLATE_NOOP("modules", "Agri-input sales, stock by lot and the ledgers.")),
        ModuleSpec("consignment", QT_TRANSLATE_NOOP("modules", "Consignment"), "consignment", "Ctrl+5", COUNTER, 50,
                   description=QT_TRANSLATE_NOOP("modules", "Farm produce taken in, sold and settled for farmers.")),
        ModuleSpec("reports", QT_TRANSLATE_NOOP("modules", "Reports"), "reports", "Ctrl+6", OFFICE, 60,
                   description=QT_TRANSLATE_NOOP("modules", "Daily and monthly reports, subsidy figures and exports.")),
        ModuleSpec("sync", QT_TRANSLATE_NOOP("modules", "Sync"), "sync", "Ctrl+7", OFFICE, 70),
        ModuleSpec("settings", QT_TRANSLATE_NOOP("modules", "Settings"), "settings", "Ctrl+8", OFFICE, 80),
    )
}


def _import(key: str):  # noqa: ANN202 - a module object
    name = f"{__package__}.{key}"
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:
            return None
        raise


def load_modules(packages: Iterable[str] = MODULE_PACKAGES) -> list[ModuleSpec]:
    """Every declared module, sorted by ``order``. A package that is missing, or that declares
    no ``MODULE``, is listed as not available yet; one that fails to import is listed with its
    error (and logged) instead of stopping the app."""
    specs = []
    for key in packages:
        fallback = NOT_BUILT_YET.get(key) or ModuleSpec(key, key.title(), "help", "", OFFICE, 999)
        try:
            module = _import(key)
        except Exception as exc:
            log.exception("module screen %s failed to load", key)
            specs.append(replace(fallback, factory=None, load_error=f"{type(exc).__name__}: {exc}"))
            continue
        spec = getattr(module, "MODULE", None) if module is not None else None
        specs.append(spec if isinstance(spec, ModuleSpec) else fallback)
    return sorted(specs, key=lambda s: (s.order, s.key))


def load_carrier_actions(packages: Iterable[str] = MODULE_PACKAGES) -> list[CarrierAction]:
    """Every ``CARRIER_ACTIONS`` entry declared by the module packages, sorted by ``order``."""
    actions: list[CarrierAction] = []
    for key in packages:
        try:
            module = _import(key)
        except Exception:
            log.exception("module screen %s failed to load", key)
            continue
        actions.extend(a for a in getattr(module, "CARRIER_ACTIONS", ()) if isinstance(a, CarrierAction))
    return sorted(actions, key=lambda a: (a.order, a.key))
