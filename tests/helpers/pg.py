"""The throwaway PostgreSQL cluster of the tests (started by scripts/with-postgres.sh, which
exports ``YYT_TEST_PG_URL``): a fresh database per hub, dumps and restores.

When the cluster is expected (``YYT_TEST_PG_REQUIRED=1``, set by the script, or ``CI=true``) and
missing or unreachable, the PostgreSQL tests FAIL; only on a developer's machine without the
script are they skipped.
"""

from __future__ import annotations

import itertools
import os
import subprocess
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

_n = itertools.count(1)


def required() -> bool:
    return os.environ.get("YYT_TEST_PG_REQUIRED") == "1" or os.environ.get("CI") == "true"


def admin_url() -> str:
    """The cluster's superuser URL, or skip/fail the test (see the module's docstring)."""
    url = os.environ.get("YYT_TEST_PG_URL")
    if not url:
        if required():
            pytest.fail("PostgreSQL is expected (YYT_TEST_PG_REQUIRED/CI) but YYT_TEST_PG_URL is not set")
        pytest.skip("no PostgreSQL cluster (run the tests through scripts/with-postgres.sh, as make test does)")
    return url


def with_db(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


def db_name(url: str) -> str:
    return urlsplit(url).path.lstrip("/")


def _admin(sql: str) -> None:
    import psycopg

    try:
        with psycopg.connect(admin_url(), autocommit=True, connect_timeout=10) as conn:
            conn.execute(sql)
    except psycopg.OperationalError as exc:
        if required():
            pytest.fail(f"the PostgreSQL test cluster is unreachable: {exc}")
        pytest.skip(f"the PostgreSQL test cluster is unreachable: {exc}")


def new_database(prefix: str = "hub") -> str:
    """A new, empty database; returns its URL."""
    name = f"yyt_{prefix}_{os.getpid()}_{next(_n)}"
    _admin(f'CREATE DATABASE "{name}"')
    return with_db(admin_url(), name)


def drop_database(url: str) -> None:
    _admin(f'DROP DATABASE IF EXISTS "{db_name(url)}" WITH (FORCE)')


def _tool(name: str) -> str:
    folder = os.environ.get("YYT_TEST_PG_BIN")
    return str(Path(folder) / name) if folder else name


def dump(url: str, dest: Path) -> Path:
    """``pg_dump -Fc`` of the database (a consistent snapshot, like an online backup)."""
    subprocess.run([_tool("pg_dump"), "-Fc", "-f", str(dest), "-d", url], check=True, capture_output=True, timeout=120)
    return dest


def restore(url: str, backup: Path) -> None:
    """Replace the database with ``backup`` (every connection to it is cut)."""
    drop_database(url)
    _admin(f'CREATE DATABASE "{db_name(url)}"')
    subprocess.run([_tool("pg_restore"), "--no-owner", "-d", url, str(backup)], check=True, capture_output=True,
                   timeout=120)


def sql_text(url: str) -> str:
    """Every row of the database as text (plain pg_dump): what a thief of the database would read."""
    out = subprocess.run([_tool("pg_dump"), "--data-only", "-d", url], check=True, capture_output=True, timeout=120)
    return out.stdout.decode("utf-8", "replace")
