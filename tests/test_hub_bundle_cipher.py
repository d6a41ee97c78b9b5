"""Encrypted USB bundles (issue 13, part 4: a stolen stick gives no personal data away): the station
writes YYTBUNDLE/2 (AES-256-GCM under a key derived from its bundle key), the hub decrypts and applies
it exactly once, refuses an altered ciphertext or nonce like a bad signature with nothing changed, and
still imports the YYTBUNDLE/1 files of old sticks."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import pytest

from app.core import bundle_cipher
from app.core.ids import new_id
from app.core.sync.credentials import Credentials
from app.core.sync.protocol import bundle_key, encode_batch, gunzip_bytes, gzip_bytes, sign
from hub.limits import MAX_BUNDLE_INFLATED

from .helpers import sync_fixtures
from .helpers.records import compare, write_parcels
from .test_hub_bundle_hostile import _signed_bundle, run_hub
from .test_hub_hostile_bodies import _bundle, _gzip_stream, held

hub, make_station = sync_fixtures.hub, sync_fixtures.make_station
PHONE, NAME, ADDRESS = "13912345678", "王小明", "重庆市酉阳县桃花源镇幸福村3组12号"
SENT = "2026-06-01T01:00:00.000Z"


def _write_private(st, n: int = 3) -> None:  # noqa: ANN001
    """``n`` records carrying a whole phone number, name and address (as a payload may be)."""
    with st.store.write(actor="clerk", action="parcel.checkin", entity="parcels") as tx:
        for i in range(n):
            pid = new_id()
            tx.change("parcels", pid, "create", {"id": pid, "tracking": f"SF{1000 + i}", "carrier": "SF",
                                                 "phone": PHONE, "name": NAME, "address": ADDRESS,
                                                 "status": "in_station", "checked_in_at": tx.now_iso})


def _needles() -> list[bytes]:
    out = [PHONE.encode(), NAME.encode(), ADDRESS.encode()]
    out += [json.dumps(s)[1:-1].encode() for s in (NAME, ADDRESS)]  # as \\uXXXX escapes
    out += [PHONE[3:].encode(), NAME[1:].encode()]  # a part of them
    return out


def _parts(path: Path) -> tuple[bytes, bytes, bytes, bytes]:
    magic, header_line, mac, body = path.read_bytes().split(b"\n", 3)
    return magic, header_line, mac, body


def _write(path: Path, magic: bytes, header_line: bytes, mac: bytes, body: bytes) -> Path:
    path.write_bytes(magic + b"\n" + header_line + b"\n" + mac + b"\n" + body)
    return path


def test_a_bundle_holds_no_personal_data_in_clear_and_imports_once(hub, make_station, tmp_path):
    st = make_station()
    _write_private(st)
    write_parcels(st.store, 20)
    path = _bundle(st, tmp_path, "usb.yyt")
    data = path.read_bytes()
    magic, header_line, _, body = _parts(path)
    header = json.loads(header_line)
    assert magic == bundle_cipher.MAGIC_V2 and header["cipher"] == "aes-256-gcm"
    assert len(bytes.fromhex(header["nonce"])) == 12 and header["changes"] == 25
    assert set(header) == {"station_code", "created_at", "changes", "from_seq", "to_seq", "encoding", "cipher",
                           "nonce"}
    for needle in _needles():
        assert needle not in data, needle
    with pytest.raises(zlib.error):  # the body is no gzip: nothing to inflate on a stolen stick
        zlib.decompressobj(31).decompress(body)
    # the check can fail: under the station's key the same body opens and holds them all
    key = bundle_key(Credentials(st.info.code).get())
    inner = gunzip_bytes(bundle_cipher.open_sealed(key, bytes.fromhex(header["nonce"]), header_line, body), 1 << 24)
    assert all(n in inner for n in (PHONE.encode(), NAME.encode(), ADDRESS.encode()))
    # two exports of the same records never share a nonce
    again = _bundle(st, tmp_path, "usb2.yyt")
    assert json.loads(_parts(again)[1])["nonce"] != header["nonce"]

    code, out, err = run_hub(hub.db, "bundle", "import", str(path))
    assert code == 0, err
    assert json.loads(out)["applied"] == 25 and json.loads(out)["acked_through"] == 25
    code, out, _ = run_hub(hub.db, "bundle", "import", str(again))
    assert code == 0 and json.loads(out)["applied"] == 0 and json.loads(out)["duplicates"] == 25
    report = st.sync.run_once()  # the station then finds them there and sends nothing again
    assert report.ok and report.pushed == 0 and report.already_there == 25
    compare(st.store, hub.storage, st.info.code)
    phones = [json.loads(r["payload"]).get("phone") for r in hub.storage.records(st.info.code, "parcels")]
    assert phones.count(PHONE) == 3


def test_an_altered_ciphertext_or_nonce_is_refused_and_changes_nothing(hub, make_station, tmp_path):
    st = make_station()
    _write_private(st, 2)
    good = _bundle(st, tmp_path, "good.yyt")
    magic, header_line, mac, body = _parts(good)
    header = json.loads(header_line)
    key = bundle_key(Credentials(st.info.code).get())
    nonce = bytearray(bytes.fromhex(header["nonce"]))
    nonce[0] ^= 0x01
    other_nonce = json.dumps({**header, "nonce": nonce.hex()}, sort_keys=True, separators=(",", ":")).encode()
    flipped = bytearray(body)
    flipped[len(body) // 2] ^= 0x01
    cases = [
        # a byte of the ciphertext, then of its tag
        (_write(tmp_path / "ct.yyt", magic, header_line, mac, bytes(flipped)), 6, "bundle.bad_signature"),
        (_write(tmp_path / "tag.yyt", magic, header_line, mac, body[:-1] + bytes([body[-1] ^ 1])), 6,
         "bundle.bad_signature"),
        # the nonce in the header (the MAC covers the header line)
        (_write(tmp_path / "nonce.yyt", magic, other_nonce, mac, body), 6, "bundle.bad_signature"),
        # both signed again with the right MAC key: the cipher's tag still refuses them
        (_write(tmp_path / "ct-signed.yyt", magic, header_line, sign(key, header_line, bytes(flipped)).encode(),
                bytes(flipped)), 6, "bundle.bad_signature"),
        (_write(tmp_path / "nonce-signed.yyt", magic, other_nonce, sign(key, other_nonce, body).encode(), body), 6,
         "bundle.bad_signature"),
        # an encrypted bundle passed off as an old one, and a /2 header without its cipher or nonce
        (_write(tmp_path / "as-v1.yyt", bundle_cipher.MAGIC_V1, header_line, mac, body), 3, "bundle.invalid"),
        (_write(tmp_path / "no-nonce.yyt", magic, json.dumps({k: v for k, v in header.items() if k != "nonce"}).encode(),
                mac, body), 3, "bundle.invalid"),
        (_write(tmp_path / "bad-nonce.yyt", magic, json.dumps({**header, "nonce": "zz" * 12}).encode(), mac, body), 3,
         "bundle.invalid"),
        (_write(tmp_path / "cipher.yyt", magic, json.dumps({**header, "cipher": "none"}).encode(), mac, body), 3,
         "bundle.invalid"),
    ]
    before = held(hub, st)
    for path, want, error in cases:
        code, out, err = run_hub(hub.db, "bundle", "import", str(path))
        assert (code, json.loads(out)["error"]["code"]) == (want, error), (path.name, err)
        assert len(err.splitlines()) == 1 and err.startswith(f"error[{error}]: "), (path.name, err)
    assert held(hub, st) == before and hub.storage.records(st.info.code) == []
    code, out, _ = run_hub(hub.db, "bundle", "import", str(good))  # the untouched file still imports
    assert code == 0 and json.loads(out)["applied"] == 4


def test_a_v1_bundle_from_an_old_stick_still_imports(hub, make_station, tmp_path):
    st = make_station()
    write_parcels(st.store, 6)  # seqs 1..8
    rows = st.sync.state.rows_after(0, 100)
    token = Credentials(st.info.code).get()
    old = _signed_bundle(tmp_path / "old.yyt", token, st.info.code, [encode_batch(rows, pending=0, sent_at=SENT)])
    assert old.read_bytes().startswith(bundle_cipher.MAGIC_V1 + b"\n")
    code, out, err = run_hub(hub.db, "bundle", "import", str(old))
    assert code == 0 and json.loads(out)["applied"] == 8, err
    write_parcels(st.store, 2)  # an encrypted one on top: only the new records apply
    code, out, _ = run_hub(hub.db, "bundle", "import", str(_bundle(st, tmp_path, "new.yyt")))
    assert code == 0 and json.loads(out)["applied"] == 2 and json.loads(out)["duplicates"] == 8
    assert st.sync.run_once().ok
    compare(st.store, hub.storage, st.info.code)


def test_the_limits_apply_to_the_decrypted_body(hub, make_station, tmp_path):
    st = make_station()
    key = bundle_key(Credentials(st.info.code).get())

    def sealed(name: str, gz: bytes) -> Path:
        nonce = bundle_cipher.new_nonce()
        header_line = json.dumps({"station_code": st.info.code, "encoding": "gzip", "cipher": "aes-256-gcm",
                                  "nonce": nonce.hex()}).encode()
        body = bundle_cipher.seal(key, nonce, header_line, gz)
        return _write(tmp_path / name, bundle_cipher.MAGIC_V2, header_line, sign(key, header_line, body).encode(), body)

    deep = sealed("deep.yyt", gzip_bytes(b'{"v":1,"batches":' + b"[" * 30_000 + b"]" * 30_000 + b"}"))
    huge = sealed("huge.yyt", _gzip_stream(b'{"v":1,"batches":[', b" ", MAX_BUNDLE_INFLATED + 1024 * 1024))
    assert huge.stat().st_size < 1024 * 1024  # small on the stick, 65 MiB once inflated
    before = held(hub, st)
    for path, error in ((deep, "body.too_deep"), (huge, "body.too_large")):
        code, out, err = run_hub(hub.db, "bundle", "import", str(path))
        assert code == 3 and json.loads(out)["error"]["code"] == error, (path.name, err)
    assert held(hub, st) == before
