"""``--screenshot FILE [--screen NAME]``: the real window rendered offscreen to a PNG."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ..core.errors import NotAllowed, NotFound, YytError
from ..core.station import Station
from ..paths import DataPaths

#: The demo user each screen is shown as when a temporary demo station is used.
DEMO_USER_FOR = {"login": None, "carrier": "carrier", "settings": "admin"}


def take_screenshot(app: QApplication, paths: DataPaths, out: Path, screen: str, user: str | None,
                    lang: str | None) -> int:
    """Render ``screen`` to ``out``; exit code 0, or the CLI's codes on failure (2 unknown screen,
    6 no user/PIN for a screen behind the login)."""
    from .app import SCREENSHOT_SIZE, open_window
    from .i18n import error_text

    temp: tempfile.TemporaryDirectory | None = None
    try:
        try:
            station = Station.open(paths)
        except NotFound:
            from ..core.demo import build_demo

            temp = tempfile.TemporaryDirectory(prefix="yyt-shot-")
            station = build_demo(DataPaths(Path(temp.name) / "station"), throwaway=True)
        window = open_window(app, station, lang, owns_station=True, synchronous=True, sounds=False,
                             full_screen_carrier=False, background_sync=False)
        try:
            window.resize(*SCREENSHOT_SIZE)
            window.show()
            if screen != "login":
                actor = _actor(station, screen, user, demo=temp is not None)
                window.sign_in(actor)
                if screen not in ("main", "carrier"):
                    shell = window.shell
                    if shell is None or not shell.open(screen):
                        print(f"error[usage]: no screen {screen!r} for this user "
                              f"(screens: login, main, carrier, {', '.join(shell.keys if shell else [])})",
                              file=sys.stderr)
                        return 2
            app.processEvents()
            out.parent.mkdir(parents=True, exist_ok=True)
            if not window.grab().save(str(out), "PNG"):
                print(f"error[usage]: could not write {out}", file=sys.stderr)
                return 1
        finally:
            window.close()
            window.deleteLater()
        print(str(out))
        return 0
    except YytError as exc:
        print(f"error[{exc.code}]: {error_text(exc)}", file=sys.stderr)
        return exc.exit_code
    finally:
        if temp is not None:
            temp.cleanup()


def _actor(station: Station, screen: str, user: str | None, *, demo: bool):  # noqa: ANN202 - Actor
    if user:
        pin = os.environ.get("YYT_PIN")
        if pin is None:
            raise NotAllowed("auth.pin_missing", username=user)
        return station.users.authenticate(user, pin)
    if not demo:
        raise NotAllowed("auth.required")
    from ..core.demo import DEMO_USERS

    wanted = DEMO_USER_FOR.get(screen, "clerk")
    demo_user = next(u for u in DEMO_USERS if u.username == wanted)
    return station.users.authenticate(demo_user.username, demo_user.pin)
