"""A demo set of platform records, so a demo station pulls something real on its first sync."""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any

from .storage import HubStorage

NOTICES = (
    ("2026-summer-power", {"title": "夏季用电高峰提示", "body": "7-8月用电高峰，请合理安排缴费。", "level": "info"}),
    ("2026-parcel-subsidy", {"title": "农村寄递物流补贴", "body": "上行农产品包裹按件补贴，请如实登记农产品类别。", "level": "info"}),
)
BILL_TYPES = (
    ("electricity", {"name": "电费", "account_pattern": r"^\d{10}$"}),
    ("water", {"name": "水费", "account_pattern": r"^\d{8,12}$"}),
    ("pension", {"name": "城乡居民养老保险", "account_pattern": r"^\d{17}[\dX]$"}),
)
PREADVICE = (
    ("SF1402851178310", {"carrier": "SF", "phone": "138****1234", "name": "王*", "sender": "拼多多",
                         "address": "龙凤村三组15号"}),
    ("YT7511209834623", {"carrier": "YTO", "phone": "139****5678", "name": "李*", "sender": "淘宝"}),
    ("JD0134227718541", {"carrier": "JD", "phone": "137****2468", "name": "张*", "sender": "京东",
                         "address": "龙凤村六组大湾12号"}),
)


def _text(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def seed_demo(storage: HubStorage, station: str, tariff: dict[str, Any] | None, now: _dt.datetime) -> int:
    """Publish the demo records; returns how many. Safe to run again (new versions)."""
    n = 0
    if tariff is not None:
        storage.publish("tariff", "current", _text(tariff), "*", now)
        n += 1
    for key, value in NOTICES:
        storage.publish("notices", key, _text(value), "*", now)
        n += 1
    for key, value in BILL_TYPES:
        storage.publish("bill_types", key, _text(value), "*", now)
        n += 1
    for tracking, value in PREADVICE:
        storage.publish("preadvice", tracking, _text({"tracking": tracking, **value}), station, now)
        n += 1
    return n
