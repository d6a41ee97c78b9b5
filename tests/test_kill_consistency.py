"""A writer killed with SIGKILL at random moments never leaves a business row without its change
record and audit entry (or the reverse), and the database always passes integrity_check."""

import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from app.core.db.audit import verify_chain

from .conftest import ROOT

ROUNDS = 25


@pytest.mark.slow
def test_sigkill_at_random_moments(station):
    db = station.store.path
    station.store.conn.execute("CREATE TABLE probe (id TEXT PRIMARY KEY, n INTEGER NOT NULL, pad BLOB)")
    station.close()
    rng = random.Random(20261129)
    for _ in range(ROUNDS):
        proc = subprocess.Popen([sys.executable, "-m", "tests.helpers.killed_writer", str(db)], cwd=ROOT,
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "READY"
        # the kill lands at a random point of a write: a random delay after the writer is running
        deadline = time.perf_counter() + rng.uniform(0.0, 0.05)
        while time.perf_counter() < deadline:
            pass
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            probes = {r[0] for r in conn.execute("SELECT id FROM probe")}
            changed = {r[0] for r in conn.execute("SELECT entity_id FROM outbox WHERE entity = 'probe'")}
            audited = {r[0] for r in conn.execute("SELECT entity_id FROM audit WHERE action = 'probe.add'")}
            assert probes == changed == audited
            notes = {r[0] for r in conn.execute("SELECT entity_id FROM outbox WHERE entity = 'probe_note'")}
            expect_notes = {r[0] for r in conn.execute("SELECT id FROM probe WHERE n % 3 = 0")}
            assert notes == expect_notes
            seqs = [r[0] for r in conn.execute("SELECT seq FROM outbox ORDER BY seq")]
            assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))
            assert verify_chain(conn).ok
        finally:
            conn.close()
    conn = sqlite3.connect(db)
    total = conn.execute("SELECT count(*) FROM probe").fetchone()[0]
    conn.close()
    assert total >= ROUNDS  # every round committed at least one write before the kill
