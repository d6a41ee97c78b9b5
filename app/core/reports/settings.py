"""The counting rules as station settings (admin, audited), with the defaults documented in
:mod:`app.core.reports.rules` and docs/reports.md."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import InvalidInput
from ..settings import Setting, SettingsService, register
from .rules import DEFAULT_STATUSES, RETURNS, TIMEZONES, UPSTREAM_FROM, SubsidyRules

STATUSES = "reports.downstream_statuses"
RETURNS_RULE = "reports.returns"
UPSTREAM = "reports.upstream_from"
TIMEZONE = "reports.timezone"


@dataclass(frozen=True)
class _StatusesSetting(Setting):
    def coerce(self, value: Any) -> Any:
        v = super().coerce(value)
        if not v or any(s not in DEFAULT_STATUSES for s in v) or len(set(v)) != len(v):
            raise InvalidInput("setting.invalid", name=self.name)
        return [s for s in DEFAULT_STATUSES if s in v]


for _s in (
    _StatusesSetting(STATUSES, list, list(DEFAULT_STATUSES),
                     "Subsidy: statuses of an inbound parcel that count downstream in its check-in month "
                     "(of in_station, out_for_delivery, picked_up, delivered; returned parcels follow "
                     "reports.returns)"),
    Setting(RETURNS_RULE, str, "net", "Subsidy: returned parcels — net (counted at check-in, taken off in the "
            "month they went back), gross (counted like any parcel) or exclude (never counted)",
            max_len=10, choices=RETURNS),
    Setting(UPSTREAM, str, "accepted", "Subsidy: an outbound parcel counts upstream when accepted at the "
            "counter, or when handed_over to the courier", max_len=12, choices=UPSTREAM_FROM),
    Setting(TIMEZONE, str, "Asia/Shanghai", "Subsidy: the month boundary (Asia/Shanghai or UTC)", max_len=20,
            choices=tuple(TIMEZONES)),
):
    register(_s)


def station_rules(settings: SettingsService) -> SubsidyRules:
    """The station's counting rules, from its settings."""
    statuses, returns, upstream, tz = settings.get_many(STATUSES, RETURNS_RULE, UPSTREAM, TIMEZONE)
    return SubsidyRules(tuple(statuses), returns, upstream, tz)
