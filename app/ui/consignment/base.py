"""What every consignment tab shares: the parcels screens' base (database jobs on the shell's
worker, a refresh shortly after a commit while shown, window shortcuts), the loud banner, and
printing a document with the outcome as words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ...core.errors import YytError
from ..i18n import error_text
from ..parcels.base import ParcelScreen
from ..parcels.widgets import Banner

__all__ = ["Banner", "ConsignScreen"]


class ConsignScreen(ParcelScreen):
    """Base of the consignment tabs (see :class:`~app.ui.parcels.base.ParcelScreen`)."""

    last_printed: Any = None

    def print_document(self, document: Any, *, receipt_width_mm: int | None = None) -> str:
        """Print (or save as PDF) and say what happened, in words for the banner; the saved path is
        kept in ``last_printed`` (the banner only says "saved": a path does not fit on the counter's screen). A printer failure is said, never raised: the business write it
        follows has committed already."""
        try:
            self.last_printed = self.ctx.printing.print_document(document, receipt_width_mm=receipt_width_mm)
        except YytError as exc:
            self.last_printed = None
            return error_text(exc)
        if self.last_printed:
            return QCoreApplication.translate("ConsignScreen", "saved as PDF in the prints folder")
        return QCoreApplication.translate("ConsignScreen", "sent to the printer")
