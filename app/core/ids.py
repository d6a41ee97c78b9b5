"""UUIDv7 ids (RFC 9562): time-ordered, made at the station, globally unique."""

from __future__ import annotations

import random
import threading
import time
import uuid

# Uniqueness, not secrecy, is what ids need: the module PRNG (seeded from os.urandom, and
# re-seeded in a forked child) is fast enough for the write path.
_getrandbits = random.getrandbits
_lock = threading.Lock()
_last_ms = 0
_last_rand = 0


def _uuid7_int(ms: int | None = None) -> int:
    global _last_ms, _last_rand
    with _lock:
        now = int(time.time() * 1000) if ms is None else ms
        if now <= _last_ms:
            now = _last_ms
            rand = _last_rand + 1 + _getrandbits(16)
            if rand >= 1 << 74:  # counter exhausted: borrow the next millisecond
                now += 1
                rand = _getrandbits(73)
        else:
            rand = _getrandbits(73)  # 73 of the 74 bits: room to count up within a millisecond
        _last_ms, _last_rand = now, rand
    return ((now & 0xFFFF_FFFF_FFFF) << 80 | 0x7 << 76 | ((rand >> 62) & 0xFFF) << 64 | 0b10 << 62
            | (rand & 0x3FFF_FFFF_FFFF_FFFF))


def uuid7(ms: int | None = None) -> uuid.UUID:
    """A new UUIDv7. Within one process the ids are strictly increasing, even within a
    millisecond or when the wall clock steps back (the 74 random bits act as a counter then)."""
    return uuid.UUID(int=_uuid7_int(ms))


def new_id() -> str:
    """A UUIDv7 as canonical lowercase text."""
    h = f"{_uuid7_int():032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def uuid7_ms(value: str | uuid.UUID) -> int:
    """The Unix milliseconds embedded in a UUIDv7."""
    u = value if isinstance(value, uuid.UUID) else uuid.UUID(value)
    return u.int >> 80
