"""``app.core``, ``app.cli`` and ``hub`` load no Qt module (Anki's pylib, Electrum's core)."""

import subprocess
import sys

from .conftest import ROOT

SCRIPT = r"""
import importlib, pkgutil, sys
import app.core, app.cli, hub
for pkg in (app.core, app.cli, hub):
    for mod in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
        importlib.import_module(mod.name)
import app.messages, app.paths, app.main
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(",".join(qt))
sys.exit(1 if qt else 0)
"""


def test_core_cli_and_hub_import_no_qt():
    proc = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, f"Qt modules loaded: {proc.stdout} {proc.stderr}"


def test_the_check_itself_can_fail():
    proc = subprocess.run([sys.executable, "-c", "import PySide6.QtCore\n" + SCRIPT], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and "PySide6" in proc.stdout
