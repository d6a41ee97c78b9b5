"""Carrier mode's "My round": big buttons, few words, white on black, text ≥ 20 pt.

Scan a parcel at the shelf → it goes out on my round (the round starts by itself if none is
open). At the door: scan it (or type nothing and just the recipient's code or phone tail), type
the code or the last four digits, F2 Delivered. Not delivered: F3 Back. At the end: F4 Close —
refused loudly while a parcel is still out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import YytError
from ...core.parcels import RoundView
from ...core.parcels.codes import parse_code
from ..context import ScreenContext
from ..i18n import describe
from ..scanner import CallbackTarget, ScanTarget
from ..theme import carrier_point_size
from .base import ParcelScreen
from .rounds import proof_of, spaced_phone
from .style import carrier_page_style
from .widgets import Banner
from .words import outcome_word


def matching(round_view: RoundView, proof: dict[str, str]) -> list[str]:
    """Tracking numbers of the parcels still out on the round that the recipient's code or
    phone tail points to (the service checks the proof again when delivering)."""
    out = [i for i in round_view.items if i.outcome == "out"]
    if "tail" in proof:
        return [i.tracking for i in out if i.phone[-4:] == proof["tail"]]
    try:
        code = parse_code(proof["code"])
    except YytError:
        return []
    return [i.tracking for i in out if i.pickup_code == code]


class MyRoundPage(ParcelScreen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        app = QApplication.instance()
        self.point_size = carrier_point_size(bool(app.property("yyt_large_font")) if app is not None else False)
        self.setStyleSheet(carrier_page_style(self.point_size))
        self.round: RoundView | None = None
        self.selected: str | None = None  # the tracking number scanned at the door
        self.headline = QLabel(objectName="roundHeadline", wordWrap=True)
        self.banner = Banner(side_by_side=True)
        self.list = QListWidget()
        self.list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.proof = QLineEdit()
        self.proof.setPlaceholderText(self.tr("Code or last 4 digits of the phone"))
        self.start_button = QPushButton(self.tr("F5  Start"))
        self.deliver_button = QPushButton(self.tr("F2  Delivered"))
        self.back_button = QPushButton(self.tr("F3  Back"))
        self.close_button = QPushButton(self.tr("F4  Close"))
        self.number_button = QPushButton(self.tr("F6  Show number"))
        actions = QGridLayout()
        actions.setHorizontalSpacing(14)
        actions.addWidget(self.proof, 0, 0)
        actions.addWidget(self.deliver_button, 0, 1)
        actions.addWidget(self.back_button, 0, 2)
        actions.addWidget(self.close_button, 0, 3)
        actions.addWidget(self.start_button, 0, 4)
        actions.addWidget(self.number_button, 0, 5)
        actions.setColumnStretch(0, 2)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        box.addWidget(self.headline)
        box.addWidget(self.banner)
        box.addWidget(self.list, 1)
        box.addLayout(actions)

        self.start_button.clicked.connect(self.start)
        self.deliver_button.clicked.connect(self.deliver)
        self.proof.returnPressed.connect(self.deliver)
        self.back_button.clicked.connect(self.bring_back)
        self.close_button.clicked.connect(self.close_round)
        self.number_button.clicked.connect(self.show_number)
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._picked)
        self.add_shortcut("F2", self.deliver)
        self.add_shortcut("F3", self.bring_back)
        self.add_shortcut("F4", self.close_round)
        self.add_shortcut("F5", self.start)
        self.add_shortcut("F6", self.show_number)
        self._show(None)

    def initial_focus(self) -> QWidget:
        return self.proof

    def scan_target(self) -> ScanTarget:
        return CallbackTarget(self.scanned)

    def setFocus(self) -> None:  # noqa: N802 - the carrier screen focuses the page it opens
        self.proof.setFocus()

    # -- reading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        actor = self.ctx.actor
        self.run(lambda st: st.parcels.rounds.open_round_for(actor, actor.username), self._show)

    def _show(self, r: RoundView | None) -> None:
        self.round = r
        self.start_button.setVisible(r is None)
        for b in (self.deliver_button, self.back_button, self.close_button, self.number_button):
            b.setVisible(r is not None)
        if r is None:
            self.headline.setText(self.tr("No round open"))
            if self.banner.kind in ("", "idle"):
                self.banner.show_state("idle", self.tr("Scan a parcel to take it out, or F5 to start"))
            self.list.clear()
            return
        self.headline.setText(self.tr("Round {n}: {out} to go · {delivered} delivered · {back} back").format(
            n=r.number, out=r.unaccounted, delivered=r.delivered, back=r.back))
        if self.banner.kind in ("", "idle"):
            self.banner.show_state("idle", self.tr("At the door: scan the parcel, ask for the pickup code, then F2"))
        self.list.blockSignals(True)
        self.list.clear()
        for i in sorted(r.items, key=lambda i: (i.outcome != "out", i.pickup_code)):
            mark = "" if i.outcome == "out" else f"   ✓ {outcome_word(i.outcome)}"
            where = f"\n      {i.address}" if i.address else ""
            item = QListWidgetItem(f"{i.pickup_code}   {i.phone}   {i.name}{mark}{where}")
            item.setData(Qt.ItemDataRole.UserRole, i.tracking)
            if i.outcome != "out":
                item.setForeground(Qt.GlobalColor.gray)
            self.list.addItem(item)
            if i.tracking == self.selected and i.outcome == "out":
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.selected and not any(i.tracking == self.selected and i.outcome == "out" for i in r.items):
            self.selected = None

    def _picked(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        self.selected = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.proof.setFocus()

    def _say(self, kind: str, caption: str, big: str = "", detail: str = "") -> None:
        """The words go in the big banner; the feedback gives the sound and the flash only."""
        self.banner.show_state(kind, caption, big, detail)
        if kind == "ok":
            self.ctx.feedback.success("")
        elif kind == "error":
            self.ctx.feedback.error("")

    def _failed(self, exc: BaseException) -> None:
        self._say("error", self.tr("Not done"), "", describe(exc))
        self.refresh()

    # -- scanning --------------------------------------------------------------------------------
    def scanned(self, code: str) -> None:
        """A parcel on my round that is still out becomes the one to deliver; any other parcel
        goes out on my round (starting one if none is open)."""
        tracking = code.strip().upper()
        r = self.round
        if r is not None and any(i.tracking == tracking and i.outcome == "out" for i in r.items):
            self.selected = tracking
            item = next(i for i in r.items if i.tracking == tracking)
            self._show(r)
            self._say("warn", self.tr("Ask for the code or phone tail, then F2"), item.pickup_code,
                      "  ".join(x for x in (item.phone, item.name, item.address) if x))
            self.proof.setFocus()
            return
        actor = self.ctx.actor

        def take_out(st):  # noqa: ANN001, ANN202
            rounds = st.parcels.rounds
            mine = rounds.open_round_for(actor, actor.username) or rounds.start(actor, actor.username)
            return rounds.add(actor, mine.id, [tracking])

        def done(v: RoundView) -> None:
            self._show(v)
            code_ = next((i.pickup_code for i in v.items if i.tracking == tracking), "")
            self._say("ok", self.tr("Taken out"), code_, tracking)

        self.run(take_out, done, self._failed)

    # -- buttons ---------------------------------------------------------------------------------
    def start(self) -> None:
        if self.round is not None:
            return
        actor = self.ctx.actor
        self.run(lambda st: st.parcels.rounds.start(actor, actor.username),
                 lambda v: (self._show(v), self._say("ok", self.tr("Round {n} started").format(n=v.number))),
                 self._failed)

    def deliver(self) -> None:
        """F2: deliver the scanned (or chosen) parcel with the recipient's proof; with none
        chosen, every parcel still out that the code or phone tail points to."""
        r, text = self.round, self.proof.text().strip()
        if r is None:
            return
        if not text:
            self.proof.setFocus()
            self._say("warn", self.tr("Type the code or the last 4 digits"))
            return
        proof = proof_of(text)
        targets = [self.selected] if self.selected else matching(r, proof)
        if not targets:
            self._say("error", self.tr("Not on this round"), text, self.tr("No parcel still out matches {text}").format(
                text=text))
            return
        actor = self.ctx.actor

        def work(st):  # noqa: ANN001, ANN202
            view = None
            for t in targets:
                view = st.parcels.rounds.deliver(actor, r.id, t, **proof)
            return view

        def done(v: RoundView) -> None:
            self.selected = None
            self.proof.clear()
            self._show(v)
            codes = [i.pickup_code for i in v.items if i.tracking in targets]
            self._say("ok", self.tr("Delivered: {n}").format(n=len(targets)), "  ".join(codes[:3]))

        self.run(work, done, self._failed)

    def show_number(self) -> None:
        """F6: the chosen parcel's full phone number in big digits, to call the recipient (the
        reveal is audited by the core)."""
        r, tracking = self.round, self.selected
        if r is None:
            return
        if not tracking:
            self._say("warn", self.tr("Scan or choose the parcel first"))
            return
        actor = self.ctx.actor
        item = next((i for i in r.items if i.tracking == tracking), None)

        def done(shown) -> None:  # noqa: ANN001 - PhoneReveal
            detail = item.address if item is not None else ""
            if not shown.full:
                detail = self.tr("Only this masked number is known") + (f" · {detail}" if detail else "")
            self.banner.show_state("warn", self.tr("Call"), spaced_phone(shown.phone), detail)

        self.run(lambda st: st.parcels.rounds.reveal_phone(actor, r.id, tracking), done, self._failed)

    def bring_back(self) -> None:
        r, tracking = self.round, self.selected
        if r is None:
            return
        if not tracking:
            self._say("warn", self.tr("Scan the parcel first"))
            return
        actor = self.ctx.actor

        def done(v: RoundView) -> None:
            self.selected = None
            self._show(v)
            code_ = next((i.pickup_code for i in v.items if i.tracking == tracking), "")
            self._say("ok", self.tr("Back on the shelf"), code_)

        self.run(lambda st: st.parcels.rounds.back(actor, r.id, tracking), done, self._failed)

    def close_round(self) -> None:
        r = self.round
        if r is None:
            return
        actor = self.ctx.actor

        def done(v: RoundView) -> None:
            self._show(None)
            self._say("ok", self.tr("Round {n} closed").format(n=v.number), "✓",
                      self.tr("{delivered} delivered · {back} back").format(delivered=v.delivered, back=v.back))

        self.run(lambda st: st.parcels.rounds.close(actor, r.id), done, self._failed)
