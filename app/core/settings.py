"""Typed station settings: one registry (name, type, default, description), stored in the
``settings`` table, changed only by an admin through the write path (audited).

Modules add their entries to ``REGISTRY``; nothing reads a setting by an unregistered name.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .db.store import Store
from .errors import InvalidInput, NotFound
from .users.model import Actor
from .users.permissions import Perm, require


@dataclass(frozen=True)
class Setting:
    name: str
    type: type
    default: Any
    description: str  # for the settings screen and docs (English; the UI translates)
    minimum: int | None = None
    maximum: int | None = None
    max_len: int = 200
    choices: tuple | None = None  # when set, the only values allowed

    def coerce(self, value: Any) -> Any:
        """Validate and convert a value (from JSON or typed text) to this setting's type."""
        try:
            if self.type is bool:
                if isinstance(value, str):
                    if value.lower() not in ("true", "false", "1", "0", "yes", "no"):
                        raise ValueError(value)
                    return value.lower() in ("true", "1", "yes")
                if not isinstance(value, bool):
                    raise ValueError(value)
                return value
            if self.type is int:
                if isinstance(value, bool):
                    raise ValueError(value)
                v = int(value, 10) if isinstance(value, str) else value
                if not isinstance(v, int):
                    raise ValueError(value)
                if (self.minimum is not None and v < self.minimum) or (self.maximum is not None and v > self.maximum):
                    raise InvalidInput("setting.out_of_range", name=self.name, minimum=self.minimum, maximum=self.maximum)
                if self.choices is not None and v not in self.choices:
                    raise ValueError(v)
                return v
            if self.type is str:
                if not isinstance(value, str) or len(value) > self.max_len:
                    raise ValueError(value)
                if self.choices is not None and value not in self.choices:
                    raise ValueError(value)
                return value
            if self.type in (list, dict):
                if isinstance(value, str):
                    value = json.loads(value)
                if not isinstance(value, self.type):
                    raise ValueError(value)
                return value
        except (ValueError, TypeError, json.JSONDecodeError):
            raise InvalidInput("setting.invalid", name=self.name) from None
        raise InvalidInput("setting.invalid", name=self.name)


REGISTRY: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting("station.opening_hours", str, "08:30-18:00", "Opening hours shown in pickup notices", max_len=60),
        Setting("ui.idle_lock_minutes", int, 5, "Lock the counter after this many idle minutes (0 = never)", 0, 240),
        Setting("ui.large_font", bool, False, "Large font for everyone"),
        Setting("ui.language", str, "zh_CN", "Interface language (zh_CN or en)", max_len=10),
        Setting("scanner.suffix", str, "enter", "What the barcode scanner sends after each code: enter, tab or"
                " none (none: a fast run of characters that stops is a scan)", max_len=10,
                choices=("enter", "tab", "none")),
        Setting("backup.keep_days", int, 14, "Daily automatic backups to keep", 1, 365),
        # retention (issue 13, PIPL §19): app.core.retention
        Setting("privacy.retention_days", int, 90, "Days after a parcel left the station (picked up, delivered,"
                " returned) before its recipient's name, phone and address are purged", 7, 3650),
        Setting("privacy.shipment_retention_days", int, 365, "Days after an outbound shipment was accepted"
                " before its sender's and recipient's personal details are purged", 30, 3650),
        # parcels (issue 4): the shelves are validated by app.core.parcels.shelves
        Setting("parcels.overdue_days", int, 7, "Days on the shelf after which a parcel is overdue", 1, 90),
        Setting("parcels.shelves", list, [{"shelf": "A", "layers": 4, "capacity": 40},
                                          {"shelf": "B", "layers": 4, "capacity": 40}],
                "Parcel shelves: a list of {shelf, layers, capacity}"),
        Setting("station.notice_template", str, "【{station_name}】您的快递已到站，取件码{pickup_code}，营业时间{opening_hours}",
                "Pickup notice the platform sends; placeholders {station_name} {pickup_code} {opening_hours}",
                max_len=200),
        Setting("printing.receipt_width_mm", int, 58, "Receipt paper width in mm (58 or 80)", 58, 80, choices=(58, 80)),
        # the cash drawer (issue 8)
        Setting("cash.tolerance_yuan", int, 5,
                "A shift-close difference beyond this many yuan needs a reason", 0, 10000),
        Setting("cash.approval_yuan", int, 50,
                "A shift-close difference beyond this many yuan also needs a supervisor's PIN", 0, 100000),
        # utility and insurance payments (issue 8): the station's offline caps
        Setting("payments.max_payment_yuan", int, 5000,
                "The most one payment taken offline may be, in yuan", 1, 1_000_000),
        Setting("payments.max_pending_yuan", int, 20000,
                "The most all payments waiting for the platform may add up to, in yuan", 1, 10_000_000),
        Setting("payments.max_pending_hours", int, 72,
                "Hours a payment may wait for the platform before new payments are refused", 1, 24 * 60),
        Setting("payments.schemes", dict, {},
                "Pension / medical insurance years when the platform gives none: "
                '{"pension": [{"year", "grades_fen", "from", "to"}], "medical": [{"year", "amount_fen", "from", "to"}]}',
                max_len=4000),
        # produce consignment (issue 10)
        Setting("consign.commission_bp", int, 500,
                "Default commission on consigned produce in basis points (500 = 5%)", 0, 10000),
        Setting("consign.return_days", int, 7, "Days after intake by which unsold produce goes back to the farmer",
                1, 90),
        Setting("consign.alert_days", int, 2, "Show lots this many days before their return date on Today", 0, 30),
        Setting("consign.payout_approval_yuan", int, 2000,
                "A consignment payout above this many yuan needs a second user's PIN", 0, 1000000),
        Setting("printing.printer_name", str, "",
                "Printer for receipts and labels (empty = save a PDF in the data folder's prints/)", max_len=200),
    )
}


def register(setting: Setting) -> None:
    """Modules call this at import time to declare their settings."""
    if setting.name in REGISTRY and REGISTRY[setting.name] != setting:
        raise ValueError(f"setting {setting.name} declared twice")
    REGISTRY[setting.name] = setting


class SettingsService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, name: str) -> Any:
        setting = _lookup(name)
        row = self.store.query_one("SELECT value FROM settings WHERE key = ?", (name,))
        return setting.default if row is None else json.loads(row[0])

    def get_many(self, *names: str) -> tuple[Any, ...]:
        """Several settings in one read (a hot path's settings), in the order named."""
        settings = [_lookup(n) for n in names]
        marks = ",".join("?" * len(names))
        stored = {r[0]: r[1] for r in self.store.query(f"SELECT key, value FROM settings WHERE key IN ({marks})",
                                                       names)}
        return tuple(json.loads(stored[s.name]) if s.name in stored else s.default for s in settings)

    def all(self) -> dict[str, Any]:
        stored = {r[0]: json.loads(r[1]) for r in self.store.query("SELECT key, value FROM settings")}
        return {name: stored.get(name, s.default) for name, s in sorted(REGISTRY.items())}

    def set(self, actor: Actor, name: str, value: Any) -> Any:
        """Change a setting (admin). Returns the stored value."""
        require(actor, Perm.SETTINGS_MANAGE)
        setting = _lookup(name)
        v = setting.coerce(value)
        with self.store.write(actor=actor.username, action="settings.set", entity="setting", entity_id=name) as tx:
            tx.execute(
                "INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,"
                " updated_by = excluded.updated_by",
                (name, json.dumps(v, ensure_ascii=False), tx.now_iso, actor.username),
            )
            tx.summary.update(name=name, value=v)
        return v


def _lookup(name: str) -> Setting:
    try:
        return REGISTRY[name]
    except KeyError:
        raise NotFound("setting.unknown", name=name) from None


# settings modules declare beside their rules (imported last: they use ``Setting`` and ``register``)
from .reports import settings as _reports_settings  # noqa: E402, F401
