"""The Z report shown on screen (the same figures the printed Z carries) with its print buttons,
and the day's close in the same place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.cash import DayClose, ZReport
from ...core.documents import Column, Field, Sheet, Total, local_time_text
from ...core.errors import YytError
from ...core.money import format_fen
from ..context import ScreenContext
from ..i18n import error_text
from ..table import ReadOnlyTable
from .documents import z_receipt, z_sheet
from .words import kind_word, reason_word, service_word, type_word


def z_rows(z: ZReport) -> list[tuple[str, str]]:
    """The Z as (item, amount) lines, in the printed order."""
    rows = [(QCoreApplication.translate("PaymentDocuments", "Shift"), f"#{z.number} · {z.display_name or z.username}"),
            (QCoreApplication.translate("PaymentDocuments", "Opened"), local_time_text(z.opened_at)), (QCoreApplication.translate("PaymentDocuments", "Closed"), local_time_text(z.closed_at))]
    rows += [(f"{service_word(ln.service)} · {kind_word(ln.kind)} ×{ln.count}", format_fen(ln.total_fen))
             for ln in z.lines]
    billers = z.extras.get("payments_by_biller") or {}
    rows += [(f"  {type_word(b['type'])} · {b['biller_name'] or b['biller']} ×{b['count']}", format_fen(b["total_fen"]))
             for b in billers.get("billers", [])]
    pending = z.extras.get("payments_pending") or {}
    rows.append((QCoreApplication.translate("PaymentDocuments", "Payments still pending ×{n}").format(n=pending.get("count", 0)),
                 format_fen(pending.get("total_fen", 0))))
    rows += [(QCoreApplication.translate("PaymentDocuments", "Expected"), format_fen(z.expected_fen)), (QCoreApplication.translate("PaymentDocuments", "Counted"), format_fen(z.counted_fen)),
             (QCoreApplication.translate("PaymentDocuments", "Difference"), format_fen(z.diff_fen))]
    if z.first_count_fen != z.counted_fen:
        rows.append((QCoreApplication.translate("PaymentDocuments", "First count"), format_fen(z.first_count_fen)))
    if z.reason:
        rows.append((QCoreApplication.translate("PaymentDocuments", "Reason"), reason_word(z.reason, z.reason_text)))
    rows.append((QCoreApplication.translate("PaymentDocuments", "Content hash"), z.content_hash[:16]))
    return rows


def day_rows(d: DayClose) -> list[tuple[str, str]]:
    rows = [(f"#{s.number} {s.display_name} ({local_time_text(s.closed_at)[11:]})",
             f"{format_fen(s.counted_fen or 0)} ({format_fen(s.diff_fen or 0)})") for s in d.shifts]
    rows += [(f"{service_word(ln.service)} · {kind_word(ln.kind)} ×{ln.count}", format_fen(ln.total_fen))
             for ln in d.lines]
    rows += [(QCoreApplication.translate("PaymentDocuments", "Expected"), format_fen(d.expected_fen)), (QCoreApplication.translate("PaymentDocuments", "Counted"), format_fen(d.counted_fen)),
             (QCoreApplication.translate("PaymentDocuments", "Difference"), format_fen(d.diff_fen))]
    rows += [(QCoreApplication.translate("PaymentDocuments", "Still open: shift #{n} ({name})").format(n=s.number, name=s.display_name), "") for s in d.still_open]
    return rows


def day_sheet(d: DayClose, station_name: str, station_code: str) -> Sheet:
    rows = [(f"#{s.number}", s.display_name, local_time_text(s.closed_at), s.expected_fen or 0, s.counted_fen or 0,
             s.diff_fen or 0) for s in d.shifts]
    return Sheet(
        title=QCoreApplication.translate("PaymentDocuments", "Day close {date}").format(date=d.date),
        columns=(Column(QCoreApplication.translate("PaymentDocuments", "Shift"), "text", 0.6), Column(QCoreApplication.translate("PaymentDocuments", "Clerk"), "text", 1.2), Column(QCoreApplication.translate("PaymentDocuments", "Closed"), "text", 1.4),
                 Column(QCoreApplication.translate("PaymentDocuments", "Expected"), "money", 1.0), Column(QCoreApplication.translate("PaymentDocuments", "Counted"), "money", 1.0),
                 Column(QCoreApplication.translate("PaymentDocuments", "Difference"), "money", 1.0)),
        rows=rows, station_name=station_name, station_code=station_code,
        fields=[Field(f"{service_word(ln.service)} · {kind_word(ln.kind)} ×{ln.count}", format_fen(ln.total_fen))
                for ln in d.lines] + [Field(QCoreApplication.translate("PaymentDocuments", "Still open"), ", ".join(f"#{s.number}" for s in d.still_open) or "—")],
        totals=(Total(QCoreApplication.translate("PaymentDocuments", "Expected"), d.expected_fen), Total(QCoreApplication.translate("PaymentDocuments", "Counted"), d.counted_fen),
                Total(QCoreApplication.translate("PaymentDocuments", "Difference"), d.diff_fen, strong=True)),
        signatures=(QCoreApplication.translate("PaymentDocuments", "Supervisor"),),
    )


class ZView(QWidget):
    """A Z report (or the day's close) as a list, with "Print Z (Ctrl+P)" on the receipt roll and
    "A4 PDF"."""

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = QLabel(self.tr("Z report"), objectName="sectionTitle")
        self.table = ReadOnlyTable([self.tr("Item"), self.tr("Amount (¥)")])
        self.print_button = QPushButton(self.tr("Print Z (Ctrl+P)"))
        self.a4_button = QPushButton(self.tr("A4 PDF"))
        self.note = QLabel(objectName="muted", wordWrap=True)
        self.z: ZReport | None = None
        self.day: DayClose | None = None
        self.printed: list[Path | None] = []
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.a4_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.title)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)
        box.addWidget(self.note)
        self.print_button.clicked.connect(self.print_roll)
        self.a4_button.clicked.connect(self.print_a4)
        from PySide6.QtGui import QKeySequence, QShortcut

        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.print_roll)
        self._enable()

    def _enable(self) -> None:
        self.print_button.setEnabled(self.z is not None)
        self.a4_button.setEnabled(self.z is not None or self.day is not None)

    def show_z(self, z: ZReport) -> None:
        self.z, self.day = z, None
        self.title.setText(self.tr("Z report · shift #{n}").format(n=z.number))
        self.table.set_rows(z_rows(z))
        self._enable()

    def show_rows(self, title: str, rows: list[tuple[str, str]], *, day: DayClose | None = None) -> None:
        self.title.setText(title)
        self.table.set_rows(rows)
        self.day, self.z = day, None
        self._enable()

    def _print(self, document) -> None:  # noqa: ANN001
        try:
            path = self.ctx.printing.print_document(document)
        except YytError as exc:
            self.note.setText(error_text(exc))
            self.ctx.show_error(exc)
            return
        self.printed.append(path)
        self.note.setText(self.tr("saved: {path}").format(path=path.name) if path else self.tr("sent to the printer"))

    def print_roll(self) -> None:
        if self.z is not None:
            self._print(z_receipt(self.z))

    def print_a4(self) -> None:
        """The A4 PDF, whatever printer is set (a supervisor files it)."""
        from ..printing import save_pdf

        info = self.ctx.station.info
        doc = z_sheet(self.z) if self.z is not None else (
            day_sheet(self.day, info.name, info.code) if self.day is not None else None)
        if doc is None:
            return
        folder = self.ctx.station.paths.spool
        folder.mkdir(parents=True, exist_ok=True)
        name = f"z-{self.z.number}.pdf" if self.z is not None else f"day-{self.day.date}.pdf"  # type: ignore[union-attr]
        try:
            path = save_pdf(doc, folder / name)
        except YytError as exc:
            self.ctx.show_error(exc)
            return
        self.printed.append(path)
        self.note.setText(self.tr("saved: {path}").format(path=path.name))
