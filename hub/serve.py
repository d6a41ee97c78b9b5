"""``python -m hub serve``: the sync API under uvicorn, in one process or ``--workers N``, always
with the guarded protocol and the log limits of :mod:`hub.guard`, /metrics and /health.

With one worker the app is built here and served by :func:`hub.guard.serve`. With several,
uvicorn starts N worker processes that share one listening socket; each imports
:class:`WorkerH11Protocol` (by name: a class made at run time cannot be sent to a spawned
process) and calls :func:`app_from_env` (its factory), which opens its own storage — on
PostgreSQL its own connection pool of ``--pool-size`` — and installs the log limiter. Every limit
therefore holds **per worker**: N workers keep up to N × ``--max-connections`` open connections,
each worker's deadlines run on its own connections, and each logs at most its own burst of lines
of a kind per minute. The metrics of every worker are summed through prometheus_client's
multiprocess directory (a temp folder removed at exit).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from contextlib import asynccontextmanager
from typing import Any, ClassVar

from fastapi import FastAPI

from .guard import GuardedH11Protocol, install_log_limits, uvicorn_options
from .limits import BODY_STALL_S, HEADER_TIMEOUT_S, KEEP_ALIVE_S, MAX_CONNECTIONS

_ENV = "YYT_HUB_SERVE"
#: the protocol backstop behind the app's own body deadline (as :func:`hub.guard.serve`)
_PROTOCOL_SLACK_S = 5.0


def build_app(db: str, *, stall_s: float = BODY_STALL_S, pool_size: int = 10) -> FastAPI:
    """The app over the storage ``db`` names, with /metrics and /health; the storage closes when
    the app shuts down (uvicorn's lifespan)."""
    from . import metrics
    from .server import create_app, utc_now
    from .storage import is_postgres_url, open_storage

    storage = open_storage(db, max_size=pool_size) if is_postgres_url(db) else open_storage(db)
    app = create_app(metrics.MeteredStorage(storage), stall_s=stall_s)
    metrics.install(app, storage, utc_now)
    inner = app.router.lifespan_context

    @asynccontextmanager
    async def lifespan(a: Any):  # noqa: ANN202
        async with inner(a) as state:
            yield state
        storage.close()

    app.router.lifespan_context = lifespan
    return app


def _settings() -> dict[str, Any]:
    return json.loads(os.environ.get(_ENV) or "{}")


class WorkerH11Protocol(GuardedH11Protocol):
    """The guarded protocol of one worker process of ``--workers N``: its limits are those
    ``hub serve`` was given (read from ``YYT_HUB_SERVE`` when the worker imports this module);
    its connection registry and drop counters belong to the worker alone."""

    open_connections: ClassVar[dict[GuardedH11Protocol, None]] = {}
    dropped: ClassVar[dict[str, int]] = {}


def _configure_worker_protocol() -> None:
    limits = _settings().get("limits", {})
    WorkerH11Protocol.header_timeout_s = float(limits.get("header_timeout_s", HEADER_TIMEOUT_S))
    WorkerH11Protocol.body_stall_s = float(limits.get("body_stall_s", BODY_STALL_S)) + _PROTOCOL_SLACK_S
    WorkerH11Protocol.max_connections = int(limits.get("max_connections", MAX_CONNECTIONS))


_configure_worker_protocol()


def app_from_env() -> FastAPI:
    """uvicorn's factory in each worker process: the settings come in ``YYT_HUB_SERVE``; the
    worker's log handlers get their rate limit here (uvicorn has configured logging by now)."""
    settings = _settings()
    install_log_limits(settings.get("log_level", "warning"))
    return build_app(**settings["app"])


def serve(db: str, *, host: str, port: int, workers: int = 1, pool_size: int = 10, stall_s: float = BODY_STALL_S,
          header_timeout_s: float = HEADER_TIMEOUT_S, keep_alive_s: int = KEEP_ALIVE_S,
          max_connections: int = MAX_CONNECTIONS, log_level: str = "warning") -> None:
    """Run until stopped (SIGINT/SIGTERM), every issue-16 limit in force in every worker."""
    from . import guard

    limits = {"header_timeout_s": header_timeout_s, "body_stall_s": stall_s, "max_connections": max_connections}
    if workers <= 1:
        guard.serve(build_app(db, stall_s=stall_s, pool_size=pool_size), host=host, port=port,
                    keep_alive_s=keep_alive_s, log_level=log_level, lifespan="on", **limits)
        return
    import uvicorn

    from .storage import open_storage

    open_storage(db, **({"min_size": 1, "max_size": 1} if "://" in db else {})).close()  # fails here, not N times
    os.environ[_ENV] = json.dumps({"app": {"db": db, "stall_s": stall_s, "pool_size": pool_size},
                                   "limits": limits, "log_level": log_level})
    folder = tempfile.mkdtemp(prefix="yyt-hub-metrics-")
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = folder
    try:
        uvicorn.run("hub.serve:app_from_env", factory=True, workers=workers, host=host, port=port,
                    http="hub.serve:WorkerH11Protocol", lifespan="on",
                    **uvicorn_options(keep_alive_s=keep_alive_s, max_connections=max_connections, log_level=log_level))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
