"""The font printed documents use: a family that has Simplified Chinese glyphs.

Qt embeds the glyphs it uses (a subset) into a PDF, so a saved receipt reads the same on any
machine. Preference: WenQuanYi Micro Hei (Linux, ``fonts-wqy-microhei``), Microsoft YaHei and
SimHei (Windows), Noto/Source Han Sans SC, PingFang SC (macOS); else the first installed family
that declares Simplified Chinese; else the application font (Chinese would print as boxes —
logged as a warning).
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

log = logging.getLogger(__name__)

PREFERRED = (
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "SimHei",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "PingFang SC",
)


@cache
def cjk_family() -> str:
    """The family name used for every printed document (needs a QGuiApplication)."""
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    for name in PREFERRED:
        if name in chinese:
            return name
    if chinese:
        return chinese[0]
    log.warning("no font with Simplified Chinese glyphs is installed: Chinese will print as boxes")
    return QFont().family()


def print_font(points: float, *, bold: bool = False) -> QFont:
    """A print font of ``points`` size (1/72 inch, whatever the device resolution)."""
    font = QFont(cjk_family())
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setStyleStrategy(QFont.StyleStrategy.PreferOutline)
    return font
