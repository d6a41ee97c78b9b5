"""Words for the error codes of enrolment, sync, bundles."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


MESSAGES: dict[str, str] = {}
