"""Colours, fonts and the style sheet: high contrast, big targets, Chinese-capable fonts.

``apply_theme(app, large=...)`` is called at start-up and whenever the large-font setting changes;
every size in the style sheet derives from the base point size, so large font scales everything.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

COLORS = {
    "brand": "#0b6b3a",       # station green
    "brand_dark": "#064a28",
    "ok": "#1e8e3e",
    "error": "#c5221f",
    "warn": "#b06000",
    "warn_bg": "#fff4e0",
    "text": "#111111",
    "muted": "#4a4a4a",
    "bg": "#f6f7f5",
    "panel": "#ffffff",
    "line": "#c9cec8",
    "carrier_bg": "#000000",
    "carrier_fg": "#ffffff",
    "carrier_accent": "#ffd400",
}

#: Preferred UI fonts, first available wins per glyph (Windows, then the Linux CJK fonts).
FONT_FAMILIES = ["Microsoft YaHei UI", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC",
                 "Source Han Sans SC", "PingFang SC", "Sans Serif"]
NORMAL_PT = 12
LARGE_PT = 16
CARRIER_PT = 24
CARRIER_LARGE_PT = 30


def base_point_size(large: bool) -> int:
    return LARGE_PT if large else NORMAL_PT


def carrier_point_size(large: bool) -> int:
    """Carrier mode's text size: never below 20 pt."""
    return CARRIER_LARGE_PT if large else CARRIER_PT


def ui_font(point_size: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(point_size)
    font.setBold(bold)
    return font


def has_chinese_font() -> bool:
    """True when a font with Simplified Chinese glyphs is installed (else Chinese shows as boxes)."""
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def apply_theme(app: QApplication, *, large: bool) -> None:
    """Set the application font and style sheet for the normal or the large text size."""
    pt = base_point_size(large)
    app.setFont(ui_font(pt))
    app.setStyleSheet(style_sheet(pt))
    app.setProperty("yyt_large_font", large)


def style_sheet(pt: int) -> str:
    c = COLORS
    big, huge, small = pt + 4, pt + 14, max(9, pt - 2)
    return f"""
QWidget {{ color: {c['text']}; }}
QMainWindow, #root {{ background: {c['bg']}; }}
#navList {{ background: {c['brand_dark']}; color: white; border: none; font-size: {pt + 1}pt; }}
#navList::item {{ padding: 10px 8px; border-bottom: 1px solid {c['brand']}; }}
#navList::item:selected {{ background: {c['brand']}; color: white; font-weight: bold; }}
#navList::item:disabled {{ color: #9bb5a6; }}
#pageTitle {{ font-size: {big}pt; font-weight: bold; color: {c['brand_dark']}; padding: 4px 0; }}
#bigNumber {{ font-size: {huge}pt; font-weight: bold; color: {c['brand_dark']}; }}
#muted, .muted {{ color: {c['muted']}; font-size: {small}pt; }}
#errorText {{ color: {c['error']}; font-weight: bold; }}
#warnText {{ color: {c['warn']}; font-weight: bold; }}
#card {{ background: {c['panel']}; border: 1px solid {c['line']}; border-radius: 6px; }}
#messageLine {{ padding: 6px 10px; font-size: {pt + 1}pt; border-radius: 4px; }}
#messageLine[kind="ok"] {{ background: #e6f4ea; color: {c['ok']}; border: 1px solid {c['ok']}; }}
#messageLine[kind="error"] {{ background: #fce8e6; color: {c['error']}; border: 1px solid {c['error']}; }}
#messageLine[kind="info"] {{ background: #eef3f8; color: #174ea6; border: 1px solid #9ab; }}
QStatusBar, #statusBar {{ background: {c['panel']}; border-top: 1px solid {c['line']}; font-size: {small + 1}pt; }}
#statusBar[stale="true"] {{ background: {c['warn_bg']}; }}
#statusBar QLabel[warn="true"] {{ color: {c['warn']}; font-weight: bold; }}
QPushButton {{ padding: 6px 14px; border: 1px solid {c['line']}; border-radius: 4px; background: white; }}
QPushButton:focus {{ border: 2px solid {c['brand']}; }}
QPushButton:default, QPushButton#primary {{ background: {c['brand']}; color: white; font-weight: bold; }}
QPushButton:disabled {{ color: #999; background: #eee; }}
QPushButton#primary:disabled {{ color: #eef3ef; background: #9bb5a6; }}
#pinPrompt {{ font-size: {pt + 2}pt; color: {c['brand_dark']}; }}
#pinKey {{ font-size: {big + 2}pt; font-weight: bold; min-width: 72px; min-height: 56px; }}
#pinDots {{ font-size: {big + 8}pt; letter-spacing: 8px; color: {c['brand_dark']}; }}
#userPicker::item {{ padding: 4px 8px; border-bottom: 1px solid {c['line']}; }}
#userPicker::item:selected {{ background: {c['brand']}; color: white; }}
#userButton {{ text-align: left; padding: 10px 14px; font-size: {pt + 1}pt; }}
#userButton:checked {{ background: {c['brand']}; color: white; border: 2px solid {c['brand_dark']}; }}
#loginTitle {{ font-size: {huge - 4}pt; font-weight: bold; color: {c['brand_dark']}; }}
#placeholder {{ font-size: {big}pt; color: {c['muted']}; }}
"""


def carrier_style_sheet(pt: int) -> str:
    """Black background, white text, yellow focus: readable in a dim room and in sunlight."""
    c = COLORS
    return f"""
#carrierRoot {{ background: {c['carrier_bg']}; }}
#carrierRoot QLabel {{ color: {c['carrier_fg']}; font-size: {pt}pt; }}
#carrierRoot #carrierClock {{ font-size: {pt * 3}pt; font-weight: bold; color: {c['carrier_accent']}; }}
#carrierRoot #carrierName {{ font-size: {pt + 4}pt; font-weight: bold; }}
#carrierRoot QPushButton {{ background: #1b1b1b; color: {c['carrier_fg']}; border: 3px solid {c['carrier_fg']};
    border-radius: 12px; font-size: {pt + 2}pt; font-weight: bold; padding: 18px; min-height: {pt * 4}px; }}
#carrierRoot QPushButton#carrierBack {{ min-height: {pt * 2}px; padding: 6px 18px; }}
#carrierRoot QPushButton:focus {{ border: 5px solid {c['carrier_accent']}; color: {c['carrier_accent']}; }}
#carrierRoot QPushButton:pressed {{ background: {c['carrier_accent']}; color: black; }}
#carrierRoot #carrierHelp {{ font-size: {pt + 2}pt; color: {c['carrier_fg']}; }}
#carrierRoot #messageLine {{ font-size: {pt}pt; font-weight: bold; padding: 10px 14px; border-radius: 8px;
    background: #1b1b1b; color: {c['carrier_fg']}; border: 3px solid {c['carrier_fg']}; }}
#carrierRoot #messageLine[kind="ok"] {{ background: #0b3d1c; color: #b9f6ca; border-color: #69f0ae; }}
#carrierRoot #messageLine[kind="error"] {{ background: #5c0a0a; color: #ffffff; border-color: #ff5252; }}
#carrierRoot #messageLine[kind="info"] {{ background: #1b1b1b; color: {c['carrier_accent']};
    border-color: {c['carrier_accent']}; }}
"""
