"""Build the station app as a one-folder bundle and prove it runs: ``python build_installer.py``.

Steps (the same on Windows and Linux; see docs/installer.md):

1. compile the translations (``.ts`` → ``.qm``) into ``build/translations`` with
   ``app.ui.i18n_build`` (skipped with a note if that module is not there);
2. run PyInstaller on ``packaging/pyinstaller/youyuntong.spec`` → ``dist/youyuntong/``;
3. run the built program: ``youyuntong --self-test`` (a temporary station, the window rendered
   offscreen; must exit 0) — and again on a real X server under ``xvfb-run`` where it exists;
   the CLI (``init`` and ``user list`` on a temporary data folder; exit 0 and JSON); and the
   print check (the bundle writes the sample receipts, label and sheet as PDFs: fonts embedded,
   Chinese read back with ``pdftotext``, Code128 and QR decoded with zxing-cpp where installed);
4. print the bundle's size and write ``dist/youyuntong-build.json`` (size, seconds, checks).

It also renders ``build/youyuntong.ico`` from ``resources/icons/app.svg`` for the Windows program
and its setup.

Exit code 0 only when every step passed. ``--skip-build`` re-runs the checks on an existing bundle.
On Windows, the Inno Setup script ``packaging/windows/youyuntong.iss`` then turns the folder into
a setup program (``iscc packaging\\windows\\youyuntong.iss``).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SPEC = ROOT / "packaging" / "pyinstaller" / "youyuntong.spec"
WINDOWS = sys.platform == "win32"
EXE_SUFFIX = ".exe" if WINDOWS else ""
SELF_TEST_TIMEOUT = 120


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def compile_translations(out_dir: Path) -> list[Path]:
    """``.qm`` files for the bundle, compiled from ``translations/*.ts`` (not into the source tree)."""
    try:
        from app.ui import i18n_build
    except ImportError:
        log("note: app.ui.i18n_build is not there yet: the bundle ships without translations")
        return []
    written = i18n_build.compile_all(out_dir=out_dir)
    unfinished = i18n_build.unfinished(i18n_build.ts_path("zh_CN")) if i18n_build.ts_path("zh_CN").exists() else []
    if unfinished:
        log(f"warning: {len(unfinished)} zh_CN entries are unfinished (python -m app.ui.i18n_build --check)")
    for qm in written:
        log(f"compiled {qm.name}")
    return written


def make_icon(work: Path) -> Path | None:
    """``youyuntong.ico`` (16–256 px) from ``resources/icons/app.svg``, for the Windows program and
    its setup; None when there is no SVG."""
    svg = ROOT / "resources" / "icons" / "app.svg"
    if not svg.exists():
        log("note: resources/icons/app.svg not found: the program keeps PyInstaller's icon")
        return None
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    work.mkdir(parents=True, exist_ok=True)
    ico = work / "youyuntong.ico"
    Image.open(io.BytesIO(bytes(data.data()))).save(ico, sizes=[(16, 16), (32, 32), (48, 48), (256, 256)])
    log(f"icon {ico.name} from {svg.relative_to(ROOT)}")
    return ico


def run_pyinstaller(dist: Path, work: Path, qm_dir: Path, icon: Path | None) -> None:
    env = dict(os.environ, YYT_QM_DIR=str(qm_dir))
    if icon is not None:
        env["YYT_ICON"] = str(icon)
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    log(" ".join(cmd))
    subprocess.run(cmd, check=True, cwd=ROOT, env=env)


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) under ``folder``; links are not followed."""
    total = files = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            files += 1
    return total, files


def _clean_env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", YYT_DATA_DIR=str(data_dir), YYT_NO_LOG="1")
    return env


def self_test(bundle: Path) -> dict:
    """Run ``youyuntong --self-test`` from the bundle; returns what it printed and how long it took."""
    exe = bundle / f"youyuntong{EXE_SUFFIX}"
    with tempfile.TemporaryDirectory(prefix="yyt-bundle-") as tmp:
        started = time.perf_counter()
        proc = subprocess.run([str(exe), "--self-test"], capture_output=True, text=True,
                              timeout=SELF_TEST_TIMEOUT, env=_clean_env(Path(tmp)), cwd=tmp)
        seconds = time.perf_counter() - started
    result = {"exit_code": proc.returncode, "seconds": round(seconds, 2),
              "output": (proc.stdout + proc.stderr).strip()[-2000:]}
    log(f"self-test exit {proc.returncode} in {seconds:.2f} s: {result['output'][:300]}")
    return result


def cli_check(bundle: Path) -> dict:
    """The console program creates a station and lists its users (SQLite, migrations, PIN KDF)."""
    exe = bundle / ("youyuntong-cli.exe" if WINDOWS else "youyuntong")
    with tempfile.TemporaryDirectory(prefix="yyt-bundle-cli-") as tmp:
        env = _clean_env(Path(tmp) / "station")
        env.update(YYT_NEW_PIN="135790", YYT_PIN="135790")
        init = subprocess.run([str(exe), "--json", "init", "--station-code", "BUNDLE01", "--name", "自检站",
                               "--admin", "chen"], capture_output=True, text=True, timeout=60, env=env)
        users = subprocess.run([str(exe), "--json", "--user", "chen", "user", "list"], capture_output=True,
                               text=True, timeout=60, env=env)
    ok = init.returncode == 0 and users.returncode == 0
    try:
        listed = json.loads(users.stdout) if ok else None
    except json.JSONDecodeError:
        listed, ok = None, False
    result = {"exit_code": 0 if ok else 1, "init": init.returncode, "user_list": users.returncode,
              "output": (init.stderr + users.stderr).strip()[-1000:], "listed": listed}
    log(f"cli check: init exit {init.returncode}, user list exit {users.returncode}")
    return result


PRINT_SAMPLES = ("receipt-58.pdf", "receipt-80.pdf", "sale-58.pdf", "label.pdf", "round-sheet.pdf")


def print_check(bundle: Path) -> dict:
    """The bundle prints: its runtime hook writes the sample documents as PDFs
    (``YYT_BUNDLE_PRINT_CHECK``); each must embed its font, and where poppler and zxing-cpp are
    installed the Chinese text must read back and the receipt's Code128 and QR must decode."""
    exe = bundle / ("youyuntong-cli.exe" if WINDOWS else "youyuntong")
    problems: list[str] = []
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="yyt-bundle-print-") as tmp:
        out = Path(tmp) / "prints"
        env = _clean_env(Path(tmp) / "station")
        env["YYT_BUNDLE_PRINT_CHECK"] = str(out)
        proc = subprocess.run([str(exe)], capture_output=True, text=True, timeout=120, env=env, cwd=tmp)
        if proc.returncode != 0:
            problems.append(f"exit {proc.returncode}: {(proc.stdout + proc.stderr).strip()[-500:]}")
        for name in PRINT_SAMPLES:
            pdf = out / name
            data = pdf.read_bytes() if pdf.exists() else b""
            if not data.startswith(b"%PDF"):
                problems.append(f"{name} missing")
            elif b"/FontFile2" not in data:
                problems.append(f"{name}: no embedded font")
        receipt = out / "receipt-58.pdf"
        if receipt.exists() and shutil.which("pdftotext"):
            text = subprocess.run(["pdftotext", str(receipt), "-"], capture_output=True, text=True).stdout
            if "龙凤村邮运通服务站" not in text:
                problems.append("receipt-58.pdf: the Chinese station name does not read back")
        else:
            notes.append("pdftotext not found: Chinese text not read back")
        decoded = _decode(receipt, Path(tmp), notes) if receipt.exists() else {}
        if decoded and (decoded.get("Code 128") != ["PAY202606010007"] or not decoded.get("QR Code")):
            problems.append(f"receipt-58.pdf: codes decode as {decoded}")
    result = {"exit_code": 1 if problems else 0, "problems": problems, "notes": notes,
              "decoded": decoded}
    log(f"print check: {'ok' if not problems else '; '.join(problems)}" + (f" ({'; '.join(notes)})" if notes else ""))
    return result


def _decode(pdf: Path, tmp: Path, notes: list[str]) -> dict[str, list[str]]:
    try:
        import zxingcpp
        from PIL import Image
    except ImportError:
        notes.append("zxing-cpp not installed: codes not decoded")
        return {}
    if not shutil.which("pdftoppm"):
        notes.append("pdftoppm not found: codes not decoded")
        return {}
    stem = tmp / "receipt"
    subprocess.run(["pdftoppm", "-png", "-r", "300", "-singlefile", str(pdf), str(stem)], check=True)
    found: dict[str, list[str]] = {}
    for result in zxingcpp.read_barcodes(Image.open(stem.with_suffix(".png"))):
        found.setdefault(str(result.format), []).append(result.text)
    return found


def xcb_self_test(bundle: Path) -> dict | None:
    """Linux with Xvfb installed: the self-test again on a real X server (the xcb plugin and the
    X libraries in the bundle). None where that cannot run."""
    if WINDOWS or not shutil.which("xvfb-run"):
        return None
    exe = bundle / "youyuntong"
    with tempfile.TemporaryDirectory(prefix="yyt-bundle-xcb-") as tmp:
        env = _clean_env(Path(tmp))
        env["QT_QPA_PLATFORM"] = "xcb"
        proc = subprocess.run(["xvfb-run", "-a", str(exe), "--self-test"], capture_output=True, text=True,
                              timeout=SELF_TEST_TIMEOUT, env=env, cwd=tmp)
    output = (proc.stdout + proc.stderr).strip()[-2000:]
    if proc.returncode == 0 and "platform=xcb" not in output:
        return {"exit_code": 1, "output": "did not run on xcb: " + output}
    log(f"xcb self-test exit {proc.returncode}: {output[:300]}")
    return {"exit_code": proc.returncode, "output": output}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python build_installer.py", description=__doc__.splitlines()[0])
    parser.add_argument("--dist", default=str(ROOT / "dist"), help="output folder (default: dist/)")
    parser.add_argument("--work", default=str(ROOT / "build"), help="build folder (default: build/)")
    parser.add_argument("--skip-build", action="store_true", help="only run the checks on an existing bundle")
    args = parser.parse_args(argv)
    dist, work = Path(args.dist).resolve(), Path(args.work).resolve()
    bundle = dist / "youyuntong"
    started = time.perf_counter()
    sys.path.insert(0, str(ROOT))

    if not args.skip_build:
        qm_dir = work / "translations"
        translations = compile_translations(qm_dir)
        run_pyinstaller(dist, work / "pyinstaller", qm_dir, make_icon(work))
    else:
        translations = sorted((bundle / "_internal" / "translations").glob("*.qm"))
    build_seconds = time.perf_counter() - started

    size, files = folder_size(bundle)
    log(f"bundle {bundle}: {size / 1e6:.1f} MB in {files} files (built in {build_seconds:.1f} s)")
    checks = {"self_test": self_test(bundle), "cli": cli_check(bundle), "print": print_check(bundle)}
    xcb = xcb_self_test(bundle)
    if xcb is not None:
        checks["self_test_xcb"] = xcb
    summary = {
        "bundle": str(bundle), "size_bytes": size, "files": files, "build_seconds": round(build_seconds, 1),
        "translations": [p.name for p in translations], "platform": sys.platform, "checks": checks,
    }
    (dist / "youyuntong-build.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    failed = [name for name, check in checks.items() if check["exit_code"] != 0]
    if failed:
        log(f"FAILED: {', '.join(failed)}")
        return 1
    log(f"ok: bundle size {size / 1e6:.1f} MB, total {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
