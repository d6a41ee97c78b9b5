"""The CLI contract for init, user, audit, backup and restore: outputs, exit codes, and that every
failing command leaves every table byte-identical."""

import sqlite3

import pytest

from .conftest import ADMIN_PIN, CLERK_PIN, SUPERVISOR_PIN, table_digests


@pytest.fixture
def inited(cli):
    r = cli("init", "--station-code", "cq0001", "--name", "测试村站", "--town", "龙凤镇", "--admin", "boss",
            new_pin=ADMIN_PIN)
    assert r.code == 0, r.err
    assert r.json["station_code"] == "CQ0001"
    for name, role, pin in (("li", "clerk", CLERK_PIN), ("zhao", "supervisor", SUPERVISOR_PIN)):
        r = cli("user", "add", name, "--role", role, "--name", "某某", user="boss", pin=ADMIN_PIN, new_pin=pin)
        assert r.code == 0, r.err
        assert r.json == {"username": name, "role": role, "name": "某某"}
    return cli


def test_happy_paths(inited, tmp_path):
    cli = inited
    r = cli("user", "list", user="zhao", pin=SUPERVISOR_PIN)
    assert r.code == 0 and [u["username"] for u in r.json["users"]] == ["boss", "li", "zhao"]
    assert "pin" not in r.out.lower().replace("pin_", "")
    r = cli("audit", "verify", user="zhao", pin=SUPERVISOR_PIN)
    assert r.code == 0 and r.json["ok"] is True and r.json["entries"] >= 3
    assert cli("backup", "--out", str(tmp_path / "c.db"), user="li", pin=CLERK_PIN).code == 6  # admin only
    r = cli("backup", "--out", str(tmp_path / "b.db"), user="boss", pin=ADMIN_PIN)
    assert r.code == 0 and r.json["path"].endswith("b.db")
    r = cli("restore", str(tmp_path / "b.db"), user="boss", pin=ADMIN_PIN)
    assert r.code == 0 and r.json["path"].endswith("b.db")


def test_human_output_is_readable(inited):
    r = inited("user", "list", user="boss", pin=ADMIN_PIN, json_out=False)
    assert r.code == 0 and "username" in r.out and "boss" in r.out and not r.out.startswith("{")


def _db(cli):
    return cli.paths.db


ERROR_CASES = [
    # (args, kwargs, exit code, error code)
    (("init", "--station-code", "CQ0002", "--name", "x", "--admin", "boss"), {"new_pin": ADMIN_PIN}, 5, "station.exists"),
    (("user", "add", "li", "--role", "clerk"), {"user": "boss", "pin": ADMIN_PIN, "new_pin": "975310"}, 5, "user.exists"),
    (("user", "add", "wu", "--role", "clerk"), {"user": "boss", "pin": ADMIN_PIN, "new_pin": "12345"}, 3, "pin.format"),
    (("user", "add", "wu", "--role", "clerk"), {"user": "boss", "pin": ADMIN_PIN, "new_pin": "111111"}, 3, "pin.weak"),
    (("user", "add", "wu", "--role", "clerk"), {"user": "boss", "pin": ADMIN_PIN}, 3, "pin.missing"),
    (("user", "add", "9wu", "--role", "clerk"), {"user": "boss", "pin": ADMIN_PIN, "new_pin": "975310"}, 3, "username.invalid"),
    (("user", "add", "wu", "--role", "boss"), {"user": "boss", "pin": ADMIN_PIN, "new_pin": "975310"}, 2, "usage"),
    (("user", "add", "wu", "--role", "clerk"), {"user": "li", "pin": CLERK_PIN, "new_pin": "975310"}, 6, "perm.denied"),
    (("user", "add", "wu", "--role", "clerk"), {"new_pin": "975310"}, 6, "auth.required"),
    (("user", "list",), {"user": "li", "pin": CLERK_PIN}, 6, "perm.denied"),
    (("user", "list",), {"user": "ghost", "pin": CLERK_PIN}, 6, "auth.unknown_user"),
    (("user", "list",), {"user": "boss"}, 6, "auth.pin_missing"),
    (("audit", "verify"), {"user": "li", "pin": CLERK_PIN}, 6, "perm.denied"),
    (("restore", "/nonexistent/x.db"), {"user": "boss", "pin": ADMIN_PIN}, 4, "restore.missing"),
    (("restore", "/etc/hostname"), {"user": "boss", "pin": ADMIN_PIN}, 3, "restore.not_station"),
    (("restore", "/etc/hostname"), {"user": "li", "pin": CLERK_PIN}, 6, "perm.denied"),
    (("backup", "--out", "STATION_DB"), {"user": "boss", "pin": ADMIN_PIN}, 3, "backup.same_file"),
    (("user",), {"user": "boss", "pin": ADMIN_PIN}, 2, "usage"),
    (("frobnicate",), {}, 2, "usage"),
]


@pytest.mark.parametrize("args,kw,exit_code,code", ERROR_CASES, ids=[c[3] + "-" + "-".join(c[0][:2]) for c in ERROR_CASES])
def test_error_cases_change_nothing(inited, args, kw, exit_code, code):
    cli = inited
    args = tuple(str(_db(cli)) if a == "STATION_DB" else a for a in args)
    before = table_digests(_db(cli))
    r = cli(*args, **kw)
    assert r.code == exit_code, (r.out, r.err)
    assert r.err.startswith(f"error[{code}]: ") and r.err.count("\n") == 1
    assert r.json["error"]["code"] == code and r.json["error"]["message"]
    assert table_digests(_db(cli)) == before


def test_wrong_pin_writes_only_the_failure_counter_and_its_audit_entry(inited):
    cli = inited
    before = table_digests(_db(cli))
    r = cli("user", "list", user="boss", pin="975310")
    assert r.code == 6 and r.json["error"]["code"] == "auth.wrong_pin"
    after = table_digests(_db(cli))
    changed = {k for k in before if before[k] != after[k]}
    assert changed == {"users", "audit", "sqlite_sequence"}
    conn = sqlite3.connect(_db(cli))
    assert conn.execute("SELECT failed_attempts FROM users WHERE username = 'boss'").fetchone()[0] == 1
    conn.close()


def test_lockout_exit_code_via_cli(inited):
    for _ in range(5):
        inited("user", "list", user="boss", pin="975310")
    r = inited("user", "list", user="boss", pin=ADMIN_PIN)
    assert r.code == 6 and r.json["error"]["code"] == "auth.locked"


def test_commands_before_init(cli):
    r = cli("user", "list", user="boss", pin=ADMIN_PIN)
    assert r.code == 4 and r.json["error"]["code"] == "station.not_initialised"
    assert not cli.paths.db.exists()  # nothing created by a failed command
    r = cli("init", "--station-code", "C!", "--name", "x", "--admin", "boss", new_pin=ADMIN_PIN)
    assert r.code == 3 and not cli.paths.db.exists()


def test_audit_verify_exit_5_names_the_first_broken_entry(inited):
    conn = sqlite3.connect(_db(inited))
    conn.execute("DROP TRIGGER audit_immutable")
    conn.execute("UPDATE audit SET actor = 'mallory' WHERE id = 2")
    conn.commit()
    conn.close()
    r = inited("audit", "verify", user="zhao", pin=SUPERVISOR_PIN)
    assert r.code == 5
    assert r.json["ok"] is False and r.json["first_broken"] == 2 and r.json["error"]["code"] == "audit.broken"
    assert "entry 2" in r.err


def test_demo_creates_users_of_every_role(cli):
    r = cli("demo")
    assert r.code == 0, r.err
    assert {u["role"] for u in r.json["users"]} == {"admin", "clerk", "carrier", "supervisor"}
    r2 = cli("demo")
    assert r2.code == 5
    pins = {u["username"]: u["pin"] for u in r.json["users"]}
    r3 = cli("audit", "verify", user="supervisor", pin=pins["supervisor"])
    assert r3.code == 0 and r3.json["ok"]


def test_python_m_app_runs_as_a_subprocess(tmp_path):
    import json
    import os
    import subprocess
    import sys

    from .conftest import ROOT

    env = dict(os.environ, YYT_DATA_DIR=str(tmp_path / "d"), YYT_NEW_PIN=ADMIN_PIN)
    p = subprocess.run([sys.executable, "-m", "app", "--json", "init", "--station-code", "CQ9", "--name", "n",
                        "--admin", "ab"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert p.returncode == 3 and "station_code.invalid" in p.stderr
    p = subprocess.run([sys.executable, "-m", "app", "--json", "init", "--station-code", "CQ99", "--name", "n",
                        "--admin", "ab"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert p.returncode == 0 and json.loads(p.stdout)["station_code"] == "CQ99"
