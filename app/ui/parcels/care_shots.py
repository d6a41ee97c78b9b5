"""The pictures of issue 15's screens, made by the real window at 1366 × 768 on a temporary demo
station with long Chinese names and several results:

    python -m app.ui.parcels.care_shots OUT_DIR [--lang zh_CN|en]

writes ``parcels-search.png`` (a phone tail with several parcels, one parcel's history with a
correction, a move and a failed notice), ``parcels-fix.png`` and ``parcels-move.png`` (the two
dialogs over it), ``parcels-checkin-address.png``, ``parcels-pickup-notice.png``,
``parcels-rounds-number.png`` (the clerk's Rounds tab: addresses, a number shown),
``parcels-round-number.png`` (carrier mode), ``parcels-shelves.png``, ``shelf-labels.png`` (the
printed A4 page), ``settings-users.png`` and ``settings-user-add.png``."""

from __future__ import annotations

import sys
from pathlib import Path

from ..shots_kit import shots_session

TAIL = "8866"
PEOPLE = (  # long names and addresses on purpose
    ("SF1400000008801", "13712348866", "欧阳娜娜", "龙凤村三组石板坡下老供销社旁边第二家（门口有棵黄葛树）"),
    ("YT2400000008802", "137****8866", "司马长风", "龙凤村五组大湾塘12号"),
    ("JT5400000008803", "13912348866", "诸葛晓明", "龙凤村一组村委会对面"),
    ("JD0012345688804", "15012348866", "上官婉儿", ""),
    ("773000000088805", "13612348866", "慕容云海", "龙凤村六组后山坡37号"),
)


def _seed(station, pins):  # noqa: ANN001, ANN202
    """Parcels for the pictures: five for one phone tail, one corrected, one moved, one whose
    notice failed, one picked up by a proxy; two of them out on the carrier's round."""
    import json

    from ...core.parcels import Proxy
    from ...core.parcels.streams import HANDLERS

    clerk = station.users.authenticate("clerk", pins["clerk"])
    p = station.parcels
    for tracking, phone, name, address in PEOPLE:
        p.inbound.checkin(clerk, tracking, phone=phone, name=name, address=address or None)
    p.corrections.fix(clerk, PEOPLE[0][0], phone="13812348866", reason="收件人来电更正号码")
    here = p.queries.get(clerk, PEOPLE[0][0]).place
    p.corrections.move(clerk, PEOPLE[0][0], "D-4" if here != "D-4" else "C-4", reason="大件放底层")
    p.pickup.by_code(clerk, p.queries.get(clerk, PEOPLE[3][0]).pickup_code, proxy=Proxy("钱大妈", "13611112222"))
    handler = next(h for h in HANDLERS if h.stream == "notice_status")
    rows = station.store.query("SELECT n.id, n.kind FROM parcel_notices n JOIN parcels x ON x.id = n.parcel_id"
                               " WHERE x.tracking = ? ORDER BY n.created_at", (PEOPLE[0][0],))
    with station.store.write(actor="system", action="sync.pull", entity="platform_records") as tx:
        for i, (notice_id, _kind) in enumerate(rows):
            data = {"status": "failed" if i == len(rows) - 1 else "sent", "at": tx.now_iso, "reason": "号码停机或空号"}
            tx.execute("INSERT INTO platform_records (stream, key, payload, version, hlc, received_at)"
                       " VALUES ('notice_status', ?, ?, 0, '', ?)", (notice_id, json.dumps(data), tx.now_iso))
            handler.apply(tx, notice_id, data)
    carrier_round = p.rounds.open_round_for(clerk, "carrier")
    p.rounds.add(clerk, carrier_round.number, [PEOPLE[1][0], PEOPLE[4][0]])
    return clerk


def main(argv: list[str] | None = None) -> int:
    with shots_session("python -m app.ui.parcels.care_shots", argv) as s:
        station, out, pins = s.station, s.out, s.pins
        clerk = _seed(station, pins)
        window = s.open()
        grab = s.grab
        window.sign_in(clerk)
        window.shell.open("parcels")
        page = window.shell.current_page
        search = page.open("search")
        search.find(TAIL)
        search.results.select_tracking(PEOPLE[0][0])
        grab("parcels-search.png")
        search.actions.correct()
        search.actions.dialog.phone.setText("13812348866")
        search.actions.dialog.reason.setEditText("收件人来电更正号码")
        grab("parcels-fix.png", search.actions.dialog)
        search.actions.dialog.reject()
        search.actions.move()
        grab("parcels-move.png", search.actions.dialog)
        search.actions.dialog.reject()

        checkin = page.open("checkin")
        checkin.scanned("SF1400000000101")  # pre-advised, with its address
        checkin.scanned("YT2400000000301")  # not pre-advised: the phone (and an address) asked
        checkin.phone.setText("13698762468")
        checkin.name.setText("皇甫春花")
        checkin.address.setText("龙凤村四组核桃湾18号（村小学后面）")
        grab("parcels-checkin-address.png")
        checkin.submit_form()
        pickup = page.open("pickup")
        pickup.find(TAIL)
        grab("parcels-pickup-notice.png")
        rounds = page.open("rounds")
        rounds.items.select_tracking(PEOPLE[4][0])
        rounds.show_number()
        grab("parcels-rounds-number.png")
        page.open("shelves")
        grab("parcels-shelves.png")
        window.shell.open("settings")
        settings = window.shell.current_page
        window.lock()
        window.sign_in(station.users.authenticate("admin", pins["admin"]))
        window.shell.open("settings")
        settings = window.shell.current_page
        admin = window.actor
        station.users.add(admin, "ouyang", "clerk", "592048", "欧阳娜娜（周末代班）")
        station.users.set_active(admin, "ouyang", False)
        for _ in range(5):  # the supervisor mistyped the PIN five times: locked
            try:
                station.users.authenticate("supervisor", "000000")
            except Exception:  # noqa: BLE001 - the refusals are the point
                pass
        settings.open_users()
        settings.users.refresh()
        settings.users.table.selectRow(next(i for i, u in enumerate(settings.users.users)
                                            if u.username == "supervisor"))
        grab("settings-users.png")
        settings.users.add_user()
        dialog = settings.users.dialog
        dialog.username.setText("huangfu")
        dialog.display_name.setText("皇甫春花（代销员）")
        dialog.pin.setText("592048")
        dialog.pin_again.setText("592049")
        dialog.save()  # typed differently: the dialog says so
        grab("settings-user-add.png", dialog)
        dialog.reject()

        window.lock()
        window.sign_in(station.users.authenticate("carrier", pins["carrier"]))
        carrier = window.carrier
        carrier.activate("round")
        my_round = carrier.stack.currentWidget()
        my_round.scanned(PEOPLE[4][0])
        my_round.show_number()
        grab("parcels-round-number.png")
        _labels(out / "shelf-labels.png", station)
    return 0


def _labels(path: Path, station) -> None:  # noqa: ANN001
    """The first A4 page of the shelf labels as printed (a 100 dpi preview)."""
    from ..printing import ImageTarget, render
    from .documents import shelf_labels

    info = station.info
    target = ImageTarget(dpi=100)
    render(shelf_labels([("A", n) for n in range(1, 5)] + [("B", n) for n in range(1, 5)], info.name, info.code),
           target)
    target.images[0].save(str(path), "PNG")
    print(path)


if __name__ == "__main__":
    sys.exit(main())
