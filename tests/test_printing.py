"""Receipts, labels and sheets printed for real: PDFs read back with poppler (pdfinfo, pdftotext,
pdffonts, pdftoppm) and their barcodes decoded with zxing-cpp. Only printer hardware is mocked."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QCoreApplication

from app.core.documents import Field, Receipt
from app.core.errors import NotFound, Refused
from app.ui.printing import ImageTarget, print_or_save, render, save_pdf
from app.ui.printing.receipt import pending_text
from app.ui.printing.samples import LONG_ADDRESS, parcel_label, payment_receipt, round_sheet, sale_receipt

PT_PER_MM = 72 / 25.4


def pdf_text(pdf: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def page_sizes_mm(pdf: Path) -> list[tuple[float, float]]:
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(pdf)], check=True, capture_output=True,
                         text=True).stdout
    return [(float(w) / PT_PER_MM, float(h) / PT_PER_MM)
            for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out)]


def decode(png: Path | Image.Image) -> dict[str, list[str]]:
    image = png if isinstance(png, Image.Image) else Image.open(png)
    found: dict[str, list[str]] = {}
    for result in zxingcpp.read_barcodes(image):
        found.setdefault(str(result.format), []).append(result.text)
    return found


def rasterise(pdf: Path, page: int = 1, dpi: int = 300) -> Path:
    stem = pdf.with_name(f"{pdf.stem}-p{page}")
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile",
                    str(pdf), str(stem)], check=True)
    return stem.with_suffix(".png")


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def pdfs(qapp, tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("prints")
    return {
        "r58": save_pdf(payment_receipt(), out / "r58.pdf", receipt_width_mm=58),
        "r80": save_pdf(payment_receipt(), out / "r80.pdf", receipt_width_mm=80),
        "sale58": save_pdf(sale_receipt(), out / "sale58.pdf", receipt_width_mm=58),
        "label": save_pdf(parcel_label(), out / "label.pdf"),
        "sheet": save_pdf(round_sheet(60), out / "sheet.pdf"),
    }


@pytest.mark.parametrize(("name", "width"), [("r58", 58), ("r80", 80), ("sale58", 58)])
def test_receipt_page_is_the_roll_width_and_as_long_as_its_content(pdfs, name, width):
    [(w, h)] = page_sizes_mm(pdfs[name])
    assert abs(w - width) < 0.5
    assert h > width  # a continuous roll: the page ends where the receipt does


def test_receipt_chinese_comes_back_exactly_and_the_font_is_embedded(pdfs):
    for name in ("r58", "r80"):
        text = flat(pdf_text(pdfs[name]))
        for expected in ("龙凤村邮运通服务站", "生活缴费收据（电费）", "陈*华", "120.50", "130.00", "9.50",
                         "2026-06-0109:30", flat(LONG_ADDRESS)):
            assert expected in text, (name, expected)
    fonts = subprocess.run(["pdffonts", str(pdfs["r58"])], check=True, capture_output=True, text=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    assert rows and all("yes" == row[-5] for row in rows), fonts  # the "emb" column


def test_long_chinese_lines_wrap_inside_the_printable_width(pdfs):
    for name, width, margin in (("r58", 58, 5.0), ("r80", 80, 4.0)):
        bbox = pdf_text(pdfs[name], "-bbox")
        words = [(float(a), float(b), float(c), w) for a, b, c, w in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', bbox)]
        assert words
        right_edge = (width - margin + 0.3) * PT_PER_MM
        assert max(x_max for _, _, x_max, _ in words) <= right_edge, name
        assert min(x_min for x_min, _, _, _ in words) >= (margin - 0.3) * PT_PER_MM, name
        address_lines = {round(y) for _, y, _, w in words if w and w in LONG_ADDRESS and len(w) > 1}
        assert len(address_lines) >= (4 if width == 58 else 3), (name, address_lines)


@pytest.mark.parametrize("name", ["r58", "r80"])
def test_receipt_code128_and_qr_decode_back(pdfs, name):
    found = decode(rasterise(pdfs[name]))
    assert found.get("Code 128") == ["PAY202606010007"]
    assert found.get("QR Code") == ["https://yyt.cq.example/r/PAY202606010007"]


def test_pending_confirmation_is_marked_only_when_pending(pdfs):
    heading = flat(pending_text().split("\n")[0])  # in whatever language the app has installed
    assert heading in flat(pdf_text(pdfs["r58"]))
    assert heading not in flat(pdf_text(pdfs["sale58"]))


def test_label_size_masking_and_codes(pdfs):
    [(w, h)] = page_sizes_mm(pdfs["label"])
    assert abs(w - 100) < 0.5 and abs(h - 150) < 0.5
    text = pdf_text(pdfs["label"])
    assert "139****4321" in text and "13987654321" not in text
    assert "138****1234" in text and "13812341234" not in text
    assert "刘**" in text and "刘晓燕" not in text
    assert "四川省成都市武侯区人民南路四段" in flat(text)
    found = decode(rasterise(pdfs["label"], dpi=200))
    assert found.get("Code 128") == ["CQ5001010001000127"]
    assert found.get("QR Code") == ["https://yyt.cq.example/w/CQ5001010001000127"]


def test_sheet_is_a4_with_the_header_on_every_page_and_masked_phones(pdfs):
    sizes = page_sizes_mm(pdfs["sheet"])
    assert len(sizes) == 2 and all(abs(w - 210) < 0.5 and abs(h - 297) < 0.5 for w, h in sizes)
    page2 = pdf_text(pdfs["sheet"], "-f", "2", "-l", "2")
    page_words = QCoreApplication.translate("Printing", "Page {page} / {count}").format(page=2, count=2)
    assert "运单号" in page2 and flat(page_words) in flat(page2)
    assert "A-4-0186" in page2  # the last row
    everything = pdf_text(pdfs["sheet"])
    assert "139****5678" in everything and "13900005678" not in everything
    assert decode(rasterise(pdfs["sheet"], dpi=200)).get("Code 128") == ["ROUND20260601A"]


class FakePrinters:
    """The printer hardware, mocked: each "printer" is a QPrinter writing a PDF we can read."""

    def __init__(self, folder: Path, names: list[str]) -> None:
        self.folder, self._names, self.opened = folder, names, []

    def names(self) -> list[str]:
        return list(self._names)

    def open(self, name: str):
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        path = self.folder / f"{name}-{len(self.opened)}.pdf"
        printer.setOutputFileName(str(path))
        self.opened.append(path)
        return printer


def test_print_to_a_chosen_printer(qapp, tmp_path):
    printers = FakePrinters(tmp_path, ["Office A4", "Thermal-80"])
    out = tmp_path / "prints"
    assert print_or_save(payment_receipt(), "Thermal-80", out, receipt_width_mm=80, printers=printers) is None
    [sent] = printers.opened
    [(w, _)] = page_sizes_mm(sent)
    assert abs(w - 80) < 0.5
    assert "龙凤村邮运通服务站" in pdf_text(sent)
    assert not out.exists()  # printed, not saved


def test_unknown_printer_is_refused_before_anything_is_drawn(qapp, tmp_path):
    printers = FakePrinters(tmp_path, ["Thermal-80"])
    with pytest.raises(NotFound) as e:
        print_or_save(payment_receipt(), "Gone", tmp_path / "prints", printers=printers)
    assert e.value.code == "printer.not_found" and e.value.fields["name"] == "Gone"
    assert printers.opened == [] and not (tmp_path / "prints").exists()


def test_no_printer_saves_a_new_pdf_each_time(qapp, tmp_path):
    out = tmp_path / "prints"
    first = print_or_save(sale_receipt(), None, out)
    second = print_or_save(sale_receipt(), "", out)
    assert first != second and first.exists() and second.exists()
    assert first.name.startswith("receipt-") and first.suffix == ".pdf"
    assert sorted(p.name for p in out.iterdir()) == sorted([first.name, second.name])  # no .part left
    assert "农资销售小票" in pdf_text(second)


def test_a_folder_that_cannot_hold_the_pdf_is_refused(qapp, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x")
    with pytest.raises(Refused) as e:
        print_or_save(sale_receipt(), None, blocked)
    assert e.value.code == "printer.save_failed"


def test_preview_at_203_dpi_prints_whole_dot_modules_that_decode(qapp):
    target = ImageTarget(dpi=203)
    assert render(payment_receipt(), target, receipt_width_mm=58) == 1
    [image] = target.images
    assert image.width() == round(58 * 203 / 25.4)
    path_png = Image.frombytes("RGBA", (image.width(), image.height()),
                               bytes(image.convertToFormat(image.Format.Format_RGBA8888).constBits()))
    found = decode(path_png)
    assert found.get("Code 128") == ["PAY202606010007"]
    assert found.get("QR Code") == ["https://yyt.cq.example/r/PAY202606010007"]


def test_very_long_receipt_continues_on_pages_of_the_same_width(qapp, tmp_path):
    lines = [Field(f"第{i}项", "很长的说明文字" * 3) for i in range(400)]
    pdf = save_pdf(Receipt("长收据", "村站", lines=lines), tmp_path / "long.pdf", receipt_width_mm=58)
    sizes = page_sizes_mm(pdf)
    assert len(sizes) >= 2 and all(abs(w - 58) < 0.5 and h <= 2001 for w, h in sizes)
    assert "第399项" in pdf_text(pdf)


def test_a_huge_label_address_shrinks_and_stays_in_its_block(qapp, tmp_path):
    from app.core.documents import Party

    label = parcel_label()
    crowded = Party("欧阳娜娜", "13912345678", LONG_ADDRESS * 8)
    from dataclasses import replace

    pdf = save_pdf(replace(label, recipient=crowded), tmp_path / "crowded.pdf")
    bbox = pdf_text(pdf, "-bbox")
    words = [(float(y0), float(y1), w) for y0, y1, w in re.findall(
        r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', bbox)]
    recipient = [(y0, y1) for y0, y1, w in words if len(w) > 1 and w in LONG_ADDRESS * 8]
    assert recipient and max(y0 for y0, _ in recipient) < 82 * PT_PER_MM  # no line starts past its block
    assert "陈**" in flat(pdf_text(pdf)) and "重庆市石柱县黄水镇龙凤村三组" in flat(pdf_text(pdf))  # the sender still prints
