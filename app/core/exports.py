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

ColumnKind = Literal["text", "number", "money", "grams", "pct", "date", "phone", "contact", "name", "address",
                     "masked"]
#: kinds whose raw value is an int (``grams`` shows as kg with three decimals, ``pct`` is tenths of a percent)
_INT_KINDS = ("money", "number", "grams", "pct")
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
    blank: str = ""  # what a missing value (None) shows: "—" for a report's missing baseline

    def value(self, raw: Any) -> Any:
        """The cell as it may leave the station: masked by kind; money stays fen, grams grams,
        a percentage tenths (ints); a missing value is :attr:`blank` (text)."""
        if raw is None:
            return self.blank
        if self.kind in _MASKS:
            return _MASKS[self.kind](str(raw))
        if self.kind in _INT_KINDS:
            if not isinstance(raw, int) or isinstance(raw, bool):
                raise InvalidInput("export.cell_invalid", column=self.key, text=str(raw)[:20])
            return raw
        return str(raw)

    def text(self, value: Any) -> str:
        """A cell value (from :meth:`value`) as text: money ``12.50``, grams ``12.500`` (kg), a
        percentage ``12.3%``, numbers plain."""
        if isinstance(value, str):
            return value
        if self.kind == "money":
            return format_fen(value)
        if self.kind == "grams":
            return format_grams(value)
        if self.kind == "pct":
            return format_tenths(value)
        return str(value)


def format_grams(grams: int) -> str:
    """Grams as kilograms with three decimals, exactly (``12500`` → ``12.500``, ``-250`` → ``-0.250``)."""
    sign = "-" if grams < 0 else ""
    kg, g = divmod(abs(grams), 1000)
    return f"{sign}{kg}.{g:03d}"


def format_tenths(tenths: int) -> str:
    """Tenths of a percent as text (``123`` → ``12.3%``, ``-5`` → ``-0.5%``)."""
    sign = "-" if tenths < 0 else ""
    whole, tenth = divmod(abs(tenths), 10)
    return f"{sign}{whole}.{tenth}%"


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


class _Formats:
    """The workbook's cell formats, made once per workbook."""

    def __init__(self, book: Any) -> None:
        self.head = book.add_format({"bold": True, "bg_color": "#DDE7F0", "border": 1, "text_wrap": True,
                                     "valign": "vcenter"})
        self.money = book.add_format({"num_format": "0.00"})
        self.kg = book.add_format({"num_format": "0.000"})
        self.pct = book.add_format({"num_format": "0.0%"})
        self.title = book.add_format({"bold": True, "font_size": 13})

    def column(self, kind: str) -> Any:
        return {"money": self.money, "grams": self.kg, "pct": self.pct}.get(kind)


def _cell_writer(sheet: Any, column: ExportColumn, fmt: _Formats) -> Callable[[int, int, Any], Any]:
    """How one column's (masked, converted) values go into cells: numbers as numbers (money in
    yuan, grams in kg, tenths of a percent as a fraction), everything else as a string."""
    write_number, write_string = sheet.write_number, sheet.write_string
    if column.kind == "money":
        money = fmt.money
        return lambda r, c, v: write_number(r, c, _yuan(v), money)
    if column.kind == "grams":
        kg = fmt.kg
        return lambda r, c, v: write_number(r, c, float(Decimal(v).scaleb(-3)), kg)
    if column.kind == "pct":
        pct = fmt.pct
        return lambda r, c, v: write_number(r, c, float(Decimal(v).scaleb(-3)), pct)
    if column.kind == "number":
        return write_number
    return write_string


def _table_sheet(book: Any, fmt: _Formats, table: ExportTable, name: str) -> None:
    """One table on its own sheet, rows written as they come (constant memory): header row bold,
    shaded, frozen and filtered; a missing value (text in a number column) stays text."""
    sheet = book.add_worksheet(name)
    cols = table.columns
    for i, c in enumerate(cols):
        sheet.set_column(i, i, max(4, c.width), fmt.column(c.kind))
    sheet.write_row(0, 0, [c.title for c in cols], fmt.head)
    sheet.freeze_panes(1, 0)
    writers = [_cell_writer(sheet, c, fmt) for c in cols]
    write_string = sheet.write_string
    r = 0
    for r, values in enumerate(table.cells(), start=1):
        for i, v in enumerate(values):
            if isinstance(v, str):
                if v:
                    write_string(r, i, v)
            else:
                writers[i](r, i, v)
    sheet.autofilter(0, 0, max(r, 1), len(cols) - 1)


def _info_sheet(book: Any, fmt: _Formats, title: str, fields: Sequence[tuple[str, str]]) -> None:
    info = book.add_worksheet(_sheet_name("info"))
    info.set_column(0, 0, 16)
    info.set_column(1, 1, 60)
    info.write_string(0, 0, title, fmt.title)
    for j, (k, v) in enumerate(fields, start=1):
        info.write_row(j, 0, [k, v])


@contextmanager
def _workbook(path: Path | str, title: str, footer: str, generated_at: _dt.datetime | None) -> Iterator[Any]:
    import xlsxwriter  # imported on the first XLSX: off the start-up path

    with safe_output(path) as tmp, tempfile.TemporaryDirectory(prefix="yyt-xlsx-") as work:
        book = xlsxwriter.Workbook(str(tmp), {"constant_memory": True, "tmpdir": work,
                                              "strings_to_numbers": False, "strings_to_formulas": False,
                                              "strings_to_urls": False})
        book.set_properties({"title": title, "subject": title, "comments": footer,
                             "created": generated_at or _dt.datetime.now(_dt.UTC)})
        yield book
        book.close()


def write_xlsx(table: ExportTable, path: Path | str) -> Path:
    """An XLSX workbook in constant memory: the table on the first sheet (header bold, shaded,
    frozen, filtered), the title and fields on a second sheet; returns the path written."""
    with _workbook(path, table.title, table.footer, table.generated_at) as book:
        fmt = _Formats(book)
        _table_sheet(book, fmt, table, _sheet_name(table.sheet_name or table.title))
        _info_sheet(book, fmt, table.title, table.fields)
    return Path(path)


def _sheet_name(text: str) -> str:
    bad = set("[]:*?/\\")
    return "".join(ch for ch in text if ch not in bad)[:31] or "Sheet1"


# -- books: a report's several tables and its charts ------------------------------------------------
ChartKind = Literal["bar", "line"]


@dataclass(frozen=True)
class ChartSeries:
    name: str
    values: tuple[int | float, ...]


@dataclass(frozen=True)
class Chart:
    """A bar or line chart's data, Qt-free: ``categories`` along the x axis, one value per category
    in each series. The window, the PDF and PNG draw it with ``app.ui.charts``; an XLSX gets it as
    a native chart on a chart sheet, over a data block on the sheet ``chart_data``. ``unit`` is
    the y axis's unit as printed (``件``, ``kg``, ``元``); values are shown as they are."""

    kind: ChartKind
    title: str
    categories: tuple[str, ...]
    series: tuple[ChartSeries, ...]
    unit: str = ""

    def __post_init__(self) -> None:
        if self.kind not in ("bar", "line"):
            raise InvalidInput("export.chart_invalid", kind=str(self.kind))
        for s in self.series:
            if len(s.values) != len(self.categories):
                raise InvalidInput("export.row_width", expected=len(self.categories), got=len(s.values))


@dataclass
class ExportBook:
    """A report as one document: a title, its fields (station, period, times), several tables and
    charts. CSV stacks the tables; XLSX gives each its sheet, plus ``info`` and the chart sheets;
    the PDF (``app.ui.printing.export.save_book_pdf``) prints them in order with the charts."""

    title: str
    tables: Sequence[ExportTable]
    fields: Sequence[tuple[str, str]] = ()
    charts: Sequence[Chart] = ()
    footer: str = ""
    generated_at: _dt.datetime | None = None


def write_book_csv(book: ExportBook, path: Path | str) -> Path:
    """UTF-8 with BOM. First the title and the fields (``label,value``), then each table: a line
    with its title, its header row, its rows, and an empty line — what
    :func:`read_book_csv` reads back."""
    with safe_output(path) as tmp:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([book.title])
            writer.writerows([k, v] for k, v in book.fields)
            writer.writerow([])
            for table in book.tables:
                writer.writerow([table.title])
                writer.writerow([c.title for c in table.columns])
                writer.writerows(table.text_rows())
                writer.writerow([])
    return Path(path)


def read_book_csv(path: Path | str) -> tuple[list[list[str]], dict[str, list[list[str]]]]:
    """A book CSV back as (the head lines, table title → [header row, rows…])."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    blocks: list[list[list[str]]] = [[]]
    for row in rows:
        if row:
            blocks[-1].append(row)
        elif blocks[-1]:
            blocks.append([])
    blocks = [b for b in blocks if b]
    return blocks[0], {b[0][0]: b[1:] for b in blocks[1:]}


def write_book_xlsx(book: ExportBook, path: Path | str) -> Path:
    """Each table on its own sheet (as :func:`write_xlsx`, in constant memory), the title and
    fields on ``info``, each chart's data on ``chart_data`` and the chart itself on a chart sheet
    (a native Excel chart: columns or lines, values shown on the bars)."""
    with _workbook(path, book.title, book.footer, book.generated_at) as wb:
        fmt = _Formats(wb)
        used: set[str] = set()
        for table in book.tables:
            name = _unique(_sheet_name(table.sheet_name or table.title), used)
            _table_sheet(wb, fmt, table, name)
        _info_sheet(wb, fmt, book.title, book.fields)
        if book.charts:
            data_name = _unique("chart_data", used)
            data = wb.add_worksheet(data_name)
            row = 0
            for n, chart in enumerate(book.charts, start=1):
                data.write_string(row, 0, chart.title, fmt.title)
                data.write_row(row + 1, 0, ["", *(s.name for s in chart.series)], fmt.head)
                for i, cat in enumerate(chart.categories):
                    data.write_string(row + 2 + i, 0, cat)
                    for j, s in enumerate(chart.series, start=1):
                        data.write_number(row + 2 + i, j, s.values[i])
                xl = wb.add_chart({"type": "column" if chart.kind == "bar" else "line"})
                first, last = row + 2, row + 1 + len(chart.categories)
                for j in range(1, len(chart.series) + 1):
                    spec: dict[str, Any] = {"name": [data_name, row + 1, j],
                                            "categories": [data_name, first, 0, last, 0],
                                            "values": [data_name, first, j, last, j]}
                    if chart.kind == "bar":
                        spec["data_labels"] = {"value": True}
                    else:
                        spec["marker"] = {"type": "circle", "size": 4}
                    xl.add_series(spec)
                xl.set_title({"name": chart.title})
                xl.set_y_axis({"name": chart.unit, "major_gridlines": {"visible": True}})
                xl.set_legend({"position": "bottom"})
                sheet = wb.add_chartsheet(_unique(_sheet_name(chart.title or f"chart {n}"), used))
                sheet.set_chart(xl)
                row = last + 2
    return Path(path)


def _unique(name: str, used: set[str]) -> str:
    base, n = name, 2
    while name.lower() in used:
        suffix = f" {n}"
        name = base[:31 - len(suffix)] + suffix
        n += 1
    used.add(name.lower())
    return name


def write_export(table: ExportTable | ExportBook, fmt: str, path: Path | str) -> Path:
    """Write a table or a book as ``csv`` or ``xlsx`` (``pdf`` is drawn by ``app.ui.printing.export``)."""
    fmt = check_format(fmt)
    if isinstance(table, ExportBook):
        if fmt == "csv":
            return write_book_csv(table, path)
        if fmt == "xlsx":
            return write_book_xlsx(table, path)
    elif fmt == "csv":
        return write_csv(table, path)
    elif fmt == "xlsx":
        return write_xlsx(table, path)
    raise InvalidInput("export.format_invalid", text=fmt, allowed="csv, xlsx")
