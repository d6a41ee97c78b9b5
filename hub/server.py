"""The /v1 sync API on FastAPI (served by uvicorn: ``python -m hub serve``).

Every request body is read by :func:`read_body` (size-limited, and abandoned when the client
stops sending for ``stall_s`` seconds), decompressed with a limit, and validated by a pydantic
model. A station's token only opens its own ``/v1/stations/{code}/...`` paths (403 otherwise).
"""

from __future__ import annotations

import asyncio
import datetime as _dt
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from .errors import CursorExpired, Forbidden, HubError, Invalid, NotFound, TooLarge, Unauthorized
from .models import (
    Counts,
    EnrollAnswer,
    EnrollRequest,
    ErrorBody,
    Health,
    PaymentRequestState,
    PulledRecord,
    PullPage,
    PushAnswer,
    PushBatch,
    PushState,
)
from .storage import HubStorage
from .wire import (
    API,
    MAX_BODY_BYTES,
    MAX_PULL_LIMIT,
    cursor_expired,
    decode_cursor,
    digest,
    encode_cursor,
    inflate,
    iso_utc,
)

Now = Callable[[], _dt.datetime]
ENROLL_BODY_BYTES = 4096


def utc_now() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC)


async def read_body(request: Request, limit: int, stall_s: float) -> bytes:
    """The raw body, at most ``limit`` bytes; ``body.stalled`` (408) when no byte arrives for
    ``stall_s`` seconds: a stalled upload never holds a transaction open."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise TooLarge("body.too_large", limit=limit)
    chunks: list[bytes] = []
    size = 0
    stream = request.stream().__aiter__()
    while True:
        try:
            chunk = await asyncio.wait_for(stream.__anext__(), stall_s)
        except StopAsyncIteration:
            break
        except TimeoutError:
            err = Invalid("body.stalled", seconds=stall_s)
            err.status = 408
            raise err from None
        size += len(chunk)
        if size > limit:
            raise TooLarge("body.too_large", limit=limit)
        chunks.append(chunk)
    return b"".join(chunks)


def station_of(request: Request, authorization: Annotated[str | None, Header()] = None) -> str:
    """The station a ``Bearer`` token belongs to (401 without a valid one)."""
    if not authorization or not authorization.startswith("Bearer "):
        raise Unauthorized("auth.missing")
    code = request.app.state.storage.station_for_token(authorization[7:].strip())
    if code is None:
        raise Unauthorized("auth.bad_token")
    return code


def own(code: str, station: Annotated[str, Depends(station_of)]) -> str:
    """The path's station code, if it is the token's own station (403 otherwise)."""
    if code != station:
        raise Forbidden("station.forbidden", station_code=code)
    return code


Own = Annotated[str, Depends(own)]


def _schema_body(model: type) -> dict[str, Any]:
    return {"requestBody": {"required": True, "content": {"application/json": {
        "schema": model.model_json_schema(ref_template="#/components/schemas/{model}")}},
        "description": "JSON; may be sent with Content-Encoding gzip, deflate or zstd"}}


def create_app(storage: HubStorage, *, now: Now = utc_now, stall_s: float = 30.0,
               max_body: int = MAX_BODY_BYTES) -> FastAPI:
    """The ASGI app over ``storage``. ``now`` is the hub's clock (the hub's receive time)."""
    app = FastAPI(title="Youyuntong reference platform", version="1",
                  description="Sync API for village stations (docs/sync-protocol.md)")
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.state.storage = storage

    @app.exception_handler(HubError)
    async def _hub_error(request: Request, exc: HubError) -> JSONResponse:
        return JSONResponse(exc.body(), status_code=exc.status)

    @app.exception_handler(ValidationError)
    async def _invalid(request: Request, exc: ValidationError) -> JSONResponse:
        return JSONResponse({"error": {"code": "body.invalid", "detail": exc.errors(include_url=False,
                                                                                    include_context=False)[:5]}},
                            status_code=422)

    def stamp() -> tuple[str, str]:
        t = now()
        return iso_utc(t), storage.hlc_now(t)

    @app.get(API + "/health", response_model=Health)
    def health() -> Health:
        return Health(ok=True, hub_id=storage.hub_id, hub_time=iso_utc(now()))

    @app.post(API + "/enroll", response_model=EnrollAnswer, openapi_extra=_schema_body(EnrollRequest))
    async def enroll(request: Request) -> EnrollAnswer:
        req = EnrollRequest.model_validate_json(await read_body(request, ENROLL_BODY_BYTES, stall_s))
        token = await run_in_threadpool(storage.enroll, req.station_code, req.enrolment_code, now())
        hub_time, hlc = stamp()
        return EnrollAnswer(station_code=req.station_code, token=token, hub_id=storage.hub_id, hub_time=hub_time,
                            hlc=hlc)

    @app.get(API + "/stations/{code}/push-state", response_model=PushState)
    def push_state(code: Own, since: Annotated[int, Query(ge=0)] = 0,
                   upto: Annotated[int, Query(ge=0)] = 0) -> PushState:
        info = storage.push_state(code, since, upto)
        hub_time, hlc = stamp()
        return PushState(acked_through=info.acked_through, digest=info.digest, digest_through=info.digest_through,
                         rejected=info.rejected, hub_time=hub_time, hlc=hlc)

    @app.post(API + "/stations/{code}/push", response_model=PushAnswer, openapi_extra=_schema_body(PushBatch))
    async def push(request: Request, code: Own) -> PushAnswer:
        raw = await read_body(request, max_body, stall_s)
        encoding = request.headers.get("content-encoding")

        def work() -> PushAnswer:
            batch = PushBatch.model_validate_json(inflate(raw, encoding))
            items = batch.items()
            out = storage.push(code, items, now(), pending=batch.pending, device_time=batch.sent_at,
                               bytes_in=len(raw))
            hub_time, hlc = stamp()
            return PushAnswer(acked_through=out.acked_through, applied=out.applied, duplicates=out.duplicates,
                              rejected=out.rejected, conflicts=out.conflicts, reseat=out.reseat,
                              digest=digest((it.seq, it.change_id, it.payload_hash) for it in items),
                              hub_time=hub_time, hlc=hlc)

        return await run_in_threadpool(work)

    @app.get(API + "/stations/{code}/pull", response_model=PullPage)
    def pull(code: Own, cursor: str = "",
             limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = 500, snapshot: bool = False) -> PullPage:
        decoded = decode_cursor(cursor, storage.hub_id)
        floor, last = storage.log_bounds()
        if decoded is None or (cursor and cursor_expired(decoded[0], decoded[1], floor, last)):
            raise CursorExpired("cursor.expired", floor=floor)
        after, _, fingerprint = decoded
        if fingerprint is not None and storage.log_fingerprint(after) != fingerprint:
            raise CursorExpired("cursor.expired", floor=floor)  # the log at that position is not the one read
        page = storage.pull(code, after, limit, snapshot)
        records = [PulledRecord(stream=e.stream, key=e.key, payload=e.payload, v=e.seq, hlc=e.hlc) for e in page.entries]
        hub_time, hlc = stamp()
        answer = PullPage(records=records, cursor=encode_cursor(storage.hub_id, page.last_seq, floor,
                                                                 storage.log_fingerprint(page.last_seq)), more=page.more,
                          snapshot=snapshot or not cursor, hub_time=hub_time, hlc=hlc)
        storage.note_pull(code, now(), sum(len(r.payload or "") for r in records))
        return answer

    @app.get(API + "/stations/{code}/counts", response_model=Counts)
    def counts(code: Own) -> Counts:
        acked, per_entity = storage.counts(code)
        return Counts(station_code=code, acked_through=acked, counts=per_entity, hub_time=iso_utc(now()))

    payment_errors: dict[int | str, dict[str, Any]] = {
        401: {"model": ErrorBody, "description": "no valid station token"},
        403: {"model": ErrorBody, "description": "another station's path"},
        404: {"model": ErrorBody, "description": "payment.unknown: the platform holds no request of that id"},
    }

    @app.get(API + "/stations/{code}/payments/{payment_id}", response_model=PaymentRequestState,
             responses=payment_errors)
    def payment_state(code: Own, payment_id: str) -> PaymentRequestState:
        """Whether the platform holds a payment request, and its answer (issue 8): the station
        can tell "not arrived yet" from "waiting for the biller"."""
        req = storage.payment_request(code, payment_id[:64])
        if req is None:
            raise NotFound("payment.unknown", payment_id=payment_id[:64])
        return PaymentRequestState(station_code=code, payment_id=req.payment_id, reference=req.reference,
                                   status=req.status, amount_fen=req.amount_fen, reason=req.reason,
                                   received_at=req.received_at, decided_at=req.decided_at, hub_time=iso_utc(now()))

    return app
