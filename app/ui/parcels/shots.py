"""The README's parcels pictures, made by the real window on a temporary demo station:

    python -m app.ui.parcels.shots OUT_DIR [--lang zh_CN|en]

writes ``parcels-checkin.png`` (a pre-advised parcel just scanned: the pickup code huge),
``parcels-pickup.png`` (a family's parcels found by phone tail), ``parcels-send.png`` (the
outbound form with its live price) and ``parcels-round.png`` (carrier mode, "My round", a
parcel scanned at the door)."""

from __future__ import annotations

import sys

from ..shots_kit import shots_session


def main(argv: list[str] | None = None) -> int:
    with shots_session("python -m app.ui.parcels.shots", argv) as s:
        station, pins = s.station, s.pins
        clerk = station.users.authenticate("clerk", pins["clerk"])
        for k, tracking in enumerate(("YT2400000000301", "JD0012345678901")):
            station.parcels.inbound.checkin(clerk, tracking, phone="13698762468", name="吴芳" if k else "")
        window = s.open()
        grab = s.grab
        window.sign_in(clerk)
        window.shell.open("parcels")
        page = window.shell.current_page
        checkin = page.open("checkin")
        checkin.scanned("SF1400000000101")  # pre-advised by the platform: one scan is enough
        grab("parcels-checkin.png")
        pickup = page.open("pickup")
        pickup.find("2468")
        grab("parcels-pickup.png")
        send = page.open("send")
        for widget, text in ((send.sender_name, "何永福"), (send.sender_id, "50010119800315001X"),
                             (send.sender_phone, "13512340000"), (send.to_name, "何小梅"),
                             (send.to_phone, "13698765432"), (send.address, "成都市锦江区春熙路 8 号"),
                             (send.contents, "脆李 5 斤")):
            widget.setText(text)
        send.sender_id.commit()
        send.province.setEditText("四川")
        send.weight.setValue(2600)
        send.produce.setChecked(True)
        send.category.setCurrentIndex(send.category.findData("plum"))
        send.confirm.setChecked(True)
        send.update_price()
        grab("parcels-send.png")
        window.lock()
        window.sign_in(station.users.authenticate("carrier", pins["carrier"]))
        carrier = window.carrier
        carrier.activate("round")
        my_round = carrier.stack.currentWidget()
        out_now = [i for i in my_round.round.items if i.outcome == "out"]
        if out_now:
            my_round.scanned(out_now[0].tracking)
        grab("parcels-round.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
