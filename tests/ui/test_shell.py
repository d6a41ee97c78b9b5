"""The signed-in shell: declared modules per role, navigation by shortcut, honest placeholders,
the status bar's backlog figures and warning, settings, and idle auto-lock on a ManualClock."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QSpinBox

from app.core.clock import iso_utc
from app.core.users.model import Role
from app.ui.modules import MODULE_PACKAGES, NOT_BUILT_YET, load_modules
from app.ui.settings.screen import SettingsPage
from app.ui.shell.placeholder import NotAvailablePage
from app.ui.theme import LARGE_PT, NORMAL_PT
from app.ui.today.screen import TodayPage

from .conftest import activate, sign_in

ALL = ["today", "parcels", "payments", "shop", "consignment", "reports", "sync", "settings"]


def test_every_declared_module_is_listed_in_order():
    specs = load_modules()
    assert [s.key for s in specs] == ALL
    assert set(MODULE_PACKAGES) == set(ALL) == set(NOT_BUILT_YET)
    shortcuts = [s.shortcut for s in specs]
    assert len(set(shortcuts)) == len(shortcuts) and all(shortcuts)


def test_role_based_module_visibility(qtbot, make_window):
    window = make_window()
    sign_in(qtbot, window, "clerk")
    assert window.shell.keys == [k for k in ALL if k != "reports"]  # the Reports page: supervisors and admins
    window.lock()
    sign_in(qtbot, window, "supervisor")
    assert window.shell.keys == ["today", "parcels", "payments", "reports", "sync", "settings"]  # payments: to read
    assert not window.shell.open("shop")  # not even by key
    window.lock()
    sign_in(qtbot, window, "admin")
    assert window.shell.keys == ALL


def test_navigation_by_shortcut(qtbot, make_window, ctrl):
    window = make_window()
    sign_in(qtbot, window, "clerk")
    activate(qtbot, window)
    shell = window.shell
    assert shell.current_key == "today" and isinstance(shell.current_page, TodayPage)
    qtbot.keyClick(window, Qt.Key.Key_8, ctrl)
    assert shell.current_key == "settings" and isinstance(shell.current_page, SettingsPage)
    qtbot.keyClick(window, Qt.Key.Key_3, ctrl)
    assert shell.current_key == "payments"
    qtbot.keyClick(window, Qt.Key.Key_PageDown, ctrl)
    assert shell.current_key == "shop"
    assert shell.title.text() == "Shop"


def test_supervisor_shortcut_to_a_hidden_module_does_nothing(qtbot, make_window, ctrl):
    window = make_window()
    sign_in(qtbot, window, "supervisor")
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_7, ctrl)
    assert window.shell.current_key == "sync"
    qtbot.keyClick(window, Qt.Key.Key_4, ctrl)  # the shop: not for supervisors
    assert window.shell.current_key == "sync"


def test_lock_shortcut(qtbot, make_window, ctrl):
    window = make_window()
    sign_in(qtbot, window, "clerk")
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, ctrl)
    assert window.login is not None and window.actor is None


def test_module_not_built_shows_an_honest_page_without_controls(qtbot, make_window):
    unbuilt = [s for s in load_modules() if not s.available and s.visible_to(Role.CLERK)]
    if not unbuilt:
        pytest.skip("every module screen is built")
    window = make_window()
    sign_in(qtbot, window, "clerk")
    window.shell.open(unbuilt[0].key)
    page = window.shell.current_page
    assert isinstance(page, NotAvailablePage)
    assert not page.findChildren(QAbstractButton) and not page.findChildren(QLineEdit)
    texts = " ".join(label.text() for label in page.findChildren(type(window.shell.title)))
    assert f"{unbuilt[0].title} is not available yet" in texts


def test_today_page_reads_real_figures(qtbot, make_window, station, actors):
    window = make_window()
    sign_in(qtbot, window, "clerk")
    page = window.shell.current_page
    summary = page.summary
    assert summary.station_code == "CQ0001" and summary.station_name == "测试村站"
    assert len(summary.staff) == 4
    pending = station.store.query_one("SELECT count(*) FROM outbox")[0]
    assert page.pending.number.text() == str(pending)
    station.settings.set(actors["admin"], "ui.idle_lock_minutes", 9)  # one more audited operation
    page.refresh()
    assert page.summary.operations_today == summary.operations_today + 1


def test_status_bar_counts_pending_and_warns_after_a_day(qtbot, make_window, station, clock):
    window = make_window()
    sign_in(qtbot, window, "clerk")
    status = window.shell.status
    status.refresh()
    pending = station.store.query_one("SELECT count(*) FROM outbox")[0]
    assert status.stats.pending == pending > 0
    assert status.pending.text().startswith(f"Pending changes: {pending}")
    assert status.last_sync.text() == "Last sync: never"
    assert status.property("stale") is False
    clock.advance(days=1, seconds=5)
    status.refresh()
    assert status.property("stale") is True and status.pending.property("warn") is True
    assert "(oldest 1 d)" in status.pending.text()
    # the platform acknowledged everything: nothing pending, no warning
    with station.store.write(actor="system", action="test.ack") as tx:  # what a successful sync records
        tx.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('acked_through', ?)", (str(pending),))
        tx.execute("INSERT INTO sync_runs (trigger, started_at, ended_at, result) VALUES ('manual', ?, ?, 'ok')",
                   (iso_utc(clock.now()), iso_utc(clock.now())))
    status.refresh()
    assert status.stats.pending == 0 and status.property("stale") is False
    assert status.online is True and status.link.text() == "Online"
    assert status.last_sync.text().startswith("Last sync: ")
    assert status.last_sync.text() != "Last sync: never"


def test_admin_changes_settings_through_the_service(qtbot, make_window, station, qapp):
    window = make_window()
    sign_in(qtbot, window, "admin")
    window.shell.open("settings")
    page: SettingsPage = window.shell.current_page
    assert page.editable and page.save_button.isVisible()
    spin = page.editors["ui.idle_lock_minutes"]
    assert isinstance(spin, QSpinBox) and spin.value() == 5
    spin.setValue(12)
    page.editors["ui.large_font"].setChecked(True)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert station.settings.get("ui.idle_lock_minutes") == 12
    assert station.settings.get("ui.large_font") is True
    assert window.idle.minutes == 12
    assert qapp.font().pointSize() == LARGE_PT  # large font applies at once
    audited = [json.loads(r[0])["name"] for r in station.store.query(
        "SELECT summary FROM audit WHERE action = 'settings.set' AND actor = 'admin'")]
    assert sorted(audited) == ["ui.idle_lock_minutes", "ui.large_font"]
    assert window.feedback.last_text == "Settings saved"
    page.editors["ui.large_font"].setChecked(False)
    page.save()
    assert qapp.font().pointSize() == NORMAL_PT


def test_admin_sets_the_retention_days_within_their_bounds(qtbot, make_window, station):
    window = make_window()
    sign_in(qtbot, window, "admin")
    window.shell.open("settings")
    page: SettingsPage = window.shell.current_page
    parcels, shipments = page.editors["privacy.retention_days"], page.editors["privacy.shipment_retention_days"]
    assert (parcels.value(), shipments.value()) == (90, 365)
    assert (parcels.minimum(), shipments.minimum()) == (7, 30)  # the service's bounds, not a free number
    parcels.setValue(3)  # below the bound: the box holds the minimum
    shipments.setValue(400)
    page.save()
    assert station.settings.get("privacy.retention_days") == 7
    assert station.settings.get("privacy.shipment_retention_days") == 400


def test_clerk_sees_settings_but_cannot_change_them(qtbot, make_window):
    window = make_window()
    sign_in(qtbot, window, "clerk")
    window.shell.open("settings")
    page: SettingsPage = window.shell.current_page
    assert not page.editable and not page.save_button.isVisible()
    assert all(not e.isEnabled() for e in page.editors.values())


def test_language_setting_applies_at_the_next_sign_in(qtbot, make_window, station, actors):
    window = make_window()
    sign_in(qtbot, window, "admin")
    station.settings.set(actors["admin"], "ui.language", "zh_CN")
    window.lock()
    assert window.login.sign_in_button.text() == "登录"


def test_idle_auto_lock_on_the_station_clock(qtbot, make_window, clock):
    window = make_window()
    sign_in(qtbot, window, "clerk")
    assert window.idle.minutes == 5
    clock.advance(minutes=4)
    assert not window.idle.check()
    qtbot.keyClick(window.shell.nav, Qt.Key.Key_Down)  # someone works: the count restarts
    clock.advance(minutes=4)
    assert not window.idle.check() and window.actor is not None
    window.idle.set_check_interval(20)  # let the real timer notice
    clock.advance(minutes=2)
    qtbot.waitUntil(lambda: window.login is not None, timeout=3000)
    assert window.actor is None and window.login.username == "clerk"


def test_idle_lock_zero_means_never(qtbot, make_window, station, actors, clock):
    station.settings.set(actors["admin"], "ui.idle_lock_minutes", 0)
    window = make_window()
    sign_in(qtbot, window, "clerk")
    clock.advance(hours=10)
    assert not window.idle.check() and window.actor is not None


def test_screens_print_through_the_hooks(qtbot, make_window, station):
    """No printer chosen: the document is saved as a PDF in the data folder's prints/."""
    from app.core.documents import Field, Receipt

    window = make_window()
    sign_in(qtbot, window, "clerk")
    ctx = window.shell.ctx
    path = ctx.printing.print_document(Receipt(title="缴费凭条", station_name="测试村站", lines=[Field("户号", "123")]))
    assert path is not None and path.parent == station.paths.spool and path.read_bytes().startswith(b"%PDF")


def test_settings_save_by_keyboard(qtbot, make_window, station, ctrl):
    window = make_window()
    sign_in(qtbot, window, "admin")
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_8, ctrl)
    page: SettingsPage = window.shell.current_page
    page.editors["ui.idle_lock_minutes"].setValue(17)
    qtbot.keyClick(window, Qt.Key.Key_S, ctrl)
    assert station.settings.get("ui.idle_lock_minutes") == 17
    qtbot.keyClick(window, Qt.Key.Key_1, ctrl)  # on another page Ctrl+S does nothing
    page.editors["ui.idle_lock_minutes"].setValue(18)
    qtbot.keyClick(window, Qt.Key.Key_S, ctrl)
    assert station.settings.get("ui.idle_lock_minutes") == 17
