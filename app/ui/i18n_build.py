"""Translations: ``python -m app.ui.i18n_build`` (also ``make translations``).

1. ``pyside6-lupdate`` scans every ``.py`` under ``app/`` for ``tr()``, ``QCoreApplication.translate``
   and ``QT_TRANSLATE_NOOP`` and merges new source strings into ``translations/youyuntong_<lang>.ts``
   (no source locations are stored, so the files only change when the strings do; strings no
   longer in the code are dropped);
2. the English file is the source language, so its entries are filled with the source text;
3. ``pyside6-lrelease`` compiles each ``.ts`` to ``.qm`` (a build output, not committed).

``--check`` only reports zh_CN entries that still need a translation (exit 1 if any).
The window calls :func:`ensure_compiled` at start-up, which runs step 3 when a ``.qm`` is missing
or older than its ``.ts`` — so a fresh clone needs no manual step.
"""

from __future__ import annotations

import argparse
import logging
import re
import subprocess
import sys
from pathlib import Path

from .resources import base_dir, translations_dir

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")
SOURCE_LANGUAGE = "en"
# a message's source (XML-escaped text: no "<"), its optional comments, then an unfinished translation
_UNFINISHED_EN = re.compile(
    r"(<source>(?P<src>[^<]*)</source>\s*(?:<(?:comment|extracomment|translatorcomment)>[^<]*"
    r"</(?:comment|extracomment|translatorcomment)>\s*)*)"
    r"<translation type=\"unfinished\"\s*(?:/>|>[^<]*</translation>)"
)


def ts_path(lang: str, folder: Path | None = None) -> Path:
    return (folder or translations_dir()) / f"youyuntong_{lang}.ts"


def qm_path(lang: str, folder: Path | None = None) -> Path:
    return (folder or translations_dir()) / f"youyuntong_{lang}.qm"


def _tool(name: str) -> list[str]:
    """The Qt Linguist tool shipped inside the PySide6 wheel (``lupdate``/``lrelease``)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.exists():
            return [str(candidate)]
    # the console-script wrapper, through this interpreter (no reliance on PATH)
    return [sys.executable, "-c", f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.exit({name}())"]


def update_sources(folder: Path | None = None, source_root: Path | None = None) -> None:
    """Merge the source strings of ``app/`` into every ``.ts`` file (lupdate)."""
    folder = folder or translations_dir()
    folder.mkdir(parents=True, exist_ok=True)
    app_dir = (source_root or base_dir()) / "app"
    for lang in LANGUAGES:
        cmd = [*_tool("lupdate"), "-silent", "-extensions", "py", "-locations", "none", "-no-obsolete",
               "-target-language", lang, str(app_dir), "-ts", str(ts_path(lang, folder))]
        subprocess.run(cmd, check=True, capture_output=True, text=True)
    fill_source_language(ts_path(SOURCE_LANGUAGE, folder))


def fill_source_language(path: Path) -> int:
    """In the source-language file every translation is the source text itself. Returns how many
    entries were filled."""
    text = path.read_text(encoding="utf-8")
    filled, count = _UNFINISHED_EN.subn(lambda m: f"{m.group(1)}<translation>{m.group('src')}</translation>", text)
    if count:
        path.write_text(filled, encoding="utf-8")
    return count


def compile_all(folder: Path | None = None, out_dir: Path | None = None) -> list[Path]:
    """Compile every ``.ts`` to ``.qm`` (lrelease). Returns the ``.qm`` files written."""
    folder = folder or translations_dir()
    out_dir = out_dir or folder
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in LANGUAGES:
        src = ts_path(lang, folder)
        if not src.exists():
            continue
        dest = qm_path(lang, out_dir)
        subprocess.run([*_tool("lrelease"), "-silent", str(src), "-qm", str(dest)], check=True,
                       capture_output=True, text=True)
        written.append(dest)
    return written


def ensure_compiled(lang: str, folder: Path | None = None, fallback_dir: Path | None = None) -> Path | None:
    """The ``.qm`` for ``lang``, compiled now if it is missing or older than its ``.ts``.

    A frozen bundle ships ``.qm`` files only (nothing to compile). When the translations folder
    is read-only the ``.qm`` is compiled into ``fallback_dir``. Returns None when neither a ``.qm``
    nor a ``.ts`` exists (the window then shows the English source)."""
    folder = folder or translations_dir()
    src, dest = ts_path(lang, folder), qm_path(lang, folder)
    if not src.exists():
        return dest if dest.exists() else None
    if dest.exists() and dest.stat().st_mtime >= src.stat().st_mtime:
        return dest
    for out in (folder, fallback_dir):
        if out is None:
            continue
        target = qm_path(lang, out)
        if target.exists() and target.stat().st_mtime >= src.stat().st_mtime:
            return target
        try:
            out.mkdir(parents=True, exist_ok=True)
            subprocess.run([*_tool("lrelease"), "-silent", str(src), "-qm", str(target)], check=True,
                           capture_output=True, text=True, timeout=60)
            log.info("compiled %s", target)
            return target
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("could not compile %s into %s: %s", src, out, exc)
    return dest if dest.exists() else None


def unfinished(path: Path) -> list[tuple[str, str]]:
    """``(context, source)`` of every entry still marked unfinished (or empty) in a ``.ts`` file."""
    from xml.etree import ElementTree

    out = []
    for ctx in ElementTree.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished",) or not (tr.text or "").strip():
                if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                    continue
                out.append((name, msg.findtext("source") or ""))
    return out


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")
            .replace('"', "&quot;"))


def fill(path: Path, translations: dict[str, dict[str, str]]) -> int:
    """Fill unfinished entries of a ``.ts`` file from ``{context: {source: translation}}`` (the
    form :func:`export` writes). Returns how many entries were filled; the file's layout is kept."""
    from xml.etree import ElementTree

    text = path.read_text(encoding="utf-8")
    count = 0
    out: list[str] = []
    pos = 0
    for ctx_match in re.finditer(r"<context>.*?</context>", text, flags=re.S):
        name_m = re.search(r"<name>([^<]*)</name>", ctx_match.group(0))
        name = ElementTree.fromstring(f"<n>{name_m.group(1)}</n>").text or "" if name_m else ""
        wanted = translations.get(name, {})
        if not wanted:
            continue

        def _sub(m: re.Match[str], wanted: dict[str, str] = wanted) -> str:
            nonlocal count
            src = ElementTree.fromstring(f"<s>{m.group('src')}</s>").text or ""
            if src not in wanted or not wanted[src]:
                return m.group(0)
            count += 1
            return f"{m.group(1)}<translation>{_escape(wanted[src])}</translation>"

        out.append(text[pos:ctx_match.start()])
        out.append(_UNFINISHED_EN.sub(_sub, ctx_match.group(0)))
        pos = ctx_match.end()
    out.append(text[pos:])
    if count:
        path.write_text("".join(out), encoding="utf-8")
    return count


def export(path: Path) -> dict[str, dict[str, str]]:
    """Every finished translation of a ``.ts`` file as ``{context: {source: translation}}``."""
    from xml.etree import ElementTree

    found: dict[str, dict[str, str]] = {}
    for ctx in ElementTree.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") is None and (tr.text or "").strip():
                found.setdefault(name, {})[msg.findtext("source") or ""] = tr.text or ""
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.ui.i18n_build", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only list unfinished zh_CN entries")
    parser.add_argument("--fill", metavar="JSON", type=Path,
                        help="after updating, fill unfinished zh_CN entries from {context: {source: translation}}")
    parser.add_argument("--export", metavar="JSON", type=Path,
                        help="write every finished zh_CN translation as {context: {source: translation}} and stop")
    args = parser.parse_args(argv)
    if args.export:
        import json

        args.export.write_text(json.dumps(export(ts_path("zh_CN")), ensure_ascii=False, indent=1), encoding="utf-8")
        return 0
    if not args.check:
        update_sources()
        if args.fill:
            import json

            n = fill(ts_path("zh_CN"), json.loads(args.fill.read_text(encoding="utf-8")))
            print(f"filled {n} zh_CN entries from {args.fill}")
        update_sources()
        for qm in compile_all():
            print(f"compiled {qm.relative_to(base_dir())}")
    missing = unfinished(ts_path("zh_CN"))
    for context, source in missing:
        print(f"unfinished zh_CN [{context}] {source}")
    if missing:
        print(f"{len(missing)} zh_CN entries need a translation (edit translations/youyuntong_zh_CN.ts)")
    return 1 if (args.check and missing) else 0


if __name__ == "__main__":
    sys.exit(main())
