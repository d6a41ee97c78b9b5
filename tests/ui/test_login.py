"""The real login screen against the real station database: PIN by keyboard and by mouse, the
core's wrong-PIN and lock-out messages, and the PIN check on the real database worker."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.core.users.model import Role
from app.ui.carrier import CarrierScreen
from app.ui.i18n import install_language
from app.ui.shell import ShellPage

from .conftest import PERSON_MS, PINS, sign_in, type_pin


def test_clerk_signs_in_with_the_keyboard(qtbot, make_window):
    window = make_window()
    login = window.login
    assert login.users.count() == 4  # every active user, by name and role
    type_pin(qtbot, window, "clerk", PINS["clerk"], keyboard=True)
    assert isinstance(window.page, ShellPage)
    assert window.actor.username == "clerk" and window.actor.role == Role.CLERK
    assert "张丽" in window.shell.status.user.text() and "Clerk" in window.shell.status.user.text()
    assert window.login is None


def test_pin_pad_works_with_the_mouse_and_backspace(qtbot, make_window):
    window = make_window()
    login = window.login
    login.select_user("supervisor")
    for digit in "2718":
        qtbot.mouseClick(login.pad.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(login.pad.keys["back"], Qt.MouseButton.LeftButton)
    assert login.pad.pin == "271"
    assert not login.sign_in_button.isEnabled()
    for digit in "828":
        qtbot.mouseClick(login.pad.keys[digit], Qt.MouseButton.LeftButton)
    assert window.actor is not None and window.actor.username == "supervisor"


def test_wrong_pin_shows_the_core_message_and_clears_the_pin(qtbot, make_window, station):
    window = make_window()
    type_pin(qtbot, window, "clerk", "111112")
    login = window.login
    assert window.actor is None and login is not None
    assert login.message.isVisible()
    assert login.message.text() == "Wrong PIN (4 tries left before a 5-minute lock)"
    assert login.pad.pin == ""
    assert window.feedback.last_kind == "error" and window.feedback.sounds.played[-1] == "error"
    assert station.users.get("clerk").failed_attempts == 1


def test_wrong_pin_message_in_chinese(qtbot, make_window, qapp):
    install_language(qapp, "zh_CN")
    window = make_window(language="zh_CN")
    type_pin(qtbot, window, "clerk", "111112")
    assert window.login.message.text() == "密码错误（再错 4 次将锁定 5 分钟）"


def test_five_wrong_pins_lock_the_user_out(qtbot, make_window, clock):
    window = make_window()
    for _ in range(4):
        type_pin(qtbot, window, "clerk", "999990")
    assert "1 tries left" in window.login.message.text()
    type_pin(qtbot, window, "clerk", "999990")
    assert window.login.message.text() == "张丽 is locked after 5 wrong PINs; try again in 300 s"
    clock.advance(60)
    type_pin(qtbot, window, "clerk", PINS["clerk"])  # even the right PIN waits out the lock
    assert window.actor is None
    assert window.login.message.text() == "张丽 is locked after 5 wrong PINs; try again in 240 s"
    clock.advance(241)
    type_pin(qtbot, window, "clerk", PINS["clerk"])
    assert window.actor is not None and window.actor.username == "clerk"


def test_escape_clears_and_enter_needs_six_digits(qtbot, make_window):
    window = make_window()
    login = window.login
    qtbot.keyClicks(login.users, "123", delay=PERSON_MS)
    qtbot.keyClick(login.users, Qt.Key.Key_Escape)
    assert login.pad.pin == ""
    qtbot.keyClicks(login.users, "12", delay=PERSON_MS)
    qtbot.keyClick(login.users, Qt.Key.Key_Return)
    assert window.actor is None and login.message.text() == "Type all 6 digits of the PIN"


def test_arrow_keys_choose_the_user(qtbot, make_window):
    window = make_window()
    login = window.login
    login.select_user("admin")
    first = login.username
    qtbot.keyClick(login.users, Qt.Key.Key_Down)
    assert login.username != first
    assert login.prompt.text().startswith("PIN for")


def test_pin_is_checked_on_the_database_worker(qtbot, make_window):
    """With real threads the KDF runs off the GUI thread and the result comes back by signal."""
    window = make_window(synchronous=False)
    type_pin(qtbot, window, "carrier", PINS["carrier"])
    assert window.login.busy  # the check is still running: the GUI thread is free
    qtbot.waitUntil(lambda: window.page is not None, timeout=10_000)
    assert isinstance(window.page, CarrierScreen)


def test_lock_returns_to_login_with_the_same_user(qtbot, make_window):
    window = make_window()
    sign_in(qtbot, window, "supervisor")
    window.shell.lock_requested.emit()
    assert window.login is not None and window.actor is None
    assert window.login.username == "supervisor"
