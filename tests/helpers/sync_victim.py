"""A station process for the kill tests: runs one sync, optionally SIGKILLing itself at a chosen point.

    python -m tests.helpers.sync_victim DATA_DIR TOKEN MODE [N]

MODE: ``run`` (just sync), ``kill_after_response`` (die after the N-th push answer arrived and
before the ack is recorded), ``kill_mid_pull`` (die in the middle of applying the N-th pulled page,
inside its transaction), ``hold_lock`` (take the sync lock, print LOCKED, wait for stdin to close),
``poll_status`` (print POLLING, call ``status()`` and its lock probe in a loop until stdin closes,
print how often).
Prints the run's report as JSON on the last line. The token comes in on the command line and goes
into an in-memory keyring (the OS keyring is the thing tests mock).
"""

from __future__ import annotations

import json
import os
import signal
import sys

import keyring
from keyring.backend import KeyringBackend

from app.core.station import Station
from app.core.sync import pull, push
from app.core.sync.credentials import SERVICE
from app.paths import DataPaths


class _Memory(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username), None)


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _poll_status(engine) -> None:  # noqa: ANN001
    import threading

    done = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), done.set()), daemon=True).start()
    print("POLLING", flush=True)
    polls = 0
    while not done.is_set():
        engine.status()
        for _ in range(20):  # status()'s own probe of the lock, in a tighter loop
            engine.lock.held_elsewhere()
        polls += 1
    print(json.dumps({"polls": polls}), flush=True)


def main() -> None:
    data_dir, token, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    n = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    if os.environ.get("YYT_TEST_KEYRING"):  # the test's keyring: the station key is there too
        from tests.helpers.shared_keyring import SharedKeyring

        kr: KeyringBackend = SharedKeyring()
    else:
        kr = _Memory()
    keyring.set_keyring(kr)
    station = Station.open(DataPaths.resolve(data_dir), auto_backup=False)
    kr.set_password(SERVICE, station.info.code, token)
    engine = station.sync
    engine.stall_s = 2.0
    engine.pull_page = int(os.environ.get("YYT_TEST_PULL_PAGE", "500"))
    if os.environ.get("YYT_TEST_BATCH"):
        engine.sizer.size = engine.sizer.maximum = int(os.environ["YYT_TEST_BATCH"])
    calls = {"n": 0}
    if mode == "kill_after_response":
        original = push.Pusher.record

        def record(self, batch, answer):  # noqa: ANN001, ANN202
            calls["n"] += 1
            if calls["n"] >= n:
                _die()
            return original(self, batch, answer)

        push.Pusher.record = record
    elif mode == "kill_mid_pull":
        original_rec = pull.Puller._apply_record

        def apply_record(self, tx, rec, gen):  # noqa: ANN001, ANN202
            calls["n"] += 1
            result = original_rec(self, tx, rec, gen)
            if calls["n"] >= n:
                _die()
            return result

        pull.Puller._apply_record = apply_record
    elif mode == "hold_lock":
        assert engine.lock.acquire()
        print("LOCKED", flush=True)
        sys.stdin.read()
        engine.lock.release()
        return
    elif mode == "poll_status":
        _poll_status(engine)
        return
    report = engine.run_once("test")
    print(json.dumps(report.as_dict()), flush=True)
    station.close()


if __name__ == "__main__":
    main()
