"""Role names as people read them (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.users.model import Role
from .modules import QT_TRANSLATE_NOOP

ROLE_TITLES = {
    Role.CLERK: QT_TRANSLATE_NOOP("roles", "Clerk"),
    Role.CARRIER: QT_TRANSLATE_NOOP("roles", "Carrier"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("roles", "Supervisor"),
    Role.ADMIN: QT_TRANSLATE_NOOP("roles", "Administrator"),
}


def role_title(role: Role | str) -> str:
    """The role's name in the window's language."""
    try:
        return QCoreApplication.translate("roles", ROLE_TITLES[Role(role)])
    except ValueError:
        return str(role)
