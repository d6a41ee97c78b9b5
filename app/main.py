"""Start-up: argv → paths → logging → CLI command or the window. Thin on purpose."""

from __future__ import annotations

import logging
import logging.handlers
import os
from collections.abc import Sequence

from .paths import DataPaths

_CLI_GLOBALS_WITH_VALUE = {"--data-dir", "--user"}
_WINDOW_FLAGS = {"--screenshot", "--screen", "--self-test", "--lang"}


def _is_window(argv: Sequence[str]) -> bool:
    """No command word (only global/window options) → the desktop window."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in _CLI_GLOBALS_WITH_VALUE or arg in ("--screenshot", "--screen", "--lang"):
            skip = True
            continue
        if arg.startswith("--") and "=" in arg:
            continue
        if arg in ("-h", "--help"):
            return False
        if not arg.startswith("-"):
            return False
    return True


def _may_use_demo(argv: Sequence[str]) -> bool:
    """Whether the data folder may fall back to ``./demo-data``: not for the commands that create
    a station (they must never land in the demo's folder by accident)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _CLI_GLOBALS_WITH_VALUE or arg in ("--screenshot", "--screen", "--lang"):
            skip = True
        elif not arg.startswith("-"):
            return arg not in _CREATING
    return True


_CREATING = {"init", "demo"}


def setup_logging(paths: DataPaths, *, verbose: bool = False) -> None:
    """A rotating log file in the data folder (1 MB × 5); nothing on the console unless verbose."""
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            paths.logs / "station.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


def _data_dir_arg(argv: Sequence[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--data-dir" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--data-dir="):
            return arg.split("=", 1)[1]
    return None


def main(argv: Sequence[str] | None = None, exec: bool = True) -> int:  # noqa: A002 - Anki's name
    """Entry point. With a command word: run the CLI and return its exit code. Without: open the
    window (``exec=False`` builds it and returns without entering the event loop, for tests)."""
    import sys

    argv = list(sys.argv[1:] if argv is None else argv)
    paths, note = DataPaths.locate(_data_dir_arg(argv), demo_fallback=_may_use_demo(argv))
    if os.environ.get("YYT_NO_LOG") != "1":
        setup_logging(paths)
    if note:
        logging.getLogger(__name__).info(note)
    if not _is_window(argv):
        from .cli import run

        return run(argv)
    from .ui.app import run_window  # Qt is imported only for the window

    return run_window(argv, paths, exec=exec)
