"""Verifying the audit hash chain."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .store import GENESIS_HASH, audit_entry_hash


@dataclass(frozen=True)
class AuditReport:
    ok: bool
    entries: int
    first_broken: int | None = None  # id of the first entry that does not verify
    reason: str = ""  # 'hash', 'link', 'gap', 'missing_tail'


def verify_chain(conn: sqlite3.Connection) -> AuditReport:
    """Walk the chain from entry 1: ids contiguous, each ``prev_hash`` the hash before it, each
    ``hash`` recomputed from the stored fields, and the last id equal to the highest id ever issued
    (so a deleted tail is caught). Reports the first entry that fails."""
    expected_id = 1
    prev = GENESIS_HASH
    count = 0
    cur = conn.execute(
        "SELECT id, at, hlc, actor, action, entity, entity_id, summary, prev_hash, hash FROM audit ORDER BY id"
    )
    for row in cur:
        entry_id = row[0]
        if entry_id != expected_id:
            return AuditReport(False, count, expected_id, "gap")
        if row[8] != prev:
            return AuditReport(False, count, entry_id, "link")
        digest = audit_entry_hash(*row[1:9])
        if digest != row[9]:
            return AuditReport(False, count, entry_id, "hash")
        prev = row[9]
        expected_id += 1
        count += 1
    issued = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit'").fetchone()
    if issued is not None and int(issued[0]) >= expected_id:
        return AuditReport(False, count, expected_id, "missing_tail")
    return AuditReport(True, count)
