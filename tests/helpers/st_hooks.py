"""Schemathesis hooks for the hub's schema fuzzing (tests/test_hub_schemathesis.py): a check of its
own that every station path refuses the other station.

schemathesis' ``object_level_authorization`` replays as a peer only objects the API itself created
(an id a POST returned); the hub's one owned object, the station, is named by the path and never
created through the API, so that check has nothing to replay here. This one does it for every
answer: a 2xx on ``/v1/stations/{code}/...`` sent again with the *other* station's token must be
403 ``station.forbidden``. Loaded by the CLI through ``SCHEMATHESIS_HOOKS=tests.helpers.st_hooks``
(the peer's token in ``YYT_FUZZ_PEER_TOKEN``), and imported by the in-process test (which sets
:data:`PEER_TOKEN`).
"""

from __future__ import annotations

import asyncio
import os
from typing import Any

import httpx
import schemathesis

PEER_TOKEN: str | None = None


@schemathesis.check
def other_station_refused(ctx: Any, response: Any, case: Any) -> bool | None:
    """A station path answered 2xx for its owner answers 403 to the other station's token."""
    peer = PEER_TOKEN or os.environ.get("YYT_FUZZ_PEER_TOKEN")
    if not peer or not 200 <= response.status_code < 300 or not case.operation.path.startswith("/v1/stations/"):
        return None
    sent = response.request
    headers = {k: v for k, v in sent.headers.items() if k.lower() not in ("authorization", "content-length")}
    headers["Authorization"] = f"Bearer {peer}"
    body = sent.body.encode() if isinstance(sent.body, str) else sent.body
    app = getattr(case.operation, "app", None)
    if app is not None:  # in-process (from_asgi)
        again = asyncio.run(_asgi(app, sent.method, sent.url, headers, body))
    else:
        again = httpx.request(sent.method, sent.url, headers=headers, content=body, timeout=20)
    status, text = again.status_code, again.text
    if status != 403 or "station.forbidden" not in text:
        raise AssertionError(f"the other station's token got {status} for {sent.method} {sent.url}: {text[:200]}")
    return None


async def _asgi(app: Any, method: str, url: str, headers: dict[str, str], body: bytes | None) -> httpx.Response:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://localhost") as client:
        return await client.request(method, url, headers=headers, content=body)
