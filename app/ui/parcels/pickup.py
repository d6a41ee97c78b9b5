"""Pickup (出库): pickup code, phone tail or a scanned parcel → the parcels (masked) → one
confirm hands them all over in one operation (a family takes several at once). Proxy pickup
(代取) records the proxy's name and full phone. A parcel already handed over is refused loudly
as soon as it is looked up, and again by the service if anyone confirms twice."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import InvalidInput, YytError
from ...core.parcels import PickupResult, check_proxy
from ...core.validate.phone import PHONE_MAX
from ...core.validate.text import NAME_MAX
from ..context import ScreenContext
from ..i18n import describe, person
from ..scanner import LineEditTarget, ScanTarget
from .base import ParcelScreen
from .widgets import Banner, ParcelTable

COLUMNS = ("code", "place", "tracking", "phone", "name", "carrier", "days", "notice")
_TAIL = re.compile(r"\d{4}")
_CODE = re.compile(r"[A-Za-z]{1,2}-?\d{1,2}-?\d{4}")


def lookup_kind(text: str) -> str:
    """``tail`` (4 digits), ``code`` (``A-3-0127``, ``a30127``) or ``tracking`` (anything else)."""
    raw = text.strip().replace(" ", "")
    if _TAIL.fullmatch(raw):
        return "tail"
    if _CODE.fullmatch(raw.replace("－", "-")):
        return "code"
    return "tracking"


class PickupScreen(ParcelScreen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.query = QLineEdit(objectName="scanField")
        self.query.setPlaceholderText(self.tr("Pickup code (A-3-0127), last 4 digits of the phone, or scan the parcel"))
        self.find_button = QPushButton(self.tr("Find (Enter)"))
        self.banner = Banner()
        self.banner.show_state("idle", self.tr("Ask for the pickup code or the last four digits of the phone"))
        self.table = ParcelTable(COLUMNS, checkable=True)
        self.proxy = QCheckBox(self.tr("Someone collects for the recipient (F6)"))
        self.proxy_name = QLineEdit()
        self.proxy_name.setPlaceholderText(self.tr("Proxy's name"))
        self.proxy_name.setMaxLength(NAME_MAX)
        self.proxy_phone = QLineEdit()
        self.proxy_phone.setPlaceholderText(self.tr("All 11 digits (a masked number is not enough)"))
        self.proxy_phone.setMaxLength(PHONE_MAX)
        self.confirm = QPushButton(self.tr("Hand over (F9)"), objectName="primary")
        self.confirm.setEnabled(False)
        self.lookup: tuple[str, str] | None = None  # (kind, text) of the rows shown
        self.last_result: PickupResult | None = None

        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.find_button)
        proxy = QGridLayout()
        proxy.addWidget(self.proxy, 0, 0, 1, 2)
        proxy.addWidget(QLabel(self.tr("Name")), 1, 0)
        proxy.addWidget(self.proxy_name, 1, 1)
        proxy.addWidget(QLabel(self.tr("Phone")), 1, 2)
        proxy.addWidget(self.proxy_phone, 1, 3)
        bottom = QHBoxLayout()
        bottom.addLayout(proxy, 1)
        bottom.addWidget(self.confirm)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.banner)
        box.addWidget(self.table, 1)
        box.addLayout(bottom)
        self._proxy_toggled(False)

        self.query.returnPressed.connect(lambda: self.find(self.query.text()))
        self.find_button.clicked.connect(lambda: self.find(self.query.text()))
        self.confirm.clicked.connect(self.hand_over)
        self.proxy.toggled.connect(self._proxy_toggled)
        self.proxy_phone.returnPressed.connect(self.hand_over)
        self.add_shortcut("F9", self.hand_over)
        self.add_shortcut("F6", self.proxy.toggle)
        self.add_shortcut("Esc", self.clear)

    def initial_focus(self) -> QWidget:
        return self.query

    def scan_target(self) -> ScanTarget:
        return LineEditTarget(self.query, submit=self.find)

    def _proxy_toggled(self, on: bool) -> None:
        self.proxy_name.setEnabled(on)
        self.proxy_phone.setEnabled(on)
        if on:
            self.proxy_name.setFocus()

    # -- looking up ------------------------------------------------------------------------------
    def find(self, text: str) -> None:
        text = text.strip()
        if not text:
            return
        kind, actor = lookup_kind(text), self.ctx.actor

        def look(st):  # noqa: ANN001, ANN202 - on the database worker
            q = st.parcels.queries
            views = q.for_pickup(actor, **{kind: text})
            # views show masked phones only: whether two people share the tail is the core's to say
            return views, kind == "tail" and q.tail_is_shared(actor, text)

        self.run(look, lambda found: self._found(kind, text, *found), self._not_found)

    def _found(self, kind: str, text: str, views: list, shared: bool = False) -> None:  # noqa: ANN001
        self.lookup = (kind, text)
        self.table.set_rows(views)
        self.table.setEnabled(True)
        phones = sorted({v.phone for v in views})
        if shared or len(phones) > 1:
            detail = self.tr("Parcels for {n} different phones end in {tail}: untick the ones that are not theirs").format(
                n=max(2, len(phones)), tail=text)
            kind_shown = "warn"
            self.table.set_all_checked(False)  # nothing leaves until the clerk ticks this person's parcels
        else:
            detail = self.tr("{phone} {name} · untick any parcel not handed over, then F9").format(
                phone=phones[0], name=views[0].name)
            kind_shown = "ok"
        self.banner.show_state(kind_shown, self.tr("{n} parcel(s) to hand over").format(n=len(views)),
                               "  ".join(v.pickup_code for v in views[:4]) + (" …" if len(views) > 4 else ""), detail)
        self.confirm.setEnabled(True)
        self.query.setFocus()  # the next code can be typed at once; F9 confirms from anywhere
        self.query.selectAll()
        self.ctx.feedback.info(self.tr("Found {n} parcel(s)").format(n=len(views)))

    def _not_found(self, exc: BaseException) -> None:
        self.lookup = None
        self.table.set_rows([])
        self.confirm.setEnabled(False)
        code = exc.code if isinstance(exc, YytError) else ""
        if code == "parcel.already_picked_up":
            caption, big = self.tr("Already handed over"), str(exc.fields.get("pickup_code", ""))  # type: ignore[union-attr]
        elif code in ("parcel.out_for_delivery", "parcel.not_in_station"):
            caption, big = self.tr("Not on the shelf"), str(exc.fields.get("pickup_code", "") or  # type: ignore[union-attr]
                                                            exc.fields.get("tracking", ""))  # type: ignore[union-attr]
        else:
            caption, big = self.tr("Nothing to hand over"), self.query.text().strip()
        self.banner.show_state("error", caption, big, describe(exc))
        self.query.setFocus()
        self.query.selectAll()
        self.ctx.show_error(exc)

    # -- handing over ----------------------------------------------------------------------------
    def hand_over(self) -> None:
        """Hand the ticked parcels over in one operation (F9)."""
        if self.lookup is None or not self.confirm.isEnabled():
            self.ctx.feedback.info(self.tr("Look the parcels up first"))
            self.query.setFocus()
            return
        chosen = self.table.checked()
        if not chosen:
            self.ctx.feedback.error(self.tr("Tick at least one parcel"))
            return
        kind, text = self.lookup
        actor = self.ctx.actor
        proxy_name = self.proxy_name.text() if self.proxy.isChecked() else None
        proxy_phone = self.proxy_phone.text() if self.proxy.isChecked() else None
        if self.proxy.isChecked() and not (proxy_name or "").strip() and not (proxy_phone or "").strip():
            self._refused(InvalidInput("parcel.proxy_incomplete"))  # ticked, nothing typed
            return

        def work(st):  # noqa: ANN001, ANN202
            proxy = check_proxy(proxy_name, proxy_phone)
            if kind == "tail":
                return st.parcels.pickup.by_phone_tail(actor, text, chosen, proxy)
            code = st.parcels.queries.get(actor, chosen[0]).pickup_code
            return st.parcels.pickup.by_code(actor, code, proxy)

        self.run(work, self._handed_over, self._refused)

    def _handed_over(self, result: PickupResult) -> None:
        self.last_result = result
        self.lookup = None
        self.confirm.setEnabled(False)
        self.table.set_rows(result.parcels)
        self.table.setEnabled(False)
        detail = self.tr("Handed over by {who}").format(who=person(result.handed_over_by))
        if result.proxy_name:
            detail += " · " + self.tr("collected by {name} {phone}").format(name=result.proxy_name,
                                                                          phone=result.proxy_phone)
        self.banner.show_state("ok", self.tr("Handed over: {n} parcel(s)").format(n=len(result.parcels)),
                               "  ".join(p.pickup_code for p in result.parcels[:4]), detail)
        self.proxy.setChecked(False)
        self.proxy_name.clear()
        self.proxy_phone.clear()
        self.query.clear()
        self.query.setFocus()
        self.ctx.feedback.success(self.tr("Handed over {n} parcel(s)").format(n=len(result.parcels)))

    def _refused(self, exc: BaseException) -> None:
        code = exc.code if isinstance(exc, YytError) else ""
        if code.startswith(("parcel.proxy", "phone.", "text.")):
            self.banner.show_state("error", self.tr("Proxy details needed"), "",
                                   describe(exc))
            self.ctx.show_error(exc)
            return
        self.banner.show_state("error", self.tr("Not handed over"), "",
                               describe(exc))
        self.ctx.show_error(exc)

    def clear(self) -> None:
        """Esc: start afresh — the list, the proxy's details, the banner and the message line."""
        self.lookup = None
        self.table.set_rows([])
        self.table.setEnabled(True)
        self.confirm.setEnabled(False)
        self.proxy.setChecked(False)
        self.proxy_name.clear()
        self.proxy_phone.clear()
        self.query.clear()
        self.query.setFocus()
        self.ctx.feedback.clear()
        self.banner.show_state("idle", self.tr("Ask for the pickup code or the last four digits of the phone"))
