"""The Settings page: real settings from :mod:`app.core.settings`, stored through the service
(admin only, each change audited). Other roles see the values without being able to change them.
Admins and supervisors also get the Users tab (:mod:`app.ui.settings.users`).

Large font and the idle-lock time apply at once; the language applies at the next sign-in.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.settings import REGISTRY
from ...core.users.permissions import Perm
from ..context import ScreenContext
from ..modules import QT_TRANSLATE_NOOP

#: (setting name, label) in the order shown; names not registered (a module not installed) are skipped.
FIELDS = (
    ("ui.large_font", QT_TRANSLATE_NOOP("SettingsPage", "Large font for everyone")),
    ("ui.idle_lock_minutes", QT_TRANSLATE_NOOP("SettingsPage", "Lock after idle minutes (0 = never)")),
    ("ui.language", QT_TRANSLATE_NOOP("SettingsPage", "Language")),
    ("scanner.suffix", QT_TRANSLATE_NOOP("SettingsPage", "The scanner sends after each code")),
    ("printing.printer_name", QT_TRANSLATE_NOOP("SettingsPage", "Printer")),
    ("printing.receipt_width_mm", QT_TRANSLATE_NOOP("SettingsPage", "Receipt paper width (mm)")),
    ("station.opening_hours", QT_TRANSLATE_NOOP("SettingsPage", "Opening hours")),
    ("parcels.overdue_days", QT_TRANSLATE_NOOP("SettingsPage", "Parcel overdue after days")),
    ("backup.keep_days", QT_TRANSLATE_NOOP("SettingsPage", "Daily backups to keep")),
    ("privacy.retention_days", QT_TRANSLATE_NOOP("SettingsPage", "Keep recipients' details of parcels gone (days)")),
    ("privacy.shipment_retention_days", QT_TRANSLATE_NOOP("SettingsPage", "Keep details of shipments sent (days)")),
)
LANGUAGES = (("zh_CN", "简体中文"), ("en", "English"))
SCANNER_SUFFIXES = (("enter", QT_TRANSLATE_NOOP("SettingsPage", "Enter")),
                    ("tab", QT_TRANSLATE_NOOP("SettingsPage", "Tab")),
                    ("none", QT_TRANSLATE_NOOP("SettingsPage", "Nothing (a pause ends the code)")))


def available_printers() -> list[str]:
    """Printers the system knows (QtPrintSupport is loaded only here)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return list(QPrinterInfo.availablePrinterNames())


class SettingsPage(QWidget):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = ctx.can(Perm.SETTINGS_MANAGE)
        self.editors: dict[str, QWidget] = {}
        self.stored: dict[str, Any] = {}
        card = QFrame(objectName="card")
        form = QFormLayout(card)
        form.setContentsMargins(20, 16, 20, 16)
        form.setVerticalSpacing(12)
        for name, label in FIELDS:
            if name in REGISTRY:
                editor = self._editor(name)
                editor.setEnabled(self.editable)
                self.editors[name] = editor
                form.addRow(self.tr(label), editor)
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"), objectName="primary")
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(self.editable)
        note = QLabel(self.tr("Only an administrator can change settings.") if not self.editable
                      else self.tr("The language changes at the next sign-in."), objectName="muted")
        buttons = QHBoxLayout()
        buttons.addWidget(note, 1)
        buttons.addWidget(self.save_button)
        general = QWidget()
        box = QVBoxLayout(general)
        box.addWidget(card)
        box.addLayout(buttons)
        box.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.tabs: QTabWidget | None = None
        self.users = None
        if ctx.can(Perm.USERS_READ):  # Settings → Users (admins manage, supervisors look)
            from .users import UsersPanel

            self.users = UsersPanel(ctx)
            self.tabs = QTabWidget()
            self.tabs.setDocumentMode(True)
            self.tabs.addTab(general, self.tr("Station"))
            self.tabs.addTab(self.users, self.tr("Users"))
            self.tabs.currentChanged.connect(self._tab_changed)
            outer.addWidget(self.tabs)
        else:
            outer.addWidget(general)
        if self.editable:
            QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)  # only while this page shows

    def _editor(self, name: str) -> QWidget:
        setting = REGISTRY[name]
        if name == "ui.language":
            combo = QComboBox()
            for code, title in LANGUAGES:
                combo.addItem(title, code)
            return combo
        if name == "scanner.suffix":
            combo = QComboBox()
            for code, title in SCANNER_SUFFIXES:
                combo.addItem(self.tr(title), code)
            return combo
        if name == "printing.printer_name":
            combo = QComboBox()
            combo.addItem(self.tr("No printer: save PDF files in the data folder"), "")
            for printer in available_printers():
                combo.addItem(printer, printer)
            return combo
        if setting.choices:
            combo = QComboBox()
            for choice in setting.choices:
                combo.addItem(str(choice), choice)
            return combo
        if setting.type is bool:
            return QCheckBox()
        if setting.type is int:
            spin = QSpinBox()
            spin.setRange(setting.minimum if setting.minimum is not None else 0,
                          setting.maximum if setting.maximum is not None else 1_000_000)
            return spin
        edit = QLineEdit()
        edit.setMaxLength(setting.max_len)
        return edit

    def initial_focus(self) -> QWidget:
        if self.tabs is not None and self.tabs.currentWidget() is self.users:
            return self.users.table
        return next(iter(self.editors.values()), self)

    def open_users(self) -> None:
        """Show the Users tab (when this role may see it)."""
        if self.tabs is not None:
            self.tabs.setCurrentWidget(self.users)

    def _tab_changed(self, _index: int) -> None:
        self.ctx.feedback.clear()
        if self.tabs is not None and self.tabs.currentWidget() is self.users:
            self.users.refresh()  # the settings' unsaved edits stay as they are
        self.initial_focus().setFocus()

    # -- values ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the stored values."""
        self.stored = {name: self.ctx.station.settings.get(name) for name in self.editors}
        for name, value in self.stored.items():
            self._set_value(self.editors[name], value)
        if self.users is not None:
            self.users.refresh()

    def _set_value(self, editor: QWidget, value: Any) -> None:
        if isinstance(editor, QComboBox):
            index = editor.findData(value)
            if index < 0:  # e.g. a printer that is not connected now: keep it visible
                editor.addItem(self.tr("{name} (not found)").format(name=value), value)
                index = editor.count() - 1
            editor.setCurrentIndex(index)
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value))

    @staticmethod
    def value_of(editor: QWidget) -> Any:
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QSpinBox):
            return editor.value()
        assert isinstance(editor, QLineEdit)
        return editor.text()

    def changes(self) -> dict[str, Any]:
        return {n: self.value_of(e) for n, e in self.editors.items() if self.value_of(e) != self.stored.get(n)}

    def save(self) -> None:
        """Store what changed (one audited write per setting) on the database worker."""
        changes = self.changes()
        if not changes:
            self.ctx.feedback.info(self.tr("Nothing to save"))
            return
        actor = self.ctx.actor
        self.save_button.setEnabled(False)

        def store(st):  # noqa: ANN001, ANN202 - on the database worker
            return {name: st.settings.set(actor, name, value) for name, value in changes.items()}

        self.ctx.tasks.run_db(store, self._saved, self._failed)

    def _saved(self, stored: dict[str, Any]) -> None:
        self.save_button.setEnabled(True)
        self.stored.update(stored)
        for name in stored:
            self.ctx.bus.settings_changed.emit(name)
        self.ctx.feedback.success(self.tr("Settings saved"))

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.refresh()
        self.ctx.show_error(error)
