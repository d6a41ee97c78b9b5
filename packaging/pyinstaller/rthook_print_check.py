"""PyInstaller runtime hook. With ``YYT_BUNDLE_PRINT_CHECK=DIR`` in the environment the frozen
program writes the sample documents (receipts, label, sheet) as PDFs into DIR and exits, so
build_installer.py can check the bundle's printing (fonts, barcode, QR) the way the tests check the
source tree. Without that variable it does nothing."""

import os
import sys

_out = os.environ.get("YYT_BUNDLE_PRINT_CHECK")
if _out:
    from app.ui.printing.samples import main as _samples

    sys.exit(_samples([_out]))
