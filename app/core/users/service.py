"""Creating users and checking PINs, with a persisted lock-out."""

from __future__ import annotations

import datetime as _dt
import sqlite3

from ..clock import iso_utc, parse_utc
from ..db.store import Store, WriteTx
from ..errors import InvalidInput, NotAllowed, NotFound, Refused
from ..ids import new_id
from ..validate.text import check_name, check_username
from .model import Actor, Role, UserInfo
from .permissions import Perm, require
from .pin import check_new_pin, hash_pin, verify_pin

LOCK_AFTER_FAILURES = 5
LOCK_SECONDS = 5 * 60


def check_role(text: str | None) -> Role:
    try:
        return Role((text or "").strip().lower())
    except ValueError:
        raise InvalidInput("role.invalid", text=(text or "")[:20]) from None


def _user_payload(user_id: str, username: str, role: str, name: str, active: bool) -> dict[str, object]:
    # What the platform learns about a user: never the PIN hash.
    return {"id": user_id, "username": username, "role": role, "display_name": name, "active": active}


def insert_user(tx: WriteTx, username: str, role: Role, name: str, pin_hash: tuple[str, str, str]) -> str:
    """Insert a validated user and its change record inside ``tx``; ``Refused('user.exists')`` if
    the name is taken (checked inside the transaction, so two adds cannot race). Returns the id."""
    if tx.execute("SELECT 1 FROM users WHERE username = ?", (username,)).fetchone():
        raise Refused("user.exists", username=username)
    user_id = new_id()
    digest, salt, kdf = pin_hash
    tx.execute(
        "INSERT INTO users (id, username, role, display_name, pin_hash, pin_salt, pin_kdf, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (user_id, username, str(role), name, digest, salt, kdf, tx.now_iso, tx.now_iso),
    )
    tx.change("users", user_id, "create", _user_payload(user_id, username, str(role), name, True))
    tx.summary.update(username=username, role=str(role))
    return user_id


class UserService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # -- creating and changing users -------------------------------------------------------
    def add(self, actor: Actor, username: str, role: str, pin: str, display_name: str = "") -> UserInfo:
        """Create a user (admin only). The username must be new; the PIN must be 6 digits."""
        require(actor, Perm.USERS_MANAGE)
        return self._add(actor.username, username, role, pin, display_name)

    def _add(self, actor_name: str, username: str, role: str, pin: str, display_name: str) -> UserInfo:
        username = check_username(username)
        role_v = check_role(role)
        name = check_name(display_name, field="display_name", required=False)  # a label: 李丽（周末代班）
        pin = check_new_pin(pin)
        pin_hash = hash_pin(pin)  # slow: before the write transaction
        with self.store.write(actor=actor_name, action="user.add", entity="user") as tx:
            tx.entity_id = insert_user(tx, username, role_v, name, pin_hash)
        return self.get(username)

    def change_pin(self, actor: Actor, username: str, new_pin: str) -> None:
        """A user changes their own PIN; an admin may reset anyone's (and lifts a lock-out)."""
        username = check_username(username)
        if actor.username != username:
            require(actor, Perm.USERS_MANAGE)
        pin = check_new_pin(new_pin)
        row = self._row(username)
        pin_hash, salt, kdf = hash_pin(pin)
        with self.store.write(actor=actor.username, action="user.pin_change", entity="user", entity_id=row["id"]) as tx:
            tx.execute(
                "UPDATE users SET pin_hash = ?, pin_salt = ?, pin_kdf = ?, failed_attempts = 0,"
                " locked_until = NULL, updated_at = ? WHERE id = ?",
                (pin_hash, salt, kdf, tx.now_iso, row["id"]),
            )
            tx.summary.update(username=username)

    def reset_pin(self, actor: Actor, username: str, new_pin: str) -> UserInfo:
        """An administrator gives a user a new PIN (the same rules as any new PIN) and lifts any
        lock-out, in one audited operation (``user.pin_reset``; the PIN itself is never recorded
        or sent to the platform)."""
        require(actor, Perm.USERS_MANAGE)
        username = check_username(username)
        pin = check_new_pin(new_pin)
        row = self._row(username)
        pin_hash, salt, kdf = hash_pin(pin)  # slow: before the write transaction
        with self.store.write(actor=actor.username, action="user.pin_reset", entity="user", entity_id=row["id"]) as tx:
            tx.execute(
                "UPDATE users SET pin_hash = ?, pin_salt = ?, pin_kdf = ?, failed_attempts = 0,"
                " locked_until = NULL, updated_at = ? WHERE id = ?",
                (pin_hash, salt, kdf, tx.now_iso, row["id"]),
            )
            tx.summary.update(username=username, was_locked=self.is_locked(row))
        return self.get(username)

    def unlock(self, actor: Actor, username: str) -> UserInfo:
        """Lift a lock-out after wrong PINs before its five minutes are over (admin; audited
        ``user.unlock``). ``user.not_locked`` (5) when the user is not locked and has no failed
        attempts counted."""
        require(actor, Perm.USERS_MANAGE)
        row = self._row(check_username(username))
        with self.store.write(actor=actor.username, action="user.unlock", entity="user", entity_id=row["id"]) as tx:
            cur = tx.execute("SELECT failed_attempts, locked_until FROM users WHERE id = ?", (row["id"],)).fetchone()
            if not cur["failed_attempts"] and _lock_seconds_left(cur["locked_until"], tx.now) <= 0:
                raise Refused("user.not_locked", username=row["username"])
            tx.execute("UPDATE users SET failed_attempts = 0, locked_until = NULL, updated_at = ? WHERE id = ?",
                       (tx.now_iso, row["id"]))
            tx.summary.update(username=row["username"], failures=cur["failed_attempts"])
        return self.get(row["username"])

    def is_locked(self, user: UserInfo | sqlite3.Row) -> bool:
        """Whether a user is locked out now (a lock the clock cannot justify does not count)."""
        until = user.locked_until if isinstance(user, UserInfo) else user["locked_until"]
        return _lock_seconds_left(until, self.store.clock.now()) > 0

    def set_active(self, actor: Actor, username: str, active: bool) -> UserInfo:
        """Disable or re-enable a user (admin). The last active admin cannot be disabled, nor can
        administrators disable themselves (``user.last_admin``, ``user.self_disable``: 5)."""
        require(actor, Perm.USERS_MANAGE)
        row = self._row(check_username(username))
        with self.store.write(actor=actor.username, action="user.set_active", entity="user", entity_id=row["id"]) as tx:
            if not active and row["role"] == Role.ADMIN:  # counted inside the transaction: no race
                admins = tx.execute("SELECT count(*) FROM users WHERE role = 'admin' AND active = 1").fetchone()[0]
                if admins <= 1:
                    raise Refused("user.last_admin", username=row["username"])
            if not active and row["username"] == actor.username:
                raise Refused("user.self_disable", username=row["username"])
            tx.execute("UPDATE users SET active = ?, updated_at = ? WHERE id = ?", (int(active), tx.now_iso, row["id"]))
            tx.change("users", row["id"], "update",
                      _user_payload(row["id"], row["username"], row["role"], row["display_name"], active))
            tx.summary.update(username=row["username"], active=active)
        return self.get(row["username"])

    # -- reading -----------------------------------------------------------------------------
    def get(self, username: str) -> UserInfo:
        return _info(self._row(username))

    def list(self, actor: Actor | None = None, *, for_login: bool = False) -> list[UserInfo]:
        """All users (admins and supervisors). ``for_login=True`` lists the active users for the
        login screen's picker without an actor."""
        if not for_login:
            require(actor, Perm.USERS_READ)
        sql = "SELECT * FROM users" + (" WHERE active = 1" if for_login else "") + " ORDER BY role, username"
        return [_info(r) for r in self.store.query(sql)]

    def _row(self, username: str):  # noqa: ANN202 - sqlite3.Row
        row = self.store.query_one("SELECT * FROM users WHERE username = ?", (username,))
        if row is None:
            raise NotFound("user.not_found", username=username)
        return row

    # -- signing in ------------------------------------------------------------------------------
    def authenticate(self, username: str, pin: str) -> Actor:
        """Check a PIN. Five wrong PINs in a row lock the user for five minutes; the count and the
        lock are stored, so restarting the app does not reset them. Every failure is audited.

        Codes (all ``NotAllowed``): ``auth.unknown_user``, ``auth.inactive``, ``auth.locked``
        (with ``until`` and ``seconds_left``), ``auth.wrong_pin`` (with ``attempts_left``)."""
        try:
            username = check_username(username)
        except InvalidInput:
            raise NotAllowed("auth.unknown_user", username=(username or "")[:40]) from None
        row = self.store.query_one("SELECT * FROM users WHERE username = ?", (username,))
        if row is None:
            raise NotAllowed("auth.unknown_user", username=username)
        if not row["active"]:
            raise NotAllowed("auth.inactive", username=username)
        now = self.store.clock.now()
        seconds_left = _lock_seconds_left(row["locked_until"], now)
        if seconds_left > 0:
            raise NotAllowed("auth.locked", username=username, until=row["locked_until"], seconds_left=seconds_left)
        ok = verify_pin(pin or "", row["pin_hash"], row["pin_salt"], row["pin_kdf"])  # slow: ~0.1 s
        # Attempts may run in parallel (several CLI processes): after the slow check, the lock and
        # the count are read again, and a failure is counted inside its own write transaction.
        fresh = self.store.query_one("SELECT failed_attempts, locked_until FROM users WHERE id = ?", (row["id"],))
        now = self.store.clock.now()
        seconds_left = _lock_seconds_left(fresh["locked_until"], now)
        if seconds_left > 0:
            raise NotAllowed("auth.locked", username=username, until=fresh["locked_until"], seconds_left=seconds_left)
        if ok:
            if fresh["failed_attempts"] or fresh["locked_until"]:
                with self.store.write(actor=username, action="auth.reset", entity="user", entity_id=row["id"]) as tx:
                    tx.execute("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?", (row["id"],))
            return Actor(row["id"], username, Role(row["role"]), row["display_name"])
        return self._record_failure(row["id"], username)

    def _record_failure(self, user_id: str, username: str) -> Actor:
        with self.store.write(actor=username, action="auth.pin_failed", entity="user", entity_id=user_id) as tx:
            cur = tx.execute("SELECT failed_attempts, locked_until FROM users WHERE id = ?", (user_id,)).fetchone()
            left = _lock_seconds_left(cur["locked_until"], tx.now)
            if left > 0:  # another attempt locked the user meanwhile: nothing to count
                raise NotAllowed("auth.locked", username=username, until=cur["locked_until"], seconds_left=left)
            failures = 1 if cur["locked_until"] else cur["failed_attempts"] + 1  # a served lock starts afresh
            locked_until = None
            if failures >= LOCK_AFTER_FAILURES:
                locked_until = iso_utc(tx.now + _dt.timedelta(seconds=LOCK_SECONDS))
                tx.action = "auth.locked"
            tx.execute("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?",
                       (0 if locked_until else failures, locked_until, user_id))
            tx.summary.update(failures=failures)
        if locked_until:
            raise NotAllowed("auth.locked", username=username, until=locked_until, seconds_left=LOCK_SECONDS)
        raise NotAllowed("auth.wrong_pin", username=username, attempts_left=LOCK_AFTER_FAILURES - failures)


def _lock_seconds_left(locked_until: str | None, now: _dt.datetime) -> int:
    """Seconds of lock left. A lock that claims to run longer than the lock time means the device
    clock was moved back; it is not trusted, so a clock change cannot lock a user out for days."""
    if not locked_until:
        return 0
    left = (parse_utc(locked_until) - now).total_seconds()
    if left <= 0 or left > LOCK_SECONDS + 60:
        return 0
    return int(left + 0.999)


def _info(row) -> UserInfo:  # noqa: ANN001
    return UserInfo(
        row["id"], row["username"], Role(row["role"]), row["display_name"], bool(row["active"]),
        row["locked_until"], row["failed_attempts"], row["created_at"],
    )
