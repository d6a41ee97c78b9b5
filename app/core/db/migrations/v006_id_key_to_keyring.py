"""v6: the resident-ID keyed-hash key leaves the database for the OS keyring (issue 16).

``station.secret_salt`` held the key in the same file as the hashes it protects: whoever copied
station.db could get every resident ID back by trying the possible numbers. This step moves it to
the keyring (``app.core.id_key.move_legacy_key``: the ``id_hash_key`` station secret), keeps a
check value in ``meta('secrets.id_hash_key.check')`` and clears the column (with
``secure_delete``). The column stays (SQLite keeps NOT NULL columns), always ''.

When no keyring works on this PC the step leaves the key where it was and the station still
opens: the move is tried again at every open (``Station.open``) until a keyring works.
"""

from __future__ import annotations

import logging
import sqlite3

from ...errors import Refused

VERSION = 6

log = logging.getLogger(__name__)


def apply(conn: sqlite3.Connection) -> None:
    from ...id_key import move_legacy_key

    try:
        move_legacy_key(conn)
    except Refused as exc:
        if exc.code != "secrets.no_keyring":
            raise
        log.warning("no keyring works here: the keyed-hash key stays in the database until one does")
