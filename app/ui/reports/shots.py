"""The reports' pictures, made by the real window on a temporary station with fifteen months of
generated history (``app.core.reports.sample``):

    python -m app.ui.reports.shots OUT_DIR [--lang zh_CN|en] [--size 1366x768]

writes ``reports-subsidy.png`` (a supervisor on February 2024's subsidy report: MoM, YoY, charts),
``reports-daily.png`` (the daily report's shifts), ``today-clerk.png`` (a clerk's Today) and, with
pdftoppm, ``report-subsidy-pdf.png`` (page 1 of the exported PDF) and ``report-subsidy-charts.png``
(its chart page)."""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

from ..shots_kit import shots_session

PINS = {"admin": "135790", "clerk": "246802", "carrier": "314159", "supervisor": "271828"}


def history_station(root: Path):  # noqa: ANN201 - a Station with its ManualClock
    """A station with users of every role and fifteen months of history (2023-01 … 2024-03)."""
    from ...core.clock import ManualClock
    from ...core.reports.sample import generate_history
    from ...core.station import Station
    from ...paths import DataPaths

    clock = ManualClock("2023-01-01T00:00:00Z")
    st = Station.create(DataPaths(root), code="CQ5001010001", name="石柱县黄水镇龙凤村邮运通综合便民服务站",
                        town="黄水镇", county="石柱县", admin_username="admin", admin_pin=PINS["admin"], clock=clock)
    admin = st.users.authenticate("admin", PINS["admin"])
    for user, role, name in (("clerk", "clerk", "张丽"), ("carrier", "carrier", "王大山"),
                             ("supervisor", "supervisor", "赵平")):
        st.users.add(admin, user, role, PINS[user], name)
    clerk = st.users.authenticate("clerk", PINS["clerk"])
    generate_history(st, clerk, st.users.authenticate("carrier", PINS["carrier"]), _dt.date(2023, 1, 1),
                     _dt.date(2024, 3, 12))
    clock.set("2024-03-12T02:30:00Z")
    st.cash.open(clerk, 20000)
    st.payments.take(clerk, "electricity", "0312556677", 12050)
    return st


def main(argv: list[str] | None = None) -> int:
    from PySide6.QtCore import QDate

    with shots_session("python -m app.ui.reports.shots", argv, make_station=history_station, pins=PINS) as s:
        station = s.station
        window = s.open()
        grab = s.grab
        window.sign_in(station.users.authenticate("supervisor", PINS["supervisor"]))
        window.shell.open("reports")
        page = window.shell.current_page
        page.kind.setCurrentIndex(page.kind.findData("subsidy"))
        page.month.setCurrentIndex(page.month.findText("2024-02"))
        page.load()
        grab("reports-subsidy.png")
        page.export("pdf")
        pdf = page.last_path
        page.kind.setCurrentIndex(page.kind.findData("daily"))
        page.date.setDate(QDate(2024, 3, 10))
        page.load()
        page.tables.setCurrentIndex(4)
        grab("reports-daily.png")
        window.lock()
        window.sign_in(station.users.authenticate("clerk", PINS["clerk"]))
        window.shell.open("today")
        window.shell.current_page.refresh()
        grab("today-clerk.png")
        for first, name in ((1, "report-subsidy-pdf"), (3, "report-subsidy-charts")):
            s.pdf_page(pdf, name, 80, page=first)
    return 0


if __name__ == "__main__":
    sys.exit(main())
