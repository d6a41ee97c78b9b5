"""What a signed-in user is."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Role(enum.StrEnum):
    CLERK = "clerk"
    CARRIER = "carrier"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


@dataclass(frozen=True)
class Actor:
    """A user who has proved their PIN. Services take an Actor and check its permissions."""

    user_id: str
    username: str
    role: Role
    display_name: str = ""


@dataclass(frozen=True)
class UserInfo:
    """A user as listed (never the PIN hash)."""

    id: str
    username: str
    role: Role
    display_name: str
    active: bool
    locked_until: str | None
    failed_attempts: int
    created_at: str
