"""Shared fixtures: a real station database in a temporary folder, a clock tests can move, the
CLI run in-process, and an in-memory keyring (the OS keyring is the one thing mocked)."""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import sys
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["YYT_NO_LOG"] = "1"
# child processes (the CLI, the demo) that fall back on keyrings.alt's file keep it out of $HOME
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="yyt-tests-xdg-")

import pytest  # noqa: E402

from app.core.clock import ManualClock  # noqa: E402
from app.core.station import Station  # noqa: E402
from app.paths import DataPaths  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"

ADMIN_PIN = "135790"
CLERK_PIN = "246802"
CARRIER_PIN = "314159"
SUPERVISOR_PIN = "271828"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock("2026-06-01T01:00:00Z")  # 09:00 in Chongqing


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "station")


@pytest.fixture
def station(paths: DataPaths, clock: ManualClock):
    """A fresh station with one user of each role: admin, clerk, carrier, supervisor."""
    st = Station.create(paths, code="CQ0001", name="测试村站", admin_username="admin", admin_pin=ADMIN_PIN, clock=clock)
    admin = st.users.authenticate("admin", ADMIN_PIN)
    st.users.add(admin, "clerk", "clerk", CLERK_PIN, "张丽")
    st.users.add(admin, "carrier", "carrier", CARRIER_PIN, "王大山")
    st.users.add(admin, "supervisor", "supervisor", SUPERVISOR_PIN, "赵平")
    yield st
    st.close()


@pytest.fixture
def actors(station: Station) -> dict:
    return {
        "admin": station.users.authenticate("admin", ADMIN_PIN),
        "clerk": station.users.authenticate("clerk", CLERK_PIN),
        "carrier": station.users.authenticate("carrier", CARRIER_PIN),
        "supervisor": station.users.authenticate("supervisor", SUPERVISOR_PIN),
    }


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    @property
    def json(self) -> dict:
        return json.loads(self.out)


class Cli:
    """Runs ``python -m app`` commands in-process against one data folder."""

    def __init__(self, paths: DataPaths, monkeypatch: pytest.MonkeyPatch) -> None:
        self.paths = paths
        self.monkeypatch = monkeypatch

    def __call__(self, *args: str, user: str | None = None, pin: str | None = None,
                 new_pin: str | None = None, json_out: bool = True) -> CliResult:
        from app.cli import run

        argv = ["--data-dir", str(self.paths.root)]
        if json_out:
            argv.append("--json")
        if user:
            argv += ["--user", user]
        for name, value in (("YYT_PIN", pin), ("YYT_NEW_PIN", new_pin)):
            if value is None:
                self.monkeypatch.delenv(name, raising=False)
            else:
                self.monkeypatch.setenv(name, value)
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            code = run(argv + list(args))
        return CliResult(code, out.getvalue(), err.getvalue())


@pytest.fixture
def cli(paths: DataPaths, monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    return Cli(paths, monkeypatch)


def table_digests(db: Path) -> dict[str, str]:
    """SHA-256 of every table's full content (rows in rowid/primary-key order), plus the
    schema and sqlite_sequence: two equal results mean nothing was written."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        out = {}
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for name in names:
            h = hashlib.sha256()
            for row in conn.execute(f'SELECT * FROM "{name}" ORDER BY 1'):
                h.update(repr(tuple(row)).encode())
            out[name] = h.hexdigest()
        out["__schema__"] = hashlib.sha256(
            repr(conn.execute("SELECT * FROM sqlite_master ORDER BY name").fetchall()).encode()
        ).hexdigest()
        return out
    finally:
        conn.close()


@pytest.fixture(scope="session")
def _seal_recorder():
    from .helpers.sweep import SealRecorder

    recorder = SealRecorder()
    recorder.install()
    yield recorder
    recorder.uninstall()


@pytest.fixture(autouse=True)
def _sealed_stays_sealed(request, _seal_recorder):
    """The at-rest sweep (tests/helpers/sweep.py): after each test, no personal value its
    stations sealed is left in clear in the station files under its ``tmp_path`` — databases,
    WALs, backups, bundles, logs. ``@pytest.mark.clear_at_rest`` for a test that does so on purpose."""
    _seal_recorder.take()
    yield
    values = _seal_recorder.take()
    tmp = request.node.funcargs.get("tmp_path") if hasattr(request.node, "funcargs") else None
    if not values or tmp is None or request.node.get_closest_marker("clear_at_rest"):
        return
    from .helpers.sweep import clear_values_in, masked, where_in

    found = clear_values_in(Path(tmp), values)
    if found:
        shown = ", ".join(
            f"{masked(v)} in {p.relative_to(tmp)}" + (f" ({w})" if (w := where_in(p, v)) else "")
            for v, p in found[:8]
        )
        pytest.fail(f"at-rest sweep: {len(found)} sealed value(s) found in clear: {shown}", pytrace=False)


@pytest.fixture(autouse=True)
def _memory_keyring(tmp_path_factory, monkeypatch):
    """The OS keyring cannot run here: a keyring of the test's own (a JSON file), shared with the
    processes the test starts (tests/helpers/shared_keyring.py)."""
    import keyring

    from .helpers.shared_keyring import SharedKeyring

    path = tmp_path_factory.mktemp("keyring") / "keyring.json"
    monkeypatch.setenv("YYT_TEST_KEYRING", str(path))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.helpers.shared_keyring.SharedKeyring")
    previous = keyring.get_keyring()
    keyring.set_keyring(SharedKeyring(path))
    yield
    keyring.set_keyring(previous)
