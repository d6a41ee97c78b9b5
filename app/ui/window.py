"""The station window: login → the counter shell (or carrier mode) → lock → login.

It owns the session-wide helpers (signal bus, background tasks, scanner input, feedback, idle
watcher) and swaps one page at a time into its central stack. Screens receive a
:class:`ScreenContext`; nothing reaches back into this window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from ..core.station import Station
from ..core.users.model import Actor, Role
from ..core.users.names import display_names
from .bus import Bus
from .carrier import CarrierScreen
from .context import ScreenContext
from .feedback import Feedback
from .i18n import install_language, use_people
from .icons import icon
from .idle import IdleWatcher
from .login import LoginScreen
from .modules import CarrierAction, ModuleSpec, load_carrier_actions, load_modules
from .scanner import ScannerInput
from .shell import ShellPage
from .sounds import SoundPlayer
from .tasks import Tasks
from .theme import apply_theme, carrier_point_size

log = logging.getLogger(__name__)

PLACE_KEY = "session.place"  # (username, module, Parcels tab) left at the last lock, in drafts


class StationWindow(QMainWindow):
    """``session_changed(Actor | None)`` after every sign-in and sign-out/lock."""

    session_changed = Signal(object)

    def __init__(
        self,
        station: Station,
        *,
        language: str = "zh_CN",
        language_override: bool = False,
        modules: list[ModuleSpec] | None = None,
        carrier_actions: list[CarrierAction] | None = None,
        synchronous: bool = False,
        sounds: bool = True,
        full_screen_carrier: bool = True,
        owns_station: bool = False,
        background_sync: bool = True,
        scanner_clock: Callable[[], int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.station = station
        self.language = language
        self.language_override = language_override  # --lang: wins over ui.language for this run
        self.owns_station = owns_station
        self.full_screen_carrier = full_screen_carrier
        self.modules = modules if modules is not None else load_modules()
        self.carrier_actions = carrier_actions if carrier_actions is not None else load_carrier_actions()
        self.setWindowTitle(self.tr("Youyuntong Station") + f" · {station.info.name}")
        self.setWindowIcon(icon("app", "#0b6b3a"))
        self.setObjectName("root")

        app = QApplication.instance()
        assert isinstance(app, QApplication), "create the QApplication first"
        self.app = app
        self.bus = Bus(self)
        self.bus.attach(station.store)
        use_people(display_names(station.store))  # messages name staff by display name
        self.tasks = Tasks(station, self, synchronous=synchronous)
        self.feedback = Feedback(SoundPlayer(enabled=sounds), self)
        self.tasks.failed.connect(self.feedback.show_error)
        self.scanner = ScannerInput(self, suffix=station.settings.get("scanner.suffix"), clock=scanner_clock)
        self.scanner.install(app)
        self.scanner.unrouted.connect(lambda _code: self.feedback.error(self.tr("This screen does not take scans")))
        self.idle = IdleWatcher(station.store.clock, station.settings.get("ui.idle_lock_minutes"), self)
        self.idle.timed_out.connect(self._idle_lock)
        self.bus.settings_changed.connect(self._setting_changed)
        self.sync = None
        if background_sync:
            from .sync.driver import SyncDriver

            self.sync = SyncDriver(station, self.tasks, self.bus, self)
            self.sync.start()

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.actor: Actor | None = None
        self.drafts: dict[str, object] = {}  # unfinished work that outlives a lock (ScreenContext.drafts)
        self.page: QWidget | None = None
        self.login: LoginScreen | None = None
        self._closed = False
        self.show_login()

    # -- the session ------------------------------------------------------------------------------
    def show_login(self, preselect: str | None = None) -> LoginScreen:
        """Replace whatever is shown with a fresh login screen."""
        self._drop_page()
        self.idle.stop()
        login = LoginScreen(self.station, self.tasks, self.feedback, preselect=preselect)
        login.signed_in.connect(self.sign_in)
        self._swap(login)
        self.login = login
        self.feedback.attach(login, login.message)
        self.scanner.set_router(login.scan_target, pause_ends_scan=True)  # a scan is never PIN digits
        login.users.setFocus()
        return login

    def sign_in(self, actor: Actor) -> QWidget:
        """Open the signed-in pages for ``actor`` (the login screen calls this after a correct
        PIN): carrier mode for carriers, the counter shell for everyone else."""
        self.actor = actor
        ctx = ScreenContext(self.station, actor, self.tasks, self.bus, self.scanner, self.feedback, sync=self.sync,
                            drafts=self.drafts)
        page: QWidget
        if actor.role == Role.CARRIER:
            large = bool(self.station.settings.get("ui.large_font"))
            carrier = CarrierScreen(ctx, self.carrier_actions, point_size=carrier_point_size(large))
            carrier.sign_out_requested.connect(self.lock)
            page = carrier
            if self.full_screen_carrier:
                self.showFullScreen()
        else:
            shell = ShellPage(ctx, self.modules)
            shell.lock_requested.connect(self.lock)
            self._return_to_place(shell, actor.username)
            page = shell
        self._swap(page)
        self.login = None
        self.page = page
        page.focus_start()  # type: ignore[attr-defined] - now that it is shown: keys work without a click
        self.feedback.attach(page, page.message)  # type: ignore[attr-defined]
        self.scanner.set_router(page.scan_target)  # type: ignore[attr-defined]
        self.idle.set_minutes(self.station.settings.get("ui.idle_lock_minutes"))
        self.idle.start(self.app)
        self.bus.signed_in.emit(actor)
        self.session_changed.emit(actor)
        return page

    def _idle_lock(self) -> None:
        minutes = self.idle.minutes
        self.lock()
        if self.login is not None:  # say why the counter is locked (no sound: nobody is there)
            self.login.message.show_message("info", self.tr("Locked after {n} min without use: sign in to carry on")
                                            .format(n=minutes))

    def lock(self) -> None:
        """Sign out (idle time-out, the lock button, a carrier's Sign out) and show the login
        screen with the same user preselected; the same user signing in again comes back to the
        screen (and Parcels tab) they left. The language setting takes effect here (unless the
        window was started with an explicit ``--lang``, which holds for the whole run)."""
        previous = self.actor.username if self.actor else None
        shell = self.shell
        if previous and shell is not None and shell.current_key:
            tab = getattr(shell.current_page, "current_key", None)
            self.drafts[PLACE_KEY] = (previous, shell.current_key, tab if isinstance(tab, str) else None)
        self.actor = None
        if self.isFullScreen():
            self.showNormal()
        language = self.language if self.language_override else self.station.settings.get("ui.language")
        if language != self.language:
            self.language = language
            install_language(self.app, language, self.station.paths.root / "cache")
        self.show_login(preselect=previous)
        self.bus.signed_out.emit()
        self.session_changed.emit(None)

    def _return_to_place(self, shell: ShellPage, username: str) -> None:
        """The screen this user left at the last lock (another user starts on the first screen)."""
        place = self.drafts.pop(PLACE_KEY, None)
        if isinstance(place, tuple) and place[0] == username and shell.open(place[1]) and place[2]:
            opener = getattr(shell.current_page, "open", None)
            if callable(opener):
                opener(place[2])

    @property
    def shell(self) -> ShellPage | None:
        return self.page if isinstance(self.page, ShellPage) else None

    @property
    def carrier(self) -> CarrierScreen | None:
        return self.page if isinstance(self.page, CarrierScreen) else None

    # -- settings that apply at once --------------------------------------------------------------
    def _setting_changed(self, name: str) -> None:
        if name == "ui.large_font":
            apply_theme(self.app, large=bool(self.station.settings.get(name)))
        elif name == "ui.idle_lock_minutes":
            self.idle.set_minutes(self.station.settings.get(name))
        elif name == "scanner.suffix":
            self.scanner.set_suffix(self.station.settings.get(name))

    # -- plumbing ------------------------------------------------------------------------------------
    def _swap(self, widget: QWidget) -> None:
        old = self.stack.currentWidget()
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()

    def _drop_page(self) -> None:
        if self.page is not None:
            close = getattr(self.page, "shutdown", None)
            if callable(close):
                close()
            self.page = None

    def shutdown(self) -> None:
        """Stop the helpers (waiting for a database write in progress) and close the station if
        this window opened it. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self._drop_page()
        self.idle.stop()
        if self.sync is not None:
            self.sync.stop()
        self.scanner.uninstall()
        use_people(None)
        self.bus.detach()
        self.tasks.shutdown(wait=True)
        if self.owns_station:
            self.station.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        from .geometry import remember_geometry

        remember_geometry(self)
        self.shutdown()
        super().closeEvent(event)
