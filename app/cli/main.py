"""``python -m app [GLOBAL] COMMAND ...``: parse, run one command, print, exit with the contract's code."""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
from collections.abc import Sequence

from ..core.errors import Refused, YytError
from ..core.sealing import take_failure
from ..paths import DataPaths
from .commands import COMMAND_MODULES
from .context import CliContext
from .output import emit, emit_error

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m app", description="Youyuntong Station — scripting interface")
    parser.add_argument("--data-dir", help="station data folder (env YYT_DATA_DIR)")
    parser.add_argument("--json", action="store_true", help="print exactly one JSON object")
    parser.add_argument("--user", help="acting user; the PIN comes from YYT_PIN or a prompt")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def wants_json(argv: Sequence[str]) -> bool:
    """``--json`` given before the command (checked before parsing, so usage errors honour it)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--json":
            return True
        elif arg in ("--data-dir", "--user"):
            skip = True
        elif not arg.startswith("-"):
            return False
    return False


def run(argv: Sequence[str], *, ctx_factory=CliContext) -> int:  # noqa: ANN001
    """Run one command; return its exit code. Every failure prints one ``error[...]`` line."""
    as_json = wants_json(argv)
    try:
        args = build_parser().parse_args(list(argv))
    except UsageError as exc:
        emit_error("usage", {"detail": str(exc)}, as_json=as_json)
        return EXIT_USAGE
    except SystemExit as exc:  # --help
        return int(exc.code or 0)
    if not getattr(args, "func", None):
        emit_error("usage", {"detail": "a command is required (try --help)"}, as_json=as_json)
        return EXIT_USAGE
    paths, _note = DataPaths.locate(args.data_dir, demo_fallback=args.command not in ("init", "demo"))
    ctx = ctx_factory(paths, json=args.json, username=args.user)
    try:
        result = args.func(ctx, args)
    except YytError as exc:
        log.info("command %s failed: %s", args.command, exc.code)  # fields may hold personal data
        emit_error(exc.code, exc.fields, as_json=as_json, result=getattr(exc, "result", None), people=ctx.people())
        return exc.exit_code
    except UsageError as exc:  # a command that reads the rest of its line itself (``pay``)
        emit_error("usage", {"detail": str(exc)}, as_json=as_json)
        return EXIT_USAGE
    except KeyboardInterrupt:
        emit_error("interrupted", {}, as_json=as_json)
        return EXIT_FAILURE
    except sqlite3.OperationalError as exc:
        failed = take_failure()  # a sealed value that could not be opened (no key, another key)
        if failed is None:
            log.exception("command %s crashed", args.command)
            emit_error("internal", {"detail": f"{type(exc).__name__}: {exc}"}, as_json=as_json)
            return EXIT_FAILURE
        log.info("command %s failed: %s", args.command, failed[0])
        emit_error(failed[0], {"station_code": failed[1], "detail": "keyring"}, as_json=as_json)
        return Refused.exit_code
    except Exception as exc:  # the contract: one line, exit 1, details in the log
        log.exception("command %s crashed", args.command)
        emit_error("internal", {"detail": f"{type(exc).__name__}: {exc}"}, as_json=as_json)
        return EXIT_FAILURE
    finally:
        ctx.close()
    emit(result, as_json=as_json)
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run(sys.argv[1:]))
