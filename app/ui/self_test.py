"""``--self-test``: proves a build can run — a temporary station database, the login and the main
window rendered offscreen, translations and icons found. Prints one line; exit 0 or 1."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ..paths import DataPaths

SELF_TEST_PIN = "135790"


def run_self_test(app: QApplication) -> int:
    started = time.perf_counter()
    try:
        facts = _run(app)
    except Exception as exc:  # the installer reads this line
        print(f"self-test FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    facts["seconds"] = f"{time.perf_counter() - started:.2f}"
    print("self-test ok: " + " ".join(f"{k}={v}" for k, v in facts.items()))
    return 0


def _run(app: QApplication) -> dict[str, object]:
    from ..core.station import Station
    from .app import open_window
    from .icons import pixmap
    from .theme import has_chinese_font

    with tempfile.TemporaryDirectory(prefix="yyt-selftest-") as tmp:
        paths = DataPaths(Path(tmp) / "station")
        station = Station.create(paths, code="SELFTEST01", name="自检站", admin_username="admin",
                                 admin_pin=SELF_TEST_PIN)
        actor = station.users.authenticate("admin", SELF_TEST_PIN)
        window = open_window(app, station, "zh_CN", owns_station=True, synchronous=True, sounds=False,
                             full_screen_carrier=False, background_sync=False)
        try:
            window.show()
            app.processEvents()
            login = window.grab()
            window.sign_in(actor)
            app.processEvents()
            main = window.grab()
            translated = QCoreApplication.translate("LoginScreen", "Sign in") != "Sign in"
            modules = len(window.shell.keys) if window.shell else 0
        finally:
            window.close()
            window.deleteLater()
        if login.isNull() or main.isNull() or login.toImage() == main.toImage():
            raise RuntimeError("the window did not render")
        if not translated:
            raise RuntimeError("the zh_CN translation was not found")
        drawn = pixmap("parcels", 32).toImage()
        if not any(drawn.pixelColor(x, y).alpha() for x in range(32) for y in range(32)):
            raise RuntimeError("icons could not be drawn (QtSvg missing?)")
        if modules == 0:
            raise RuntimeError("no module listed for an administrator")
    return {"modules": modules, "zh_CN": translated, "cjk_font": has_chinese_font(),
            "platform": QApplication.platformName()}
