"""What keeps ``hub serve`` answering under abuse: read deadlines and a connection cap on the HTTP
protocol, one catch-all for faults, and rate-limited logs (docs/security.md, "The hub under load").

- :class:`GuardedH11Protocol` (uvicorn's h11 protocol, subclassed): a request's head must arrive
  whole within ``header_timeout_s`` of its first byte (or of the connection's opening), a body
  must not stall for ``body_stall_s``; otherwise the connection is closed. Past
  ``max_connections`` open connections, the one that has been waiting for its client longest is
  closed first (the newest when none is waiting), so half-open connections can never exhaust file
  descriptors or starve ``/health``.
- :class:`GuardMiddleware`: any unexpected exception becomes one 500 ``{"error": {"code":
  "internal"}}`` and one rate-limited log line; it never reaches uvicorn's per-request traceback.
- :func:`serve`: uvicorn configured with the above and :class:`~hub.limits.RateLimitFilter` on
  every log handler, in this process; ``--workers N`` (:mod:`hub.serve`) gives each worker
  process the same protocol, limits and filter, by import name — every limit holds per worker.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any, ClassVar

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from .limits import (
    BODY_STALL_S,
    HEADER_TIMEOUT_S,
    KEEP_ALIVE_S,
    MAX_CONNECTIONS,
    MAX_HEADER_BYTES,
    RateLimitFilter,
)

log = logging.getLogger("hub.guard")

_INTERNAL = json.dumps({"error": {"code": "internal"}}).encode()


class GuardMiddleware:
    """Outermost app middleware: an exception no handler took becomes a plain 500 answer and a
    rate-limited log record (the first ones of a minute with their traceback)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracked(message: dict[str, Any]) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracked)
        except Exception as exc:  # noqa: BLE001 - the one place a fault becomes an answer
            log.error("internal error on %s %s: %s", scope.get("method"), str(scope.get("path"))[:80],
                      type(exc).__name__, exc_info=exc)
            if not started:
                await send({"type": "http.response.start", "status": 500,
                            "headers": [(b"content-type", b"application/json"),
                                        (b"content-length", str(len(_INTERNAL)).encode())]})
                await send({"type": "http.response.body", "body": _INTERNAL})


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with read deadlines and a connection cap (see the module doc).
    Make a configured subclass with :func:`guarded_protocol`."""

    header_timeout_s: ClassVar[float] = HEADER_TIMEOUT_S
    body_stall_s: ClassVar[float] = BODY_STALL_S
    max_connections: ClassVar[int] = MAX_CONNECTIONS
    open_connections: ClassVar[dict[GuardedH11Protocol, None]] = {}
    dropped: ClassVar[dict[str, int]] = {}

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        self._deadline: asyncio.TimerHandle | None = None
        self._waiting_for: str | None = None
        super().connection_made(transport)
        self.open_connections[self] = None
        self._arm("head", self.header_timeout_s)
        if len(self.open_connections) > self.max_connections:
            self._make_room()

    def connection_lost(self, exc: Exception | None) -> None:
        self.open_connections.pop(self, None)
        self._disarm()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._watch()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._disarm()  # between requests uvicorn's keep-alive timer closes an idle connection
        if self.conn.their_state is h11.SEND_BODY:  # answered before its body came in whole (408, 413):
            self._drop("body_unfinished")  # the connection cannot carry another request
        if self.cycle is not None and not self.cycle.response_complete:
            self._watch()  # a pipelined request started at once

    # -- deadlines -------------------------------------------------------------------------------
    def _watch(self) -> None:
        if self.transport is None or self.transport.is_closing():
            self._disarm()
            return
        cycle = self.cycle
        if cycle is None or cycle.response_complete:
            if self._waiting_for != "head":  # from the head's first byte; more bytes never extend it
                self._arm("head", self.header_timeout_s)
        elif self.conn.their_state is h11.SEND_BODY:
            self._arm("body", self.body_stall_s)  # every body byte re-arms it
        else:
            self._disarm()  # the request is whole: the app is working on it

    def _arm(self, what: str, seconds: float) -> None:
        self._disarm()
        self._waiting_for = what
        self._deadline = self.loop.call_later(seconds, self._expire, what)

    def _disarm(self) -> None:
        if getattr(self, "_deadline", None) is not None:
            self._deadline.cancel()
        self._deadline = None
        self._waiting_for = None

    def _expire(self, what: str) -> None:
        self._deadline = None
        self._drop(f"{what}_timeout")

    def _drop(self, reason: str) -> None:
        self.dropped[reason] = self.dropped.get(reason, 0) + 1
        log.info("closed a connection: %s", reason)
        self._disarm()
        if self.transport is not None and not self.transport.is_closing():
            self.transport.close()

    def _make_room(self) -> None:
        """Over the cap: close the connection that has waited for its client longest (open order),
        or this new one when every other is busy with a request."""
        for other in self.open_connections:
            if other is not self and other._waiting_for is not None:
                other.open_connections.pop(other, None)
                other._drop("connection_cap")
                return
        self.open_connections.pop(self, None)
        self._drop("connection_cap")


def guarded_protocol(*, header_timeout_s: float, body_stall_s: float, max_connections: int) -> type[H11Protocol]:
    """A :class:`GuardedH11Protocol` subclass with these limits and its own connection registry."""
    return type("HubH11Protocol", (GuardedH11Protocol,), {
        "header_timeout_s": header_timeout_s, "body_stall_s": body_stall_s, "max_connections": max_connections,
        "open_connections": {}, "dropped": {}})


def uvicorn_options(*, keep_alive_s: int = KEEP_ALIVE_S, max_connections: int = MAX_CONNECTIONS,
                    log_level: str = "warning") -> dict[str, Any]:
    """The uvicorn settings every ``hub serve`` runs with, besides its protocol (one worker or N)."""
    return {"log_level": log_level, "timeout_keep_alive": keep_alive_s,
            "h11_max_incomplete_event_size": MAX_HEADER_BYTES, "backlog": max(128, min(2048, max_connections))}


def install_log_limits(log_level: str = "warning") -> None:
    """This process's hub log handler and :class:`~hub.limits.RateLimitFilter` on every uvicorn
    and hub log handler (call it after uvicorn configured logging: in a worker of ``--workers N``
    that is when its app is built). Each process limits its own lines."""
    limiter = RateLimitFilter()
    hub_logger = logging.getLogger("hub")
    if not hub_logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        hub_logger.addHandler(handler)
        hub_logger.setLevel(logging.INFO if log_level in ("info", "debug") else logging.WARNING)
        hub_logger.propagate = False
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access", "hub"):
        for handler in logging.getLogger(name).handlers:
            if not any(isinstance(f, RateLimitFilter) for f in handler.filters):
                handler.addFilter(limiter)


def serve(app: Any, *, host: str, port: int, header_timeout_s: float = HEADER_TIMEOUT_S,
          body_stall_s: float = BODY_STALL_S, max_connections: int = MAX_CONNECTIONS,
          keep_alive_s: int = KEEP_ALIVE_S, log_level: str = "warning", lifespan: str = "off") -> None:
    """Run ``app`` in this process on uvicorn with the guarded protocol and rate-limited logs
    (blocks until stopped). ``hub serve --workers N`` runs N of these through
    :func:`hub.serve.serve`."""
    import uvicorn

    protocol = guarded_protocol(header_timeout_s=header_timeout_s, body_stall_s=body_stall_s + 5.0,
                                max_connections=max_connections)
    config = uvicorn.Config(app, host=host, port=port, http=protocol, lifespan=lifespan,
                            **uvicorn_options(keep_alive_s=keep_alive_s, max_connections=max_connections,
                                              log_level=log_level))
    install_log_limits(log_level)
    uvicorn.Server(config).run()
