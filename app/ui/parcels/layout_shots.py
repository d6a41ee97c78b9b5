"""Issue 14's pictures: the worst cases at the station PC's 1366×768, made by the real window.

    python -m app.ui.parcels.layout_shots OUT_DIR [--lang zh_CN|en]

writes ``layout-pickup-family-LANG.png`` (a family's three parcels found by phone tail 6666:
their codes on the banner, the table inside the page), ``layout-checkin-large-LANG.png`` (large
font: check-in with a parcel just scanned, the navigation's whole names) and
``layout-pickup-large-LANG.png`` (the family again in large font)."""

from __future__ import annotations

import sys

from ..shots_kit import shots_session
from ..theme import apply_theme

FAMILY_NAME = "欧阳司马诸葛上官皇甫慕容令狐长孙宇文轩辕"  # 20 characters


def main(argv: list[str] | None = None) -> int:
    with shots_session("python -m app.ui.parcels.layout_shots", argv) as s:
        station, lang = s.station, s.args.lang
        clerk, admin = s.user("clerk"), s.user("admin")
        for k, slot in enumerate(("B-2", "A-1", "B-3")):
            station.parcels.inbound.checkin(clerk, f"YT24000000066{k:02d}", phone="13899996666", name=FAMILY_NAME,
                                            slot=slot)
        window = s.open()
        window.sign_in(clerk)
        window.shell.open("parcels")
        pickup = window.shell.current_page.open("pickup")
        pickup.find("6666")
        s.grab(f"layout-pickup-family-{lang}.png")
        station.settings.set(admin, "ui.large_font", True)  # what Settings → large font saves
        apply_theme(s.app, large=True)  # what the window does when it hears of it
        window.lock()
        window.sign_in(clerk)  # the screens are built again at the large size
        window.shell.open("parcels")
        checkin = window.shell.current_page.open("checkin")
        checkin.scanned("SF1400000000101")  # pre-advised by the platform: one scan is enough
        s.grab(f"layout-checkin-large-{lang}.png")
        window.shell.current_page.open("pickup").find("6666")
        s.grab(f"layout-pickup-large-{lang}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
