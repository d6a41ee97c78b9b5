"""Personal data at rest: sealed fields (AES-256-GCM) and keyed lookup hashes.

A stolen ``station.db``, its WAL or a backup must not give away villagers' full phone numbers,
names or addresses (issue 13; docs/security.md, "Personal data at rest"). Those values are stored
*sealed*: ``enc1:`` + base64url(nonce ‖ AES-256-GCM ciphertext ‖ tag). What screens and lookups
need in clear stays in clear: the phone tail, and masked forms are computed after opening.

Keys: both are derived from the station's one keyring secret (``id_hash_key``,
:mod:`app.core.id_key`: made on first need, checked against the database, recoverable with the
admin's recovery code) with HMAC-SHA256 under distinct contexts, so there is one secret to keep
and one recovery code:

- the **field key** (``yyt-field-key-v1``) seals and opens values;
- the **lookup key** (``yyt-lookup-key-v1``) makes the keyed hashes of whole values that SQL
  compares (a parcel's name, a farmer's phone): 128 bits of HMAC-SHA256, never the value.

Writers seal in Python (:meth:`app.core.db.store.WriteTx.seal`, which makes the key inside the
write when it is the first ever needed); readers open in SQL with ``yyt_open(column)``, a function
every station connection has (:meth:`app.core.db.store.Store.conn`). A value without the prefix
(written before schema v12 and not yet sealed, or ``''``) reads as it is.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import threading
from collections.abc import Iterable
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

PREFIX = "enc1:"
_AAD = b"yyt-field-v1"
_FIELD_CONTEXT = b"yyt-field-key-v1"
_LOOKUP_CONTEXT = b"yyt-lookup-key-v1"

#: the personal columns stored sealed, per table (the hub never sees this: it gets clear values)
SEALED_COLUMNS: dict[str, tuple[str, ...]] = {
    "parcels": ("phone", "name", "address", "sender", "proxy_name", "proxy_phone"),
    "parcel_preadvice": ("phone", "name", "sender", "address"),
    "shipments": ("sender_name", "sender_phone", "to_name", "to_phone", "to_address"),
    "shop_sales": ("buyer_name", "buyer_phone", "buyer_address"),
    "shop_purchases": ("supplier_phone",),
    "consign_farmers": ("name", "phone"),
    "consign_lots": ("cert",),  # the certificate's producer and contact
    "payments": ("account", "payer"),
}
#: change records (outbox entities) whose payload is stored sealed as a whole
#: (a farmer's record goes to the platform masked already, see app.core.consignment.records)
SEALED_ENTITIES = frozenset({"parcels", "notices", "shipments", "shop_sales", "shop_purchases", "payments"})
#: pulled streams whose records carry personal data (``platform_records.payload`` sealed)
SEALED_STREAMS = frozenset({"preadvice"})


class OpenFailed(Exception):
    """A sealed value that does not open under this key (another station's, or damaged)."""


_failure = threading.local()


def note_failure(code: str, station_code: str | None) -> None:
    """Remember why ``yyt_open`` failed inside a query: SQLite reports only "user-defined function
    raised exception"; the CLI and the window turn that back into this code (:func:`take_failure`)."""
    _failure.value = (code, station_code or "")


def take_failure() -> tuple[str, str] | None:
    """(code, station code) of this thread's last ``yyt_open`` failure, once."""
    value = getattr(_failure, "value", None)
    _failure.value = None
    return value


def is_sealed(value: object) -> bool:
    return isinstance(value, str) and value.startswith(PREFIX)


class FieldCipher:
    """Seal, open and hash personal values under one station key (32 bytes)."""

    __slots__ = ("_aead", "_lookup")

    def __init__(self, station_key: bytes) -> None:
        self._aead = AESGCM(hmac.new(station_key, _FIELD_CONTEXT, hashlib.sha256).digest())
        self._lookup = hmac.new(station_key, _LOOKUP_CONTEXT, hashlib.sha256).digest()

    def seal(self, value: Any) -> Any:
        """``value`` sealed; ``None``, ``''`` and an already sealed value are returned as they are."""
        if not value or not isinstance(value, str) or value.startswith(PREFIX):
            return value
        nonce = os.urandom(12)
        blob = nonce + self._aead.encrypt(nonce, value.encode("utf-8"), _AAD)
        return PREFIX + base64.urlsafe_b64encode(blob).decode("ascii")

    def open(self, value: Any) -> Any:
        """The clear value of a sealed one (anything else as it is); :class:`OpenFailed` if it
        does not open under this key."""
        if not isinstance(value, str) or not value.startswith(PREFIX):
            return value
        try:
            blob = base64.urlsafe_b64decode(value[len(PREFIX):])
            return self._aead.decrypt(blob[:12], blob[12:], _AAD).decode("utf-8")
        except (InvalidTag, ValueError) as exc:
            raise OpenFailed from exc

    def lookup(self, value: str | None) -> str:
        """The keyed hash SQL compares instead of the value (``''`` for an empty one)."""
        if not value:
            return ""
        return hmac.new(self._lookup, value.encode("utf-8"), hashlib.sha256).hexdigest()[:32]

    def seal_row(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        """A copy of ``row`` with ``table``'s personal columns sealed."""
        out = dict(row)
        for col in SEALED_COLUMNS[table]:
            if col in out:
                out[col] = self.seal(out[col])
        return out

    def seal_json(self, payload: Any) -> str:
        """A JSON value's canonical text, sealed."""
        from .db.codec import canonical_json

        return self.seal(canonical_json(payload))

    def open_json(self, text: str) -> Any:
        return json.loads(self.open(text))


class NoKeyringCipher(FieldCipher):
    """Where no keyring works at all (the key could only be kept in this very file): values are
    written in clear and ``meta('secrets.sealed')`` is cleared, so the first open with a working
    keyring seals them (:mod:`app.core.sealing_pass`). The counter keeps working meanwhile — the
    same choice as for resident IDs' keyed hashes (docs/security.md)."""

    __slots__ = ()

    def __init__(self) -> None:  # no key
        pass

    def seal(self, value: Any) -> Any:
        return value

    def open(self, value: Any) -> Any:
        if isinstance(value, str) and value.startswith(PREFIX):
            raise OpenFailed("no keyring")
        return value

    def lookup(self, value: str | None) -> str:
        return ""  # filled in by the sealing pass


def opened(columns: Iterable[str], table: str, alias: str = "") -> str:
    """A SELECT list for ``columns`` of ``table`` with the sealed ones read through ``yyt_open``
    (and named as the column, so ``RETURNING`` and row dicts see the usual names)."""
    sealed = SEALED_COLUMNS.get(table, ())
    prefix = f"{alias}." if alias else ""
    return ", ".join(f"yyt_open({prefix}{c}) AS {c}" if c in sealed else f"{prefix}{c}" for c in columns)
