"""A station: its database, clock and services, opened from a data folder.

``Station.open`` is the one way in for the CLI and the window: it migrates the database (taking a
copy first), makes the day's automatic backup, and wires the services. Services are created on
first use so that start-up stays light.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ..paths import DataPaths
from . import sealing_pass
from .clock import Clock, SystemClock, local_date
from .db.backup import daily_backup, daily_path
from .db.connection import open_connection
from .db.migrate import MigrationResult, migrate
from .db.migrations import STEPS
from .db.store import SYSTEM_ACTOR, Store
from .errors import NotFound, Refused
from .id_key import KeyService, load_key, move_legacy_key, scrub_copies
from .ids import new_id
from .maintenance import MaintenanceService
from .retention import RetentionService
from .sealing import NoKeyringCipher
from .settings import SettingsService
from .users.model import Role
from .users.pin import check_new_pin, hash_pin
from .users.service import UserService, check_role, insert_user
from .validate.text import check_name, check_station_code, check_username

if TYPE_CHECKING:
    from .cash import ShiftService
    from .consignment import ConsignmentModule
    from .parcels import ParcelsModule
    from .payments import PaymentService
    from .reports import ReportsService
    from .shop import ShopModule
    from .sync import SyncEngine

log = logging.getLogger(__name__)
_KEY_MOVE_VERSION = next(s.VERSION for s in STEPS if s.__name__.endswith("id_key_to_keyring"))


@dataclass(frozen=True)
class StationInfo:
    code: str
    name: str
    town: str
    county: str
    device_id: str


class Station:
    """An open station. Close it when done (the window does so on quit)."""

    def __init__(self, paths: DataPaths, store: Store, migration: MigrationResult | None = None) -> None:
        self.paths = paths
        self.store = store
        self.migration = migration

    # -- opening -----------------------------------------------------------------------------
    @classmethod
    def open(cls, paths: DataPaths, *, clock: Clock | None = None, auto_backup: bool = True,
             auto_purge: bool = False) -> Station:
        """Open an initialised station. ``NotFound('station.not_initialised')`` if there is none
        (nothing is created on disk then). The day's first open takes the daily backup and, with
        ``auto_purge`` (the window's open), then runs the retention purge (app.core.retention; the
        command line purges on ``maintenance purge`` only, so a script sees what it asked for)."""
        if not paths.db.exists():
            raise NotFound("station.not_initialised", data_dir=str(paths.root))
        store = Store(paths.db, clock or SystemClock())
        try:
            result = migrate(store.conn, paths.db)
            if store.query_one("SELECT 1 FROM station") is None:
                raise NotFound("station.not_initialised", data_dir=str(paths.root))
            station = cls(paths, store, result)
            station._settle_id_key()
            station._seal_existing()
            if auto_backup:
                first_today = station._first_open_today()
                station.daily_backup()
                if first_today and auto_purge:
                    station.daily_purge()
        except BaseException:
            store.close()
            raise
        return station

    @classmethod
    def create(
        cls,
        paths: DataPaths,
        *,
        code: str,
        name: str,
        admin_username: str,
        admin_pin: str,
        town: str = "",
        county: str = "",
        admin_name: str = "",
        clock: Clock | None = None,
    ) -> Station:
        """Create a station with its first admin, in one transaction. Everything is validated
        before anything touches the disk; ``Refused('station.exists')`` if one is already there."""
        code = check_station_code(code)
        name = check_name(name, field="name", max_len=60)
        town = check_name(town, field="town", required=False)
        county = check_name(county, field="county", required=False)
        admin_username = check_username(admin_username)
        admin_name = check_name(admin_name, field="display_name", required=False)
        admin_pin = check_new_pin(admin_pin)
        cls.refuse_if_exists(paths)
        paths.ensure()
        store = Store(paths.db, clock or SystemClock())
        try:
            result = migrate(store.conn, paths.db)
            pin_hash = hash_pin(admin_pin)
            with store.write(actor="system", action="station.init", entity="station", entity_id=code) as tx:
                tx.execute(
                    "INSERT INTO station (id, code, name, town, county, device_id, secret_salt, created_at)"
                    " VALUES (1, ?, ?, ?, ?, ?, '', ?)",  # the keyed-hash key: keyring only (app.core.id_key)
                    (code, name, town, county, new_id(), tx.now_iso),
                )
                tx.change("stations", code, "create", {"code": code, "name": name, "town": town, "county": county})
                insert_user(tx, admin_username, Role.ADMIN, admin_name, pin_hash)
                sealing_pass.mark_done(tx.conn)  # a new station writes everything sealed from the start
                tx.summary.update(code=code, admin=admin_username)
        except BaseException:
            store.close()
            raise
        return cls(paths, store, result)

    @staticmethod
    def refuse_if_exists(paths: DataPaths) -> None:
        """``Refused('station.exists')`` when the folder already holds an initialised station."""
        if not paths.db.exists():
            return
        probe = open_connection(paths.db, readonly=True)
        try:
            has_station = probe.execute("SELECT 1 FROM sqlite_master WHERE name = 'station'").fetchone() and (
                probe.execute("SELECT 1 FROM station").fetchone()
            )
        finally:
            probe.close()
        if has_station:
            raise Refused("station.exists", data_dir=str(paths.root))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Station:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- facts -------------------------------------------------------------------------------
    @cached_property
    def info(self) -> StationInfo:
        row = self.store.query_one("SELECT code, name, town, county, device_id FROM station")
        return StationInfo(*row)

    @property
    def secret_key(self) -> bytes:
        """Key for keyed hashes of personal data (resident IDs): the ``id_hash_key`` secret in the
        OS keyring, made on first need (:func:`app.core.id_key.load_key`; ``secrets.key_missing``,
        ``secrets.key_mismatch``, ``secrets.no_keyring`` — exit 5 — when it cannot be had)."""
        return load_key(self.store, self.info.code)

    @cached_property
    def keys(self) -> KeyService:
        """``key export`` / ``key import``: the admin's recovery code of the keyed-hash key."""
        return KeyService(self.store, self.info.code)

    def _settle_id_key(self) -> None:
        """A key still in the database (upgraded while no keyring worked) moves to the keyring as
        soon as one works; after a move the WAL and the copies in the data folder are scrubbed."""
        moved = bool(self.migration and 1 <= self.migration.from_version < _KEY_MOVE_VERSION)
        if self.store.query_one("SELECT secret_salt FROM station")[0]:
            try:
                with self.store.write(actor=SYSTEM_ACTOR, action="secrets.key_moved", entity="station") as tx:
                    moved = move_legacy_key(tx.conn)
            except Refused as exc:
                if exc.code != "secrets.no_keyring":
                    raise
                log.warning("no keyring works here: the keyed-hash key stays in the database for now")
                return
        if moved:
            try:
                scrub_copies(self.store.conn, self.paths.db, self.paths.backups)
            except Refused:
                log.warning("the copies in the data folder could not be scrubbed (no keyring)")

    def _seal_existing(self) -> None:
        """Rows from before schema v12 hold personal values in clear: seal them (and the copies in
        the data folder) once a keyring works (app.core.sealing_pass). Until then the station opens
        as before."""
        conn = self.store.conn
        if sealing_pass.is_done(conn):
            return
        if not sealing_pass.anything_clear(conn):
            with self.store.write(actor=SYSTEM_ACTOR, action="secrets.sealed", entity="station") as tx:
                sealing_pass.mark_done(tx.conn)
            return
        try:
            cipher = self.store.cipher()  # made now if this is the first need
        except Refused as exc:
            if exc.code not in ("secrets.key_missing", "secrets.key_mismatch"):
                raise
            log.warning("personal data stays unsealed for now: %s", exc.code)
            return
        if isinstance(cipher, NoKeyringCipher):
            return  # the store logged it; the next open with a keyring seals
        conn.execute("PRAGMA secure_delete = ON")  # the clear values are overwritten, not left in free space
        try:
            with self.store.write(actor=SYSTEM_ACTOR, action="secrets.sealed", entity="station") as tx:
                tx.summary.update(sealing_pass.seal_existing(tx.conn, cipher))
        finally:
            conn.execute("PRAGMA secure_delete = OFF")
        sealing_pass.checkpoint(conn)
        sealed = sealing_pass.seal_copies(self.paths.db, self.paths.backups, self.info.code, self.store.cipher())
        log.info("sealed the personal data of this station (and %d copies in its folder)", sealed)

    def daily_backup(self) -> Path | None:
        """The day's automatic backup. A failure (disk full, read-only folder) is logged and does
        not stop the station from opening: the counter must work even when backups cannot."""
        keep = self.settings.get("backup.keep_days")
        try:
            return daily_backup(self.store.conn, self.paths.backups, local_date(self.store.clock.now()), keep)
        except (OSError, sqlite3.Error):
            log.exception("the daily backup failed")
            return None

    def _first_open_today(self) -> bool:
        """No automatic backup of today yet: this is the day's first open (or backups fail)."""
        day = local_date(self.store.clock.now())
        return not daily_path(self.paths.backups, day).exists()

    def daily_purge(self) -> None:
        """The retention purge of the day's first open (after the backup), audited when anything
        was due. A failure is logged and does not stop the station from opening."""
        try:
            result = self.retention.purge_daily()
        except (OSError, sqlite3.Error):
            log.exception("the retention purge failed")
            return
        if result is not None:
            log.info("retention purge: %s", result.counts())

    # -- services (created on first use) ------------------------------------------------------
    @cached_property
    def retention(self) -> RetentionService:
        """The retention purge of personal data (PIPL §19)."""
        return RetentionService(self.store, self.settings)

    @cached_property
    def users(self) -> UserService:
        return UserService(self.store)

    @cached_property
    def settings(self) -> SettingsService:
        return SettingsService(self.store)

    @cached_property
    def maintenance(self) -> MaintenanceService:
        return MaintenanceService(self.store, self.paths)

    @cached_property
    def sync(self) -> SyncEngine:
        """The sync engine (imported on first use: start-up does not load it)."""
        from .sync import SyncEngine
        from .sync.lock import LOCK_FILE
        from .sync.settings import BATCH_MAX, RETAIN_DAYS, STALL

        return SyncEngine(self.store, self.paths.root / LOCK_FILE, stall_s=self.settings.get(STALL),
                          batch_max=self.settings.get(BATCH_MAX), retain_days=self.settings.get(RETAIN_DAYS))

    @cached_property
    def parcels(self) -> ParcelsModule:
        """Parcels: check-in, pickup, rounds, stock-take, outbound (imported on first use)."""
        from .parcels import ParcelsModule

        info = self.info
        return ParcelsModule(self.store, self.settings, info.code, info.name,
                             lambda tx=None: load_key(self.store, info.code, tx))

    @cached_property
    def shop(self) -> ShopModule:
        """The agri-input shop: catalogue, lots, sales, ledgers, recalls (imported on first use)."""
        from .shop import ShopModule

        info = self.info
        return ShopModule(self.store, self.settings, info.code, info.name,
                          lambda tx=None: load_key(self.store, info.code, tx))

    @cached_property
    def consignment(self) -> ConsignmentModule:
        """Produce consignment: farmers, intake, sales, shipments, statements, payouts (imported on
        first use). Produce shipments go through the parcels' outbound service."""
        from .consignment import ConsignmentModule

        info = self.info
        return ConsignmentModule(self.store, self.settings, info.code, info.name,
                                 lambda tx=None: load_key(self.store, info.code, tx),
                                 lambda: self.parcels.outbound)

    @cached_property
    def cash(self) -> ShiftService:
        """The cash drawer: shifts, cash in/out, blind close (imported on first use)."""
        from .cash import ShiftService

        info = self.info
        return ShiftService(self.store, self.settings, info.code, info.name)

    @cached_property
    def payments(self) -> PaymentService:
        """Utility and insurance payments (imported on first use)."""
        from .payments import PaymentService

        return PaymentService(self.store, self.settings, self.info.code,
                              lambda tx=None: load_key(self.store, self.info.code, tx))

    @cached_property
    def reports(self) -> ReportsService:
        """Daily, monthly subsidy and sync reports (imported on first use)."""
        from .reports.service import ReportsService

        return ReportsService(self.store, self.settings, self.info, lambda: self.sync)


__all__ = ["Role", "Station", "StationInfo", "check_role"]
