"""``make run``: open the desktop app on a demo station (created on first use).

Creates the demo station in the given folder if it has none, starts a local reference hub
(``python -m hub serve`` with its database in ``<folder>/hub``), registers and enrols the demo
station on first use, syncs once, then opens the window on it; the hub stops when the app exits.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .core.errors import YytError
from .paths import DataPaths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.devrun")
    parser.add_argument("--data-dir", required=True)
    args, rest = parser.parse_known_args(argv)
    paths = DataPaths.resolve(args.data_dir)
    os.environ["YYT_DATA_DIR"] = str(paths.root)
    if not paths.db.exists():
        from .core.demo import build_demo

        try:
            build_demo(paths).close()
        except YytError as exc:
            print(f"error[{exc.code}]: could not create the demo station: {exc}", file=sys.stderr)
            return exc.exit_code
        print(f"demo station created in {paths.root}")
    from .core.demo import DEMO_USERS
    from .core.sync.demo import DemoHub
    from .main import main as app_main

    hub = DemoHub(paths, Path(__file__).resolve().parent.parent)
    try:
        try:
            url = hub.start()
            hub.enroll_demo_station(DEMO_USERS[0].username, DEMO_USERS[0].pin,
                                    Path(__file__).resolve().parent.parent / "resources" / "tariff_default.json")
            print(f"local hub at {url}")
        except RuntimeError as exc:
            print(f"warning: the local hub could not start ({exc}); the app runs offline", file=sys.stderr)
        for note in hub.notes:
            print(note)
        return app_main(["--data-dir", str(paths.root), *rest])
    finally:
        hub.stop()


if __name__ == "__main__":
    sys.exit(main())
