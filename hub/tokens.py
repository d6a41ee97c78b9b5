"""Enrolment codes, station tokens and what the hub keeps of them (hashes and a derived key only)."""

from __future__ import annotations

import hashlib
import secrets

from app.core import bundle_cipher

# Crockford's base32 without the look-alikes I, L, O, U: easy to read out over the phone.
_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
TOKEN_PREFIX = "yyt1_"


def new_enrolment_code() -> str:
    """Twelve characters (60 random bits) shown as ``XXXX-XXXX-XXXX``."""
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def normalise_code(code: str) -> str:
    """Upper-case, dashes and spaces removed, and the look-alikes read as digits (O→0, I/L→1)."""
    text = "".join(ch for ch in code.upper() if ch not in "- ")
    return text.translate(str.maketrans("OIL", "011"))


def code_hash(code: str) -> str:
    return hashlib.sha256(("enrol:" + normalise_code(code)).encode()).hexdigest()


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    """What the hub stores to recognise a token. The token has 256 random bits, so a plain
    SHA-256 (no slow KDF) cannot be reversed."""
    return hashlib.sha256(("token:" + token).encode()).hexdigest()


def bundle_key(token: str) -> str:
    """The key USB bundles are signed with: HMAC-SHA256(token, 'yyt-bundle-v1'), hex. Both sides
    derive it from the token (one helper, :func:`app.core.bundle_cipher.bundle_key`); the hub
    stores it (never the token)."""
    return bundle_cipher.bundle_key(token).hex()
