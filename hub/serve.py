"""``python -m hub serve``: the sync API under uvicorn, in one process or ``--workers N``.

With one worker the app is built here. With several, uvicorn starts N worker processes that
each call :func:`app_from_env` (its factory) and so open their own storage — on PostgreSQL
their own connection pool — and share one listening socket; the metrics of every worker are
summed through prometheus_client's multiprocess directory (a temp folder removed at exit).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI

_ENV = "YYT_HUB_SERVE"


def build_app(db: str, *, stall_s: float = 30.0, pool_size: int = 10) -> FastAPI:
    """The app over the storage ``db`` names, with /metrics and /health; the storage closes when
    the app shuts down."""
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


def app_from_env() -> FastAPI:
    """uvicorn's factory in each worker process: the settings come in ``YYT_HUB_SERVE``."""
    return build_app(**json.loads(os.environ[_ENV]))


def serve(db: str, *, host: str, port: int, workers: int = 1, stall_s: float = 30.0, pool_size: int = 10) -> None:
    """Run until stopped (SIGINT/SIGTERM)."""
    import uvicorn

    options: dict[str, Any] = {"host": host, "port": port, "log_level": "warning", "timeout_keep_alive": 30}
    if workers <= 1:
        uvicorn.run(build_app(db, stall_s=stall_s, pool_size=pool_size), **options)
        return
    os.environ[_ENV] = json.dumps({"db": db, "stall_s": stall_s, "pool_size": pool_size})
    folder = tempfile.mkdtemp(prefix="yyt-hub-metrics-")
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = folder
    try:
        uvicorn.run("hub.serve:app_from_env", factory=True, workers=workers, **options)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
