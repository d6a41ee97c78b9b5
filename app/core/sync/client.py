"""The HTTP client of the /v1 API over httpx (imported here, lazily: never at app start-up).

Timeouts are *stall* timeouts: a request fails when no byte moves for ``stall_s`` seconds, never
because a slow link takes long in total. Every failure becomes a typed error:
``Unreachable('sync.unreachable' | 'sync.stalled' | 'sync.hub_error')`` (exit 7),
``NotAllowed('sync.token_rejected')`` (exit 6), or the internal :class:`GapError`,
:class:`CursorExpiredError`, :class:`BodyTooLarge` that the engine handles itself.
"""

from __future__ import annotations

import json
import logging
from typing import Any
from urllib.parse import urlsplit

from ..errors import InvalidInput, NotAllowed, Unreachable, YytError
from .protocol import API, gzip_bytes

log = logging.getLogger(__name__)

USER_AGENT = "youyuntong-station/1"


class GapError(Exception):
    """409: the hub expects another sequence number next."""

    def __init__(self, expected_seq: int) -> None:
        super().__init__(expected_seq)
        self.expected_seq = expected_seq


class CursorExpiredError(Exception):
    """410: the pull cursor is too old (or from another hub log): read a snapshot."""


class BodyTooLarge(Exception):
    """413: send a smaller batch."""


def check_hub_url(url: str) -> str:
    """``http(s)://host[:port]`` without a path; ``InvalidInput('sync.hub_url_invalid')`` otherwise."""
    text = (url or "").strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.path not in ("", "/") or parts.query:
        raise InvalidInput("sync.hub_url_invalid", url=text[:200])
    return text


class HubClient:
    """One keep-alive connection to the hub for the length of a sync run. Counts the bytes that
    cross the wire (bodies as sent, compressed, plus headers)."""

    def __init__(self, base_url: str, token: str | None = None, *, stall_s: float = 30.0,
                 connect_s: float = 15.0) -> None:
        import httpx  # lazily: the window starts without it

        self._httpx = httpx
        self.base_url = check_hub_url(base_url)
        headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self._http = httpx.Client(
            base_url=self.base_url, headers=headers,
            timeout=httpx.Timeout(stall_s, connect=connect_s),
            transport=httpx.HTTPTransport(retries=0),
        )
        self.stall_s = stall_s
        self.bytes_up = 0
        self.bytes_down = 0

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the calls -------------------------------------------------------------------------------
    def enroll(self, station_code: str, enrolment_code: str) -> dict[str, Any]:
        body = json.dumps({"station_code": station_code, "enrolment_code": enrolment_code}).encode()
        return self._call("POST", f"{API}/enroll", content=body, headers={"Content-Type": "application/json"},
                          enrolling=True)

    def health(self) -> dict[str, Any]:
        """``/v1/health``: the hub's id and time (no token needed)."""
        return self._call("GET", f"{API}/health")

    def push_state(self, station: str, since: int, upto: int) -> dict[str, Any]:
        return self._call("GET", f"{API}/stations/{station}/push-state", params={"since": since, "upto": upto})

    def push(self, station: str, body: bytes, *, packed: bool = False) -> dict[str, Any]:
        """POST one batch: ``body`` is the JSON, compressed here unless ``packed`` says it is gzip already."""
        packed_body = body if packed else gzip_bytes(body)
        return self._call("POST", f"{API}/stations/{station}/push", content=packed_body,
                          headers={"Content-Type": "application/json", "Content-Encoding": "gzip"})

    def pull(self, station: str, cursor: str, limit: int, snapshot: bool) -> dict[str, Any]:
        params: dict[str, Any] = {"cursor": cursor, "limit": limit}
        if snapshot:
            params["snapshot"] = "true"
        return self._call("GET", f"{API}/stations/{station}/pull", params=params)

    def counts(self, station: str) -> dict[str, Any]:
        return self._call("GET", f"{API}/stations/{station}/counts")

    # -- plumbing --------------------------------------------------------------------------------
    def _call(self, method: str, path: str, *, enrolling: bool = False, **kw: Any) -> dict[str, Any]:
        httpx = self._httpx
        content = kw.get("content") or b""
        try:
            response = self._http.request(method, path, **kw)
        except httpx.TimeoutException as exc:
            self.bytes_up += len(content)
            raise Unreachable("sync.stalled", seconds=self.stall_s, detail=type(exc).__name__) from None
        except httpx.HTTPError as exc:  # refused, reset, DNS, protocol errors on a cut link
            raise Unreachable("sync.unreachable", url=self.base_url, detail=type(exc).__name__) from None
        self.bytes_up += len(content) + _header_bytes(response.request.headers) + len(str(response.request.url.raw_path))
        self.bytes_down += response.num_bytes_downloaded + _header_bytes(response.headers)
        status = response.status_code
        if status == 200:
            try:
                data = response.json()
            except ValueError:
                raise YytError("sync.protocol", status=status, detail="not JSON") from None
            if not isinstance(data, dict):
                raise YytError("sync.protocol", status=status, detail="not an object")
            return data
        error = _error_of(response)
        if status == 409 and error.get("code") == "push.gap":
            raise GapError(int(error.get("expected_seq", 0)))
        if status == 410:
            raise CursorExpiredError()
        if status == 413:
            raise BodyTooLarge()
        if enrolling and status in (401, 403, 404, 422):
            raise NotAllowed("sync.enroll_refused")
        if status in (401, 403):
            raise NotAllowed("sync.token_rejected", status=status, reason=error.get("code", ""))
        if status >= 500 or status in (408, 429):
            raise Unreachable("sync.hub_error", status=status)
        raise YytError("sync.protocol", status=status, detail=str(error.get("code", ""))[:100])


def _error_of(response: Any) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    err = body.get("error") if isinstance(body, dict) else None
    return err if isinstance(err, dict) else {}


def _header_bytes(headers: Any) -> int:
    return sum(len(k) + len(v) + 4 for k, v in headers.raw) + 2 if hasattr(headers, "raw") else 0
