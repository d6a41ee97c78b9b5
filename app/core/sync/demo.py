"""The local hub of the demo (``make run``): a ``python -m hub serve`` subprocess with its own
database in the demo folder, the demo station registered and enrolled on first use, stopped when
the app exits. Dev tooling only: a real station talks to the provincial platform.

The hub runs as a separate process (the station never imports ``hub``). When no OS keyring works
(a headless Linux box), the demo keeps its token in keyrings.alt's plaintext file
``<demo folder>/demo-keyring.cfg`` (mode 0600) — acceptable for a demo, never for a real station.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

from ...paths import DataPaths
from ..errors import Refused, YytError
from ..station import Station
from .credentials import Credentials, keyring_backend, use_file_keyring
from .local_hub import LocalHub, free_port, port_free

log = logging.getLogger(__name__)

DEFAULT_PORT = 8400


class DemoHub:
    """Start with :meth:`start`, enrol with :meth:`enroll_demo_station`, stop with :meth:`stop`."""

    def __init__(self, paths: DataPaths, repo_root: Path) -> None:
        self.paths = paths
        self.root = repo_root
        self.dir = paths.root / "hub"
        self.db = self.dir / "hub.db"
        port = DEFAULT_PORT if port_free(DEFAULT_PORT) else free_port()
        self.process = LocalHub(self.db, port, cwd=repo_root, log_path=self.dir / "hub.log")
        self.notes: list[str] = []

    @property
    def url(self) -> str:
        return self.process.url

    def _hub(self, *args: str) -> dict:
        out = subprocess.run([sys.executable, "-m", "hub", "--db", str(self.db), "--json", *args], cwd=self.root,
                             capture_output=True, text=True, timeout=60)
        if out.returncode != 0:
            raise RuntimeError(f"hub {args[0]} failed: {out.stderr.strip()}")
        return json.loads(out.stdout)

    def start(self, timeout_s: float = 20.0) -> str:
        """Start the hub and wait until it accepts connections; returns its URL."""
        self.dir.mkdir(parents=True, exist_ok=True)
        return self.process.start(timeout_s)

    def stop(self) -> None:
        self.process.stop()

    def choose_keyring(self) -> None:
        """The OS keyring if one works, else the demo's plaintext file (noted for the user)."""
        try:
            backend = keyring_backend()
            if type(backend).__module__.startswith("keyrings.alt"):
                where = getattr(backend, "file_path", "a file")
                self.notes.append(f"keyring: {type(backend).__name__} ({where}) holds the demo token — demo only")
        except Refused:
            path = self.paths.root / "demo-keyring.cfg"
            use_file_keyring(path)
            self.notes.append(f"no OS keyring here: the demo token is kept in {path} (demo only)")

    def enroll_demo_station(self, admin_user: str, admin_pin: str, tariff: Path | None = None) -> None:
        """Register and enrol the demo station on first use (and publish the demo platform
        records); afterwards only point it at this run's port. Then one sync, so the window opens
        on real sync figures."""
        self.choose_keyring()
        station = Station.open(self.paths, auto_backup=False)
        try:
            engine = station.sync
            code = station.info.code
            if engine.hub_url() and Credentials(code).get():
                if engine.hub_url() != self.url:
                    engine.set_hub_url(self.url)
            else:
                enrolment = self._hub("station", "add", code, "--name", station.info.name,
                                      "--town", station.info.town)["enrolment_code"]
                extra = ["--tariff", str(tariff)] if tariff is not None and tariff.exists() else []
                self._hub("seed-demo", "--station", code, *extra)
                admin = station.users.authenticate(admin_user, admin_pin)
                engine.enroll(admin, self.url, enrolment)
                self.notes.append(f"demo station {code} enrolled with the local hub at {self.url}")
            report = engine.run_once("demo")
            if not report.ok:
                self.notes.append(f"first sync failed: {report.error_code}")
            else:
                # the platform's SMS gateway answers the notices just pushed (every 5th fails), and
                # a second sync brings the answers back (the pickup notices' sent/failed state)
                answered = self._hub("notices", "simulate", code)
                if answered["sent"] or answered["failed"]:
                    engine.run_once("demo")
                    self.notes.append(f"notices answered by the demo gateway: {answered['sent']} sent,"
                                      f" {answered['failed']} failed")
        except YytError as exc:
            self.notes.append(f"demo hub enrolment failed: {exc.code}")
        finally:
            station.close()
