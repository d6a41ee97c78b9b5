"""Users, roles, PINs and permissions."""

from .model import Actor, Role, UserInfo
from .permissions import Perm, require
from .service import LOCK_AFTER_FAILURES, LOCK_SECONDS, UserService

__all__ = ["LOCK_AFTER_FAILURES", "LOCK_SECONDS", "Actor", "Perm", "Role", "UserInfo", "UserService", "require"]
