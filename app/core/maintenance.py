"""Backups on demand, verified restore and audit verification."""

from __future__ import annotations

from pathlib import Path

from ..paths import DataPaths
from .clock import SHANGHAI
from .db.audit import AuditReport, verify_chain
from .db.backup import backup_to, inspect_station_file, restore_into
from .db.migrate import migrate
from .db.store import Store
from .errors import InvalidInput, Refused
from .files import check_path
from .users.model import Actor
from .users.permissions import Perm, require


class MaintenanceService:
    def __init__(self, store: Store, paths: DataPaths) -> None:
        self.store = store
        self.paths = paths

    def _stamp(self) -> str:
        return self.store.clock.now().astimezone(SHANGHAI).strftime("%Y%m%d-%H%M%S")

    def backup(self, actor: Actor, out: Path | None = None) -> Path:
        """A consistent copy of the live database (online backup API), admin only. The default
        name is ``backups/manual-<local time>.db``. The copy is audited (``backup.make``)."""
        require(actor, Perm.BACKUP)
        dest = check_path(out) if out else self.paths.backups / f"manual-{self._stamp()}.db"
        if dest.resolve() == self.paths.db.resolve():
            raise InvalidInput("backup.same_file", path=str(dest))
        if dest.exists() and dest.is_dir():
            raise InvalidInput("backup.is_directory", path=str(dest))
        path = backup_to(self.store.conn, dest)
        # who took a copy of the station's personal data, and where to, is on the record
        with self.store.write(actor=actor.username, action="backup.make", entity="station") as tx:
            tx.summary.update(path=str(path))
        return path

    def restore(self, actor: Actor, source: Path) -> Path:
        """Replace the station's data with ``source`` (admin). The file must pass
        ``integrity_check`` and be a database of this station (``restore.other_station`` for
        another station's code) that this app can open; the current data is kept as
        ``backups/replaced-<local time>.db`` (returned). It holds the station's sync lock while it
        replaces the data (``sync.busy`` while a sync runs, in this process or another). The
        restored database is then migrated and the restore is appended to its audit chain."""
        require(actor, Perm.RESTORE)
        source = check_path(source)
        if source.resolve() == self.paths.db.resolve():
            raise InvalidInput("restore.same_file", path=str(source))
        inspect_station_file(source)
        source_code = _station_code(source)
        this_code = self.store.query_one("SELECT code FROM station")[0]
        if source_code != this_code:
            raise InvalidInput("restore.other_station", path=str(source), station_code=source_code,
                               this_station=this_code)
        from .id_key import check_restorable, scrub_copies

        check_restorable(source, this_code)  # a backup under another key than the keyring's: refused
        keep = self.paths.backups / f"replaced-{self._stamp()}.db"
        conn = self.store.conn
        if conn.in_transaction:
            raise Refused("restore.busy")
        from .sync.lock import station_sync_lock

        with station_sync_lock(self.paths.root):  # no sync may ack into the restored data (sync.busy)
            restore_into(conn, source, keep)
            migrate(conn, None)  # an older backup's key moves to the keyring (the same key: checked above)
            with self.store.write(actor=actor.username, action="backup.restore", entity="station",
                                  entity_id=source_code) as tx:
                tx.summary.update(source=source.name, kept=keep.name)
            try:
                scrub_copies(conn, self.paths.db, self.paths.backups)
            except Refused:  # no keyring: the key stays in the restored data until one works
                pass
        return keep

    def verify_audit(self, actor: Actor) -> AuditReport:
        """Check the audit hash chain (admins and supervisors)."""
        require(actor, Perm.AUDIT_READ)
        return verify_chain(self.store.conn)


def _station_code(path: Path) -> str:
    from .db.connection import open_connection

    conn = open_connection(path, readonly=True)
    try:
        return conn.execute("SELECT code FROM station").fetchone()[0]
    finally:
        conn.close()
