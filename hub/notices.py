"""Pickup notices on the platform: the notices a station pushed (change records ``notices``) and
the answer the SMS gateway gave for each, published back to that station on the pull stream
``notice_status`` (key = the notice id; payload ``{"notice_id", "tracking", "status": "sent" |
"failed", "at", "reason"}``). The station records the answer on its copy of the notice.

The reference platform sends no SMS itself: ``answer`` is what a gateway integration would call,
``simulate`` answers every open notice for a demo (sent, every N-th failed)."""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any

from .errors import Invalid, NotFound
from .storage import HubStorage
from .wire import iso_utc

STREAM = "notice_status"
STATUSES = ("sent", "failed")
DEMO_FAILURE = "号码停机或空号"  # what a gateway says (the station shows the platform's words)


def _mask(phone: str | None) -> str:
    text = phone or ""
    if "*" in text or len(text) != 11:
        return text
    return f"{text[:3]}****{text[-4:]}"


def station_notices(storage: HubStorage, code: str, status: str | None = None) -> list[dict[str, Any]]:
    """Every notice a station pushed, oldest first, with the answer published for it (``queued``
    while there is none). Phones masked."""
    answers = {k: json.loads(v) for k, v in storage.latest(STREAM, code).items()}
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for rec in storage.records(code, "notices"):
        nid = rec["entity_id"]
        if nid in seen:
            continue
        seen.add(nid)
        p = json.loads(rec["payload"])
        a = answers.get(nid, {})
        out.append({"notice_id": nid, "tracking": p.get("tracking", ""), "kind": p.get("kind", ""),
                    "pickup_code": p.get("pickup_code", ""), "phone": _mask(p.get("phone")),
                    "created_at": p.get("created_at", ""), "status": a.get("status", "queued"),
                    "reason": a.get("reason", "")})
    return [n for n in out if status in (None, n["status"])]


def answer(storage: HubStorage, code: str, notice_id: str, status: str, reason: str, now: _dt.datetime) -> dict[str, Any]:
    """Publish the gateway's answer for one of the station's notices (a new version replaces an
    earlier answer). ``notice.status_invalid`` (3), ``notice.unknown`` (4)."""
    if status not in STATUSES:
        raise Invalid("notice.status_invalid", status=status[:20])
    notice = next((n for n in station_notices(storage, code) if n["notice_id"] == notice_id), None)
    if notice is None:
        raise NotFound("notice.unknown", station_code=code, notice_id=notice_id[:40])
    return _publish(storage, code, notice, status, reason, now)


def _publish(storage: HubStorage, code: str, notice: dict[str, Any], status: str, reason: str,
             now: _dt.datetime) -> dict[str, Any]:
    payload = {"notice_id": notice["notice_id"], "tracking": notice["tracking"], "status": status,
               "at": iso_utc(now), "reason": (reason or "")[:200] if status == "failed" else ""}
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    position = storage.publish(STREAM, notice["notice_id"], text, code, now)
    return {**payload, "position": position}


def simulate(storage: HubStorage, code: str, now: _dt.datetime, fail_every: int = 5) -> dict[str, int]:
    """Answer every notice still queued: sent, except every ``fail_every``-th one (0 = none)
    failed with a gateway's reason. For demos and tests."""
    sent = failed = 0
    for i, n in enumerate(station_notices(storage, code, "queued"), start=1):
        fail = fail_every > 0 and i % fail_every == 0
        _publish(storage, code, n, "failed" if fail else "sent", DEMO_FAILURE if fail else "", now)
        failed += fail
        sent += not fail
    return {"sent": sent, "failed": failed}
