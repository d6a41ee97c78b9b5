"""Which address may be sent the station's token: only the hub it is enrolled with.

A run or a consistency check may name another address (``sync --hub URL``). The token goes there
only when it is the enrolled address however written (``http://H:P/`` = ``http://h:p``), or when
an admin explicitly trusts it for this run (``--trust-hub``) and that address answers
``/v1/health`` — asked without the token — as the enrolled hub (same ``hub_id``). The override is
audited (``sync.hub_override``: who, the enrolled address, the one used). Every refusal happens
before anything is written or sent.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from ..db.store import Store
from ..errors import NotAllowed, Refused
from ..users.model import Actor
from ..users.permissions import Perm, require
from .client import HubClient, check_hub_url

_DEFAULT_PORTS = {"http": 80, "https": 443}


def same_address(a: str, b: str) -> bool:
    """Whether two hub URLs (already checked by :func:`check_hub_url`) name the same address."""
    pa, pb = urlsplit(a), urlsplit(b)
    return ((pa.scheme.lower(), (pa.hostname or "").lower(), pa.port or _DEFAULT_PORTS.get(pa.scheme.lower()))
            == (pb.scheme.lower(), (pb.hostname or "").lower(), pb.port or _DEFAULT_PORTS.get(pb.scheme.lower())))


def choose_hub(store: Store, enrolled: str | None, hub_id: str | None, asked: str | None, *,
               trusted_by: Actor | None = None, stall_s: float = 30.0) -> str:
    """The address this run may send the token to. ``asked`` None or the enrolled address: the
    enrolled one. Another address: ``sync.hub_not_enrolled`` (exit 6) unless ``trusted_by`` is
    given — then it must be an admin (``perm.denied``), the address must answer as the enrolled
    hub (``sync.hub_other_platform``; an unreachable one is ``sync.unreachable``), and the override
    is audited under their name. ``sync.hub_url_invalid`` (exit 3) for an address that is not one;
    ``sync.not_enrolled`` before enrolment. Nothing is written unless the override is granted."""
    if not enrolled:
        raise Refused("sync.not_enrolled")
    if asked is None:
        return enrolled
    url = check_hub_url(asked)
    if same_address(url, enrolled):
        return enrolled
    if trusted_by is None:
        raise NotAllowed("sync.hub_not_enrolled", url=url, enrolled=enrolled)
    require(trusted_by, Perm.ENROLL)
    with HubClient(url, None, stall_s=stall_s) as client:  # no token on this client
        answer = client.health()
    if not hub_id or answer.get("hub_id") != hub_id:
        raise NotAllowed("sync.hub_other_platform", url=url, hub_id=str(answer.get("hub_id", ""))[:40])
    with store.write(actor=trusted_by.username, action="sync.hub_override", entity="station") as tx:
        tx.summary.update(enrolled=enrolled, used=url, hub_id=hub_id)
    return url
