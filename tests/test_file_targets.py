"""Files the station writes where a user points it (``bundle export FILE``, ``backup --out FILE``)
(issue 16): a device, a pipe or a link is refused, never replaced; a planted temporary file or link
beside the target is never followed; the target appears whole or not at all."""

from __future__ import annotations

import os
import stat
import sys
import threading
from pathlib import Path

import pytest

from app.core.errors import InvalidInput
from app.core.files import write_atomically

from .conftest import ADMIN_PIN
from .helpers import sync_fixtures
from .helpers.records import write_parcels

hub, make_station = sync_fixtures.hub, sync_fixtures.make_station
posix = pytest.mark.skipif(sys.platform == "win32", reason="devices, FIFOs and symlinks as on POSIX")


def _exports(cli, target: Path) -> list:  # noqa: ANN001
    return [cli("bundle", "export", str(target), user="admin", pin=ADMIN_PIN),
            cli("backup", "--out", str(target), user="admin", pin=ADMIN_PIN)]


@posix
def test_a_device_a_fifo_or_a_link_is_refused_and_left_alone(hub, make_station, cli, tmp_path):
    st = make_station()
    cli.paths = st.paths
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    link = tmp_path / "link.db"
    link.symlink_to(victim)
    targets = [fifo, link]
    try:  # a device of our own (a copy of /dev/full): a broken build replaces this one, not the system's
        os.mknod(tmp_path / "full", 0o666 | stat.S_IFCHR, os.makedev(1, 7))
        targets.append(tmp_path / "full")
    except (PermissionError, AttributeError):
        pass  # not root: the FIFO stands for every non-regular target
    for target in targets:
        before = os.lstat(target)
        for r in _exports(cli, target):
            assert r.code == 3 and r.json["error"]["code"] == "file.not_regular", (target, r.err)
            assert len(r.err.splitlines()) == 1
        after = os.lstat(target)
        assert (stat.S_IFMT(after.st_mode), after.st_ino) == (stat.S_IFMT(before.st_mode), before.st_ino)
    assert victim.read_text() == "keep me"


@posix
def test_planted_part_files_and_links_are_never_followed(hub, make_station, cli, tmp_path):
    st = make_station()
    cli.paths = st.paths
    write_parcels(st.store, 3)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    out = tmp_path / "usb"
    out.mkdir()
    # the names the old code wrote through: FILE.part and FILE.<pid>-<thread>.part
    (out / "cq.yyt.part").symlink_to(victim)
    (out / f"cq.db.{os.getpid()}-{threading.get_ident()}.part").symlink_to(tmp_path / "elsewhere.db")
    assert cli("bundle", "export", str(out / "cq.yyt"), user="admin", pin=ADMIN_PIN).code == 0
    assert cli("backup", "--out", str(out / "cq.db"), user="admin", pin=ADMIN_PIN).code == 0
    assert victim.read_text() == "keep me" and not (tmp_path / "elsewhere.db").exists()
    for name in ("cq.yyt", "cq.db"):
        info = os.lstat(out / name)
        assert stat.S_ISREG(info.st_mode) and stat.S_IMODE(info.st_mode) == 0o600  # personal data: owner only
    assert (out / "cq.db").read_bytes()[:16] == b"SQLite format 3\x00"
    assert sorted(p.name for p in out.iterdir()) == ["cq.db", f"cq.db.{os.getpid()}-{threading.get_ident()}.part",
                                                     "cq.yyt", "cq.yyt.part"]  # the planted links, untouched


def test_the_target_appears_whole_or_not_at_all(tmp_path):
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")

    def failing(fh) -> None:  # noqa: ANN001
        fh.write(b"half")
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_atomically(target, failing, is_dir_code="x.is_directory")
    assert target.read_bytes() == b"old" and sorted(p.name for p in tmp_path.iterdir()) == ["out.bin"]
    write_atomically(target, lambda fh: fh.write(b"new"), is_dir_code="x.is_directory")
    assert target.read_bytes() == b"new" and sorted(p.name for p in tmp_path.iterdir()) == ["out.bin"]
    with pytest.raises(InvalidInput) as e:
        write_atomically(tmp_path, lambda fh: None, is_dir_code="x.is_directory")
    assert e.value.code == "x.is_directory"
