"""Prometheus metrics and a health probe for ``hub serve``: ``GET /metrics`` (text format) and
``GET /health``.

Series (every worker of ``--workers N`` counts into one set, prometheus_client's multiprocess
mode, so any worker answers a scrape with the totals):

- ``hub_requests_total{route,method,status}`` and ``hub_request_duration_seconds{route}`` (a
  histogram); ``hub_request_duration_p99_seconds`` is the p99 read from that histogram, over every
  worker, since start
- ``hub_changes_applied_total``, ``hub_changes_duplicate_total``, ``hub_changes_refused_total``
  (rejected and conflicting items), ``hub_push_batches_total``
- ``hub_pool_connections{state}``: size, available, waiting, max of each worker's pool, summed
- ``hub_cursor_lag_entries`` / ``hub_cursor_lag_seconds``: platform-log entries committed but not
  yet deliverable (an older transaction is still open) and the age of the oldest;
  ``hub_oldest_transaction_seconds``: what holds them back (PostgreSQL; 0 on SQLite)
"""

from __future__ import annotations

import os
import time
from typing import Any

from fastapi import FastAPI
from fastapi.responses import JSONResponse, PlainTextResponse

from .wire import iso_utc

BUCKETS = (0.002, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
_POOL_EVERY_S = 0.5


class _Series:
    """The metric objects, made once per process (prometheus_client keeps them in a registry)."""

    _made: _Series | None = None

    def __init__(self) -> None:
        from prometheus_client import Counter, Gauge, Histogram

        self.requests = Counter("hub_requests", "HTTP requests answered", ["route", "method", "status"])
        self.latency = Histogram("hub_request_duration_seconds", "time to answer a request", ["route"],
                                 buckets=BUCKETS)
        self.applied = Counter("hub_changes_applied", "change records stored")
        self.duplicates = Counter("hub_changes_duplicate", "change records received again (not stored twice)")
        self.refused = Counter("hub_changes_refused", "change records rejected or in conflict")
        self.batches = Counter("hub_push_batches", "push batches and bundle batches applied")
        self.pool = Gauge("hub_pool_connections", "database pool connections", ["state"],
                          multiprocess_mode="livesum")

    @classmethod
    def get(cls) -> _Series:
        if cls._made is None:
            cls._made = _Series()
        return cls._made


class MeteredStorage:
    """``storage`` with its pushes and bundles counted (every other attribute passes through)."""

    def __init__(self, storage: Any) -> None:
        self._storage = storage
        self._series = _Series.get()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._storage, name)

    def push(self, *args: Any, **kwargs: Any) -> Any:
        return self._count(self._storage.push(*args, **kwargs), 1)

    def push_many(self, code: str, batches: list[Any], *args: Any, **kwargs: Any) -> Any:
        return self._count(self._storage.push_many(code, batches, *args, **kwargs), len(batches))

    def _count(self, out: Any, batches: int) -> Any:
        s = self._series
        if batches:
            s.batches.inc(batches)
        if out.applied:
            s.applied.inc(out.applied)
        if out.duplicates:
            s.duplicates.inc(out.duplicates)
        if out.rejected or out.conflicts:
            s.refused.inc(len(out.rejected) + len(out.conflicts))
        return out


class _Timing:
    """Pure ASGI middleware: counts and times every HTTP request by its route template (never by
    the station code in the path), and refreshes this worker's pool gauges now and then."""

    def __init__(self, app: Any, storage: Any) -> None:
        self.app = app
        self.storage = storage
        self.series = _Series.get()
        self._pool_at = 0.0

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = {"code": 500}

        async def send_status(message: dict) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            route = scope.get("route")
            name = getattr(route, "path", None) or "other"
            self.series.requests.labels(name, scope.get("method", ""), str(status["code"])).inc()
            self.series.latency.labels(name).observe(time.perf_counter() - start)
            if start - self._pool_at > _POOL_EVERY_S:
                self._pool_at = start
                self._refresh_pool()

    def _refresh_pool(self) -> None:
        stats = getattr(self.storage, "pool_stats", None)
        if stats is not None:
            for state, value in stats().items():
                self.series.pool.labels(state).set(value)


def p99_from(samples: list[tuple[str, dict[str, str], float]]) -> float:
    """The 99th percentile estimated from cumulative histogram buckets (all routes together),
    linear within the bucket it falls in, as Prometheus' histogram_quantile does."""
    per_le: dict[float, float] = {}
    for name, labels, value in samples:
        if name.endswith("_bucket"):
            le = float(labels["le"])
            per_le[le] = per_le.get(le, 0.0) + value
    if not per_le:
        return 0.0
    bounds = sorted(per_le)
    total = per_le[bounds[-1]]
    if total <= 0:
        return 0.0
    rank = 0.99 * total
    prev_le, prev_count = 0.0, 0.0
    for le in bounds:
        count = per_le[le]
        if count >= rank:
            if le == float("inf"):
                return prev_le
            span = count - prev_count
            return prev_le + (le - prev_le) * ((rank - prev_count) / span if span else 1.0)
        prev_le, prev_count = le, count
    return bounds[-2] if len(bounds) > 1 else 0.0


def render(storage: Any, now_fn: Any) -> str:
    """The /metrics text: every worker's series (multiprocess mode) or this process's, then the
    p99 and the cursor lag computed now."""
    from prometheus_client import REGISTRY, CollectorRegistry, generate_latest

    registry = REGISTRY
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    text = generate_latest(registry).decode()
    samples = [(s.name, s.labels, s.value) for metric in registry.collect()
               if metric.name == "hub_request_duration_seconds" for s in metric.samples]
    lag = storage.log_lag(now_fn()) if hasattr(storage, "log_lag") else {}
    extra = [
        ("hub_request_duration_p99_seconds", "p99 request latency since start, every route and worker",
         p99_from(samples)),
        ("hub_cursor_lag_entries", "platform-log entries committed but not yet deliverable to pulls",
         lag.get("entries", 0.0)),
        ("hub_cursor_lag_seconds", "age of the oldest committed entry pulls cannot deliver yet",
         lag.get("seconds", 0.0)),
        ("hub_oldest_transaction_seconds", "age of the oldest open write transaction (holds the pull horizon)",
         lag.get("oldest_xact_seconds", 0.0)),
    ]
    for name, doc, value in extra:
        text += f"# HELP {name} {doc}\n# TYPE {name} gauge\n{name} {value:.6f}\n"
    return text


def install(app: FastAPI, storage: Any, now_fn: Any) -> None:
    """Add ``/metrics``, ``/health`` and the request timing to an app made by
    :func:`hub.server.create_app` (whose storage should be a :class:`MeteredStorage`)."""
    backend = "postgresql" if hasattr(storage, "pool") else "sqlite"

    @app.get("/metrics", include_in_schema=False)
    def metrics() -> PlainTextResponse:
        return PlainTextResponse(render(storage, now_fn), media_type="text/plain; version=0.0.4")

    @app.get("/health", include_in_schema=False)
    def health() -> JSONResponse:
        try:
            storage.hlc_now(now_fn())  # one round trip to the database
        except Exception as exc:  # noqa: BLE001 - the probe reports, never raises
            return JSONResponse({"ok": False, "backend": backend, "error": type(exc).__name__}, status_code=503)
        return JSONResponse({"ok": True, "backend": backend, "hub_id": storage.hub_id, "hub_time": iso_utc(now_fn()),
                             "pid": os.getpid()})

    app.add_middleware(_Timing, storage=storage)
