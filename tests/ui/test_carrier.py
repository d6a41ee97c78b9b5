"""Carrier mode: a carrier's sign-in opens the big-button screen (never the counter shell), text is
≥ 20 pt, buttons carry icons, actions declared by modules appear and open, Sign out locks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.ui.carrier import CarrierScreen
from app.ui.modules import CarrierAction
from app.ui.scanner import LineEditTarget
from app.ui.shell import ShellPage

from .conftest import activate, sign_in


class RoundPage(QWidget):
    def __init__(self, ctx) -> None:  # noqa: ANN001
        super().__init__()
        self.box = QLineEdit()
        self.scanned: list[str] = []
        QVBoxLayout(self).addWidget(self.box)

    def scan_target(self) -> LineEditTarget:
        return LineEditTarget(self.box, submit=self.scanned.append)


ROUND = CarrierAction("round", "My round", "round", 10, factory=RoundPage)


def test_carrier_sign_in_opens_carrier_mode(qtbot, make_window):
    window = make_window(carrier_actions=[])
    sign_in(qtbot, window, "carrier")
    assert isinstance(window.page, CarrierScreen) and window.shell is None
    carrier = window.carrier
    assert list(carrier.buttons) == ["help", "signout"]
    for button in carrier.buttons.values():
        assert not button.icon().isNull()
        assert button.iconSize().width() >= 64
    assert carrier.clock.text() == "09:00"  # the station clock, in Chongqing time


def test_carrier_text_is_at_least_20pt(qtbot, make_window):
    window = make_window(carrier_actions=[ROUND])
    sign_in(qtbot, window, "carrier")
    carrier = window.carrier
    for widget in carrier.findChildren(QPushButton) + carrier.findChildren(QLabel):
        if widget.text():
            assert widget.font().pointSizeF() >= 20, (widget.text(), widget.font().pointSizeF())


def test_others_never_see_carrier_mode(qtbot, make_window):
    window = make_window()
    sign_in(qtbot, window, "clerk")
    assert isinstance(window.page, ShellPage) and window.carrier is None


def test_declared_action_opens_by_number_and_takes_scans(qtbot, make_window):
    window = make_window(carrier_actions=[ROUND])
    sign_in(qtbot, window, "carrier")
    carrier = window.carrier
    assert list(carrier.buttons) == ["round", "help", "signout"]
    assert carrier.buttons["round"].text().startswith("1")
    qtbot.keyClick(carrier.buttons["round"], Qt.Key.Key_1, delay=60)  # a person's key, after a pause
    qtbot.waitUntil(lambda: carrier.current_key == "round", timeout=2000)
    page = carrier.stack.currentWidget()
    qtbot.keyClicks(page.box, "9800001234567")
    qtbot.keyClick(page.box, Qt.Key.Key_Return)
    assert page.scanned == ["9800001234567"]
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert carrier.stack.currentWidget() is carrier.home


def test_help_and_sign_out(qtbot, make_window):
    window = make_window(carrier_actions=[])
    sign_in(qtbot, window, "carrier")
    carrier = window.carrier
    qtbot.mouseClick(carrier.buttons["help"], Qt.MouseButton.LeftButton)
    assert carrier.current_key == "help" and carrier.back.isVisible()
    qtbot.mouseClick(carrier.back, Qt.MouseButton.LeftButton)
    assert carrier.stack.currentWidget() is carrier.home
    qtbot.mouseClick(carrier.buttons["signout"], Qt.MouseButton.LeftButton)
    assert window.login is not None and window.actor is None
    assert window.login.username == "carrier"


def test_carrier_mode_is_full_screen(qtbot, make_window):
    window = make_window(carrier_actions=[], full_screen_carrier=True)
    sign_in(qtbot, window, "carrier")
    assert window.isFullScreen()
    window.carrier.sign_out_requested.emit()
    assert not window.isFullScreen()


def _luminances(widget) -> list[float]:  # noqa: ANN001
    image = widget.grab().toImage()
    out = []
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            out.append((0.2126 * c.red() + 0.7152 * c.green() + 0.0722 * c.blue()) / 255)
    return out


def test_carrier_message_line_is_readable(qtbot, make_window):
    """On the black carrier screen a message must not be light text on a light box: the line holds
    both dark and bright pixels (text against its background) for every kind."""
    window = make_window(carrier_actions=[])
    sign_in(qtbot, window, "carrier")
    line = window.carrier.message
    for kind in ("ok", "error", "info"):
        line.show_message(kind, "请再扫一次 SCAN AGAIN")
        qtbot.waitUntil(line.isVisible)
        lum = _luminances(line)
        assert min(lum) < 0.35 and max(lum) > 0.75, (kind, min(lum), max(lum))


def test_a_slow_scan_replayed_as_typing_presses_no_number_key(qtbot, make_window):
    """A scan with a pause inside fails the scan test and is replayed as typing: its digits must
    not choose a big button ("3" would sign out); a person's own key press still does."""
    window = make_window(carrier_actions=[ROUND])
    sign_in(qtbot, window, "carrier")
    carrier = window.carrier
    assert list(carrier.buttons)[2] == "signout"
    activate(qtbot, window)
    qtbot.keyClicks(carrier.buttons["round"], "SF3300")  # a burst, then nothing: no Enter
    qtbot.waitUntil(lambda: window.scanner.holding == 0)  # replayed
    assert window.carrier is carrier and carrier.stack.currentWidget() is carrier.home
    qtbot.keyClick(carrier.buttons["round"], Qt.Key.Key_2, delay=60)  # a person's key
    qtbot.waitUntil(lambda: carrier.current_key == "help", timeout=2000)


def test_back_is_one_line_with_an_arrow(qtbot, make_window):
    window = make_window(carrier_actions=[ROUND])
    sign_in(qtbot, window, "carrier")
    carrier = window.carrier
    carrier.activate("round")
    qtbot.waitUntil(carrier.back.isVisible)
    assert not carrier.back.icon().isNull()
    assert carrier.back.height() < carrier.buttons["help"].minimumSizeHint().height()
    assert carrier.back.height() <= 3 * carrier.back.fontMetrics().height()
