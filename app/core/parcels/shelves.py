"""Shelves, layers and capacities; choosing the slot for a new parcel; the parcels settings.

The shelves live in the setting ``parcels.shelves`` (a list of ``{shelf, layers, capacity}``);
how full each layer is lives in ``parcel_slots``, kept by triggers on ``parcels`` (see migration
v002). A layer's load counts the parcels *on* it (``in_station``); a parcel brought back from a
round returns to its own layer even if that layer has filled up meanwhile.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from typing import Any

from ..db.store import Store
from ..errors import InvalidInput, Refused
from ..settings import REGISTRY, SettingsService
from ..users.model import Actor
from ..users.permissions import Perm, require

SHELF_NAME = re.compile(r"[A-Z]{1,2}")
MAX_LAYERS = 9
MAX_CAPACITY = 999
MAX_SHELVES = 26
_SLOT = re.compile(r"([A-Z]{1,2})-?(\d{1,2})")

SETTING_KEYS = ("parcels.shelves", "parcels.overdue_days", "station.opening_hours", "station.notice_template")
SLOTS_MARK = "parcels.slots_config"  # meta key: the shelves setting text parcel_slots mirrors
_SETTINGS_SQL = (f"SELECT key, value FROM settings WHERE key IN ({', '.join('?' * len(SETTING_KEYS))})"
                 " UNION ALL SELECT key, value FROM meta WHERE key = ?")
_DEFAULT_MARK = "<default>"
_LEAST_FULL = ("SELECT shelf, layer FROM parcel_slots WHERE occupied < capacity"
               " ORDER BY occupied * 1.0 / capacity, rank LIMIT 1")
_ONE_SLOT = "SELECT occupied, capacity FROM parcel_slots WHERE shelf = ? AND layer = ?"

@dataclass(frozen=True)
class Shelf:
    shelf: str
    layers: int
    capacity: int  # parcels per layer


@dataclass(frozen=True)
class LayerLoad:
    """One layer as the shelf screen shows it."""

    shelf: str
    layer: int
    capacity: int
    occupied: int
    configured: bool = True  # False: parcels still sit on a layer no longer in the settings

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.occupied)


@dataclass(frozen=True)
class ParcelSettings:
    """The settings one operation uses, read together."""

    shelves: tuple[Shelf, ...]
    overdue_days: int
    opening_hours: str
    notice_template: str
    shelves_mark: str = _DEFAULT_MARK  # the stored text of the shelves setting
    slots_in_step: bool = True  # parcel_slots already mirrors these shelves

    def shelf(self, name: str) -> Shelf | None:
        for s in self.shelves:
            if s.shelf == name:
                return s
        return None


def parse_shelves(value: Any) -> tuple[Shelf, ...]:
    """Validate a shelves setting: 1–26 shelves, names of 1–2 capital letters, unique, 1–9 layers,
    capacity 1–999 per layer. ``InvalidInput('parcel.shelves_invalid', detail=...)``."""
    if not isinstance(value, list) or not value:
        raise InvalidInput("parcel.shelves_invalid", detail="a non-empty list is needed")
    if len(value) > MAX_SHELVES:
        raise InvalidInput("parcel.shelves_invalid", detail=f"at most {MAX_SHELVES} shelves")
    out: list[Shelf] = []
    seen: set[str] = set()
    for item in value:
        if not isinstance(item, dict):
            raise InvalidInput("parcel.shelves_invalid", detail="each shelf is {shelf, layers, capacity}")
        name = str(item.get("shelf", "")).strip().upper()
        layers, capacity = item.get("layers"), item.get("capacity")
        if not SHELF_NAME.fullmatch(name) or name in seen:
            raise InvalidInput("parcel.shelves_invalid", detail=f"shelf name '{name}'")
        if not _int_in(layers, 1, MAX_LAYERS):
            raise InvalidInput("parcel.shelves_invalid", detail=f"{name}: layers 1-{MAX_LAYERS}")
        if not _int_in(capacity, 1, MAX_CAPACITY):
            raise InvalidInput("parcel.shelves_invalid", detail=f"{name}: capacity 1-{MAX_CAPACITY}")
        seen.add(name)
        out.append(Shelf(name, layers, capacity))
    return tuple(out)


def parse_shelf_spec(spec: str) -> dict[str, Any]:
    """``A:4:50`` (shelf:layers:capacity) → a settings entry (validated by :func:`parse_shelves`)."""
    parts = (spec or "").strip().upper().split(":")
    if len(parts) != 3 or not parts[1].isdigit() or not parts[2].isdigit():
        raise InvalidInput("parcel.shelves_invalid", detail=f"'{spec}' (use SHELF:LAYERS:CAPACITY, e.g. A:4:50)")
    return {"shelf": parts[0], "layers": int(parts[1]), "capacity": int(parts[2])}


def parse_slot(text: str | None) -> tuple[str, int]:
    """A slot the clerk typed, ``A-3`` or ``a3`` → ``("A", 3)`` (``parcel.slot_invalid``)."""
    raw = (text or "").strip().upper().replace("－", "-")
    m = _SLOT.fullmatch(raw)
    if not m:
        raise InvalidInput("parcel.slot_invalid", text=raw[:12])
    return m.group(1), int(m.group(2))


#: the text a shelf-layer label's codes carry (``LAYER-A-3``): a scan of it names the layer
LAYER_LABEL_PREFIX = "LAYER-"


def layer_label_value(shelf: str, layer: int) -> str:
    """What the Code128 and QR code of a layer's label carry: ``LAYER-A-3``."""
    return f"{LAYER_LABEL_PREFIX}{shelf}-{layer}"


def parse_layer(text: str | None) -> tuple[str, int]:
    """A layer as typed (``A-3``, ``a3``) or scanned from its shelf label (``LAYER-A-3``)."""
    raw = (text or "").strip().upper()
    if raw.startswith(LAYER_LABEL_PREFIX):
        raw = raw[len(LAYER_LABEL_PREFIX):]
    return parse_slot(raw)


def _int_in(v: Any, lo: int, hi: int) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and lo <= v <= hi


class SettingsReader:
    """Reads the four parcels settings with one query; the parsed shelves are cached by their
    stored text, so a check-in does not re-validate an unchanged shelf list."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._cache: tuple[str | None, tuple[Shelf, ...]] | None = None

    def read(self, conn: sqlite3.Connection | None = None) -> ParcelSettings:
        rows = dict((conn or self.store.conn).execute(_SETTINGS_SQL, (*SETTING_KEYS, SLOTS_MARK)).fetchall())
        raw = rows.get("parcels.shelves")
        cached = self._cache
        if cached is not None and cached[0] == raw:
            shelves = cached[1]
        else:
            shelves = parse_shelves(json.loads(raw) if raw is not None else REGISTRY["parcels.shelves"].default)
            self._cache = (raw, shelves)

        def get(key: str) -> Any:
            text = rows.get(key)
            return REGISTRY[key].default if text is None else json.loads(text)

        mark = _DEFAULT_MARK if raw is None else raw
        return ParcelSettings(shelves, get("parcels.overdue_days"), get("station.opening_hours"),
                              get("station.notice_template"), mark, rows.get(SLOTS_MARK) == mark)


def mirror_shelves(conn: sqlite3.Connection, settings: ParcelSettings) -> None:
    """Make ``parcel_slots`` carry the capacity and order of the configured layers (inside the
    caller's write transaction). Layers no longer configured keep their load, capacity 0."""
    conn.execute("UPDATE parcel_slots SET capacity = 0, rank = 0")
    rank = 0
    for s in settings.shelves:
        for layer in range(1, s.layers + 1):
            rank += 1
            conn.execute("INSERT INTO parcel_slots (shelf, layer, occupied, capacity, rank) VALUES (?, ?, 0, ?, ?)"
                         " ON CONFLICT (shelf, layer) DO UPDATE SET capacity = excluded.capacity,"
                         " rank = excluded.rank", (s.shelf, layer, s.capacity, rank))
    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                 (SLOTS_MARK, settings.shelves_mark))


def take_slot(conn: sqlite3.Connection, settings: ParcelSettings,
              wanted: tuple[str, int] | None = None) -> tuple[str, int]:
    """The slot for a new parcel, asked of ``parcel_slots`` in the caller's write transaction:
    ``wanted`` (the clerk's override) if it exists and has room, else the least-full layer (by
    share of its capacity; ties go to the earlier shelf and the lower layer, in settings order).
    ``parcel.slot_unknown`` (3), ``parcel.layer_full`` / ``parcel.shelves_full`` (5)."""
    if not settings.slots_in_step:
        mirror_shelves(conn, settings)
    if wanted is not None:
        row = conn.execute(_ONE_SLOT, wanted).fetchone()
        if row is None or not row[1]:
            raise InvalidInput("parcel.slot_unknown", slot=f"{wanted[0]}-{wanted[1]}")
        if row[0] >= row[1]:
            raise Refused("parcel.layer_full", slot=f"{wanted[0]}-{wanted[1]}", capacity=row[1])
        return wanted
    row = conn.execute(_LEAST_FULL).fetchone()
    if row is None:
        raise Refused("parcel.shelves_full", capacity=sum(s.layers * s.capacity for s in settings.shelves))
    return row[0], row[1]


class ShelfService:
    """Shelf layout (admin) and how full each layer is (anyone who may read parcels)."""

    def __init__(self, store: Store, settings: SettingsService, reader: SettingsReader) -> None:
        self.store = store
        self.settings = settings
        self.reader = reader

    def layers(self, actor: Actor) -> list[LayerLoad]:
        """Every configured layer with its load, plus any unconfigured layer that still holds parcels."""
        require(actor, Perm.PARCEL_READ)
        config = self.reader.read()
        load = {(r[0], r[1]): r[2] for r in self.store.query("SELECT shelf, layer, occupied FROM parcel_slots")}
        out = [LayerLoad(s.shelf, layer, s.capacity, load.pop((s.shelf, layer), 0))
               for s in config.shelves for layer in range(1, s.layers + 1)]
        out += [LayerLoad(k[0], k[1], 0, n, configured=False) for k, n in sorted(load.items()) if n > 0]
        return out

    def label_layers(self, actor: Actor, shelf: str | None = None) -> list[tuple[str, int]]:
        """The configured layers to print labels for, in settings order: every shelf's, or one
        shelf's (``parcel.shelf_unknown`` 3 for a shelf not in the layout)."""
        require(actor, Perm.PARCEL_READ)
        config = self.reader.read()
        wanted = (shelf or "").strip().upper() or None
        if wanted is not None and config.shelf(wanted) is None:
            raise InvalidInput("parcel.shelf_unknown", shelf=wanted[:4],
                               shelves=", ".join(s.shelf for s in config.shelves))
        return [(s.shelf, layer) for s in config.shelves if wanted in (None, s.shelf)
                for layer in range(1, s.layers + 1)]

    def configure(self, actor: Actor, shelves: list[dict[str, Any]]) -> tuple[Shelf, ...]:
        """Replace the shelf layout (admin; audited through the settings write). Parcels already on
        a removed layer keep their place and code until they leave."""
        require(actor, Perm.SETTINGS_MANAGE)
        parsed = parse_shelves(shelves)
        value = [{"shelf": s.shelf, "layers": s.layers, "capacity": s.capacity} for s in parsed]
        self.settings.set(actor, "parcels.shelves", value)
        return parsed
