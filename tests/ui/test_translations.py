"""Translations: zh_CN is complete (no unfinished entry), every translation keeps the source's
placeholders, the catalogue covers every string in the code, and it loads in the window."""

from __future__ import annotations

import re
import shutil
from xml.etree import ElementTree

import pytest

from app.messages import MESSAGES
from app.ui.i18n import error_text, install_language, normalise_language
from app.ui.i18n_build import (
    LANGUAGES,
    compile_all,
    fill_source_language,
    ts_path,
    unfinished,
    update_sources,
)

from ..conftest import ROOT

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%\d|%n")


def _messages(lang: str) -> list[tuple[str, str, str | None, str | None]]:
    """(context, source, translation, type) of every entry in a .ts file."""
    out = []
    for ctx in ElementTree.parse(ts_path(lang)).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            out.append((name, msg.findtext("source") or "", tr.text if tr is not None else None,
                        tr.get("type") if tr is not None else None))
    return out


def test_no_unfinished_zh_cn_entry():
    missing = unfinished(ts_path("zh_CN"))
    assert not missing, f"{len(missing)} zh_CN entries need a translation: {missing[:10]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_survive_translation(lang):
    for context, source, translation, _kind in _messages(lang):
        if translation:
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), (
                context, source, translation)


def test_zh_cn_translations_are_chinese():
    entries = [m for m in _messages("zh_CN") if m[2]]
    chinese = [m for m in entries if re.search(r"[\u4e00-\u9fff]", m[2])]
    assert len(chinese) >= 0.9 * len(entries)


def test_every_error_code_has_chinese_words():
    translated = {source for context, source, tr, kind in _messages("zh_CN") if context == "errors" and tr
                  and kind != "unfinished"}
    lacking = sorted(code for code, text in MESSAGES.items() if text not in translated)
    assert not lacking, f"error codes without a zh_CN sentence: {lacking}"


def test_no_string_is_marked_in_a_context_the_window_cannot_find():
    """``tr()`` in a plain function (not a QObject method) lands in an empty context that lupdate
    writes but the runtime never looks up: use QCoreApplication.translate("Context", ...)."""
    empty = [source for context, source, _tr, _kind in _messages("zh_CN") if not context]
    assert not empty, f"strings in no context (untranslatable at run time): {empty}"


def test_catalogue_covers_every_string_in_the_code(tmp_path):
    """lupdate over the current code adds nothing new to a copy of the catalogue."""
    folder = tmp_path / "translations"
    folder.mkdir()
    for lang in LANGUAGES:
        shutil.copy(ts_path(lang), folder)
    update_sources(folder, source_root=ROOT)
    missing = unfinished(folder / "youyuntong_zh_CN.ts")
    assert not missing, f"strings in the code but not translated in translations/: {missing[:10]}"
    assert fill_source_language(folder / "youyuntong_en.ts") == 0


def test_catalogues_compile(tmp_path):
    written = compile_all(out_dir=tmp_path)
    assert sorted(p.name for p in written) == ["youyuntong_en.qm", "youyuntong_zh_CN.qm"]
    assert all(p.stat().st_size > 100 for p in written)


def test_language_loads_and_error_words_follow_it(qapp):
    from app.core.errors import NotAllowed

    error = NotAllowed("auth.wrong_pin", attempts_left=3)
    try:
        assert install_language(qapp, "zh_CN")
        assert error_text(error) == "密码错误（再错 3 次将锁定 5 分钟）"
        assert install_language(qapp, "en")
        assert error_text(error) == "Wrong PIN (3 tries left before a 5-minute lock)"
    finally:
        install_language(qapp, "en")


@pytest.mark.parametrize(("given", "expected"), [("zh", "zh_CN"), ("zh-CN", "zh_CN"), ("en_US", "en"),
                                                 ("", "zh_CN"), ("fr", "zh_CN")])
def test_language_names(given, expected):
    assert normalise_language(given) == expected
