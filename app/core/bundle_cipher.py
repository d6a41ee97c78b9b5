"""The USB bundle's keys, signature and encryption (YYTBUNDLE/2), shared by the station (writes)
and the hub (enrols, reads). Kept apart from ``app.core.sync`` so the hub can use it without
loading the station's sync engine. The layout is in docs/sync-protocol.md, "USB bundle":

* ``bundle_key = HMAC-SHA256(key=token, msg="yyt-bundle-v1")``: the MAC key (the hub keeps it,
  as hex, from enrolment on; never the token); the MAC is HMAC-SHA256 over header line + "\\n" + body;
* ``enc_key = HMAC-SHA256(key=bundle_key, msg="yyt-bundle-enc-v2")`` (32 bytes), where
  ``bundle_key`` is the station's MAC key (derived from its token; the hub keeps it, never the token);
* the body is AES-256-GCM of the gzip body under ``enc_key``, a random 12-byte nonce (in the header
  as hex), and the header line's bytes as additional data. The tag (16 bytes) ends the body.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

BUNDLE_KEY_CONTEXT = b"yyt-bundle-v1"
MAGIC_V1 = b"YYTBUNDLE/1"
MAGIC_V2 = b"YYTBUNDLE/2"
CIPHER = "aes-256-gcm"
ENC_KEY_CONTEXT = b"yyt-bundle-enc-v2"
NONCE_BYTES = 12
TAG_BYTES = 16


class BundleDecryptError(ValueError):
    """The body does not open under this key, nonce and header (wrong key or altered bytes)."""


def bundle_key(token: str) -> bytes:
    """The key a USB bundle is signed with (and its cipher key derived from)."""
    return hmac.new(token.encode(), BUNDLE_KEY_CONTEXT, hashlib.sha256).digest()


def sign(key: bytes, header_line: bytes, body: bytes) -> str:
    """The MAC line (hex) of a bundle: over header line + "\\n" + body (the encrypted body for /2)."""
    return hmac.new(key, header_line + b"\n" + body, hashlib.sha256).hexdigest()


def enc_key(bundle_key: bytes) -> bytes:
    """The 32-byte AES key of a /2 bundle, derived from the station's bundle (MAC) key."""
    return hmac.new(bundle_key, ENC_KEY_CONTEXT, hashlib.sha256).digest()


def new_nonce() -> bytes:
    return os.urandom(NONCE_BYTES)


def seal(bundle_key: bytes, nonce: bytes, header_line: bytes, body: bytes) -> bytes:
    """The encrypted body (ciphertext + tag) of ``body`` (the gzip), bound to ``header_line``."""
    return AESGCM(enc_key(bundle_key)).encrypt(nonce, body, header_line)


def open_sealed(bundle_key: bytes, nonce: bytes, header_line: bytes, sealed: bytes) -> bytes:
    """The gzip body back; :class:`BundleDecryptError` when the tag does not verify."""
    if len(nonce) != NONCE_BYTES or len(sealed) < TAG_BYTES:
        raise BundleDecryptError("bad nonce or body")
    try:
        return AESGCM(enc_key(bundle_key)).decrypt(nonce, sealed, header_line)
    except InvalidTag:
        raise BundleDecryptError("tag does not verify") from None
