"""``python -m hub`` usage errors follow the contract: one line ``error[usage]: ...`` on stderr
(with ``--json`` also the error object on stdout), exit 2, nothing done — with a SQLite file and
with a PostgreSQL URL (``--db`` or ``HUB_DATABASE_URL``)."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout

import pytest

from hub.cli import main as hub_main

from .helpers import pg


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
def test_usage_errors_are_one_line_and_exit_2(tmp_path, args, as_json, pg_db):
    db = tmp_path / "hub.db"
    argv = ["--db", str(db), *(["--json"] if as_json else []), *args]
    code, out, err = run_hub(*argv)
    assert code == 2 and not db.exists()
    if pg_db:  # the same through a PostgreSQL URL: no connection made, no table created
        code, out, err = run_hub(*["--db", pg_db, *argv[2:]])
        assert code == 2 and not _has_tables(pg_db)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error[usage]: python -m hub"), err
    if as_json:
        assert json.loads(out)["error"]["code"] == "usage"
    else:
        assert out == ""



@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def pg_db(request: pytest.FixtureRequest):  # noqa: ANN201
    if request.param == "sqlite":
        yield None
        return
    url = pg.new_database("cli")
    yield url
    pg.drop_database(url)


def _has_tables(url: str) -> bool:
    import psycopg

    with psycopg.connect(url) as conn:
        return conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0] > 0


def test_the_database_url_comes_from_the_environment(pg_db, tmp_path, monkeypatch):
    """HUB_DATABASE_URL names the database when --db is not given (SQLite file or PostgreSQL)."""
    target = pg_db or str(tmp_path / "env.db")
    monkeypatch.setenv("HUB_DATABASE_URL", target)
    code, out, _ = run_hub("--json", "station", "add", "CQENV01", "--name", "环境站")
    assert code == 0 and json.loads(out)["station_code"] == "CQENV01"
    code, out, _ = run_hub("--json", "report", "stations")
    assert code == 0 and [s["station_code"] for s in json.loads(out)["stations"]] == ["CQENV01"]
    code, out, _ = run_hub("--json", "compact-log")
    assert code == 0 and json.loads(out) == {"removed": 0, "floor": 0}


def test_help_still_prints_and_exits_0(tmp_path):
    code, out, _ = run_hub("--help")
    assert code == 0 and "usage: python -m hub" in out and "compact-log" in out
