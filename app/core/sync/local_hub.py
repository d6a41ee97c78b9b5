"""The reference hub as a child process on 127.0.0.1 (``python -m hub serve``): for ``make run``'s
demo and for the tests. The station never imports ``hub``; it only starts it as a program."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path


def port_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LocalHub:
    """One hub child process: :meth:`start` waits until it accepts connections, :meth:`stop`
    terminates it (then kills it after 10 s), :meth:`kill` SIGKILLs it. Its output goes to
    ``log_path``."""

    def __init__(self, db: Path | str, port: int, *, cwd: Path, log_path: Path,
                 extra_args: Sequence[str] = ()) -> None:
        self.db = db if isinstance(db, str) and "://" in db else Path(db)  # a file or a database URL
        self.port = port
        self.cwd = Path(cwd)
        self.log_path = Path(log_path)
        self.extra_args = tuple(extra_args)
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout_s: float = 30.0) -> str:
        """Start the hub and return its URL once it accepts connections; ``RuntimeError`` (with the
        end of its log) if it exits or does not listen within ``timeout_s``."""
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("ab") as log_file:  # the child keeps its own descriptor
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "hub", "--db", str(self.db), "serve", "--port", str(self.port), *self.extra_args],
                cwd=self.cwd, stdout=log_file, stderr=subprocess.STDOUT, env=dict(os.environ, PYTHONUNBUFFERED="1"))
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the hub exited: {self._log_tail()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return self.url
            except OSError:
                time.sleep(0.05)  # polling a child process's port
        raise RuntimeError(f"the hub did not start: {self._log_tail()}")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def kill(self) -> None:
        """SIGKILL: whatever the hub had not committed is gone."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()

    def _log_tail(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-2000:]
        except OSError:
            return f"(see {self.log_path})"
