"""After a lock the same clerk comes back to the screen and tab they left (found on the clerk's
morning walk-through: the counter came back on Today, the check-in queue out of sight); an idle
lock says why the counter is locked; another user starts on the first screen."""

from __future__ import annotations

from .conftest import sign_in
from .parcels_helpers import open_parcels


def test_the_same_clerk_comes_back_to_the_tab_they_left(qtbot, make_window, clock):
    window = make_window(language_override=True)  # English through the lock
    page, screen = open_parcels(qtbot, window, "pickup")
    clock.advance(minutes=6)
    assert window.idle.check()
    assert window.login.message.text() == "Locked after 5 min without use: sign in to carry on"
    assert window.feedback.sounds.played == [] or window.feedback.sounds.played[-1] != "error"
    sign_in(qtbot, window, "clerk")
    assert window.shell.current_key == "parcels" and window.shell.current_page.current_key == "pickup"


def test_another_user_starts_on_the_first_screen(qtbot, make_window):
    window = make_window()
    open_parcels(qtbot, window, "send")
    window.shell.lock_requested.emit()
    sign_in(qtbot, window, "admin")
    assert window.shell.current_key == window.shell.keys[0]
