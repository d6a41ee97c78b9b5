"""Helpers for the payments tests: a platform decision applied the way a pull applies it, and
the scheme years a station may be configured with."""

from __future__ import annotations

import json

from app.core.payments.decisions import apply_decision
from app.core.sync.streams import handlers

RID_ADULT = "50010119800315001X"  # born 1980-03-15, valid check character
RID_CHILD = "500101201801010016"  # born 2018-01-01


def decide(station, payment_id: str, status: str, reason: str = "", *, via_handler: bool = True):  # noqa: ANN001, ANN201
    """One ``payment_decisions`` record applied inside a pull-like write (actor ``system``)."""
    payload = {"payment_id": payment_id, "status": status, "reason": reason, "decided_at": "2026-06-01T02:00:00.000Z"}
    with station.store.write(actor="system", action="sync.pull", entity="platform_records") as tx:
        if via_handler:
            handlers()["payment_decisions"].apply(tx, payment_id, payload)
            return None
        return apply_decision(tx, payment_id, payload)


def schemes(pension_from: str = "2026-01-01", pension_to: str = "2026-12-31") -> dict:
    return {"pension": [{"year": 2026, "grades_fen": [30000, 50000, 100000], "from": pension_from, "to": pension_to}],
            "medical": [{"year": 2026, "amount_fen": 40000, "from": "2026-01-01", "to": "2026-12-31"}]}


def bill_type_record(**changes) -> str:  # noqa: ANN003
    from app.core.payments.billtypes import DEFAULT_FILE

    records = {r["type"]: r for r in json.loads(DEFAULT_FILE.read_text(encoding="utf-8"))["types"]}
    record = {**records["electricity"], **changes}
    return json.dumps(record, ensure_ascii=False)
