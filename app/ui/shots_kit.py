"""What every ``python -m app.ui.<module>.shots OUT_DIR [--lang zh_CN|en] [--size 1366x768]``
shares: the arguments, Qt offscreen, a temporary station (the demo by default), the real window
at the old station PC's size, and grabbing it (with a dialog drawn over it, or a PDF page through
pdftoppm) into ``OUT_DIR``. A module's script only seeds its data and drives its screens::

    with shots_session("python -m app.ui.shop.shots", argv) as s:
        clerk = s.user("clerk")
        window = s.open()
        window.sign_in(clerk)
        ...
        s.grab("shop-sell.png")
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

#: the pictures are taken at the village station PC's screen
DEFAULT_SIZE = "1366x768"
FLASH_MS = 450  # a success flash fades before the picture is taken


def _demo_station(root: Path) -> Any:  # noqa: ANN401 - a Station (app.core, imported late)
    from ..core.demo import build_demo
    from ..paths import DataPaths

    return build_demo(DataPaths(root), throwaway=True)


class Shots:
    """One picture session: ``station`` (seed it before :meth:`open`), ``out`` and the window."""

    def __init__(self, args: argparse.Namespace, app: Any, station: Any, pins: Mapping[str, str]) -> None:  # noqa: ANN401
        self.args = args
        self.app = app
        self.station = station
        self.pins = dict(pins)
        self.out: Path = args.out_dir
        self.size = tuple(int(v) for v in args.size.lower().split("x"))
        self.window: Any = None

    def user(self, username: str) -> Any:  # noqa: ANN401 - an Actor
        """The signed-in actor of a seeded user (its PIN from the session's pins)."""
        return self.station.users.authenticate(username, self.pins[username])

    def open(self) -> Any:  # noqa: ANN401 - the MainWindow
        """The real main window on the station, synchronous and silent, shown at the session's size."""
        from .app import open_window

        self.window = open_window(self.app, self.station, self.args.lang, owns_station=True, synchronous=True,
                                  sounds=False, full_screen_carrier=False, background_sync=False)
        self.window.resize(*self.size)
        self.window.show()
        return self.window

    def grab(self, name: str, dialog: Any = None) -> Path:  # noqa: ANN401
        """Save the window as ``OUT_DIR/name``; a ``dialog`` (a window of its own) is drawn over it
        where it stands, with a plain title bar as the window manager would draw it."""
        from PySide6.QtGui import QColor, QPainter
        from PySide6.QtTest import QTest

        QTest.qWait(FLASH_MS)
        picture = self.window.grab()
        if dialog is not None:
            dialog.adjustSize()
            shot = dialog.grab()
            painter = QPainter(picture)
            x, y = (picture.width() - shot.width()) // 2, (picture.height() - shot.height()) // 3
            bar = 30
            painter.fillRect(x - 2, y - bar - 2, shot.width() + 4, shot.height() + bar + 4, QColor("#5f6b63"))
            painter.setPen(QColor("white"))
            painter.drawText(x + 10, y - 9, dialog.windowTitle())
            painter.drawPixmap(x, y, shot)
            painter.end()
        path = self.out / name
        picture.save(str(path), "PNG")
        print(path)
        return path

    def pdf_page(self, pdf: str | Path | None, name: str, dpi: int = 100, page: int | None = None) -> None:
        """One page of a printed PDF as ``OUT_DIR/name.png`` (skipped without pdftoppm or a PDF)."""
        if not pdf or not shutil.which("pdftoppm"):
            return
        pages = [] if page is None else ["-f", str(page), "-l", str(page)]
        subprocess.run(["pdftoppm", "-png", "-r", str(dpi), *pages, "-singlefile", str(pdf), str(self.out / name)],
                       check=True)
        print(self.out / f"{name}.png")


@contextmanager
def shots_session(prog: str, argv: list[str] | None, *, make_station: Callable[[Path], Any] | None = None,
                  pins: Mapping[str, str] | None = None) -> Iterator[Shots]:
    """Parse ``OUT_DIR [--lang] [--size]``, start Qt offscreen and a temporary station
    (``make_station(root)``, the demo station by default, whose users' PINs are the demo's), and
    close the window (or the station, if no window was opened) and the folder at the end."""
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--size", default=DEFAULT_SIZE)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("YYT_NO_LOG", "1")
    from PySide6.QtWidgets import QApplication

    if pins is None:
        from ..core.demo import DEMO_USERS

        pins = {u.username: u.pin for u in DEMO_USERS}
    app = QApplication.instance() or QApplication([sys.argv[0]])
    args.out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="yyt-shots-") as tmp:
        session = Shots(args, app, (make_station or _demo_station)(Path(tmp) / "station"), pins)
        try:
            yield session
        finally:
            if session.window is not None:
                session.window.close()
                session.window.shutdown()
            else:
                session.station.close()
