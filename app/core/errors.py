"""Typed errors with stable codes.

Every error raised by a service carries a dotted ``code`` (stable, documented, used by the CLI
and the UI to pick a message) and ``fields`` (values the message may show). No sentence meant for
a user is built here; the words live in :mod:`app.messages`.

The class decides the CLI exit code (see ../shared/CLI.md): 3 invalid input, 4 not found,
5 refused by state, 6 not allowed, 7 platform unreachable, 1 unexpected.
"""

from __future__ import annotations

from typing import Any


class YytError(Exception):
    """Base of every expected error. ``exit_code`` maps to the CLI contract."""

    exit_code = 1

    def __init__(self, code: str, **fields: Any) -> None:
        super().__init__(code)
        self.code = code
        self.fields = fields
        self.result: dict[str, Any] | None = None

    def with_result(self, result: dict[str, Any]) -> YytError:
        """Attach what the command found before failing (e.g. how many audit entries verified);
        the CLI prints it beside the error with ``--json``."""
        self.result = result
        return self

    def __str__(self) -> str:  # for logs, never for users
        if not self.fields:
            return self.code
        inner = ", ".join(f"{k}={v!r}" for k, v in sorted(self.fields.items()))
        return f"{self.code} ({inner})"


class InvalidInput(YytError):
    """The input itself is wrong (format, range, checksum)."""

    exit_code = 3


class NotFound(YytError):
    """The thing asked for does not exist."""

    exit_code = 4


class Refused(YytError):
    """The input is fine but the current state does not allow the operation."""

    exit_code = 5


class NotAllowed(YytError):
    """Authentication or permission failure."""

    exit_code = 6


class Unreachable(YytError):
    """The platform (hub) could not be reached."""

    exit_code = 7


class StorageError(YytError):
    """The database cannot be used as it is (too new, not a station database, corrupt)."""

    exit_code = 5
