"""Scanner input on the real window: a fast burst ending in Enter is a scan that goes to the
active screen's declared target even when another field has focus — and never lands in that
field; a person typing (slower than the burst limit) is not a scan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from app.core.users.model import Role
from app.ui.modules import ModuleSpec
from app.ui.scanner import MAX_GAP_MS, LineEditTarget

from .conftest import PERSON_MS, sign_in


class ScanScreen(QWidget):
    """A screen with a declared scan target (a tracking-number box) and a notes field."""

    def __init__(self, ctx) -> None:  # noqa: ANN001
        super().__init__()
        self.ctx = ctx
        self.tracking = QLineEdit()
        self.notes = QLineEdit()
        self.received: list[str] = []
        box = QVBoxLayout(self)
        box.addWidget(self.tracking)
        box.addWidget(self.notes)

    def scan_target(self) -> LineEditTarget:
        return LineEditTarget(self.tracking, submit=self._scanned)

    def _scanned(self, code: str) -> None:
        self.received.append(code)
        if code.startswith("SF"):
            self.ctx.feedback.success(f"checked in {code}")
        else:
            self.ctx.feedback.error(f"unknown {code}")


class PlainScreen(QWidget):
    """A screen that declares no scan target."""

    def __init__(self, ctx) -> None:  # noqa: ANN001
        super().__init__()
        self.notes = QLineEdit()
        QVBoxLayout(self).addWidget(self.notes)


EVERYONE = frozenset(Role)
MODULES = [
    ModuleSpec("scan", "Scan test", "scan", "Ctrl+1", EVERYONE, 1, factory=ScanScreen),
    ModuleSpec("plain", "Plain test", "help", "Ctrl+2", EVERYONE, 2, factory=PlainScreen),
]


def _screen(qtbot, make_window, key="scan"):  # noqa: ANN202
    window = make_window(modules=MODULES)
    sign_in(qtbot, window, "clerk")
    window.shell.open(key)
    return window, window.shell.current_page


def test_fast_burst_goes_to_the_scan_target_not_the_focused_field(qtbot, make_window):
    window, screen = _screen(qtbot, make_window)
    screen.notes.setFocus()
    qtbot.keyClicks(screen.notes, "SF1234567890123")
    qtbot.keyClick(screen.notes, Qt.Key.Key_Return)
    assert screen.received == ["SF1234567890123"]
    assert screen.tracking.text() == "SF1234567890123"
    assert screen.notes.text() == ""  # not one character of the burst landed there
    assert window.feedback.last_kind == "ok" and window.feedback.sounds.played[-1] == "ok"


def test_two_scans_in_a_row_and_error_feedback(qtbot, make_window):
    window, screen = _screen(qtbot, make_window)
    for code in ("SF1111111111", "XX2222222222"):
        qtbot.keyClicks(screen.notes, code)
        qtbot.keyClick(screen.notes, Qt.Key.Key_Return)
    assert screen.received == ["SF1111111111", "XX2222222222"]
    assert window.feedback.last_kind == "error" and window.feedback.sounds.played[-2:] == ["ok", "error"]
    assert window.shell.message.text() == "unknown XX2222222222"


def test_a_person_typing_is_not_a_scan(qtbot, make_window):
    window, screen = _screen(qtbot, make_window)
    slow = MAX_GAP_MS * 2 + 20  # a quick typist: still far slower than a scanner
    qtbot.keyClicks(screen.notes, "7654321", delay=slow)
    qtbot.waitUntil(lambda: screen.notes.text() == "7654321", timeout=2000)
    qtbot.keyClick(screen.notes, Qt.Key.Key_Return, delay=slow)
    assert screen.received == []
    assert screen.tracking.text() == ""


def test_a_short_fast_run_is_typing_too(qtbot, make_window):
    window, screen = _screen(qtbot, make_window)
    qtbot.keyClicks(screen.notes, "12345")  # 5 < the 6 characters a scan needs
    qtbot.keyClick(screen.notes, Qt.Key.Key_Return)
    assert screen.notes.text() == "12345" and screen.received == []


def test_edit_keys_pass_straight_through(qtbot, make_window):
    window, screen = _screen(qtbot, make_window)
    qtbot.keyClicks(screen.notes, "ab", delay=MAX_GAP_MS * 2 + 20)
    qtbot.waitUntil(lambda: screen.notes.text() == "ab", timeout=2000)
    qtbot.keyClick(screen.notes, Qt.Key.Key_Backspace)
    assert screen.notes.text() == "a"


def test_scan_on_a_screen_without_a_target_is_refused_visibly(qtbot, make_window):
    window, screen = _screen(qtbot, make_window, key="plain")
    qtbot.keyClicks(screen.notes, "SF9999999999")
    qtbot.keyClick(screen.notes, Qt.Key.Key_Return)
    assert screen.notes.text() == ""
    assert window.feedback.last_kind == "error"
    assert window.shell.message.text() == "This screen does not take scans"


def test_a_persons_pin_keys_reach_the_pad_on_the_login_screen(qtbot, make_window):
    """The login screen is watched for scans too: a person's digits are held a moment at most."""
    window = make_window(modules=MODULES)
    qtbot.keyClicks(window.login.users, "24680", delay=PERSON_MS)
    qtbot.waitUntil(lambda: window.login.pad.pin == "24680", timeout=2000)


def test_burst_through_the_platform_key_path(qtbot, make_window):
    """Keys sent to the native window (as a USB scanner's are), not to a widget: the burst is still
    routed and the focused field stays empty; then a person's slow keys reach that field."""
    from PySide6.QtTest import QTest

    from .conftest import activate

    window, screen = _screen(qtbot, make_window)
    activate(qtbot, window)
    screen.notes.setFocus()
    qtbot.waitUntil(lambda: screen.notes.hasFocus())
    handle = window.windowHandle()
    for ch in "YT8800112233":
        QTest.keyClick(handle, ch)
    QTest.keyClick(handle, Qt.Key.Key_Return)
    assert screen.received == ["YT8800112233"] and screen.notes.text() == ""
    for ch in "ok":
        QTest.keyClick(handle, ch, Qt.KeyboardModifier.NoModifier, MAX_GAP_MS * 2 + 20)
    qtbot.waitUntil(lambda: screen.notes.text() == "ok", timeout=2000)
    assert screen.received == ["YT8800112233"]
