"""Settings → Users: the station's users for the administrator — add a user (role, display name,
PIN typed twice), reset a PIN, disable or enable a user, unlock a user locked out by wrong PINs.

Every operation is :class:`app.core.users.UserService`'s (admin only, audited there; the PIN rules
are the core's: 6 digits, not one digit repeated, not a straight run). Supervisors see the list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.documents import local_time_text
from ...core.users.model import Role, UserInfo
from ...core.users.permissions import Perm
from ...core.users.pin import confirm_new_pin
from ..context import ScreenContext
from ..i18n import describe
from ..roles import role_title
from ..table import ReadOnlyTable


class UserDialog(QDialog):
    """Add a user (``username`` None) or give one a new PIN. The PIN is typed twice; the core
    checks both (``pin.mismatch``) and its rules. Stays open on a refusal and says why."""

    done = Signal(object)

    def __init__(self, ctx: ScreenContext, username: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.username_fixed = username
        self.setModal(True)
        self.setMinimumWidth(520)
        self.setWindowTitle(self.tr("Add a user") if username is None else self.tr("New PIN for {user}").format(
            user=username))
        form = QFormLayout()
        form.setVerticalSpacing(10)
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("lower-case letters and digits, e.g. lili"))
        self.username.setMaxLength(32)
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(self.tr("the name shown on screens and records"))
        self.display_name.setMaxLength(40)
        self.role = QComboBox()
        for role in (Role.CLERK, Role.CARRIER, Role.SUPERVISOR, Role.ADMIN):
            self.role.addItem(role_title(role), str(role))
        digits = QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"))
        self.pin = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.pin_again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        for edit in (self.pin, self.pin_again):
            edit.setMaxLength(6)
            edit.setValidator(digits)
        if username is None:
            form.addRow(self.tr("User name"), self.username)
            form.addRow(self.tr("Display name"), self.display_name)
            form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("New PIN (6 digits)"), self.pin)
        form.addRow(self.tr("The PIN again"), self.pin_again)
        form.addRow(QLabel(self.tr("Not one digit repeated (111111) and not a run (123456, 654321)."),
                           objectName="muted", wordWrap=True))
        self.error = QLabel(objectName="errorText", wordWrap=True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save (Enter)"))
        self.save_button.setDefault(True)  # Enter in any field saves, once
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel (Esc)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addWidget(self.buttons)
        (self.username if username is None else self.pin).setFocus()

    def save(self) -> None:
        actor = self.ctx.actor
        pin, again = self.pin.text(), self.pin_again.text()
        if self.username_fixed is None:
            username, name, role = self.username.text(), self.display_name.text(), self.role.currentData()

            def work(st):  # noqa: ANN001, ANN202 - on the database worker
                return st.users.add(actor, username, role, confirm_new_pin(pin, again), name)
        else:
            username = self.username_fixed

            def work(st):  # noqa: ANN001, ANN202
                return st.users.reset_pin(actor, username, confirm_new_pin(pin, again))

        if not self.save_button.isEnabled():
            return  # a save is under way
        self.save_button.setEnabled(False)
        self.ctx.tasks.run_db(work, self._saved, self._refused)

    def _saved(self, user: UserInfo) -> None:
        self.done.emit(user)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.pin.clear()
        self.pin_again.clear()
        self.error.setText(describe(exc))
        self.error.show()
        self.ctx.feedback.error(describe(exc))


class UsersPanel(QWidget):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = ctx.can(Perm.USERS_MANAGE)
        self.users: list[UserInfo] = []
        self.locked: set[str] = set()  # usernames locked out now
        self.table = ReadOnlyTable([self.tr("User name"), self.tr("Name"), self.tr("Role"), self.tr("State")],
                                   object_name="usersTable")
        self.table.setSelectionMode(ReadOnlyTable.SelectionMode.SingleSelection)
        self.add_button = QPushButton(self.tr("Add a user… (Ctrl+N)"), objectName="primary")
        self.pin_button = QPushButton(self.tr("New PIN… (Ctrl+R)"))
        self.active_button = QPushButton(self.tr("Disable (Ctrl+D)"))
        self.unlock_button = QPushButton(self.tr("Unlock (Ctrl+U)"))
        self.note = QLabel(objectName="muted", wordWrap=True)
        self.note.setText(self.tr("Each change is recorded in the audit log. A new PIN also lifts a lock.")
                          if self.editable else self.tr("Only an administrator can change users."))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.pin_button, self.active_button, self.unlock_button):
            buttons.addWidget(b)
            b.setVisible(self.editable)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.table, 1)
        box.addWidget(self.note)
        box.addLayout(buttons)
        self.dialog: UserDialog | None = None
        self.add_button.clicked.connect(self.add_user)
        self.pin_button.clicked.connect(self.new_pin)
        self.active_button.clicked.connect(self.toggle_active)
        self.unlock_button.clicked.connect(self.unlock)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        if self.editable:
            from PySide6.QtGui import QKeySequence, QShortcut

            for keys, slot in (("Ctrl+N", self.add_user), ("Ctrl+R", self.new_pin), ("Ctrl+D", self.toggle_active),
                               ("Ctrl+U", self.unlock)):
                QShortcut(QKeySequence(keys), self, activated=slot)

    # -- reading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        actor = self.ctx.actor

        def read(st):  # noqa: ANN001, ANN202 - on the database worker
            users = st.users.list(actor)
            return users, {u.username for u in users if st.users.is_locked(u)}

        self.ctx.tasks.run_db(read, self._show)

    def _show(self, found) -> None:  # noqa: ANN001 - (users, locked usernames)
        users, locked = found
        keep = self.selected()
        self.users = users
        self.locked = locked
        self.table.set_rows([(u.username, u.display_name, role_title(u.role), self._state(u)) for u in users])
        for r, u in enumerate(users):
            if keep is not None and u.username == keep.username:
                self.table.selectRow(r)
        self._update_buttons()

    def _state(self, u: UserInfo) -> str:
        if not u.active:
            return self.tr("Disabled")
        if u.username in self.locked:
            return self.tr("Locked until {time}").format(time=local_time_text(u.locked_until)[11:])
        if u.failed_attempts:
            return self.tr("Active · {n} wrong PIN(s)").format(n=u.failed_attempts)
        return self.tr("Active")

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows and rows[0].row() < len(self.users) else None

    def _update_buttons(self) -> None:
        u = self.selected()
        for b in (self.pin_button, self.active_button, self.unlock_button):
            b.setEnabled(u is not None)
        if u is None:
            return
        self.active_button.setText(self.tr("Disable (Ctrl+D)") if u.active else self.tr("Enable (Ctrl+D)"))
        self.unlock_button.setEnabled(u.username in self.locked or u.failed_attempts > 0)

    # -- acting ----------------------------------------------------------------------------------
    def _need_user(self) -> UserInfo | None:
        u = self.selected()
        if u is None:
            self.ctx.feedback.info(self.tr("Choose a user in the list first"))
        return u

    def _open(self, username: str | None) -> None:
        self.dialog = UserDialog(self.ctx, username, self)
        self.dialog.done.connect(self._done)
        self.dialog.open()

    def add_user(self) -> None:
        self._open(None)

    def new_pin(self) -> None:
        u = self._need_user()
        if u is not None:
            self._open(u.username)

    def _done(self, user: UserInfo) -> None:
        self.ctx.feedback.success(self.tr("{user} saved").format(user=user.display_name or user.username))
        self.refresh()

    def _run(self, work: Callable, message: str) -> None:  # noqa: ANN001
        def done(user: UserInfo) -> None:
            self.ctx.feedback.success(message.format(user=user.display_name or user.username))
            self.refresh()

        self.ctx.tasks.run_db(work, done, self.ctx.show_error)

    def toggle_active(self) -> None:
        u = self._need_user()
        if u is None:
            return
        actor, active = self.ctx.actor, not u.active
        self._run(lambda st: st.users.set_active(actor, u.username, active),
                  self.tr("{user} can sign in again") if active else self.tr("{user} can no longer sign in"))

    def unlock(self) -> None:
        u = self._need_user()
        if u is None:
            return
        actor = self.ctx.actor
        self._run(lambda st: st.users.unlock(actor, u.username), self.tr("{user} unlocked"))
