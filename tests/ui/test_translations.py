"""Translations: zh_CN is complete (no unfinished entry), every translation keeps the source's
placeholders, the catalogue covers every string in the code, and it loads in the window."""

from __future__ import annotations

import re
import shutil
from xml.etree import ElementTree

import pytest

from app.messages import MESSAGES
from app.ui.i18n import HIDDEN_FIELDS, error_text, install_language, normalise_language
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
    """Every placeholder stays, except the fields a screen never shows (they may be left out)."""
    hidden = {"{" + f + "}" for f in HIDDEN_FIELDS}
    for context, source, translation, _kind in _messages(lang):
        if translation:
            wanted = sorted(PLACEHOLDER.findall(source))
            got = sorted(PLACEHOLDER.findall(translation))
            assert got == wanted or got == [p for p in wanted if p not in hidden], (context, source, translation)


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


def test_error_words_carry_no_raw_ids(qapp):
    """Stored ids among an error's fields are put into words of the window's language; the
    permission id is never shown; numbers (an HTTP status) stay as they are."""
    from app.core.errors import InvalidInput, NotAllowed, Refused
    from app.ui.i18n import code_text, describe

    try:
        assert install_language(qapp, "zh_CN")
        text = error_text(Refused("parcel.not_in_station", tracking="SF1", status="picked_up"))
        assert "已取件" in text and "picked_up" not in text
        text = error_text(Refused("round.parcel_accounted", tracking="SF1", outcome="delivered"))
        assert "已送达" in text and "delivered" not in text
        assert error_text(NotAllowed("perm.denied", role="clerk", permission="settings.manage")) == "营业员无权进行此操作"
        assert error_text(Refused("parcel.shelves_full", capacity=320)) == (
            "所有货架层都已满（共 320 个位置）：请清理货架，或在“快递 → 货架”中添加货架")
        assert "502" in error_text(Refused("sync.hub_error", status=502))
        assert code_text("record.secret_field") == "record.secret_field"  # no words: the code
        assert code_text("sync.busy") == error_text(Refused("sync.busy"))
        assert "{" not in code_text("parcel.not_in_station")
        assert describe(ValueError("boom")) == "意外错误：ValueError: boom"
        assert describe(InvalidInput("interrupted")) != "interrupted"
        assert install_language(qapp, "en")
        assert error_text(NotAllowed("perm.denied", role="admin", permission="parcel.counter")) == (
            "The Administrator role may not do this")
    finally:
        install_language(qapp, "en")
