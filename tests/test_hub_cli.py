"""``python -m hub`` usage errors follow the contract: one line ``error[usage]: ...`` on stderr
(with ``--json`` also the error object on stdout), exit 2, nothing done."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout

import pytest

from hub.cli import main as hub_main


def run_hub(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = hub_main(list(args))
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("args", [
    ("frobnicate",),
    (),
    ("station", "add", "CQ0001"),  # --name is required
    ("station",),
    ("compact-log", "--upto", "many"),
    ("publish", "notices", "n1"),  # one of --file, --payload, --withdraw
])
@pytest.mark.parametrize("as_json", [False, True])
def test_usage_errors_are_one_line_and_exit_2(tmp_path, args, as_json):
    db = tmp_path / "hub.db"
    argv = ["--db", str(db), *(["--json"] if as_json else []), *args]
    code, out, err = run_hub(*argv)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error[usage]: python -m hub"), err
    if as_json:
        assert json.loads(out)["error"]["code"] == "usage"
    else:
        assert out == ""
    assert not db.exists()  # nothing was opened, let alone written


def test_help_still_prints_and_exits_0(tmp_path):
    code, out, _ = run_hub("--help")
    assert code == 0 and "usage: python -m hub" in out and "compact-log" in out
