"""Pydantic models of every /v1 request and answer (they make the hub's OpenAPI schema)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .wire import MAX_BATCH, Item, sha256_hex

_StationCode = Field(pattern=r"^[A-Z0-9]{4,16}$")


class EnrollRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
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
    canonical JSON texts the station hashed; the hub hashes the same text."""

    model_config = ConfigDict(extra="forbid")
    v: Literal[1]
    seqs: list[int] = Field(max_length=MAX_BATCH)
    ids: list[str] = Field(max_length=MAX_BATCH)
    entities: list[str] = Field(max_length=MAX_BATCH)
    entity_ids: list[str] = Field(max_length=MAX_BATCH)
    ops: list[str] = Field(max_length=MAX_BATCH)
    payloads: list[str] = Field(max_length=MAX_BATCH)
    device_times: list[str] = Field(max_length=MAX_BATCH)
    hlcs: list[str] = Field(max_length=MAX_BATCH)
    pending: int | None = Field(default=None, ge=0, description="the station's backlog after this batch")
    sent_at: str | None = Field(default=None, max_length=40, description="device clock when sent")

    @model_validator(mode="after")
    def _columns(self) -> PushBatch:
        n = len(self.seqs)
        if any(len(col) != n for col in (self.ids, self.entities, self.entity_ids, self.ops, self.payloads,
                                        self.device_times, self.hlcs)):
            raise ValueError("every column must have the same length")
        if n and (self.seqs[0] < 1 or any(d < 1 for d in self.seqs[1:])):
            raise ValueError("sequence numbers must be positive and strictly increasing")
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
    code: str


class ErrorBody(BaseModel):
    error: ErrorDetail
