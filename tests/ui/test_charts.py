"""The one chart renderer: round ticks covering the data, bars (negative ones below the zero line)
and lines, Chinese labels, the same drawing into a PNG and onto a PDF page."""

from __future__ import annotations

import shutil
import subprocess

from PySide6.QtGui import QColor

from app.core.exports import Chart, ChartSeries, ExportBook, ExportColumn, ExportTable
from app.ui.charts import PALETTE, chart_image, chart_png, nice_ticks


def test_ticks_are_round_and_cover_the_values():
    assert nice_ticks(0, 22) == [0, 5, 10, 15, 20, 25]
    assert nice_ticks(-3, 7)[0] <= -3 and nice_ticks(-3, 7)[-1] >= 7 and 0 in nice_ticks(-3, 7)
    assert nice_ticks(0, 0) == [0, 1]
    assert nice_ticks(0, 3) == [0, 1, 2, 3]


def test_bars_go_both_ways_and_the_png_is_the_drawing(qapp, tmp_path):
    chart = Chart("bar", "下行净增（退回扣减）", ("1日", "2日", "3日"), (ChartSeries("本月", (5, -3, 2)),), "件")
    image = chart_image(chart, 600, 300)
    blue = QColor(PALETTE[0]).rgb()
    columns = sorted({x for x in range(image.width()) for y in range(0, image.height(), 2)
                      if image.pixel(x, y) == blue})
    bars: list[list[int]] = [[columns[0]]]  # runs of adjacent columns: one per bar (the legend square first)
    for x in columns[1:]:
        (bars[-1].append(x) if x - bars[-1][-1] <= 1 else bars.append([x]))
    bars = [b for b in bars if len(b) > 12]  # the bars, wider than the legend's square
    assert len(bars) == 3
    spans = [sorted(y for y in range(image.height()) if image.pixel(b[len(b) // 2], y) == blue) for b in bars]
    up, down, small = spans
    assert down[0] >= up[-1] - 2  # the negative bar hangs below the zero line the positive one stands on
    assert len(up) > len(small) and len(down) > len(small)
    path = chart_png(chart, tmp_path / "chart.png", 600, 300)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_book_pdf_carries_the_chart_and_its_chinese(qapp, tmp_path):
    from app.ui.printing.export import save_book_pdf

    table = ExportTable(title="每日明细", columns=[ExportColumn("d", "日期", "date"), ExportColumn("n", "下行", "number")],
                        rows=[{"d": f"2024-02-{i:02d}", "n": i} for i in range(1, 30)])
    chart = Chart("line", "每日快递件量", tuple(f"{i:02d}" for i in range(1, 30)),
                  (ChartSeries("下行", tuple(range(1, 30))),), "件")
    path = save_book_pdf(ExportBook(title="月度补贴报表", tables=[table], fields=[("月份", "2024-02")],
                                    charts=[chart]), tmp_path / "book.pdf")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        assert "每日快递件量" in text and "2024-02-29" in text and "月份: 2024-02" in text
