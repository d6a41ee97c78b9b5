"""The marker every catalogue wraps its English sentences in: ``pyside6-lupdate`` collects calls
named ``QT_TRANSLATE_NOOP``; at run time the text passes through unchanged (Qt-free)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
