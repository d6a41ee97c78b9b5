"""Choosing a printer, printing with the station's settings, and keeping barcode libraries off the
start-up path."""

from __future__ import annotations

import subprocess
import sys

from app.ui.printing import PrinterChoice, print_with_settings
from app.ui.printing.samples import sale_receipt

from .conftest import ROOT
from .test_printing import FakePrinters, page_sizes_mm


def test_choice_lists_pdf_then_printers_and_keeps_a_disconnected_one(qtbot, tmp_path):
    choice = PrinterChoice("Old thermal", FakePrinters(tmp_path, ["Office A4", "Thermal-58"]))
    qtbot.addWidget(choice)
    assert [choice.itemData(i) for i in range(choice.count())] == ["", "Office A4", "Thermal-58", "Old thermal"]
    assert choice.printer_name() == "Old thermal"  # not silently reset to something else
    with qtbot.waitSignal(choice.choiceChanged) as blocker:
        choice.setCurrentIndex(2)
    assert blocker.args == ["Thermal-58"]
    choice.set_printer_name("")
    assert choice.printer_name() == "" and choice.currentIndex() == 0


def test_print_with_settings_uses_the_width_and_the_spool_folder(qapp, station, actors, tmp_path):
    station.settings.set(actors["admin"], "printing.receipt_width_mm", 80)
    path = print_with_settings(sale_receipt(), station.settings, station.paths.spool)
    assert path is not None and path.parent == station.paths.spool
    [(w, _)] = page_sizes_mm(path)
    assert abs(w - 80) < 0.5

    printers = FakePrinters(tmp_path, ["Thermal-58"])
    station.settings.set(actors["admin"], "printing.printer_name", "Thermal-58")
    station.settings.set(actors["admin"], "printing.receipt_width_mm", 58)
    assert print_with_settings(sale_receipt(), station.settings, station.paths.spool, printers=printers) is None
    [(w, _)] = page_sizes_mm(printers.opened[0])
    assert abs(w - 58) < 0.5


def test_barcode_libraries_load_only_when_a_code_is_drawn():
    code = ("import sys, app.ui.printing, app.core.documents;"
            "print(sorted(m for m in ('barcode', 'qrcode', 'PIL') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "[]"
