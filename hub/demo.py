"""A demo set of platform records, so a demo station pulls something real on its first sync."""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path
from typing import Any

from .storage import HubStorage

NOTICES = (
    ("2026-summer-power", {"title": "夏季用电高峰提示", "body": "7-8月用电高峰，请合理安排缴费。", "level": "info"}),
    ("2026-parcel-subsidy", {"title": "农村寄递物流补贴", "body": "上行农产品包裹按件补贴，请如实登记农产品类别。", "level": "info"}),
)
BILL_TYPES_FILE = Path(__file__).resolve().parents[1] / "resources" / "bill_types_default.json"
#: DEMO figures for the demo station only (not official): the real grades and contribution are the
#: province's to publish each year.
DEMO_SCHEMES = {"pension": {"grades_fen": [30000, 50000, 80000, 100000, 150000, 200000]},
                "medical": {"amount_fen": 40000}}
PREADVICE = (
    ("SF1402851178310", {"carrier": "SF", "phone": "138****1234", "name": "王*", "sender": "拼多多",
                         "address": "龙凤村三组15号"}),
    ("YT7511209834623", {"carrier": "YTO", "phone": "139****5678", "name": "李*", "sender": "淘宝"}),
    ("JD0134227718541", {"carrier": "JD", "phone": "137****2468", "name": "张*", "sender": "京东",
                         "address": "龙凤村六组大湾12号"}),
)


def _text(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def demo_bill_types(year: int) -> list[dict[str, Any]]:
    """The bill types as published for the demo: the bundled ones, with this year's demo scheme
    figures and a collection window over the whole year."""
    records = json.loads(BILL_TYPES_FILE.read_text(encoding="utf-8"))["types"]
    for r in records:
        figures = DEMO_SCHEMES.get(r["type"])
        if figures is not None:
            r["scheme"]["years"] = [{"year": year, "from": f"{year}-01-01", "to": f"{year}-12-31", **figures}]
    return records


def seed_demo(storage: HubStorage, station: str, tariff: dict[str, Any] | None, now: _dt.datetime) -> int:
    """Publish the demo records; returns how many. Safe to run again (new versions)."""
    n = 0
    if tariff is not None:
        storage.publish("tariff", "current", _text(tariff), "*", now)
        n += 1
    for key, value in NOTICES:
        storage.publish("notices", key, _text(value), "*", now)
        n += 1
    for record in demo_bill_types(now.year):
        storage.publish("bill_types", record["type"], _text(record), "*", now)
        n += 1
    for tracking, value in PREADVICE:
        storage.publish("preadvice", tracking, _text({"tracking": tracking, **value}), station, now)
        n += 1
    return n
