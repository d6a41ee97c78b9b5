"""The parcels screens' own look: the loud banner (green ok, amber "needs you", red error) with
the pickup code set huge, the scan field, and the carrier page's large black-and-white variant.
Sizes derive from the window's base point size, so the large-font setting scales them."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ..theme import COLORS, base_point_size

OK_BG, ERROR_BG = "#e6f4ea", "#fce8e6"


def current_point_size() -> int:
    """The base point size the window uses now (normal or large font)."""
    app = QApplication.instance()
    return base_point_size(bool(app.property("yyt_large_font")) if app is not None else False)


def parcels_style(pt: int) -> str:
    c = COLORS
    return f"""
#parcelBanner {{ background: {c['panel']}; border: 3px solid {c['line']}; border-radius: 8px; }}
#parcelBanner[kind="ok"] {{ background: {OK_BG}; border-color: {c['ok']}; }}
#parcelBanner[kind="warn"] {{ background: {c['warn_bg']}; border-color: {c['warn']}; }}
#parcelBanner[kind="error"] {{ background: {ERROR_BG}; border-color: {c['error']}; }}
#bannerCaption {{ font-size: {pt + 4}pt; font-weight: bold; color: {c['text']}; }}
#bannerCaption[kind="error"] {{ color: {c['error']}; }}
#bannerCaption[kind="warn"] {{ color: {c['warn']}; }}
#bannerBig {{ font-size: {pt * 6}pt; font-weight: bold; color: {c['brand_dark']}; }}
#bannerBig[kind="error"] {{ color: {c['error']}; }}
#bannerBig[kind="warn"] {{ color: {c['warn']}; }}
#bannerBig[compact="true"] {{ font-size: {pt * 3}pt; }}
#bannerDetail {{ font-size: {pt + 3}pt; }}
#scanField {{ font-size: {pt + 6}pt; padding: 4px 8px; }}
#pendingLine {{ color: {c['warn']}; font-weight: bold; font-size: {pt + 2}pt; }}
#queueTitle {{ color: {c['warn']}; font-weight: bold; }}
#waitingQueue {{ background: {c['warn_bg']}; border: 1px solid {c['warn']}; border-radius: 4px; }}
#waitingQueue::item {{ padding: 4px 10px; margin: 3px; border: 1px solid {c['warn']}; border-radius: 4px;
    background: white; color: {c['text']}; }}
#waitingQueue::item:selected {{ background: {c['warn']}; color: white; font-weight: bold; }}
#parcelTable {{ font-size: {pt}pt; }}
#fieldError {{ color: {c['error']}; font-size: {max(9, pt - 2)}pt; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QSpinBox[invalid="true"] {{ border: 2px solid {c['error']};
    border-radius: 3px; background: {ERROR_BG}; }}
QCheckBox[invalid="true"] {{ color: {c['error']}; font-weight: bold; }}
#sectionTitle {{ font-size: {pt + 2}pt; font-weight: bold; color: {c['brand_dark']}; }}
QTabBar::tab {{ padding: 8px 14px; font-size: {pt}pt; }}
QTabBar::tab:selected {{ font-weight: bold; color: {c['brand_dark']}; }}
"""


def carrier_page_style(pt: int) -> str:
    """For the carrier's round page inside carrier mode: every text at least ``pt`` (≥ 20 pt)."""
    c = COLORS
    return f"""
QWidget {{ font-size: {pt}pt; color: {c['carrier_fg']}; }}
QLineEdit {{ background: #1b1b1b; color: {c['carrier_fg']}; border: 3px solid {c['carrier_fg']};
    border-radius: 8px; padding: 8px; font-size: {pt + 4}pt; }}
QLineEdit:focus {{ border-color: {c['carrier_accent']}; }}
QListWidget {{ background: #111111; color: {c['carrier_fg']}; border: 2px solid #555555; font-size: {pt}pt; }}
QListWidget::item {{ padding: 6px 10px; border-bottom: 1px solid #444444; }}
QListWidget::item:selected {{ background: {c['carrier_accent']}; color: black; }}
QPushButton {{ background: #1b1b1b; color: {c['carrier_fg']}; border: 3px solid {c['carrier_fg']};
    border-radius: 12px; font-size: {pt}pt; font-weight: bold; padding: 10px 16px; min-height: {pt * 2 + 12}px; }}
QPushButton:focus {{ border: 5px solid {c['carrier_accent']}; color: {c['carrier_accent']}; }}
QPushButton:disabled {{ color: #777777; border-color: #555555; }}
#roundHeadline {{ font-size: {pt + 6}pt; font-weight: bold; color: {c['carrier_accent']}; }}
#parcelBanner {{ background: #111111; border: 4px solid #555555; border-radius: 10px; }}
#parcelBanner[kind="ok"] {{ border-color: #34c759; }}
#parcelBanner[kind="warn"] {{ border-color: {c['carrier_accent']}; }}
#parcelBanner[kind="error"] {{ border-color: #ff453a; }}
#bannerCaption {{ font-size: {pt}pt; font-weight: bold; }}
#bannerBig {{ font-size: {pt * 5 // 2}pt; font-weight: bold; color: {c['carrier_accent']}; }}
#bannerBig[kind="error"] {{ color: #ff453a; }}
#bannerBig[kind="ok"] {{ color: #34c759; }}
#bannerDetail {{ font-size: {pt}pt; }}
"""
