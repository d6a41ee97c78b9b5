"""Pydantic models of every /v1 request and answer (they make the hub's OpenAPI schema)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .limits import MAX_BATCH, MAX_SEQ
from .wire import Item, sha256_hex

Seq = Annotated[int, Field(ge=1, le=MAX_SEQ)]
Count = Annotated[int, Field(ge=0, le=MAX_SEQ)]

_StationCode = Field(pattern=r"^[A-Z0-9]{4,16}$")


class EnrollRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, json_schema_extra={
        "examples": [{"station_code": "CQ5001010001", "enrolment_code": "ENR-7Q2M-K4XD"}]})
    station_code: str = _StationCode
    enrolment_code: str = Field(min_length=4, max_length=32)


class EnrollAnswer(BaseModel):
    station_code: str
    token: str
    hub_id: str
    hub_time: str
    hlc: str


class PushBatch(BaseModel):
    """A batch of outbox records in columns (columns compress far better than rows).

    ``seqs`` is delta-encoded: the first element is the first record's sequence number, each
    next one the difference from the previous (1 when contiguous). ``payloads`` are the exact
    canonical JSON texts the station hashed; the hub hashes the same text. Every column must hold
    as many entries as ``seqs`` (422 ``body.invalid`` otherwise: JSON Schema cannot say it)."""

    model_config = ConfigDict(extra="forbid", strict=True, json_schema_extra={"examples": [{  # no true for 1
        "v": 1, "seqs": [1], "ids": ["0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"], "entities": ["parcels"],
        "entity_ids": ["p-0001"], "ops": ["create"], "payloads": ['{"status":"in_stock","tracking":"SF1400000000101"}'],
        "device_times": ["2026-06-01T01:00:00.000Z"], "hlcs": ["1780000000000.00000"], "pending": 0,
        "sent_at": "2026-06-01T01:00:01.000Z"}]})
    v: Literal[1]
    seqs: list[Seq] = Field(max_length=MAX_BATCH)
    ids: list[str] = Field(max_length=MAX_BATCH)
    entities: list[str] = Field(max_length=MAX_BATCH)
    entity_ids: list[str] = Field(max_length=MAX_BATCH)
    ops: list[str] = Field(max_length=MAX_BATCH)
    payloads: list[str] = Field(max_length=MAX_BATCH)
    device_times: list[str] = Field(max_length=MAX_BATCH)
    hlcs: list[str] = Field(max_length=MAX_BATCH)
    pending: int | None = Field(default=None, ge=0, le=MAX_SEQ, description="the station's backlog after this batch")
    sent_at: str | None = Field(default=None, max_length=40, description="device clock when sent")

    @field_validator("v", mode="before")
    @classmethod
    def _version(cls, value: object) -> object:
        if isinstance(value, bool):  # true == 1 for Python, not for the protocol
            raise ValueError("v must be the integer 1")
        return value

    @model_validator(mode="after")
    def _columns(self) -> PushBatch:
        n = len(self.seqs)
        if any(len(col) != n for col in (self.ids, self.entities, self.entity_ids, self.ops, self.payloads,
                                        self.device_times, self.hlcs)):
            raise ValueError("every column must have the same length")
        if n and sum(self.seqs) > MAX_SEQ:
            raise ValueError(f"sequence numbers must stay at or below {MAX_SEQ}")
        return self

    def items(self) -> list[Item]:
        out: list[Item] = []
        seq = 0
        for i, delta in enumerate(self.seqs):
            seq = delta if i == 0 else seq + delta
            payload = self.payloads[i]
            out.append(Item(seq, self.ids[i], self.entities[i], self.entity_ids[i], self.ops[i], payload,
                            self.device_times[i], self.hlcs[i], sha256_hex(payload)))
        return out


class ItemResult(BaseModel):
    seq: int
    change_id: str
    code: str


class PushAnswer(BaseModel):
    acked_through: int
    applied: int
    duplicates: int
    rejected: list[ItemResult]
    conflicts: list[ItemResult]
    reseat: list[int] = Field(description="sequence numbers the hub holds for other records: push them again under new numbers")
    digest: str
    hub_time: str
    hlc: str


class PushState(BaseModel):
    acked_through: int
    digest: str
    digest_through: int
    rejected: list[ItemResult]
    hub_time: str
    hlc: str


class PulledRecord(BaseModel):
    stream: str
    key: str
    payload: str | None = Field(description="JSON text, or null when the record was withdrawn")
    v: int
    hlc: str


class PullPage(BaseModel):
    records: list[PulledRecord]
    cursor: str
    more: bool
    snapshot: bool
    hub_time: str
    hlc: str


class Counts(BaseModel):
    station_code: str
    acked_through: int
    counts: dict[str, int]
    hub_time: str


class Health(BaseModel):
    ok: bool
    hub_id: str
    hub_time: str
    api: str = "v1"


class PaymentRequestState(BaseModel):
    """What the platform holds of one of the station's payments (issue 8)."""

    station_code: str
    payment_id: str
    reference: str
    status: Literal["pending", "confirmed", "rejected"]
    amount_fen: int
    reason: str
    received_at: str
    decided_at: str | None
    hub_time: str


class ErrorDetail(BaseModel):
    """Where a body failed its schema (never the input itself)."""

    loc: list[str | int]
    type: str
    msg: str


class ErrorInfo(BaseModel):
    """``code`` is stable (docs/sync-protocol.md); the other fields appear with the codes that use them."""

    model_config = ConfigDict(extra="forbid")
    code: str
    detail: list[ErrorDetail] | None = Field(default=None, description="body.invalid: the first few problems")
    limit: int | None = Field(default=None, description="body.too_large, body.too_many_items, body.too_deep")
    seconds: float | None = Field(default=None, description="body.stalled")
    encoding: str | None = Field(default=None, description="body.bad_encoding, body.unsupported_encoding")
    media_type: str | None = Field(default=None, description="body.unsupported_media_type")
    station_code: str | None = Field(default=None, description="station.forbidden, station.unknown")
    expected_seq: int | None = Field(default=None, description="push.gap: the next sequence number the hub expects")
    floor: int | None = Field(default=None, description="cursor.expired: the log's compaction floor")


class ErrorBody(BaseModel):
    """Every answer that is not 200: ``{"error": {"code": ..., ...}}``."""

    error: ErrorInfo


def error_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Only the fields :class:`ErrorInfo` declares (an answer never carries anything else)."""
    return {k: v for k, v in fields.items() if k in ErrorInfo.model_fields and k != "code"}
