"""What every screen is given: :class:`ScreenContext` (no globals, no main-window reach-back)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.station import Station
from ..core.users.model import Actor
from ..core.users.permissions import Perm, allowed
from .bus import Bus
from .feedback import Feedback
from .scanner import ScannerInput
from .tasks import Tasks

log = logging.getLogger(__name__)


class PrintHooks:
    """Printing for screens, without importing the printing package (or barcode/qrcode) until a
    screen prints for the first time. Where it goes comes from the settings
    ``printing.printer_name`` (empty: a PDF in the data folder's ``prints/``) and
    ``printing.receipt_width_mm``."""

    def __init__(self, station: Station) -> None:
        self.station = station

    def print_document(self, document: Any, *, receipt_width_mm: int | None = None) -> Path | None:
        """Print a document from :mod:`app.core.documents` (or save it as PDF). Returns the PDF
        path when saved, None when sent to a printer. Call on the GUI thread; printing errors
        are typed (``printer.not_found``, ``printer.failed``) for ``feedback.show_error``.
        ``receipt_width_mm`` prints a receipt on that roll width instead of the setting's."""
        from .printing import print_with_settings  # the printing package, on first use only

        return print_with_settings(document, self.station.settings, self.station.paths.spool,
                                   receipt_width_mm=receipt_width_mm)


@dataclass
class ScreenContext:
    """The signed-in session as a screen sees it.

    - ``station``: the open :class:`~app.core.station.Station` (services: ``station.users``, ...);
      read freely on the GUI thread for quick look-ups, write through ``tasks.run_db``;
    - ``actor``: who is signed in (services check permissions themselves);
    - ``tasks``: the background helper (database worker, network worker);
    - ``bus``: typed Qt signals (``committed``, ``settings_changed``, ``link_changed``, ...);
    - ``scanner``: the scanner input (screens declare ``scan_target()`` instead of wiring it);
    - ``feedback``: ``success(text)``, ``error(text)``, ``info(text)``, ``show_error(exc)``;
    - ``printing``: :class:`PrintHooks`;
    - ``sync``: the background sync driver (:class:`app.ui.sync.driver.SyncDriver`: ``sync_now()``,
      ``running``, ``last_report``), None when the window runs without background sync;
    - ``drafts``: work in progress that must outlive a lock (the window keeps one dict for its
      whole run; a screen keeps its entry under a key of its own, e.g. check-in's queue of
      parcels waiting for their phone).
    """

    station: Station
    actor: Actor
    tasks: Tasks
    bus: Bus
    scanner: ScannerInput
    feedback: Feedback
    printing: PrintHooks = field(default=None)  # type: ignore[assignment]
    sync: Any = None
    drafts: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.printing is None:
            self.printing = PrintHooks(self.station)

    def can(self, perm: Perm) -> bool:
        """Whether the signed-in role holds ``perm`` (to hide what it cannot use; the service
        checks again)."""
        return allowed(self.actor, perm)

    def show_error(self, error: BaseException) -> None:
        self.feedback.show_error(error)
