"""``make run``: open the desktop app on a demo station (created on first use).

Creates the demo station in the given folder if it has none, then opens the window on it.
(The local hub and enrolment are added by the sync module.)
"""

from __future__ import annotations

import argparse
import os
import sys

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
    from .main import main as app_main

    return app_main(["--data-dir", str(paths.root), *rest])


if __name__ == "__main__":
    sys.exit(main())
