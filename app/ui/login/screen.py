"""The login screen: pick a user, type the 6-digit PIN (on the pad or the keyboard).

Keyboard: ↑/↓ choose the user, digits type the PIN, Backspace deletes one, Esc clears, Enter signs
in (the sixth digit signs in by itself). The PIN check (a deliberately slow KDF) runs on the
database worker; wrong-PIN and lock-out messages are the core's error codes put into words.

A scan here (the window's scanner input watches the login screen too, and takes a fast run that
stops as a scan even without Enter) is never PIN digits: it is refused with "sign in first" and
counts as no attempt.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.station import Station
from ...core.users.model import Actor, UserInfo
from ..feedback import Feedback, MessageLine
from ..icons import icon
from ..roles import role_title
from ..scanner import CallbackTarget, ScanTarget
from ..tasks import Tasks
from .pin_pad import PIN_LENGTH, PinPad

_PIN_KEYS = {Qt.Key.Key_Backspace, Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Delete}


class UserPicker(QListWidget):
    """The list of active users. PIN keys go up to the login screen instead of the list's
    type-ahead search."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in _PIN_KEYS or (event.text().isdigit() and len(event.text()) == 1):
            event.ignore()
            return
        super().keyPressEvent(event)


class LoginScreen(QWidget):
    """``signed_in(Actor)`` after a correct PIN."""

    signed_in = Signal(object)

    def __init__(self, station: Station, tasks: Tasks, feedback: Feedback, parent: QWidget | None = None,
                 *, preselect: str | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.tasks = tasks
        self.feedback = feedback
        self.busy = False

        title = QLabel(self.tr("Youyuntong Station"), objectName="loginTitle")
        station_label = QLabel(f"{station.info.name} · {station.info.code}", objectName="muted")
        self.users = UserPicker(objectName="userPicker")
        self.users.setIconSize(QSize(32, 32))
        self.users.setAccessibleName(self.tr("User"))
        self.users.currentRowChanged.connect(lambda _row: self._user_changed())
        self.message = MessageLine()
        self.pad = PinPad()
        self.pad.completed.connect(lambda _pin: self.submit())
        self.pad.changed.connect(self._pin_changed)
        self.sign_in_button = QPushButton(self.tr("Sign in"), objectName="primary")
        self.sign_in_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sign_in_button.clicked.connect(self.submit)
        self.sign_in_button.setEnabled(False)
        self.prompt = QLabel(objectName="pinPrompt", alignment=Qt.AlignmentFlag.AlignCenter)

        left = QVBoxLayout()
        left.addWidget(title)
        left.addWidget(station_label)
        left.addSpacing(12)
        left.addWidget(QLabel(self.tr("Who is signing in?")))
        left.addWidget(self.users, 1)
        card = QFrame(objectName="card")
        right = QVBoxLayout(card)
        right.setContentsMargins(24, 24, 24, 24)
        right.addWidget(self.prompt)
        right.addWidget(self.pad)
        right.addWidget(self.sign_in_button)
        right.addWidget(self.message)
        right.addStretch(1)
        hint = QLabel(self.tr("Keyboard: ↑/↓ choose the user · type the PIN · Enter signs in · Esc clears"),
                      objectName="muted")
        row = QHBoxLayout()
        row.addLayout(left, 3)
        row.addSpacing(32)
        row.addWidget(card, 2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 36, 48, 24)
        outer.addLayout(row, 1)
        outer.addWidget(hint)
        self.reload_users(preselect)

    # -- users -------------------------------------------------------------------------------------
    def reload_users(self, preselect: str | None = None) -> None:
        """List the active users (names and roles; never anything secret)."""
        self.users.clear()
        infos: list[UserInfo] = self.station.users.list(for_login=True)
        for info in infos:
            item = QListWidgetItem(icon("user"), f"{info.display_name or info.username}  ·  {role_title(info.role)}")
            item.setData(Qt.ItemDataRole.UserRole, info.username)
            item.setSizeHint(QSize(0, 52))
            self.users.addItem(item)
        names = [i.username for i in infos]
        self.users.setCurrentRow(names.index(preselect) if preselect in names else 0)
        self.users.setFocus()

    def select_user(self, username: str) -> bool:
        for row in range(self.users.count()):
            if self.users.item(row).data(Qt.ItemDataRole.UserRole) == username:
                self.users.setCurrentRow(row)
                return True
        return False

    @property
    def username(self) -> str | None:
        item = self.users.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _user_changed(self) -> None:
        self.pad.clear()
        self.message.show_message("", "")
        item = self.users.currentItem()
        name = item.text().split("  ·  ")[0] if item else ""
        self.prompt.setText(self.tr("PIN for {name}").format(name=name))

    def _pin_changed(self, length: int) -> None:
        self.sign_in_button.setEnabled(length == PIN_LENGTH and not self.busy)

    # -- keyboard ----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key, text = event.key(), event.text()
        if len(text) == 1 and text.isdigit():
            self.pad.add_digit(text)
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.pad.backspace()
        elif key == Qt.Key.Key_Escape:
            self.pad.clear()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        else:
            super().keyPressEvent(event)

    # -- scans -----------------------------------------------------------------------------------
    def scan_target(self) -> ScanTarget:
        return CallbackTarget(self.scan_refused)

    def scan_refused(self, _code: str) -> None:
        """A parcel was scanned before anyone signed in: say so; the PIN typed so far stays and no
        attempt is counted."""
        self.feedback.error(self.tr("That was a scan, not a PIN: sign in first, then scan again"))
        self.message.show_message("error", self.feedback.last_text)

    # -- signing in -------------------------------------------------------------------------------
    def submit(self) -> None:
        """Check the PIN on the database worker; ``signed_in`` or an error message follows."""
        username, pin = self.username, self.pad.pin
        if self.busy or not username:
            return
        if len(pin) != PIN_LENGTH:
            self.message.show_message("error", self.tr("Type all 6 digits of the PIN"))
            return
        self._set_busy(True)
        self.message.show_message("info", self.tr("Checking…"))
        self.tasks.run_db(lambda st: st.users.authenticate(username, pin), self._accepted, self._refused)

    def _accepted(self, actor: Actor) -> None:
        self._set_busy(False)
        self.pad.clear()
        self.message.show_message("", "")
        self.signed_in.emit(actor)

    def _refused(self, error: BaseException) -> None:
        self._set_busy(False)
        self.pad.clear()
        self.feedback.show_error(error)
        self.message.show_message("error", self.feedback.last_text)
        self.users.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.pad.setEnabled(not busy)
        self.users.setEnabled(not busy)
        self.sign_in_button.setEnabled(not busy and len(self.pad.pin) == PIN_LENGTH)
