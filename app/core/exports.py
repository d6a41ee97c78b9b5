"""Exports: one Qt-free table model, written as CSV or XLSX here and as PDF by the printing layer.

Every service that hands a table to a person (the shop's statutory ledgers, the daily and
monthly reports) builds an :class:`ExportTable` and calls :func:`write_export`::

    table = ExportTable(title="农药进货台账", columns=[ExportColumn("date", "进货日期", "date"), ...],
                        rows=generator_of_raw_rows, fields=[("站点", "龙凤村站"), ("期间", "2026-06")])
    path = write_export(table, "csv" | "xlsx", out_path)          # PDF: app.ui.printing.export

What it guarantees, so no writer has to remember:

- personal data is masked **in the model**, by column kind (``phone`` → ``138****1234``; ``contact``
  masks a mobile number and keeps a landline such as a supplier's ``023-68881234``; ``name`` →
  ``张*``, ``address`` → ``石柱县黄水镇***``; ``masked`` for values the caller already masked, such
  as resident IDs): a full number never reaches a file;
- money is integer fen in the rows; CSV and PDF print it exactly (``12.50``), XLSX stores a number
  of yuan with two decimals (formatted ``0.00``, so the sheet can add it up);
- rows are consumed once, as they come: CSV and XLSX write in constant memory (XLSX through
  xlsxwriter's ``constant_memory`` mode: 50,000 rows never sit in memory);
- CSV is UTF-8 with a BOM (Excel opens it with the Chinese intact), one header row;
- XLSX has a bold, shaded header row, frozen, with a filter, column widths from the columns, the
  title and fields on a second sheet and in the document properties;
- files are written safely: into a temporary file in the target's folder, flushed to disk, then
  renamed over the target; a target that exists and is not a regular file (a folder, a device, a
  link) is refused (``export.target_invalid``, 5), as is a missing folder (``export.folder_missing``, 4).
"""

from __future__ import annotations

import csv
import datetime as _dt
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from .documents import mask_address, mask_name
from .errors import InvalidInput, NotFound, Refused
from .money import format_fen
from .validate.phone import mask_phone

ColumnKind = Literal["text", "number", "money", "date", "phone", "contact", "name", "address", "masked"]
FORMATS = ("csv", "xlsx", "pdf")
_MOBILE = re.compile(r"1[3-9]\d{9}")


def mask_contact(value: str) -> str:
    """A business contact: a mobile number (a person's) masked, a landline or service number kept."""
    return mask_phone(value) if _MOBILE.fullmatch(value.replace(" ", "")) else value


_MASKS: dict[str, Callable[[str], str]] = {"phone": mask_phone, "contact": mask_contact, "name": mask_name,
                                           "address": mask_address}


@dataclass(frozen=True)
class ExportColumn:
    """``key`` names the value in a row dict; ``title`` is the header as printed; ``width`` is in
    characters (XLSX column width; the PDF's share of the page)."""

    key: str
    title: str
    kind: ColumnKind = "text"
    width: int = 12

    def value(self, raw: Any) -> Any:
        """The cell as it may leave the station: masked by kind; money stays fen (an int)."""
        if raw is None:
            return ""
        if self.kind in _MASKS:
            return _MASKS[self.kind](str(raw))
        if self.kind in ("money", "number"):
            if not isinstance(raw, int) or isinstance(raw, bool):
                raise InvalidInput("export.cell_invalid", column=self.key, text=str(raw)[:20])
            return raw
        return str(raw)

    def text(self, value: Any) -> str:
        """A cell value (from :meth:`value`) as text: money ``12.50``, numbers plain."""
        if self.kind == "money" and value != "":
            return format_fen(value)
        return str(value)


@dataclass
class ExportTable:
    """A titled table. ``rows`` are dicts (by column key) or sequences (in column order), raw:
    :meth:`cells` masks and converts them, one at a time."""

    title: str
    columns: Sequence[ExportColumn]
    rows: Iterable[dict[str, Any] | Sequence[Any]]
    fields: Sequence[tuple[str, str]] = ()
    sheet_name: str = ""
    footer: str = ""
    generated_at: _dt.datetime | None = None
    count: int = field(default=0, init=False)  # rows written so far

    def __post_init__(self) -> None:
        if not self.columns:
            raise InvalidInput("export.no_columns")
        self.columns = tuple(self.columns)

    def cells(self) -> Iterator[tuple[Any, ...]]:
        """Each row as masked, converted values in column order (counts them in ``count``)."""
        cols = self.columns
        for row in self.rows:
            if isinstance(row, dict):
                values = tuple(c.value(row.get(c.key)) for c in cols)
            else:
                row = tuple(row)
                if len(row) != len(cols):
                    raise InvalidInput("export.row_width", expected=len(cols), got=len(row))
                values = tuple(c.value(v) for c, v in zip(cols, row, strict=True))
            self.count += 1
            yield values

    def text_rows(self) -> Iterator[tuple[str, ...]]:
        cols = self.columns
        for values in self.cells():
            yield tuple(c.text(v) for c, v in zip(cols, values, strict=True))


def check_format(text: str | None) -> str:
    raw = (text or "").strip().lower()
    if raw not in FORMATS:
        raise InvalidInput("export.format_invalid", text=raw[:10], allowed=", ".join(FORMATS))
    return raw


def check_target(path: Path | str) -> Path:
    """The file an export may be written to: its folder exists, and the name is free or a regular
    file (never a folder, a device, a pipe or a symbolic link)."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise NotFound("export.folder_missing", folder=str(folder))
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        return target
    if not stat.S_ISREG(mode):
        raise Refused("export.target_invalid", path=str(target))
    return target


@contextmanager
def safe_output(path: Path | str) -> Iterator[Path]:
    """A temporary path in the target's folder; on a clean exit it is flushed to disk and renamed
    over the target, on an error removed. The target is checked with :func:`check_target`."""
    target = check_target(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        check_target(target)  # still not a folder or link by now
        os.replace(tmp, target)
    except OSError as exc:
        raise Refused("export.write_failed", path=str(target), detail=type(exc).__name__) from None
    finally:
        tmp.unlink(missing_ok=True)


def write_csv(table: ExportTable, path: Path | str) -> Path:
    """UTF-8 with BOM, a header row, one line per row; returns the path written."""
    with safe_output(path) as tmp:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([c.title for c in table.columns])
            writer.writerows(table.text_rows())
    return Path(path)


def _yuan(fen: int) -> float:
    return float(Decimal(fen).scaleb(-2))


def write_xlsx(table: ExportTable, path: Path | str) -> Path:
    """An XLSX workbook in constant memory: the table on the first sheet (header bold, shaded,
    frozen, filtered), the title and fields on a second sheet; returns the path written."""
    import xlsxwriter  # imported on the first XLSX: off the start-up path

    with safe_output(path) as tmp, tempfile.TemporaryDirectory(prefix="yyt-xlsx-") as work:
        book = xlsxwriter.Workbook(str(tmp), {"constant_memory": True, "tmpdir": work,
                                              "strings_to_numbers": False, "strings_to_formulas": False,
                                              "strings_to_urls": False})
        book.set_properties({"title": table.title, "subject": table.title, "comments": table.footer,
                             "created": table.generated_at or _dt.datetime.now(_dt.UTC)})
        head = book.add_format({"bold": True, "bg_color": "#DDE7F0", "border": 1, "text_wrap": True,
                                "valign": "vcenter"})
        money = book.add_format({"num_format": "0.00"})
        sheet = book.add_worksheet(_sheet_name(table.sheet_name or table.title))
        cols = table.columns
        for i, c in enumerate(cols):
            sheet.set_column(i, i, max(4, c.width), money if c.kind == "money" else None)
        sheet.write_row(0, 0, [c.title for c in cols], head)
        sheet.freeze_panes(1, 0)
        r = 0
        for r, values in enumerate(table.cells(), start=1):
            for i, (c, v) in enumerate(zip(cols, values, strict=True)):
                if v == "":
                    continue
                if c.kind == "money":
                    sheet.write_number(r, i, _yuan(v), money)
                elif c.kind == "number":
                    sheet.write_number(r, i, v)
                else:
                    sheet.write_string(r, i, v)
        sheet.autofilter(0, 0, max(r, 1), len(cols) - 1)
        info = book.add_worksheet(_sheet_name("info"))
        info.set_column(0, 0, 16)
        info.set_column(1, 1, 60)
        info.write_row(0, 0, [table.title])
        for j, (k, v) in enumerate(table.fields, start=1):
            info.write_row(j, 0, [k, v])
        book.close()
    return Path(path)


def _sheet_name(text: str) -> str:
    bad = set("[]:*?/\\")
    return "".join(ch for ch in text if ch not in bad)[:31] or "Sheet1"


def write_export(table: ExportTable, fmt: str, path: Path | str) -> Path:
    """Write ``table`` as ``csv`` or ``xlsx`` (``pdf`` is drawn by ``app.ui.printing.export``)."""
    fmt = check_format(fmt)
    if fmt == "csv":
        return write_csv(table, path)
    if fmt == "xlsx":
        return write_xlsx(table, path)
    raise InvalidInput("export.format_invalid", text=fmt, allowed="csv, xlsx")
