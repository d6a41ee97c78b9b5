"""6-digit PINs hashed with scrypt and a per-user salt.

The KDF parameters are stored with each hash (``scrypt$N$r$p``) so they can be raised later
without invalidating existing PINs.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from ..errors import InvalidInput

KDF_N, KDF_R, KDF_P = 2**14, 8, 1  # ≈ 0.1 s and 16 MiB per attempt on the station PC


def check_new_pin(pin: str | None) -> str:
    """A new PIN: exactly 6 ASCII digits (``pin.format``), not trivially guessable
    (``pin.weak``: one digit repeated, or a straight run like 123456 / 654321)."""
    raw = (pin or "").strip()
    if len(raw) != 6 or not raw.isascii() or not raw.isdigit():
        raise InvalidInput("pin.format")
    steps = {int(b) - int(a) for a, b in zip(raw, raw[1:], strict=False)}
    if len(steps) == 1 and steps <= {-1, 0, 1}:
        raise InvalidInput("pin.weak")
    return raw


def confirm_new_pin(pin: str | None, repeat: str | None) -> str:
    """A new PIN typed twice: :func:`check_new_pin`'s rules, then both must be the same
    (``pin.mismatch``)."""
    checked = check_new_pin(pin)
    if (repeat or "").strip() != checked:
        raise InvalidInput("pin.mismatch")
    return checked


def hash_pin(pin: str, salt: bytes | None = None) -> tuple[str, str, str]:
    """Return ``(hash_hex, salt_hex, kdf)`` for a PIN."""
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode("ascii"), salt=salt, n=KDF_N, r=KDF_R, p=KDF_P, dklen=32)
    return digest.hex(), salt.hex(), f"scrypt${KDF_N}${KDF_R}${KDF_P}"


def verify_pin(pin: str, hash_hex: str, salt_hex: str, kdf: str) -> bool:
    """Constant-time comparison of ``pin`` against a stored hash."""
    name, n, r, p = kdf.split("$")
    if name != "scrypt" or not pin.isascii():
        return False
    digest = hashlib.scrypt(
        pin.encode("ascii"), salt=bytes.fromhex(salt_hex), n=int(n), r=int(r), p=int(p), dklen=32,
        maxmem=2**26,
    )
    return hmac.compare_digest(digest.hex(), hash_hex)
