"""Words for error codes: the one catalogue both the CLI and the window use.

Strings are English source text marked with ``QT_TRANSLATE_NOOP("errors", ...)`` so that
``pyside6-lupdate`` collects them; the window shows them through ``QCoreApplication.translate``
(zh_CN by default), the CLI prints the English. Placeholders are ``{field}`` names from the
error's fields. Each module keeps its words in its own file here (``common``, ``parcels``, ...),
listed in ``_CATALOGUES``. This package must stay Qt-free (the CLI imports it).
"""

from __future__ import annotations

import string
from collections.abc import Callable
from typing import Any

from . import cash, common, consignment, parcels, payments, printing, reports, secrets, shop, sync
from .fields import People, display_fields

CONTEXT = "errors"

_CATALOGUES = (common, parcels, sync, printing, cash, secrets, payments, shop, consignment, reports)

MESSAGES: dict[str, str] = {}
for _cat in _CATALOGUES:
    for _code, _text in _cat.MESSAGES.items():
        if _code in MESSAGES:
            raise ValueError(f"message for {_code} declared twice")
        MESSAGES[_code] = _text


class _Fields(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(code: str, fields: dict[str, Any], translate: Callable[[str], str] | None = None,
           people: People | None = None) -> str:
    """The sentence for an error code, with its fields filled in as a person reads them (times
    local, people by display name through ``people``, input ids as their labels:
    :func:`app.messages.fields.display_fields`). Unknown codes show the code itself, so a missing
    entry is visible rather than silent. ``translate`` maps the English template (and labels) to
    the display language (the window passes Qt's translator)."""
    fields = display_fields(fields, translate, people)
    template = MESSAGES.get(code)
    if template is None:
        return code + (" " + ", ".join(f"{k}={v}" for k, v in sorted(fields.items())) if fields else "")
    if translate is not None:
        template = translate(template)
    return string.Formatter().vformat(template, (), _Fields(fields))
