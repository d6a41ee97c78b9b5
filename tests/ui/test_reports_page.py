"""The Reports page for a supervisor and Today for a clerk, on real widgets over the generated
history (1366 × 768): the figures on screen are the report's, the charts are drawn, exports are
written, a clerk's Today shows the shift blind, and nothing grows the window past the screen."""
# ruff: noqa: F811 - the history fixtures are imported and used by name

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor

from app.core.exports import read_book_csv
from app.ui.charts import PALETTE, ChartView

from ..report_support import _history_template, hactors, hist  # noqa: F401
from .conftest import activate


@pytest.fixture
def station(hist):  # the window runs on the history station
    return hist


def _screen(window) -> None:  # noqa: ANN001
    window.resize(1366, 768)


def test_reports_page_for_a_supervisor_with_its_charts(qtbot, make_window, hist, hactors, tmp_path):
    window = make_window()
    _screen(window)
    window.sign_in(hactors["supervisor"])
    assert window.shell.open("reports")
    page = window.shell.current_page
    page.kind.setCurrentIndex(page.kind.findData("subsidy"))
    page.month.setCurrentIndex(page.month.findText("2024-02"))
    activate(qtbot, window)
    qtbot.keyClick(page, Qt.Key.Key_F5)  # Show
    qtbot.waitUntil(lambda: page.report is not None and page.report.kind == "subsidy")
    data = hist.reports.subsidy(hactors["supervisor"], "2024-02").data
    volumes = page.tables.widget(0)
    assert page.tables.tabText(0) == "Parcel volumes"
    assert volumes.texts(0)[:2] == ["Downstream (inbound) parcels", "Upstream (outbound) parcels"]
    assert volumes.texts(1)[:2] == [str(data["downstream"]), str(data["upstream"])]
    assert volumes.texts(4)[0] == f"{data['mom']['downstream']['pct']:.1f}%"
    shown = [v for v in page.charts if v.isVisible()]
    assert len(shown) == 3 and all(isinstance(v, ChartView) and v.chart for v in shown)
    assert shown[0].chart.series[0].values[0] == data["downstream"]
    image = shown[0].grab().toImage()
    blue = QColor(PALETTE[0]).rgb()
    assert any(image.pixel(x, y) == blue for x in range(0, image.width(), 3) for y in range(0, image.height(), 3))
    assert window.size().width() == 1366 and window.size().height() == 768  # nothing pushed past the screen
    window.grab().save(str(tmp_path / "reports.png"))
    # the first month: its baselines are missing, shown as "—"
    page.month.setCurrentIndex(page.month.findText("2023-01"))
    page.load()
    assert page.tables.widget(0).texts(2)[0] == "—" and page.tables.widget(0).texts(4)[0] == "—"
    # export what is shown
    page.load()
    page.export("csv")
    _, tables = read_book_csv(page.last_path)
    assert tables["Parcel volumes"][1][1] == page.tables.widget(0).texts(1)[0]
    page.kind.setCurrentIndex(page.kind.findData("daily"))
    assert page.date.isVisible() and not page.month.isVisible()
    page.date.setDate(QDate(2024, 2, 29))
    page.load()
    assert page.report.kind == "daily" and page.report.data["date"] == "2024-02-29"
    assert page.tables.count() == 6 and page.charts[0].isVisible() and not page.charts[1].isVisible()


def test_reports_page_is_for_supervisors_and_admins(qtbot, make_window, hactors):
    window = make_window()
    window.sign_in(hactors["clerk"])
    assert "reports" not in window.shell.keys and not window.shell.open("reports")


def test_today_for_a_clerk_at_a_glance(qtbot, make_window, hist, hactors, tmp_path):
    clerk = hactors["clerk"]
    hist.cash.open(clerk, 20000)
    hist.payments.take(clerk, "electricity", "0312556677", 12050)
    window = make_window()
    _screen(window)
    window.sign_in(clerk)
    page = window.shell.current_page
    page.refresh()
    g = page.summary.glance
    held = hist.store.query_one("SELECT count(*) FROM parcels WHERE status = 'in_station'")[0]
    assert g.parcels_waiting == held and page.parcels.number.text() == str(held)
    assert g.parcels_overdue > 0 and f"overdue (over 7 days): {g.parcels_overdue}" in page.parcels.detail.text()
    n, total = hist.store.query_one("SELECT count(*), sum(amount_fen) FROM payments WHERE status = 'pending'")
    assert page.payments.number.text() == str(n) and f"¥{total / 100:.2f} in all" in page.payments.detail.text()
    assert page.shift.isVisible() and page.shift.number.text().startswith("No. ")
    assert g.shift.expected_fen is None and "should hold" not in page.shift.detail.text()  # blind
    assert "blind close" in page.shift.detail.text()
    assert page.consign.isVisible() and page.consign.number.text() == str(g.consign_due + g.consign_overdue)
    alerts = page.alerts.detail.text()
    assert "on the shelf more than 7 days" in alerts and "waited for the platform" in alerts
    assert window.size().width() == 1366 and window.size().height() == 768
    window.grab().save(str(tmp_path / "today.png"))
    # a supervisor has no drawer of their own, nor a shop to stock
    window.lock()
    window.sign_in(hactors["supervisor"])
    page = window.shell.current_page
    page.refresh()
    assert not page.shift.isVisible() and not page.shop.isVisible()
