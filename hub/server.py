"""The /v1 sync API on FastAPI (served by uvicorn: ``python -m hub serve``).

Every request body is read by :func:`read_body` (size-limited, and abandoned when the client
stops sending for ``stall_s`` seconds), decompressed with a limit, and validated by a pydantic
model. A station's token only opens its own ``/v1/stations/{code}/...`` paths (403 otherwise).
"""

from __future__ import annotations

import asyncio
import datetime as _dt
import logging
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from .errors import (
    CursorExpired,
    Forbidden,
    HubError,
    NotFound,
    Stalled,
    TooLarge,
    Unauthorized,
    UnsupportedMedia,
)
from .guard import GuardMiddleware
from .limits import (
    ENROLL_BODY_BYTES,
    MAX_BODY_BYTES,
    MAX_BODY_DEPTH,
    MAX_CURSOR_CHARS,
    MAX_QUERY_INT,
    PUSH_MAX_CONTAINERS,
    PUSH_MAX_VALUES,
    check_json_shape,
)
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
    error_fields,
)
from .storage import HubStorage
from .wire import (
    API,
    MAX_PULL_LIMIT,
    cursor_expired,
    decode_cursor,
    digest,
    encode_cursor,
    inflate,
    iso_utc,
)

Now = Callable[[], _dt.datetime]
log = logging.getLogger("hub.server")

_JSON_TYPES = ("application/json", "text/json")
# what each kind of route can answer besides 200 (declared in the OpenAPI schema with ErrorBody)
_COMMON = (400, 404, 405, 422)
_AUTH = (401, 403)
_BODY = (408, 413, 415)
_STATUS_WORDS = {
    400: "malformed request", 401: "no or bad token (auth.missing, auth.bad_token)",
    403: "another station's path (station.forbidden), or a refused enrolment code (enroll.refused)",
    404: "no such path, station or payment (http.not_found, station.unknown, payment.unknown)", 405: "method not allowed",
    408: "the body stopped arriving (body.stalled)", 409: "push.gap: records are missing before this batch",
    410: "cursor.expired: read a snapshot", 413: "body.too_large, body.too_many_items",
    415: "body.unsupported_media_type, body.unsupported_encoding",
    422: "body.invalid, body.bad_encoding, body.too_deep; invalid query parameters",
    500: "internal: a fault of the hub (logged, rate-limited)",
}


def _responses(*statuses: int, links: dict[str, Any] | None = None) -> dict[int | str, dict[str, Any]]:
    out: dict[int | str, dict[str, Any]] = {code: {"model": ErrorBody, "description": _STATUS_WORDS[code]}
                                           for code in sorted({*statuses, *_COMMON, 500})}
    if links:
        out[200] = {"links": links}
    return out


def _op(path: str, method: str) -> str:
    return "#/paths/" + (API + path).replace("~", "~0").replace("/", "~1") + "/" + method


# OpenAPI links: how one answer feeds the next request (a client's real sequences, and the
# stateful phase of the schema fuzzer): a pull page's cursor reads the next page; a push's
# acknowledgement is the range push-state is asked about
_PULL_LINKS = {"NextPage": {"operationRef": _op("/stations/{code}/pull", "get"), "parameters": {
    "code": "$request.path.code", "cursor": "$response.body#/cursor"}}}
_PUSH_LINKS = {"PushState": {"operationRef": _op("/stations/{code}/push-state", "get"), "parameters": {
    "code": "$request.path.code", "upto": "$response.body#/acked_through"}},
    "Counts": {"operationRef": _op("/stations/{code}/counts", "get"), "parameters": {"code": "$request.path.code"}}}


def utc_now() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC)


def _check_media_type(request: Request) -> None:
    """A body must be JSON (``Content-Type`` absent or ``application/json``): 415 otherwise."""
    ctype = request.headers.get("content-type")
    if ctype is None:
        return
    media = ctype.split(";", 1)[0].strip().lower()
    if media and media not in _JSON_TYPES:
        raise UnsupportedMedia("body.unsupported_media_type", media_type=media[:60])


async def read_body(request: Request, limit: int, stall_s: float) -> bytes:
    """The raw body, at most ``limit`` bytes; ``body.stalled`` (408) when no byte arrives for
    ``stall_s`` seconds: a stalled upload never holds a transaction open."""
    _check_media_type(request)
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
            raise Stalled("body.stalled", seconds=stall_s) from None
        size += len(chunk)
        if size > limit:
            raise TooLarge("body.too_large", limit=limit)
        chunks.append(chunk)
    return b"".join(chunks)


# the station's token: declared in the OpenAPI schema as an HTTP bearer scheme (so a fuzzer knows
# which requests carry credentials and can probe them without); checked here, never by FastAPI
_BEARER = HTTPBearer(auto_error=False, scheme_name="stationToken",
                     description="the token `POST /v1/enroll` gave the station")


def station_of(request: Request,
               credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_BEARER)] = None) -> str:
    """The station a ``Bearer`` token belongs to (401 without a valid one)."""
    if credentials is None or not credentials.credentials:
        raise Unauthorized("auth.missing")
    token = credentials.credentials.strip()
    code = request.app.state.storage.station_for_token(token) if 0 < len(token) <= 256 else None
    if code is None:
        raise Unauthorized("auth.bad_token")
    return code


def own(code: str, station: Annotated[str, Depends(station_of)]) -> str:
    """The path's station code, if it is the token's own station (403 otherwise)."""
    if code != station:
        raise Forbidden("station.forbidden", station_code=code[:20])
    return code


Own = Annotated[str, Depends(own)]


def _schema_body(model: type) -> dict[str, Any]:
    return {"requestBody": {"required": True, "content": {"application/json": {
        "schema": model.model_json_schema(ref_template="#/components/schemas/{model}")}},
        "description": "JSON; may be sent with Content-Encoding gzip, deflate or zstd"}}


def _short_errors(errors: list[Any]) -> list[dict[str, Any]]:
    """The first five problems of a validation error: where and what, never the input."""
    out = []
    for e in errors[:5]:
        loc = [x if isinstance(x, int) else str(x)[:40] for x in e.get("loc", ())][:6]
        out.append({"loc": loc, "type": str(e.get("type", ""))[:40], "msg": str(e.get("msg", ""))[:160]})
    return out


def error_response(status: int, code: str, headers: dict[str, str] | None = None,
                   **fields: Any) -> JSONResponse:
    return JSONResponse({"error": {"code": code, **error_fields(fields)}}, status_code=status, headers=headers)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(HubError)
    async def _hub_error(request: Request, exc: HubError) -> JSONResponse:
        headers = {"Accept-Encoding": "gzip, deflate"} if exc.code == "body.unsupported_encoding" else None
        return error_response(exc.status, exc.code, headers, **exc.fields)

    @app.exception_handler(ValidationError)
    async def _invalid(request: Request, exc: ValidationError) -> JSONResponse:
        return error_response(422, "body.invalid", detail=_short_errors(
            exc.errors(include_url=False, include_context=False, include_input=False)))

    @app.exception_handler(RequestValidationError)
    async def _invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(422, "request.invalid", detail=_short_errors(list(exc.errors())))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        words = {400: "http.bad_request", 404: "http.not_found", 405: "http.method_not_allowed"}
        return error_response(exc.status_code, words.get(exc.status_code, f"http.{exc.status_code}"),
                              dict(exc.headers) if exc.headers else None)


def create_app(storage: HubStorage, *, now: Now = utc_now, stall_s: float = 30.0,
               max_body: int = MAX_BODY_BYTES) -> FastAPI:
    """The ASGI app over ``storage``. ``now`` is the hub's clock (the hub's receive time). Every
    answer but a 200 is an :class:`~hub.models.ErrorBody`; no request body is ever echoed back."""
    app = FastAPI(title="Youyuntong reference platform", version="1",
                  description="Sync API for village stations (docs/sync-protocol.md)")
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(GuardMiddleware)
    app.state.storage = storage
    _install_error_handlers(app)

    def stamp() -> tuple[str, str]:
        t = now()
        return iso_utc(t), storage.hlc_now(t)

    @app.get(API + "/health", response_model=Health, responses=_responses())
    def health() -> Health:
        return Health(ok=True, hub_id=storage.hub_id, hub_time=iso_utc(now()))

    @app.post(API + "/enroll", response_model=EnrollAnswer, openapi_extra=_schema_body(EnrollRequest),
              responses=_responses(403, *_BODY))
    async def enroll(request: Request) -> EnrollAnswer:
        req = EnrollRequest.model_validate_json(await read_body(request, ENROLL_BODY_BYTES, stall_s))
        token = await run_in_threadpool(storage.enroll, req.station_code, req.enrolment_code, now())
        hub_time, hlc = stamp()
        return EnrollAnswer(station_code=req.station_code, token=token, hub_id=storage.hub_id, hub_time=hub_time,
                            hlc=hlc)

    @app.get(API + "/stations/{code}/push-state", response_model=PushState, responses=_responses(*_AUTH))
    def push_state(code: Own, since: Annotated[int, Query(ge=0, le=MAX_QUERY_INT)] = 0,
                   upto: Annotated[int, Query(ge=0, le=MAX_QUERY_INT)] = 0) -> PushState:
        info = storage.push_state(code, since, upto)
        hub_time, hlc = stamp()
        return PushState(acked_through=info.acked_through, digest=info.digest, digest_through=info.digest_through,
                         rejected=info.rejected, hub_time=hub_time, hlc=hlc)

    @app.post(API + "/stations/{code}/push", response_model=PushAnswer, openapi_extra=_schema_body(PushBatch),
              responses=_responses(*_AUTH, *_BODY, 409, links=_PUSH_LINKS))
    async def push(request: Request, code: Own) -> PushAnswer:
        raw = await read_body(request, max_body, stall_s)
        encoding = request.headers.get("content-encoding")

        def work() -> PushAnswer:
            body = inflate(raw, encoding)
            check_json_shape(body, max_values=PUSH_MAX_VALUES, max_depth=MAX_BODY_DEPTH,
                             max_containers=PUSH_MAX_CONTAINERS)
            batch = PushBatch.model_validate_json(body)
            items = batch.items()
            out = storage.push(code, items, now(), pending=batch.pending, device_time=batch.sent_at,
                               bytes_in=len(raw))
            hub_time, hlc = stamp()
            return PushAnswer(acked_through=out.acked_through, applied=out.applied, duplicates=out.duplicates,
                              rejected=out.rejected, conflicts=out.conflicts, reseat=out.reseat,
                              digest=digest((it.seq, it.change_id, it.payload_hash) for it in items),
                              hub_time=hub_time, hlc=hlc)

        return await run_in_threadpool(work)

    @app.get(API + "/stations/{code}/pull", response_model=PullPage, responses=_responses(*_AUTH, 410, links=_PULL_LINKS))
    def pull(code: Own, cursor: Annotated[str, Query(max_length=MAX_CURSOR_CHARS)] = "",
             limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = 500, snapshot: bool = False) -> PullPage:
        decoded = decode_cursor(cursor, storage.hub_id, key=storage.cursor_key, station=code)
        floor, last = storage.log_bounds()
        if decoded is None or (cursor and cursor_expired(decoded[0], decoded[1], floor, last)):
            raise CursorExpired("cursor.expired", floor=floor)
        after, _, fingerprint = decoded
        if fingerprint is not None and storage.log_fingerprint(after) != fingerprint:
            raise CursorExpired("cursor.expired", floor=floor)  # the log at that position is not the one read
        page = storage.pull(code, after, limit, snapshot)
        records = [PulledRecord(stream=e.stream, key=e.key, payload=e.payload, v=e.seq, hlc=e.hlc) for e in page.entries]
        hub_time, hlc = stamp()
        next_cursor = encode_cursor(storage.hub_id, page.last_seq, floor, storage.log_fingerprint(page.last_seq),
                                    key=storage.cursor_key, station=code)
        answer = PullPage(records=records, cursor=next_cursor, more=page.more, snapshot=snapshot or not cursor,
                          hub_time=hub_time, hlc=hlc)
        storage.note_pull(code, now(), sum(len(r.payload or "") for r in records))
        return answer

    @app.get(API + "/stations/{code}/counts", response_model=Counts, responses=_responses(*_AUTH))
    def counts(code: Own) -> Counts:
        acked, per_entity = storage.counts(code)
        return Counts(station_code=code, acked_through=acked, counts=per_entity, hub_time=iso_utc(now()))

    @app.get(API + "/stations/{code}/payments/{payment_id}", response_model=PaymentRequestState,
             responses=_responses(*_AUTH))
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
