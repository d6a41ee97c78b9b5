"""The README's payments pictures, made by the real window on a temporary demo station:

    python -m app.ui.payments.shots OUT_DIR [--lang zh_CN|en]

writes ``payments-pay.png`` (an electricity payment just taken: the reference huge, the latest
payments below), ``payments-list.png`` (waiting and rejected payments, one selected to refund) and
``payments-shift.png`` (the Z of the shift just closed, the next shift's blind count under way)."""

from __future__ import annotations

import sys

from ..shots_kit import shots_session


def main(argv: list[str] | None = None) -> int:
    from ...core.payments.decisions import apply_decision

    with shots_session("python -m app.ui.payments.shots", argv) as s:
        station, pins = s.station, s.pins
        clerk = station.users.authenticate("clerk", pins["clerk"])
        taken = [station.payments.take(clerk, t, a, amount, payer=who) for t, a, amount, who in (
            ("water", "1234567", 4650, "何永福"), ("mobile", "13698762468", 10000, ""),
            ("gas", "12345678", 8800, "吴芳"), ("broadband", "02361234567", 12000, ""))]
        with station.store.write(actor="system", action="sync.pull", entity="platform_records") as tx:
            apply_decision(tx, taken[1].id, {"status": "rejected", "reason": "号码已停机，充值失败"})
            apply_decision(tx, taken[2].id, {"status": "confirmed"})
        window = s.open()
        grab = s.grab
        window.sign_in(clerk)
        window.shell.open("payments")
        page = window.shell.current_page
        pay = page.open("pay")
        pay.choose(0)
        pay.account.setText("5001234567890")
        pay.amount.setText("236.80")
        pay.payer.setText("陈建华")
        pay.take()
        pay.account.setText("0312556")  # the next villager's account, half typed: the live check
        grab("payments-pay.png")
        listing = page.open("list")
        listing.select(taken[1].reference)
        grab("payments-list.png")
        shift = page.open("shift")
        from ...core.cash import expected_cash

        expected = expected_cash(station.store.conn, station.cash.current(clerk).id)
        for fen in (10000, 5000, 2000, 1000, 500, 100, 50, 10):
            n, expected = divmod(expected, fen)
            shift.pieces[fen].setValue(n)
        shift.close_shift()
        shift.float_edit.setText("200")
        shift.open_shift()
        for fen, n in ((10000, 1), (5000, 1), (2000, 2), (1000, 3), (100, 6)):
            shift.pieces[fen].setValue(n)
        grab("payments-shift.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
