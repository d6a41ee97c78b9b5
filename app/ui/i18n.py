"""Loading the window's language: our ``.qm`` plus Qt's own (standard buttons and dialogs).

zh_CN is the default. :func:`error_text` turns a core error into a sentence in the current
language through :func:`app.messages.render` (the English templates are the lookup keys), with the
stored ids among its fields (a parcel status, a round outcome, a role) put into words first;
:func:`describe` does the same for any exception, :func:`code_text` for a bare error code.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core.errors import YytError
from ..core.sealing import take_failure
from ..messages import CONTEXT as ERRORS_CONTEXT
from ..messages import MESSAGES, People, render
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


#: Fields never shown on screen (internal ids a person cannot act on); a template's
#: "({field})" / "（{field}）" around them goes too.
HIDDEN_FIELDS = ("permission",)
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
_HIDDEN = re.compile(r"\s*[(（]\{(?:" + "|".join(HIDDEN_FIELDS) + r")\}[)）]|\{(?:" + "|".join(HIDDEN_FIELDS) + r")\}")


def translate_error_template(text: str) -> str:
    """An error template in the window's language, without the fields a screen never shows."""
    return _HIDDEN.sub("", QCoreApplication.translate(ERRORS_CONTEXT, text))


def screen_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """An error's fields as a person reads them: ``status``/``outcome`` (parcel ids), ``role`` and
    ``unit`` (a consignment lot's kg / piece) in words of the window's language; hidden fields dropped. Values that are not such ids (an
    HTTP status number) stay as they are."""
    from .parcels.words import outcome_word, status_word
    from .roles import role_title

    out = {k: v for k, v in fields.items() if k not in HIDDEN_FIELDS}
    if isinstance(out.get("status"), str):
        out["status"] = status_word(out["status"])
    if isinstance(out.get("outcome"), str):
        out["outcome"] = outcome_word(out["outcome"])
    if isinstance(out.get("role"), str):
        out["role"] = role_title(out["role"])
    if isinstance(out.get("payment_status"), str) or isinstance(out.get("bill_type"), str):
        from .payments.words import status_word, type_word

        if isinstance(out.get("payment_status"), str):
            out["payment_status"] = status_word(out["payment_status"])
        if isinstance(out.get("bill_type"), str):
            out["bill_type"] = type_word(out["bill_type"])
    if out.get("unit") in ("kg", "piece"):  # a consignment lot's unit
        from .consignment.words import unit_word

        out["unit"] = unit_word(out["unit"])
    return out


_people: list[People | None] = [None]


def use_people(lookup: People | None) -> None:
    """How sentences name staff (login name → display name): the window sets its station's
    look-up when it opens and clears it when it closes."""
    _people[0] = lookup


def person(username: str) -> str:
    """A staff member as sentences name them: the display name, else the login name."""
    lookup = _people[0]
    return (lookup(username) if lookup is not None and username else None) or username


def error_text(error: YytError) -> str:
    """The sentence for a core error, in the window's language: times local, people by display
    name, inputs by their labels (:func:`app.messages.render`)."""
    return render(error.code, screen_fields(error.fields), translate_error_template, _people[0])


def describe(error: BaseException) -> str:
    """What to show for any failure: a core error's sentence, else "unexpected failure" with the
    exception's type and text."""
    if isinstance(error, YytError):
        return error_text(error)
    if isinstance(error, sqlite3.OperationalError):
        failed = take_failure()  # a sealed value that could not be opened (app.core.sealing)
        if failed is not None:
            return error_text(YytError(failed[0], station_code=failed[1], detail="keyring"))
    return error_text(YytError("internal", detail=f"{type(error).__name__}: {error}"))


def code_text(code: str) -> str:
    """The words for a bare error code (no fields: e.g. the reason the platform refused a record),
    a missing field shown as "…". A code without words shows as the code itself."""
    if code not in MESSAGES:
        return code
    return _PLACEHOLDER.sub("…", render(code, {}, translate_error_template))
