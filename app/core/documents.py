"""Printable documents: the Qt-free model that services and screens fill and the printing layer
(``app.ui.printing``) draws.

Four kinds:

- :class:`Receipt` — a counter receipt on a 58 mm or 80 mm thermal roll (payments, sales,
  consignment intake), with optional Code128 barcode, QR code and a "pending confirmation" mark.
- :class:`Label` — a parcel label (100 × 150 mm thermal label) with the waybill as Code128 and QR,
  and masked sender and recipient blocks.
- :class:`Sheet` — a table (round sheets, courier manifests, stock-take lists) on A4.
- :class:`LabelSheet` — labels to cut out (shelf-layer labels: big text, Code128 and QR) on A4.

What the model guarantees, so no layout has to remember it:

- amounts are integer fen and are formatted only through :func:`app.core.money.format_fen`;
- phones are masked (``138****1234``) and names shortened (``张*``) when the document is built:
  a full number never reaches the paper or the PDF;
- a barcode value is one Code128 can carry (printable ASCII, at most 48 characters) and a QR
  value fits a small QR code, else ``InvalidInput`` (``document.barcode_invalid``,
  ``document.qr_too_long``) is raised at construction.

The words on a document (titles, field labels) are data given by the caller; fixed words the
layout adds itself ("To", "Pending confirmation") are the printing layer's, translated there.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from .clock import SHANGHAI, parse_utc
from .errors import InvalidInput
from .money import format_fen
from .validate.phone import mask_phone

#: roll widths a receipt can be laid out for (mm)
RECEIPT_WIDTHS_MM = (58, 80)
#: the label stock (mm): the common one-part thermal waybill size
LABEL_SIZE_MM = (100, 150)
#: Code128 printable ASCII, kept short enough to scan from a 58 mm roll
BARCODE_MAX_LEN = 48
#: QR payloads stay small so the code prints at a scannable size on a narrow roll
QR_MAX_LEN = 300


def local_time_text(iso: str | None) -> str:
    """A stored UTC time shown as station local time, ``2026-06-01 09:00`` (empty for None)."""
    if not iso:
        return ""
    when = parse_utc(iso).astimezone(SHANGHAI)
    return when.strftime("%Y-%m-%d %H:%M")


def mask_name(name: str | None) -> str:
    """``张三`` → ``张*``, ``欧阳娜娜`` → ``欧***``; a name already masked is left as it is."""
    text = (name or "").strip()
    if not text or "*" in text:
        return text
    return text[0] + "*" * max(1, len(text) - 1)


#: characters of an address an output keeps (about county + township): the rest is masked
ADDRESS_KEEP = 6


def mask_address(address: str | None) -> str:
    """``石柱县黄水镇龙凤村三组27号`` → ``石柱县黄水镇***``: an address in a list or an export
    shows where roughly, never the house (a label keeps the whole address: the courier needs it)."""
    text = (address or "").strip()
    if len(text) <= ADDRESS_KEEP or text.endswith("***"):
        return text
    return text[:ADDRESS_KEEP] + "***"


def check_barcode_value(value: str | None) -> str | None:
    """``None`` stays ``None``; else printable ASCII of 1..48 chars (``document.barcode_invalid``)."""
    if value is None:
        return None
    if not (0 < len(value) <= BARCODE_MAX_LEN) or not all(" " <= c <= "~" for c in value):
        raise InvalidInput("document.barcode_invalid", text=value[:60], max_len=BARCODE_MAX_LEN)
    return value


def check_qr_value(value: str | None) -> str | None:
    """``None`` stays ``None``; else 1..300 characters of text (``document.qr_too_long``)."""
    if value is None:
        return None
    if not value or len(value) > QR_MAX_LEN:
        raise InvalidInput("document.qr_too_long", length=len(value), max_len=QR_MAX_LEN)
    return value


def _fen(value: Any, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidInput("money.invalid", field=what, text=str(value))
    return value


@dataclass(frozen=True)
class Field:
    """One ``label: value`` line (``单号: P-0001``)."""

    label: str
    value: str


@dataclass(frozen=True)
class ItemRow:
    """One sold or received item: its name, a quantity as shown (``2``, ``1.5 kg``), unit price
    and line amount in fen."""

    name: str
    quantity: str
    unit_price_fen: int
    amount_fen: int

    def __post_init__(self) -> None:
        _fen(self.unit_price_fen, "unit_price_fen")
        _fen(self.amount_fen, "amount_fen")

    @property
    def unit_price_text(self) -> str:
        return format_fen(self.unit_price_fen)

    @property
    def amount_text(self) -> str:
        return format_fen(self.amount_fen)


@dataclass(frozen=True)
class Total:
    """A total line (``合计 ¥ 35.00``); ``strong`` prints it larger (the amount to pay)."""

    label: str
    amount_fen: int
    strong: bool = False

    def __post_init__(self) -> None:
        _fen(self.amount_fen, "amount_fen")

    @property
    def amount_text(self) -> str:
        return format_fen(self.amount_fen)


@dataclass(frozen=True)
class Receipt:
    """A counter receipt. ``lines`` mixes :class:`Field` and :class:`ItemRow` in print order;
    ``issued_at`` is the stored UTC time (printed as local time). ``pending_confirmation`` prints
    a boxed mark saying the platform has not confirmed the payment yet; ``signatures`` prints a
    signing line for each entry after the totals (a farmer signing for a payout)."""

    title: str
    station_name: str
    station_code: str = ""
    issued_at: str | None = None
    lines: Sequence[Field | ItemRow] = ()
    totals: Sequence[Total] = ()
    barcode: str | None = None
    qr: str | None = None
    footer: str = ""
    pending_confirmation: bool = False
    signatures: Sequence[str] = ()
    kind: Literal["receipt"] = field(default="receipt", init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lines", tuple(self.lines))
        object.__setattr__(self, "totals", tuple(self.totals))
        object.__setattr__(self, "signatures", tuple(self.signatures))
        for line in self.lines:
            if not isinstance(line, Field | ItemRow):
                raise InvalidInput("document.line_invalid", text=type(line).__name__)
        check_barcode_value(self.barcode)
        check_qr_value(self.qr)

    @property
    def issued_text(self) -> str:
        return local_time_text(self.issued_at)


@dataclass(frozen=True)
class Party:
    """A sender or recipient as printed on a label: name shortened (``张*``), phone masked
    (``138****1234``), address in full (the courier needs it)."""

    name: str
    phone: str
    address: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", mask_name(self.name))
        object.__setattr__(self, "phone", mask_phone(self.phone))


@dataclass(frozen=True)
class Label:
    """A parcel label for 100 × 150 mm label stock. The Code128 carries ``barcode`` (default:
    the waybill number); ``weight_g`` is grams, ``price_fen`` the postage if shown."""

    waybill: str
    carrier: str
    sender: Party
    recipient: Party
    weight_g: int
    station_name: str
    station_code: str = ""
    created_at: str | None = None
    contents: str = ""
    price_fen: int | None = None
    tags: Sequence[str] = ()
    barcode: str | None = None
    qr: str | None = None
    remark: str = ""
    kind: Literal["label"] = field(default="label", init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "tags", tuple(self.tags))
        if self.barcode is None:
            object.__setattr__(self, "barcode", self.waybill)
        check_barcode_value(self.barcode)
        check_qr_value(self.qr)
        if not isinstance(self.weight_g, int) or isinstance(self.weight_g, bool) or self.weight_g < 0:
            raise InvalidInput("document.weight_invalid", text=str(self.weight_g))
        if self.price_fen is not None:
            _fen(self.price_fen, "price_fen")

    @property
    def weight_text(self) -> str:
        """``1250`` g → ``1.25 kg``; under a kilo in grams (``350 g``)."""
        if self.weight_g < 1000:
            return f"{self.weight_g} g"
        kg = f"{self.weight_g / 1000:.3f}".rstrip("0").rstrip(".")
        return f"{kg} kg"

    @property
    def price_text(self) -> str:
        return "" if self.price_fen is None else format_fen(self.price_fen)

    @property
    def created_text(self) -> str:
        return local_time_text(self.created_at)


ColumnKind = Literal["text", "phone", "name", "money", "number"]


@dataclass(frozen=True)
class Column:
    """A sheet column. ``kind`` decides how a cell is turned into text: ``phone`` masked,
    ``name`` shortened, ``money`` from fen, ``number`` right-aligned; ``weight`` is its share of
    the table width."""

    title: str
    kind: ColumnKind = "text"
    weight: float = 1.0

    @property
    def right_aligned(self) -> bool:
        return self.kind in ("money", "number")

    def cell_text(self, value: Any) -> str:
        if value is None:
            return ""
        if self.kind == "phone":
            return mask_phone(str(value))
        if self.kind == "name":
            return mask_name(str(value))
        if self.kind == "money":
            return format_fen(_fen(value, self.title))
        return str(value)


@dataclass(frozen=True)
class Sheet:
    """A table for A4 paper: round sheets, courier manifests, lists. ``rows`` are raw values,
    converted to text by their column at construction (so phones are masked before anything
    else sees them); ``signatures`` prints one signing line per entry (``Carrier``, ``Clerk``);
    ``barcode`` (Code128) and ``qr`` print at the top right."""

    title: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[Any]]
    station_name: str = ""
    station_code: str = ""
    issued_at: str | None = None
    fields: Sequence[Field] = ()
    totals: Sequence[Total] = ()
    signatures: Sequence[str] = ()
    footer: str = ""
    barcode: str | None = None
    landscape: bool = False  # A4 on its side: wide tables (ledgers with many columns)
    dense: bool = False  # smaller table text (7 pt): many columns
    qr: str | None = None
    kind: Literal["sheet"] = field(default="sheet", init=False)

    def __post_init__(self) -> None:
        cols = tuple(self.columns)
        if not cols:
            raise InvalidInput("document.no_columns")
        cells = []
        for row in self.rows:
            row = tuple(row)
            if len(row) != len(cols):
                raise InvalidInput("document.row_width", expected=len(cols), got=len(row))
            cells.append(tuple(c.cell_text(v) for c, v in zip(cols, row, strict=True)))
        object.__setattr__(self, "columns", cols)
        object.__setattr__(self, "rows", tuple(cells))
        object.__setattr__(self, "fields", tuple(self.fields))
        object.__setattr__(self, "totals", tuple(self.totals))
        object.__setattr__(self, "signatures", tuple(self.signatures))
        check_barcode_value(self.barcode)
        check_qr_value(self.qr)

    @property
    def issued_text(self) -> str:
        return local_time_text(self.issued_at)


@dataclass(frozen=True)
class TagLabel:
    """One label on a :class:`LabelSheet`: a big line read from a distance (``A-3``), a caption
    under it, and the value its Code128 and QR code carry (printable ASCII, ≤ 48)."""

    big: str
    caption: str
    code: str

    def __post_init__(self) -> None:
        check_barcode_value(self.code)
        check_qr_value(self.code)


@dataclass(frozen=True)
class LabelSheet:
    """Labels to cut out and stick (shelf-layer labels): ``columns`` × ``rows`` per A4 page with
    cutting lines, as many pages as the labels need."""

    title: str
    labels: Sequence[TagLabel]
    station_name: str = ""
    station_code: str = ""
    issued_at: str | None = None
    columns: int = 2
    rows: int = 4
    kind: Literal["labels"] = field(default="labels", init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "labels", tuple(self.labels))
        if not self.labels:
            raise InvalidInput("document.no_labels")
        if not (1 <= self.columns <= 4 and 1 <= self.rows <= 8):
            raise InvalidInput("document.grid_invalid", columns=self.columns, rows=self.rows)

    @property
    def barcode(self) -> str | None:
        return None

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


Document = Receipt | Label | Sheet | LabelSheet


def check_receipt_width(width_mm: int) -> int:
    """58 or 80 (``document.width_invalid`` otherwise)."""
    if width_mm not in RECEIPT_WIDTHS_MM:
        raise InvalidInput("document.width_invalid", width=width_mm, choices="58, 80")
    return width_mm


def document_stem(doc: Document, when: _dt.datetime) -> str:
    """A file name stem for a saved copy: kind, local time, and the barcode or waybill
    (``receipt-20260601-090000-P0001``). Only ASCII letters, digits and dashes."""
    local = when.astimezone(SHANGHAI).strftime("%Y%m%d-%H%M%S")
    ref = getattr(doc, "waybill", None) or doc.barcode or ""
    ref = "".join(c for c in ref if c.isascii() and c.isalnum())[:32]
    return f"{doc.kind}-{local}" + (f"-{ref}" if ref else "")
