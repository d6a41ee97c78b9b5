"""``python -m hub bundle import`` and the hub's other commands against hostile files and arguments
(issue 16): a bundle applies whole or not at all, its size is checked before it is read, deep JSON
and huge integers exit 3 (never 1), and a message never spills onto a second line."""

from __future__ import annotations

import io
import json
import os
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from app.core.bundle_cipher import MAGIC_V1
from app.core.sync.credentials import Credentials
from app.core.sync.protocol import bundle_key, encode_batch, gzip_bytes, sign
from hub.cli import main as hub_main
from hub.limits import MAX_BUNDLE_BYTES

from .helpers import sync_fixtures
from .helpers.records import write_parcels

hub, make_station = sync_fixtures.hub, sync_fixtures.make_station


def run_hub(db: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = hub_main(["--db", str(db), "--json", *args])
    return code, out.getvalue(), err.getvalue()


def _one_error_line(err: str, code: str) -> None:
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error[{code}]: "), err


def _signed_bundle(path: Path, token: str, code: str, batches: list[bytes], header_line: bytes | None = None) -> Path:
    body = gzip_bytes(json.dumps({"v": 1, "batches": [json.loads(b) for b in batches]}).encode())
    header_line = header_line or json.dumps({"station_code": code, "encoding": "gzip"}).encode()
    mac = sign(bundle_key(token), header_line, body).encode()
    path.write_bytes(MAGIC_V1 + b"\n" + header_line + b"\n" + mac + b"\n" + body)
    return path


def test_a_bundle_with_a_gap_in_its_second_batch_applies_nothing(hub, make_station, tmp_path):
    st = make_station()
    write_parcels(st.store, 8)  # seqs 1..10 (station, admin user, 8 parcels)
    rows = st.sync.state.rows_after(0, 100)
    token = Credentials(st.info.code).get()
    first = encode_batch(rows[:4], pending=6, sent_at="2026-06-01T01:00:00.000Z")
    gapped = encode_batch(rows[6:], pending=0, sent_at="2026-06-01T01:00:00.000Z")  # 5 and 6 missing
    bundle = _signed_bundle(tmp_path / "gap.yyt", token, st.info.code, [first, gapped])
    code, _, err = run_hub(hub.db, "bundle", "import", str(bundle))
    assert code == 5 and "push.gap" in err
    assert hub.storage.push_state(st.info.code, 0, 0).acked_through == 0 and hub.storage.records(st.info.code) == []
    whole = _signed_bundle(tmp_path / "ok.yyt", token, st.info.code,
                           [first, encode_batch(rows[4:], pending=0, sent_at="2026-06-01T01:00:00.000Z")])
    code, out, _ = run_hub(hub.db, "bundle", "import", str(whole))
    assert code == 0 and json.loads(out)["applied"] == 10 and json.loads(out)["acked_through"] == 10


def test_bundle_size_is_checked_before_reading_and_devices_are_refused(hub, tmp_path):
    big = tmp_path / "big.yyt"
    with big.open("wb") as fh:  # sparse: reading it whole would take seconds and a gigabyte
        fh.truncate(1024 * 1024 * 1024)
    code, out, err = run_hub(hub.db, "bundle", "import", str(big))
    assert code == 3 and json.loads(out)["error"]["code"] == "bundle.too_large" and str(MAX_BUNDLE_BYTES) in err
    fifo = tmp_path / "pipe.yyt"
    os.mkfifo(fifo)  # reading a FIFO nobody writes to would block for ever
    code, out, _ = run_hub(hub.db, "bundle", "import", str(fifo))
    assert code == 3 and json.loads(out)["error"]["code"] == "bundle.not_regular"
    code, out, _ = run_hub(hub.db, "bundle", "import", str(tmp_path))
    assert code == 3 and json.loads(out)["error"]["code"] == "bundle.not_regular"


def test_deep_json_in_a_bundle_exits_3(hub, make_station, tmp_path):
    st = make_station()
    token = Credentials(st.info.code).get()
    deep_header = b'{"station_code":"' + st.info.code.encode() + b'","x":' + b"[" * 30_000 + b"]" * 30_000 + b"}"
    path = tmp_path / "deep.yyt"
    path.write_bytes(MAGIC_V1 + b"\n" + deep_header + b"\n" + b"00" * 32 + b"\n" + b"body")
    code, _, err = run_hub(hub.db, "bundle", "import", str(path))
    assert code == 3, err
    _one_error_line(err, "bundle.invalid")
    body = gzip_bytes(b'{"v":1,"batches":' + b"[" * 30_000 + b"]" * 30_000 + b"}")
    header = json.dumps({"station_code": st.info.code, "encoding": "gzip"}).encode()
    path.write_bytes(MAGIC_V1 + b"\n" + header + b"\n" + sign(bundle_key(token), header, body).encode()
                     + b"\n" + body)
    code, _, err = run_hub(hub.db, "bundle", "import", str(path))
    assert code == 3, err
    _one_error_line(err, "body.too_deep")


@pytest.mark.parametrize("args, code, error", [
    (("compact-log", "--upto", str(2**64)), 3, "option.out_of_range"),
    (("compact-log", "--upto", "-1"), 3, "option.out_of_range"),
    (("publish", "tariff", "current", "--payload", "[" * 30_000 + "]" * 30_000), 3, "publish.invalid"),
    (("publish", "tariff", "current", "--file", "/nonexistent/t.json"), 4, "file.missing"),
    (("seed-demo", "--station", "CQ0001", "--tariff", "/nonexistent/t.json"), 4, "file.missing"),
    (("serve", "--port", "70000"), 3, "option.out_of_range"),
    (("serve", "--max-connections", "0"), 3, "option.out_of_range"),
    (("station", "add", "AB\nCD", "--name", "x"), 3, "station.code_invalid"),
])
def test_bad_inputs_exit_with_their_code_on_one_line(tmp_path, args, code, error):
    got, out, err = run_hub(tmp_path / "hub.db", *args)
    assert got == code, err
    _one_error_line(err, error)
    assert json.loads(out)["error"]["code"] == error


def test_bad_files_given_to_the_hub_exit_3(tmp_path):
    (tmp_path / "bad.json").write_bytes(b"\xff\xfe not utf-8")
    (tmp_path / "deep.json").write_text("[" * 30_000 + "]" * 30_000)
    (tmp_path / "list.json").write_text("[1, 2]")
    for name, error in (("bad.json", "file.unreadable"), ("deep.json", "json.invalid"), ("list.json", "json.invalid")):
        got, _, err = run_hub(tmp_path / "hub.db", "seed-demo", "--station", "CQ0001", "--tariff", str(tmp_path / name))
        assert got == 3, err
        _one_error_line(err, error)
    got, _, err = run_hub(tmp_path / "hub.db", "publish", "tariff", "current", "--file", str(tmp_path / "bad.json"))
    assert got == 3
    _one_error_line(err, "file.unreadable")


def test_a_station_bundle_of_two_batches_still_imports(hub, make_station, tmp_path):
    """A real export (more than one batch: 5,000 per batch) is applied in one go."""
    st = make_station()
    write_parcels(st.store, 5100)
    admin = st.users.authenticate("admin", sync_fixtures.ADMIN_PIN)
    st.sync.export_bundle(admin, tmp_path / "two.yyt")
    code, out, _ = run_hub(hub.db, "bundle", "import", str(tmp_path / "two.yyt"))
    assert code == 0 and json.loads(out)["applied"] == 5102
