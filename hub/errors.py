"""Typed errors of the reference platform: a stable dotted code, an HTTP status and a CLI exit code."""

from __future__ import annotations

from typing import Any


class HubError(Exception):
    """An expected failure. ``status`` is the HTTP answer, ``exit_code`` the ``python -m hub`` one
    (the same scheme as the station's CLI: 3 invalid, 4 not found, 5 refused, 6 not allowed)."""

    status = 400
    exit_code = 3

    def __init__(self, code: str, **fields: Any) -> None:
        super().__init__(code)
        self.code = code
        self.fields = fields

    def body(self) -> dict[str, Any]:
        return {"error": {"code": self.code, **self.fields}}


class Invalid(HubError):
    status, exit_code = 422, 3


class TooLarge(HubError):
    status, exit_code = 413, 3


class UnsupportedMedia(HubError):
    """A body in a content type or encoding the hub does not speak (HTTP 415)."""

    status, exit_code = 415, 3


class Stalled(HubError):
    """A body that stopped arriving (HTTP 408): nothing of it was applied."""

    status, exit_code = 408, 7


class NotFound(HubError):
    status, exit_code = 404, 4


class Refused(HubError):
    status, exit_code = 409, 5


class Forbidden(HubError):
    status, exit_code = 403, 6


class Unauthorized(HubError):
    status, exit_code = 401, 6


class Gap(HubError):
    """A push whose first new sequence number is not the one the hub expects (HTTP 409)."""

    status, exit_code = 409, 5

    def __init__(self, expected_seq: int) -> None:
        super().__init__("push.gap", expected_seq=expected_seq)
        self.expected_seq = expected_seq


class CursorExpired(HubError):
    """A pull cursor the hub can no longer serve from (HTTP 410): read a snapshot."""

    status, exit_code = 410, 5
