"""Code128 and QR codes as small PNG images, one pixel per module, for QPainter to scale.

Code128 comes from python-barcode's PNG writer (``ImageWriter``; never its SVG: QtSvg draws that
as a black box), QR from ``qrcode``. Both libraries are imported on first use only, so they stay
off the application's start-up path.

Each image is exactly one pixel per module (the barcode one pixel high, no quiet zone, no text):
the layout scales it with nearest-neighbour sampling to a whole number of printer dots per module,
so bars keep their exact width ratios on a 203 dpi thermal head and in a PDF alike.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

#: quiet zone either side of a Code128 symbol, in modules (the standard asks for 10)
CODE128_QUIET_MODULES = 10
#: QR quiet zone, in modules (the standard asks for 4)
QR_QUIET_MODULES = 4


@dataclass(frozen=True)
class CodeImage:
    """A PNG with one pixel per module: ``modules`` wide (and ``rows`` high)."""

    png: bytes
    modules: int
    rows: int


def code128_modules(value: str) -> str:
    """The Code128 symbol for ``value`` as a string of ``1`` (bar) and ``0`` (space) modules."""
    import barcode

    return barcode.get("code128", value).build()[0]


def code128_png(value: str) -> CodeImage:
    """A Code128 symbol drawn by python-barcode's PNG writer, reduced to one pixel per module.

    The writer works in millimetres through floats, so its bar edges can land one pixel off;
    it draws ten pixels per module and each module is sampled at its centre, then the result is
    checked against the symbol's module pattern (a mismatch raises ``RuntimeError``)."""
    import barcode
    from barcode.writer import ImageWriter
    from PIL import Image

    # At 25.4 dpi one millimetre is one pixel: module_width=10 mm draws ten pixels per module.
    writer = ImageWriter(format="PNG", mode="L", dpi=25.4)
    symbol = barcode.get("code128", value, writer=writer)
    pattern = symbol.build()[0]
    image = symbol.render({
        "module_width": 10.0, "module_height": 2.0, "quiet_zone": 0.0,
        "margin_top": 0.0, "margin_bottom": 0.0, "write_text": False, "font_size": 0,
    })
    n = len(pattern)
    row = [image.getpixel((i * 10 + 5, 0)) for i in range(n)]
    drawn = "".join("1" if px < 128 else "0" for px in row)
    if drawn != pattern:
        raise RuntimeError("Code128 image does not match its module pattern")
    one = Image.new("1", (n, 1), 1)
    one.putdata([0 if bit == "1" else 1 for bit in drawn])
    out = io.BytesIO()
    one.save(out, format="PNG")
    return CodeImage(out.getvalue(), n, 1)


def qr_png(value: str) -> CodeImage:
    """A QR code (error correction M, smallest version that fits) at one pixel per module,
    without its quiet zone (the layout leaves it)."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=1, border=0)
    qr.add_data(value)
    qr.make(fit=True)
    image = qr.make_image(fill_color="black", back_color="white")
    out = io.BytesIO()
    image.save(out, format="PNG")
    n = qr.modules_count
    return CodeImage(out.getvalue(), n, n)
