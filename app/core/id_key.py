"""The key of the resident-ID keyed hash: the ``id_hash_key`` station secret, in the OS keyring.

The database keeps only a *check value* of the key (``meta('secrets.id_hash_key.check')`` =
HMAC-SHA256(key, "yyt-key-check-v1"), 128 bits): it proves that the keyring's key is this
database's without giving the key away. A copied station.db, its WAL, a backup or a bundle hold
masked IDs and keyed hashes, never the key, so a resident ID cannot be got back from them by
trying every possible number (docs/security.md, "Resident IDs").

- The key is made on first need (the first resident ID to hash), under the database's write lock
  (two processes never make two keys); a key the keyring already holds for this station code (a
  reinstall on the same PC) is taken over.
- ``secrets.key_missing`` (exit 5) when the check value exists but the keyring has no key,
  ``secrets.key_mismatch`` when the keyring's key is not this database's, ``secrets.no_keyring``
  when no keyring works: nothing is written then.
- Stations from before (the key in ``station.secret_salt``): :func:`move_legacy_key` moves it
  to the keyring and clears the column (migration v004; retried at each open while no keyring
  works), then the WAL and the copies in the data folder are scrubbed (:func:`scrub_copies`).
- Recovery: an admin's ``key export`` prints the key as a recovery code (56 characters in groups
  of four, with a check); ``key import --code`` puts it back into a keyring (audited both).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import secrets
import sqlite3
from pathlib import Path

from .db.backup import rewrite_copies
from .db.store import SYSTEM_ACTOR, Store, WriteTx
from .errors import InvalidInput, Refused
from .station_secrets import ID_HASH_KEY, StationSecrets
from .users.model import Actor
from .users.permissions import Perm, require

log = logging.getLogger(__name__)

CHECK_META = "secrets.id_hash_key.check"
_CHECK_CONTEXT = b"yyt-key-check-v1"
_RECOVERY_CONTEXT = b"yyt-recovery-v1"
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base32: no I, L, O, U
_SET_META = "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"


def check_value(key_hex: str) -> str:
    """What the database keeps of a key: 32 hex digits of HMAC(key, context)."""
    return hmac.new(bytes.fromhex(key_hex), _CHECK_CONTEXT, hashlib.sha256).hexdigest()[:32]


def _valid_hex(value: str | None) -> bool:
    try:
        return value is not None and len(bytes.fromhex(value)) == 32
    except ValueError:
        return False


# -- the key in use ----------------------------------------------------------------------------------
def load_key(store: Store, station_code: str, tx: WriteTx | None = None) -> bytes:
    """This station's key (made on first need; see the module doc for the errors). Inside a
    write, pass its ``tx``: a key made then is recorded in that transaction, so a command that
    fails afterwards leaves the database exactly as it was."""
    legacy = _read(store, tx, "SELECT secret_salt FROM station")
    if legacy:  # a station upgraded while no keyring worked: the key still waits in the column
        try:
            if tx is not None:
                move_legacy_key(tx.conn)
            else:
                with store.write(actor=SYSTEM_ACTOR, action="secrets.key_moved", entity="station") as own:
                    move_legacy_key(own.conn)
        except Refused as exc:
            if exc.code != "secrets.no_keyring":
                raise
            return bytes.fromhex(legacy)
    vault = StationSecrets(station_code)
    value = vault.get(ID_HASH_KEY)
    check = _read(store, tx, "SELECT value FROM meta WHERE key = ?", (CHECK_META,))
    if check is None:
        if tx is not None:
            return _create(tx, vault)
        with store.write(actor=SYSTEM_ACTOR, action="secrets.key_created", entity="station") as own:
            return _create(own, vault)
    if value is None:
        raise Refused("secrets.key_missing", station_code=station_code)
    if not _valid_hex(value) or check_value(value) != check:
        raise Refused("secrets.key_mismatch", station_code=station_code)
    return bytes.fromhex(value)


def _create(tx: WriteTx, vault: StationSecrets) -> bytes:
    """Make (or take over) the key under the transaction's write lock and record its check value."""
    row = tx.execute("SELECT value FROM meta WHERE key = ?", (CHECK_META,)).fetchone()
    value = vault.get(ID_HASH_KEY)
    if row is not None:  # another process made it meanwhile
        if value is None or not _valid_hex(value) or check_value(value) != row[0]:
            raise Refused("secrets.key_missing", station_code=vault.station_code)
        return bytes.fromhex(value)
    reused = _valid_hex(value)
    if not reused:
        value = secrets.token_hex(32)
        vault.set(ID_HASH_KEY, value)
    tx.execute(_SET_META, (CHECK_META, check_value(value)))
    tx.summary["id_hash_key"] = "taken over" if reused else "made"  # reused: this PC's keyring held one
    return bytes.fromhex(value)


def _read(store: Store, tx: WriteTx | None, sql: str, params: tuple = ()) -> str | None:
    row = (tx.execute(sql, params).fetchone() if tx is not None else store.query_one(sql, params))
    return None if row is None else row[0]


def _meta(store: Store, key: str) -> str | None:
    row = store.query_one("SELECT value FROM meta WHERE key = ?", (key,))
    return None if row is None else row[0]


# -- stations from before ----------------------------------------------------------------------------
def move_legacy_key(conn: sqlite3.Connection) -> bool:
    """Inside the caller's transaction: move ``station.secret_salt`` to the keyring (unless it
    holds that key already; ``secrets.key_mismatch`` if it holds another) and clear the column
    with ``secure_delete`` on. Returns whether a key was moved. ``secrets.no_keyring`` when no
    keyring works (the caller decides whether to wait)."""
    row = conn.execute("SELECT code, secret_salt FROM station").fetchone()
    if row is None or not row[1]:
        return False
    code, salt = row[0], row[1].lower()
    vault = StationSecrets(code)
    held = vault.get(ID_HASH_KEY)
    if held is None:
        vault.set(ID_HASH_KEY, salt)
    elif held.lower() != salt:
        raise Refused("secrets.key_mismatch", station_code=code)
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("UPDATE station SET secret_salt = ''")
    conn.execute(_SET_META, (CHECK_META, check_value(salt)))
    log.info("moved station %s's keyed-hash key into the keyring", code)
    return True


def scrub_copies(conn: sqlite3.Connection, db_path: Path, backups: Path) -> int:
    """After a move: purge the old key from the live WAL (checkpoint and truncate) and from the
    copies in the data folder (``station.db.v*.bak``, ``backups/*.db``) whose key the keyring now
    holds. Returns how many copies were scrubbed. Copies elsewhere (a USB stick) still hold it."""
    with contextlib.suppress(sqlite3.Error):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    code = conn.execute("SELECT code FROM station").fetchone()[0]
    held = StationSecrets(code).get(ID_HASH_KEY)
    if held is None:
        return 0

    def scrub(c: sqlite3.Connection) -> bool:
        salt = c.execute("SELECT secret_salt FROM station").fetchone()[0]
        if not salt or salt.lower() != held.lower():
            return False
        c.execute("UPDATE station SET secret_salt = ''")
        c.execute(_SET_META, (CHECK_META, check_value(held)))
        return True

    return rewrite_copies(db_path, backups, code, scrub, "scrub the key from")


def check_restorable(source: Path, station_code: str) -> None:
    """Before a restore replaces the data: refuse a backup made under another key than the one
    this PC's keyring holds for the station (``restore.key_mismatch``) — its hashes would not
    match, and its key would have to replace one the current data relies on."""
    conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        salt = conn.execute("SELECT secret_salt FROM station").fetchone()[0]
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (CHECK_META,)).fetchone()
    finally:
        conn.close()
    try:
        held = StationSecrets(station_code).get(ID_HASH_KEY)
    except Refused:
        return  # no keyring: the key is checked when it is first needed
    if held is None:
        return
    if (salt and salt.lower() != held.lower()) or (row is not None and row[0] != check_value(held)):
        raise Refused("restore.key_mismatch", path=str(source))


# -- recovery ------------------------------------------------------------------------------------------
def recovery_code(key_hex: str) -> str:
    """The key and a 24-bit check as 56 base32 characters in groups of four."""
    key = bytes.fromhex(key_hex)
    data = key + hashlib.sha256(_RECOVERY_CONTEXT + key).digest()[:3]
    number = int.from_bytes(data, "big")
    chars = "".join(_ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(56)))
    return "-".join(chars[i:i + 4] for i in range(0, 56, 4))


def parse_recovery_code(text: str) -> str:
    """The key (hex) in a recovery code typed by a person (case, dashes and spaces do not
    matter; O reads as 0, I and L as 1). ``secrets.recovery_code_invalid`` on a typo."""
    raw = "".join(ch for ch in (text or "").upper() if ch not in "- ").translate(str.maketrans("OIL", "011"))
    if len(raw) != 56 or any(ch not in _ALPHABET for ch in raw):
        raise InvalidInput("secrets.recovery_code_invalid")
    number = 0
    for ch in raw:
        number = number * 32 + _ALPHABET.index(ch)
    data = number.to_bytes(35, "big")
    key, check = data[:32], data[32:]
    if hashlib.sha256(_RECOVERY_CONTEXT + key).digest()[:3] != check:
        raise InvalidInput("secrets.recovery_code_invalid")
    return key.hex()


class KeyService:
    """``key export`` / ``key import`` (admins; both audited, the code itself never)."""

    def __init__(self, store: Store, station_code: str) -> None:
        self.store = store
        self.station_code = station_code

    def export(self, actor: Actor) -> str:
        """The recovery code of this station's key (made now if it was never needed yet)."""
        require(actor, Perm.BACKUP)
        key = load_key(self.store, self.station_code)
        with self.store.write(actor=actor.username, action="secrets.key_export", entity="station") as tx:
            tx.summary["what"] = "id_hash_key recovery code"
        return recovery_code(key.hex())

    def import_code(self, actor: Actor, text: str) -> None:
        """Put the key of a recovery code into this PC's keyring. It must be this database's key
        (``secrets.recovery_code_wrong``, exit 3, when the check value says otherwise)."""
        require(actor, Perm.BACKUP)
        key_hex = parse_recovery_code(text)
        check = _meta(self.store, CHECK_META)
        if check is not None and check != check_value(key_hex):
            raise InvalidInput("secrets.recovery_code_wrong", station_code=self.station_code)
        StationSecrets(self.station_code).set(ID_HASH_KEY, key_hex)
        with self.store.write(actor=actor.username, action="secrets.key_import", entity="station") as tx:
            if check is None:
                tx.execute(_SET_META, (CHECK_META, check_value(key_hex)))
            tx.summary["what"] = "id_hash_key from a recovery code"
