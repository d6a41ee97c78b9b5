"""Screens in Chinese: the Sync page shows a refused record's reason in words (the code itself when
the platform's reason has none, and as the tooltip) and the oldest waiting change as "when（age）";
the weight on the Send tab is in 克; the status bar says "最早 1 秒前"."""

from __future__ import annotations

from app.core.sync.model import DeadLetter
from app.ui.i18n import install_language
from app.ui.sync.screen import REASON_COLUMN, SyncFacts

from .conftest import sign_in
from .parcels_helpers import open_parcels


def test_refused_reasons_and_oldest_change_in_chinese(qtbot, make_window, station, actors, clock, qapp):
    station.users.add(actors["admin"], "wu", "clerk", "975310", "吴")  # a change waiting for the platform
    clock.advance(days=12)
    install_language(qapp, "zh_CN")
    window = make_window(language="zh_CN")
    sign_in(qtbot, window, "admin")
    assert window.shell.open("sync")
    page = window.shell.current_page
    assert page.oldest.text().endswith("（12 天）") and "(" not in page.oldest.text()
    at = "2026-06-01T01:00:00Z"
    dead = [DeadLetter(2, "c2", "probes", "y", "create", "sync.busy", at),
            DeadLetter(1, "c1", "probes", "x", "create", "record.secret_field", at)]
    page.show_facts(SyncFacts(station.sync.status(), [], dead))
    reasons = page.refused.texts(REASON_COLUMN)
    assert reasons == ["已有同步正在进行：请等它完成", "record.secret_field"]
    assert [page.refused.item(r, REASON_COLUMN).toolTip() for r in (0, 1)] == ["sync.busy", "record.secret_field"]


def test_weight_unit_and_ages_in_chinese(qtbot, make_window, station, actors, clock, qapp):
    station.users.add(actors["admin"], "wu", "clerk", "975310", "吴")
    clock.advance(1)
    install_language(qapp, "zh_CN")
    window = make_window(language="zh_CN")
    page, screen = open_parcels(qtbot, window, "send")
    assert screen.weight.suffix() == " 克"
    status = window.shell.status
    status.refresh()
    assert "（最早 1 秒前）" in status.pending.text()
