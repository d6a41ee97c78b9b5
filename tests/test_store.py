"""The one write path: atomicity, immutability of outbox and audit, the audit chain."""

import sqlite3

import pytest

from app.core.db.audit import verify_chain
from app.core.db.codec import payload_hash
from app.core.db.store import Store

from .conftest import table_digests


@pytest.fixture
def probe_store(station):
    station.store.conn.execute("CREATE TABLE probe (id TEXT PRIMARY KEY, n INTEGER NOT NULL)")
    return station.store


def write_probe(store: Store, pid: str, n: int, fail: bool = False) -> None:
    with store.write(actor="clerk", action="probe.add", entity="probe", entity_id=pid) as tx:
        tx.execute("INSERT INTO probe (id, n) VALUES (?, ?)", (pid, n))
        tx.change("probe", pid, "create", {"id": pid, "n": n, "名": "测试"})
        tx.summary["n"] = n
        if fail:
            raise ValueError("boom")


def test_business_row_outbox_and_audit_commit_together(probe_store):
    before_seq = probe_store.query_one("SELECT max(seq) FROM outbox")[0]
    write_probe(probe_store, "p1", 1)
    row = probe_store.query_one("SELECT * FROM outbox WHERE entity_id = 'p1'")
    assert row["seq"] == before_seq + 1
    assert row["payload_hash"] == payload_hash({"id": "p1", "n": 1, "名": "测试"})
    assert "测试" in row["payload"]  # stored as real UTF-8, not escapes
    audit = probe_store.query_one("SELECT * FROM audit WHERE entity_id = 'p1'")
    assert audit["action"] == "probe.add" and audit["actor"] == "clerk"
    assert audit["hlc"] > row["hlc"]


def test_exception_inside_the_block_writes_nothing(probe_store):
    before = table_digests(probe_store.path)
    with pytest.raises(ValueError):
        write_probe(probe_store, "p2", 2, fail=True)
    assert table_digests(probe_store.path) == before
    assert not probe_store.conn.in_transaction


def test_constraint_failure_rolls_back_everything(probe_store):
    write_probe(probe_store, "dup", 1)
    before = table_digests(probe_store.path)
    with pytest.raises(sqlite3.IntegrityError):
        write_probe(probe_store, "dup", 2)
    assert table_digests(probe_store.path) == before


def test_seq_is_contiguous_and_hlc_increasing_when_the_clock_goes_back(probe_store, clock):
    for i in range(5):
        write_probe(probe_store, f"c{i}", i)
        clock.advance(-3600 * 24 * 365)  # the device clock jumps back a year each time
    rows = probe_store.query("SELECT seq, hlc FROM outbox ORDER BY seq")
    seqs = [r[0] for r in rows]
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))
    hlcs = [r[1] for r in rows]
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == len(hlcs)


def test_outbox_rows_cannot_be_updated_or_deleted_before_ack(probe_store):
    write_probe(probe_store, "p3", 3)
    with pytest.raises(sqlite3.IntegrityError, match="immutable"):
        probe_store.conn.execute("UPDATE outbox SET payload = '{}' WHERE entity_id = 'p3'")
    with pytest.raises(sqlite3.IntegrityError, match="acknowledged"):
        probe_store.conn.execute("DELETE FROM outbox WHERE entity_id = 'p3'")
    probe_store.conn.execute("INSERT INTO meta (key, value) VALUES ('acked_through', '999999')")
    probe_store.conn.execute("DELETE FROM outbox WHERE entity_id = 'p3'")  # compaction after ack is allowed


def test_audit_rows_cannot_be_changed(probe_store):
    with pytest.raises(sqlite3.IntegrityError):
        probe_store.conn.execute("UPDATE audit SET actor = 'x' WHERE id = 1")
    with pytest.raises(sqlite3.IntegrityError):
        probe_store.conn.execute("DELETE FROM audit WHERE id = 1")


def test_nested_writes_are_refused(probe_store):
    with pytest.raises(RuntimeError):
        with probe_store.write(actor="a", action="outer"):
            with probe_store.write(actor="a", action="inner"):
                pass
    assert not probe_store.conn.in_transaction


def test_commit_listener_sees_committed_writes_only(probe_store):
    seen = []
    probe_store.add_commit_listener(seen.append)
    write_probe(probe_store, "l1", 1)
    with pytest.raises(ValueError):
        write_probe(probe_store, "l2", 2, fail=True)
    assert [(e.action, e.entity_id, e.changes) for e in seen] == [("probe.add", "l1", 1)]


def test_two_stores_on_one_file_share_one_chain(probe_store, clock):
    other = Store(probe_store.path, clock)
    try:
        for i in range(10):
            write_probe(probe_store if i % 2 else other, f"s{i}", i)
        assert verify_chain(probe_store.conn).ok
    finally:
        other.close()


# -- tampering -------------------------------------------------------------------------------
def _untrigger(conn):
    conn.execute("DROP TRIGGER audit_immutable")
    conn.execute("DROP TRIGGER audit_append_only")


@pytest.fixture
def chain(probe_store):
    for i in range(8):
        write_probe(probe_store, f"t{i}", i)
    report = verify_chain(probe_store.conn)
    assert report.ok and report.entries >= 12
    _untrigger(probe_store.conn)
    return probe_store.conn


def test_edit_is_detected(chain):
    chain.execute("UPDATE audit SET summary = '{\"n\":99}' WHERE id = 7")
    r = verify_chain(chain)
    assert (r.ok, r.first_broken, r.reason) == (False, 7, "hash")


def test_edit_with_recomputed_hash_breaks_the_next_link(chain):
    from app.core.db.store import audit_entry_hash

    row = chain.execute("SELECT * FROM audit WHERE id = 7").fetchone()
    forged = audit_entry_hash(row["at"], row["hlc"], "mallory", row["action"], row["entity"],
                              row["entity_id"], row["summary"], row["prev_hash"])
    chain.execute("UPDATE audit SET actor = 'mallory', hash = ? WHERE id = 7", (forged,))
    r = verify_chain(chain)
    assert (r.ok, r.first_broken, r.reason) == (False, 8, "link")


def test_deleted_middle_row_is_detected(chain):
    chain.execute("DELETE FROM audit WHERE id = 5")
    r = verify_chain(chain)
    assert (r.ok, r.first_broken, r.reason) == (False, 5, "gap")


def test_deleted_last_row_is_detected(chain):
    last = chain.execute("SELECT max(id) FROM audit").fetchone()[0]
    chain.execute("DELETE FROM audit WHERE id = ?", (last,))
    r = verify_chain(chain)
    assert (r.ok, r.first_broken, r.reason) == (False, last, "missing_tail")


def test_reordered_rows_are_detected(chain):
    a = chain.execute("SELECT * FROM audit WHERE id = 4").fetchone()
    b = chain.execute("SELECT * FROM audit WHERE id = 6").fetchone()
    cols = [k for k in a.keys() if k != "id"]
    sets = ", ".join(f"{c} = ?" for c in cols)
    chain.execute(f"UPDATE audit SET {sets} WHERE id = 4", [b[c] for c in cols])
    chain.execute(f"UPDATE audit SET {sets} WHERE id = 6", [a[c] for c in cols])
    r = verify_chain(chain)
    assert (r.ok, r.first_broken) == (False, 4)
