"""The outbound tariff: first weight plus each additional step, by destination zone.

Source: the platform's record (stream ``tariff``, key ``current`` in ``platform_records``, which
the sync module fills) when there is one and it is well formed, else the default file
``resources/tariff_default.json``. Shape::

    {"version": "...", "first_weight_g": 500, "additional_step_g": 500,
     "zones": {"1": {"first_fen": 800, "additional_fen": 200}, ...},
     "provinces": {"重庆": "1", "四川": "1", ..., "新疆": "5"}}

price = first_fen + ceil(max(0, weight_g − first_weight_g) / additional_step_g) × additional_fen.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InvalidInput, Refused
from .model import Quote

log = logging.getLogger(__name__)

DEFAULT_FILE = Path(__file__).resolve().parents[3] / "resources" / "tariff_default.json"
MAX_WEIGHT_G = 50_000  # 50 kg: the most a station accepts in one parcel
_PLATFORM_SQL = "SELECT payload FROM platform_records WHERE stream = 'tariff' AND key = 'current'"
_HAS_TABLE = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'platform_records'"

# Longest first, so "广西壮族自治区" loses its whole suffix, not just "自治区".
_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")


def province_key(text: str | None) -> str:
    """A province as commonly written, without 省/市/自治区: ``四川省`` → ``四川``,
    ``广西壮族自治区`` → ``广西``, ``内蒙古自治区`` → ``内蒙古``."""
    raw = (text or "").strip().replace(" ", "")
    for suffix in _SUFFIXES:
        if raw.endswith(suffix) and len(raw) > len(suffix) + 1:
            return raw[: -len(suffix)]
    return raw


@dataclass(frozen=True)
class Zone:
    first_fen: int
    additional_fen: int


@dataclass(frozen=True)
class Tariff:
    version: str
    first_weight_g: int
    additional_step_g: int
    zones: dict[str, Zone]
    provinces: dict[str, str]
    source: str  # 'platform' or 'default'

    @classmethod
    def parse(cls, data: Any, source: str) -> Tariff:
        """Validate the tariff shape; ``ValueError`` names what is wrong."""
        if not isinstance(data, dict):
            raise ValueError("not an object")
        first, step = data.get("first_weight_g"), data.get("additional_step_g")
        if not _pos_int(first) or not _pos_int(step):
            raise ValueError("weights")
        zones_in, provinces_in = data.get("zones"), data.get("provinces")
        if not isinstance(zones_in, dict) or not isinstance(provinces_in, dict) or not zones_in:
            raise ValueError("zones/provinces")
        zones = {}
        for key, z in zones_in.items():
            if not isinstance(z, dict) or not _fen(z.get("first_fen")) or not _fen(z.get("additional_fen")):
                raise ValueError(f"zone {key}")
            zones[str(key)] = Zone(z["first_fen"], z["additional_fen"])
        provinces = {}
        for name, zone in provinces_in.items():
            if str(zone) not in zones:
                raise ValueError(f"province {name}")
            provinces[province_key(name)] = str(zone)
        return cls(str(data.get("version", "")), first, step, zones, provinces, source)

    def quote(self, province: str, weight_g: int) -> Quote:
        """Price of ``weight_g`` grams to ``province`` (``shipment.province_unknown``,
        ``shipment.weight_invalid``: 3)."""
        if not _pos_int(weight_g) or weight_g > MAX_WEIGHT_G:
            raise InvalidInput("shipment.weight_invalid", weight_g=weight_g, max=MAX_WEIGHT_G)
        key = province_key(province)
        zone_key = self.provinces.get(key)
        if zone_key is None:
            raise InvalidInput("shipment.province_unknown", province=(province or "")[:20])
        zone = self.zones.get(zone_key)
        if zone is None:  # pragma: no cover - parse() rejects this
            raise Refused("tariff.zone_missing", zone=zone_key)
        extra = max(0, weight_g - self.first_weight_g)
        steps = -(-extra // self.additional_step_g)  # ceiling division in integers
        return Quote(key, zone_key, weight_g, zone.first_fen + steps * zone.additional_fen, self.version)


def _pos_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and v > 0


def _fen(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and v >= 0


class TariffSource:
    """Loads the current tariff; parsed tariffs are cached by their source text."""

    def __init__(self, default_file: Path = DEFAULT_FILE) -> None:
        self.default_file = default_file
        self._cache: dict[str, Tariff] = {}

    def current(self, conn: sqlite3.Connection) -> Tariff:
        """The platform's tariff when present and valid, else the default file's."""
        text = None
        if conn.execute(_HAS_TABLE).fetchone():
            row = conn.execute(_PLATFORM_SQL).fetchone()
            text = row[0] if row else None
        if text is not None:
            cached = self._cache.get(text)
            if cached is not None:
                return cached
            try:
                tariff = Tariff.parse(json.loads(text), "platform")
            except (ValueError, TypeError) as exc:
                log.warning("platform tariff ignored (%s); using the default file", exc)
            else:
                self._cache[text] = tariff
                return tariff
        default = self._cache.get("")
        if default is None:
            default = Tariff.parse(json.loads(self.default_file.read_text(encoding="utf-8")), "default")
            self._cache[""] = default
        return default
