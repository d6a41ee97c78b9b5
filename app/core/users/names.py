"""Staff names for sentences: messages show a person by display name, not login name."""

from __future__ import annotations

from collections.abc import Callable

from ..db.store import Store


def display_names(store: Store) -> Callable[[str], str | None]:
    """A look-up ``login name → display name`` for messages (None for an unknown user or one
    without a display name: the sentence then shows the login name). Reads on the caller's
    connection each time (messages are rare; a renamed user shows at once). Personal data of
    customers never passes here: only the station's own staff."""

    def lookup(username: str) -> str | None:
        row = store.query_one("SELECT display_name FROM users WHERE username = ?", (username,))
        return (row[0] or None) if row is not None else None

    return lookup
