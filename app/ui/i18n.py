"""Loading the window's language: our ``.qm`` plus Qt's own (standard buttons and dialogs).

zh_CN is the default. ``translate_error`` turns a core error into a sentence in the current
language through :func:`app.messages.render` (the English templates are the lookup keys).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core.errors import YytError
from ..messages import CONTEXT as ERRORS_CONTEXT
from ..messages import render
from .i18n_build import ensure_compiled

log = logging.getLogger(__name__)

SUPPORTED = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
_TAG = "yyt-translator"


def normalise_language(lang: str | None) -> str:
    """``zh``/``zh-CN``/``zh_CN`` → ``zh_CN``; ``en*`` → ``en``; anything else → the default."""
    text = (lang or "").replace("-", "_").strip()
    if text.lower().startswith("en"):
        return "en"
    if text.lower().startswith("zh"):
        return "zh_CN"
    return DEFAULT_LANGUAGE


def install_language(app: QCoreApplication, lang: str, cache_dir: Path | None = None) -> bool:
    """Replace any translators installed before with those for ``lang``. Returns True when our
    own catalogue was loaded (False means the English source strings show)."""
    lang = normalise_language(lang)
    for old in app.findChildren(QTranslator):
        if old.objectName() == _TAG:
            app.removeTranslator(old)
            old.deleteLater()
    QLocale.setDefault(QLocale(lang))
    loaded = False
    qm = ensure_compiled(lang, fallback_dir=cache_dir)
    if qm is not None:
        loaded = _install(app, str(qm))
    if not loaded:
        log.warning("no translation catalogue for %s: showing the English source strings", lang)
    if lang != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_qm = Path(qt_dir) / f"qtbase_{lang}.qm"
        if qt_qm.exists():
            _install(app, str(qt_qm))
    return loaded


def _install(app: QCoreApplication, path: str) -> bool:
    translator = QTranslator(app)
    translator.setObjectName(_TAG)
    if not translator.load(path):
        translator.deleteLater()
        return False
    app.installTranslator(translator)
    return True


def translate_error_template(text: str) -> str:
    return QCoreApplication.translate(ERRORS_CONTEXT, text)


def error_text(error: YytError) -> str:
    """The sentence for a core error, in the window's language."""
    return render(error.code, error.fields, translate_error_template)
