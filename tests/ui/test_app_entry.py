"""``python -m app`` as a window: ``main(argv, exec=False)`` returns the live window, the
``--screenshot`` and ``--self-test`` modes exit 0, start-up imports nothing it does not need, and a
data folder without a station says so."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from app.main import main
from app.ui.window import StationWindow

from ..conftest import ROOT
from .conftest import PINS, type_pin


def _run(*args: str, env: dict[str, str] | None = None, timeout: int = 120) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "YYT_NO_LOG": "1", **(env or {})}
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout, env=full_env)


def test_main_without_exec_returns_the_live_window(qtbot, station, paths):
    window = main(["--data-dir", str(paths.root), "--lang", "en"], exec=False)
    try:
        assert isinstance(window, StationWindow) and window.isVisible()
        assert window.login is not None and window.login.users.count() == 4
        assert window.windowTitle() == "Youyuntong Station · 测试村站"
        assert window.owns_station and window.station is not station  # its own connection
    finally:
        window.shutdown()
        window.close()


def test_lang_option_holds_for_the_whole_run(qtbot, station, paths):
    """--lang en on a zh_CN station: still English after sign-in and lock (the setting would say zh_CN)."""
    assert station.settings.get("ui.language") == "zh_CN"
    window = main(["--data-dir", str(paths.root), "--lang", "en"], exec=False)
    try:
        for _ in range(2):
            type_pin(qtbot, window, "clerk", PINS["clerk"])
            qtbot.waitUntil(lambda: window.page is not None)
            window.lock()
            assert window.language == "en" and window.login.sign_in_button.text() == "Sign in"
    finally:
        window.shutdown()
        window.close()


def test_main_on_a_folder_without_a_station_explains(qtbot, tmp_path):
    widget = main(["--data-dir", str(tmp_path / "empty"), "--lang", "en"], exec=False)
    try:
        texts = " ".join(label.text() for label in widget.findChildren(QLabel))
        assert "No station in" in texts and "python -m app demo" in texts
    finally:
        widget.close()


def test_screenshot_of_the_main_window(station, paths, tmp_path):
    out = tmp_path / "shots" / "main.png"
    proc = _run("--data-dir", str(paths.root), "--user", "clerk", "--screenshot", str(out), "--screen", "main",
                env={"YYT_PIN": PINS["clerk"]})
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(out))
    assert not image.isNull() and (image.width(), image.height()) == (1280, 800)


def test_screenshot_behind_login_needs_a_user_on_a_real_station(station, paths, tmp_path):
    proc = _run("--data-dir", str(paths.root), "--screenshot", str(tmp_path / "x.png"), "--screen", "main")
    assert proc.returncode == 6 and "error[auth.required]" in proc.stderr
    assert not (tmp_path / "x.png").exists()


def test_screenshot_of_carrier_mode_on_a_temporary_demo_station(tmp_path):
    out = tmp_path / "carrier.png"
    proc = _run("--data-dir", str(tmp_path / "none"), "--screenshot", str(out), "--screen", "carrier")
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(out))
    assert image.pixelColor(5, 5).name() == "#000000"  # the high-contrast black screen
    assert not (tmp_path / "none" / "station.db").exists()  # the demo was temporary


def test_self_test_exits_zero(tmp_path):
    proc = _run("--self-test", env={"HOME": str(tmp_path)})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("self-test ok:") and "zh_CN=True" in proc.stdout


STARTUP_PROBE = r"""
import sys
from app.main import main
window = main(["--data-dir", sys.argv[1]], exec=False)
heavy = sorted(m for m in ("httpx", "barcode", "qrcode", "sqlite_utils", "PIL", "keyring",
                           "PySide6.QtPrintSupport", "app.ui.printing") if m in sys.modules)
print("loaded:", ",".join(heavy))
window.shutdown()
"""


def test_start_up_imports_nothing_heavy(station, paths):
    proc = subprocess.run([sys.executable, "-c", STARTUP_PROBE, str(paths.root)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "YYT_NO_LOG": "1"})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "loaded:", proc.stdout
