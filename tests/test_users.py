"""PINs, lock-out and permissions (checked in the services)."""

import pytest

from app.core.errors import InvalidInput, NotAllowed, Refused
from app.core.station import Station
from app.core.users import LOCK_AFTER_FAILURES, LOCK_SECONDS, Perm, require
from app.core.users.permissions import GRANTS
from app.core.users.pin import check_new_pin, hash_pin, verify_pin

from .conftest import ADMIN_PIN, CLERK_PIN


def test_pin_hash_is_salted_and_verifies():
    h1, s1, kdf = hash_pin("246802")
    h2, s2, _ = hash_pin("246802")
    assert h1 != h2 and s1 != s2 and kdf.startswith("scrypt$")
    assert verify_pin("246802", h1, s1, kdf)
    assert not verify_pin("246803", h1, s1, kdf)
    assert "246802" not in h1


@pytest.mark.parametrize("pin,code", [("12345", "pin.format"), ("1234567", "pin.format"), ("12a456", "pin.format"),
                                      ("１２３４５６", "pin.format"), ("111111", "pin.weak"), ("123456", "pin.weak"),
                                      ("654321", "pin.weak"), ("", "pin.format")])
def test_new_pin_rules(pin, code):
    with pytest.raises(InvalidInput) as e:
        check_new_pin(pin)
    assert e.value.code == code


def test_pin_hash_never_stored_in_clear(station):
    rows = station.store.query("SELECT pin_hash, pin_salt FROM users")
    assert all(CLERK_PIN not in r[0] and ADMIN_PIN not in r[0] for r in rows)
    outbox = "".join(r[0] for r in station.store.query("SELECT yyt_open(payload) FROM outbox"))
    assert "pin" not in outbox


def test_five_wrong_pins_lock_for_five_minutes_across_restarts(station, paths, clock):
    for i in range(LOCK_AFTER_FAILURES - 1):
        with pytest.raises(NotAllowed) as e:
            station.users.authenticate("clerk", "000001")
        assert e.value.code == "auth.wrong_pin"
        assert e.value.fields["attempts_left"] == LOCK_AFTER_FAILURES - 1 - i
    with pytest.raises(NotAllowed) as e:
        station.users.authenticate("clerk", "000001")
    assert e.value.code == "auth.locked"
    station.close()

    reopened = Station.open(paths, clock=clock)  # a restart does not lift the lock
    try:
        with pytest.raises(NotAllowed) as e:
            reopened.users.authenticate("clerk", CLERK_PIN)  # even the right PIN
        assert e.value.code == "auth.locked"
        clock.advance(LOCK_SECONDS - 1)
        with pytest.raises(NotAllowed):
            reopened.users.authenticate("clerk", CLERK_PIN)
        clock.advance(2)
        assert reopened.users.authenticate("clerk", CLERK_PIN).username == "clerk"
        assert reopened.users.get("clerk").failed_attempts == 0
        actions = [r[0] for r in reopened.store.query("SELECT action FROM audit WHERE actor = 'clerk'")]
        assert actions.count("auth.pin_failed") == 4 and actions.count("auth.locked") == 1
    finally:
        reopened.close()


def test_a_success_resets_the_count(station):
    for _ in range(3):
        with pytest.raises(NotAllowed):
            station.users.authenticate("clerk", "000001")
    station.users.authenticate("clerk", CLERK_PIN)
    with pytest.raises(NotAllowed) as e:
        station.users.authenticate("clerk", "000001")
    assert e.value.fields["attempts_left"] == LOCK_AFTER_FAILURES - 1


def test_clock_moved_back_does_not_lock_for_days(station, clock):
    for _ in range(LOCK_AFTER_FAILURES):
        with pytest.raises(NotAllowed):
            station.users.authenticate("clerk", "000001")
    clock.advance(-86400 * 3)
    assert station.users.authenticate("clerk", CLERK_PIN).username == "clerk"


def test_unknown_and_inactive_users(station, actors):
    with pytest.raises(NotAllowed) as e:
        station.users.authenticate("nobody", "135790")
    assert e.value.code == "auth.unknown_user"
    station.users.set_active(actors["admin"], "carrier", False)
    with pytest.raises(NotAllowed) as e:
        station.users.authenticate("carrier", "314159")
    assert e.value.code == "auth.inactive"


def test_only_admins_manage_users(station, actors):
    for role in ("clerk", "carrier", "supervisor"):
        with pytest.raises(NotAllowed) as e:
            station.users.add(actors[role], "newbie", "clerk", "975310")
        assert e.value.code == "perm.denied"
    station.users.add(actors["admin"], "newbie", "clerk", "975310")
    with pytest.raises(Refused):
        station.users.add(actors["admin"], "newbie", "clerk", "975310")


def test_last_admin_cannot_be_disabled(station, actors):
    with pytest.raises(Refused) as e:
        station.users.set_active(actors["admin"], "admin", False)
    assert e.value.code == "user.last_admin"


def test_change_pin(station, actors):
    station.users.change_pin(actors["clerk"], "clerk", "864202")
    assert station.users.authenticate("clerk", "864202")
    with pytest.raises(NotAllowed):
        station.users.change_pin(actors["clerk"], "carrier", "864202")


def test_permission_matrix_matches_the_roles():
    def roles(p):
        return {str(r) for r in GRANTS[p]}

    assert "carrier" not in roles(Perm.PAYMENT_TAKE)  # a carrier cannot take payments
    assert "carrier" in roles(Perm.ROUND_DELIVER)
    writing = {p for p in Perm if p not in (Perm.USERS_READ, Perm.AUDIT_READ, Perm.SYNC_RUN,
                                            Perm.PARCEL_READ, Perm.REPORTS_READ, Perm.APPROVE,
                                            Perm.CASH_OVERSEE, Perm.CONSIGN_READ, Perm.CONSIGN_APPROVE,
                                                Perm.REPORTS_OVERSEE)}
    assert not any("supervisor" in roles(p) for p in writing)  # supervisors write no business record
    assert roles(Perm.USERS_MANAGE) == {"admin"}
    assert set(GRANTS) == set(Perm)


def test_require(actors):
    assert require(actors["clerk"], Perm.PAYMENT_TAKE)
    with pytest.raises(NotAllowed):
        require(actors["carrier"], Perm.PAYMENT_TAKE)
    with pytest.raises(NotAllowed) as e:
        require(None, Perm.PARCEL_READ)
    assert e.value.code == "auth.required"


def test_parallel_wrong_pins_cannot_dodge_the_lock(station):
    """Attempts racing each other (several processes or threads) are all counted: at most four
    are told 'wrong PIN', the rest find the user locked, and the lock is stored."""
    from concurrent.futures import ThreadPoolExecutor

    def attempt(_: int) -> str:
        try:
            station.users.authenticate("clerk", "000001")
        except NotAllowed as e:
            return e.code
        return "signed in"

    with ThreadPoolExecutor(max_workers=12) as pool:
        codes = list(pool.map(attempt, range(12)))
    assert codes.count("auth.wrong_pin") == LOCK_AFTER_FAILURES - 1, codes
    assert codes.count("auth.locked") == 12 - (LOCK_AFTER_FAILURES - 1)
    assert station.users.get("clerk").locked_until is not None
    with pytest.raises(NotAllowed) as e:
        station.users.authenticate("clerk", CLERK_PIN)
    assert e.value.code == "auth.locked"
