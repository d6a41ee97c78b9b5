"""The Today page — the counter at a glance: the station and today's activity, parcels waiting and
overdue, payments waiting for the platform and their age, the user's shift (blind for a clerk: no
expected figure), the shop's low stock and near-expiry lots, consignment lots near their return
date, what waits for the platform, and every module's alerts — all read in one snapshot by
:func:`app.core.dashboard.read_today` (each figure through an index)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from ...core.clock import SHANGHAI, parse_utc
from ...core.dashboard import Glance, TodaySummary, read_today
from ...core.money import format_fen
from ...core.users.permissions import Perm
from ...messages import render
from ..context import ScreenContext
from ..i18n import screen_fields, translate_error_template
from ..refresh import RefreshSoon
from ..roles import role_title
from ..shell.status_bar import format_age

#: Parcel statuses shown, in this order (others are summed under "other").
AFTER_COMMIT_MS = 500

PARCEL_STATUSES = ("in_station", "out_for_delivery", "picked_up", "returned", "sent")


class Card(QFrame):
    """A white box with a caption, a big number and a line of detail."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.caption = QLabel(caption, objectName="muted", wordWrap=True)
        self.number = QLabel("…", objectName="bigNumber", wordWrap=True)  # a long station name wraps
        self.detail = QLabel(objectName="muted", wordWrap=True)
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 12)
        box.addWidget(self.caption)
        box.addWidget(self.number)
        box.addWidget(self.detail)
        box.addStretch(1)

    def set(self, number: str, detail: str = "") -> None:
        self.number.setText(number)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))


class TodayPage(QWidget):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summary: TodaySummary | None = None
        self.station = Card(self.tr("Station"))
        self.operations = Card(self.tr("Operations recorded today"))
        self.pending = Card(self.tr("Changes waiting for the platform"))
        self.parcels = Card(self.tr("Parcels in the station"))
        self.staff = Card(self.tr("Staff"))
        self.shift = Card(self.tr("My shift"))
        self.payments = Card(self.tr("Payments waiting for the platform"))
        self.shop = Card(self.tr("Shop: products low on stock"))
        self.consign = Card(self.tr("Consignment lots due back"))
        self.alerts = Card(self.tr("Needs attention"))
        self.alerts.number.hide()
        self.parcels.hide()
        self.alerts.hide()
        self.shift.setVisible(ctx.can(Perm.CASH_CLOSE))
        self.shop.setVisible(ctx.can(Perm.SHOP_SELL))
        self.consign.setVisible(ctx.can(Perm.CONSIGN_READ))
        grid = QGridLayout(self)
        grid.setSpacing(12)
        grid.addWidget(self.station, 0, 0, 1, 2)
        grid.addWidget(self.shift, 0, 2)
        grid.addWidget(self.staff, 0, 3)
        grid.addWidget(self.parcels, 1, 0)
        grid.addWidget(self.payments, 1, 1)
        grid.addWidget(self.pending, 1, 2)
        grid.addWidget(self.operations, 1, 3)
        grid.addWidget(self.shop, 2, 0)
        grid.addWidget(self.consign, 2, 1)
        grid.addWidget(self.alerts, 2, 2, 2, 2)
        for c in range(4):
            grid.setColumnStretch(c, 1)
        grid.setRowStretch(3, 1)
        self._soon = RefreshSoon(self, self.refresh, AFTER_COMMIT_MS).watch(ctx.bus.committed)

    def refresh(self) -> None:
        """Read today's figures on the database worker and show them."""
        actor = self.ctx.actor
        self.ctx.tasks.run_db(lambda st: read_today(st.store, actor=actor), self.show_summary, self.ctx.show_error)

    def show_summary(self, s: TodaySummary) -> None:
        self.summary = s
        place = " · ".join(p for p in (s.town, s.county) if p)
        self.station.set(s.station_name, f"{s.station_code}  {place}  {s.local_date.isoformat()}")
        self.operations.set(str(s.operations_today))
        me = self.ctx.actor
        others = [m for m in s.staff if m.username != me.username]
        lines = [self.tr("Signed in: {name} ({role})").format(name=me.display_name or me.username,
                                                                role=role_title(me.role))]
        lines += [f"{m.display_name or m.username} · {role_title(m.role)}" for m in others]
        self.staff.set(str(len(s.staff)), "\n".join(lines))
        out = s.outbox
        if out is not None:
            detail = []
            if out.oldest_pending_age_s is not None:
                detail.append(self.tr("Oldest waiting: {age}").format(age=format_age(out.oldest_pending_age_s)))
            if out.last_success_at:
                when = parse_utc(out.last_success_at).astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")
                detail.append(self.tr("Last sync: {when}").format(when=when))
            else:
                detail.append(self.tr("Last sync: never"))
            self.pending.set(str(out.pending), "\n".join(detail))
        if s.glance is not None:
            self.show_glance(s.glance, s)
        if s.parcels_by_status or (s.glance and s.glance.parcels_waiting):
            self.parcels.show()
            formats = {
                "in_station": self.tr("in station: {n}"), "out_for_delivery": self.tr("out for delivery: {n}"),
                "picked_up": self.tr("picked up: {n}"), "returned": self.tr("returned: {n}"), "sent": self.tr("sent: {n}"),
            }
            rows = [formats[k].format(n=s.parcels_by_status[k]) for k in PARCEL_STATUSES if k in s.parcels_by_status]
            if s.parcels_checked_in_today is not None:
                rows.insert(0, self.tr("checked in today: {n}").format(n=s.parcels_checked_in_today))
            g = s.glance
            if g is not None:
                rows.insert(0, self.tr("overdue (over {days} days): {n}").format(days=g.overdue_days,
                                                                                 n=g.parcels_overdue))
            self.parcels.set(str(s.parcels_by_status.get("in_station", 0)), "\n".join(rows))
            self.parcels.number.setProperty("warn", bool(g and g.parcels_overdue))
        else:
            self.parcels.hide()
        self.show_alerts(s)

    def show_glance(self, g: Glance, s: TodaySummary) -> None:
        """The cards of the counter's glance (payments, shift, shop, consignment)."""
        lines = [self.tr("¥{total} in all").format(total=format_fen(g.payments_pending_fen))]
        if g.payments_oldest_age_s is not None:
            lines.append(self.tr("oldest waiting: {age}").format(age=format_age(g.payments_oldest_age_s)))
        if g.payments_rejected:
            lines.append(self.tr("rejected, to refund: {n}").format(n=g.payments_rejected))
        self.payments.set(str(g.payments_pending), "\n".join(lines))
        sh = g.shift
        if sh is None or not sh.open:
            self.shift.set(self.tr("Not open"), self.tr("Open it before taking cash: Payments → Shift (Alt+3)"))
        else:
            when = parse_utc(sh.opened_at).astimezone(SHANGHAI).strftime("%H:%M") if sh.opened_at else ""
            lines = [self.tr("open since {when}, float ¥{float}").format(when=when, float=format_fen(sh.float_fen)),
                     self.tr("{n} cash movements").format(n=sh.movements)]
            if sh.expected_fen is not None:
                lines.append(self.tr("the drawer should hold ¥{expected}").format(expected=format_fen(sh.expected_fen)))
            else:
                lines.append(self.tr("blind close: count the drawer first"))
            self.shift.set(self.tr("No. {n}").format(n=sh.number), "\n".join(lines))
        self.shop.set(str(g.low_stock), "\n".join([
            self.tr("lots near expiry: {n}").format(n=g.near_expiry),
            self.tr("expired lots still on hand: {n}").format(n=g.expired)]))
        self.consign.set(str(g.consign_due + g.consign_overdue), "\n".join([
            self.tr("due back soon: {n}").format(n=g.consign_due),
            self.tr("past their return date: {n}").format(n=g.consign_overdue)]))

    def show_alerts(self, s: TodaySummary) -> None:
        marks = {"danger": "■", "warning": "⚠", "info": "•"}  # glyphs the CJK font has (no emoji font at the counter)
        lines = [f"{marks.get(a.level, '•')} {render(a.code, screen_fields(a.fields), translate_error_template)}"
                 for a in s.alerts]
        self.alerts.set("", "\n".join(lines))
        self.alerts.setVisible(bool(lines))
