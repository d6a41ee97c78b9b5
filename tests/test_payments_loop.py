"""The whole loop through the real hub on 127.0.0.1: pay offline → sync → the hub decides (one
confirmed, one rejected) → pull → statuses change → refund → shift close, every figure checked;
and no payment is ever requested twice on the hub, under the sync tests' fault proxy, a bundle
imported on top of an online push, and a restored station pushing its records again."""

from __future__ import annotations

import io
import json
import random
from contextlib import redirect_stderr, redirect_stdout

import httpx
import pytest

from app.core.cash import expected_cash
from app.core.payments import Outcome
from app.core.sync.credentials import Credentials
from hub.cli import main as hub_main

from .helpers import sync_fixtures
from .helpers.proxy import FaultProxy
from .helpers.sync_fixtures import utc_now

hub, make_station = sync_fixtures.hub, sync_fixtures.make_station

CLERK_PIN = "246802"


def _hub_cli(hub_proc, *args: str) -> tuple[int, dict, str]:  # noqa: ANN001
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = hub_main(["--db", str(hub_proc.db), "--json", *args])
    return code, json.loads(out.getvalue() or "{}"), err.getvalue()


def _clerk(st):  # noqa: ANN001, ANN202
    admin = st.users.authenticate("admin", sync_fixtures.ADMIN_PIN)
    st.users.add(admin, "clerk", "clerk", CLERK_PIN, "张丽")
    return st.users.authenticate("clerk", CLERK_PIN)


def test_the_full_loop_through_the_real_hub(hub, make_station):
    st = make_station()
    code = st.info.code
    clerk = _clerk(st)
    shift = st.cash.open(clerk, 20000)
    a = st.payments.take(clerk, "electricity", "0312556677", 12050, payer="陈建华")
    b = st.payments.take(clerk, "mobile", "13812345678", 5000)
    c = st.payments.take(clerk, "water", "1234567", 3000)
    st.cash.cash_out(clerk, 1000, "零钱")

    report = st.sync.run_once("test")  # offline until now: everything goes in one run
    assert report.ok and report.pending == 0, report.error
    rc, listed, _ = _hub_cli(hub, "payments", "list", "--station", code, "--status", "pending")
    assert rc == 0 and [p["reference"] for p in listed["payments"]] == [a.reference, b.reference, c.reference]
    assert listed["payments"][1]["account"] == "138****5678" and listed["payments"][0]["payer"] == "陈**"

    token = Credentials(code).get()
    with httpx.Client(base_url=hub.url, headers={"Authorization": f"Bearer {token}"}) as http:
        got = http.get(f"/v1/stations/{code}/payments/{a.id}")
        assert got.status_code == 200 and (got.json()["status"], got.json()["amount_fen"]) == ("pending", 12050)
        assert http.get(f"/v1/stations/{code}/payments/01a2aaaa-0000-7000-8000-000000000000").status_code == 404
        assert http.get(f"/v1/stations/CQT99999/payments/{a.id}").status_code == 403
        spec = http.get("/openapi.json").json()["paths"]["/v1/stations/{code}/payments/{payment_id}"]["get"]
        assert {"200", "401", "403", "404"} <= set(spec["responses"])

    rc, decided, _ = _hub_cli(hub, "payments", "decide", a.reference, "confirmed")
    assert rc == 0 and decided["status"] == "confirmed" and decided["published"]
    rc, decided, _ = _hub_cli(hub, "payments", "decide", b.reference, "rejected", "--reason", "号码已停机")
    assert rc == 0 and decided["reason"] == "号码已停机"
    rc, again, _ = _hub_cli(hub, "payments", "decide", a.reference, "confirmed")  # the same answer: nothing new
    assert rc == 0 and not again["published"]
    rc, _, err = _hub_cli(hub, "payments", "decide", a.reference, "rejected")
    assert rc == 5 and err.startswith("error[payment.already_decided]")
    rc, _, err = _hub_cli(hub, "payments", "decide", f"{code}P000009999", "confirmed")
    assert rc == 4 and err.startswith("error[payment.unknown]")
    rc, _, err = _hub_cli(hub, "payments", "decide", "NOT-A-REF", "confirmed")
    assert rc == 3 and err.startswith("error[payment.reference_invalid]")

    report = st.sync.run_once("test")
    assert report.ok and report.pulled >= 2
    got = {p.reference: (p.status, p.reason) for p in st.payments.list(clerk)}
    assert got == {a.reference: ("confirmed", ""), b.reference: ("rejected", "号码已停机"), c.reference: ("pending", "")}

    refunded = st.payments.refund(clerk, b.reference)
    assert refunded.status == "refunded"
    expected = 20000 + 12050 + 5000 + 3000 - 1000 - 5000
    assert expected_cash(st.store.conn, shift.id) == expected == 34050
    z = st.cash.close(clerk, 34000, reason="count_error")  # ¥0.50 short
    assert (z.expected_fen, z.counted_fen, z.diff_fen) == (34050, 34000, -50)
    lines = {(ln.service, ln.kind): (ln.count, ln.total_fen) for ln in z.lines}
    assert lines == {("drawer", "float"): (1, 20000), ("drawer", "cash_out"): (1, -1000),
                     ("payments", "payment"): (3, 20050), ("payments", "refund"): (1, -5000)}
    assert sum(ln.total_fen for ln in z.lines) == z.expected_fen
    assert z.extras["payments_pending"] == {"count": 1, "total_fen": 3000, "references": [c.reference]}
    by_biller = {b_["biller"]: (b_["count"], b_["total_fen"]) for b_ in z.extras["payments_by_biller"]["billers"]}
    assert by_biller == {"sgcc-cq": (1, 12050), "mobile": (1, 5000), "county-water": (1, 3000)}
    assert z.extras["payments_by_biller"]["refunds"] == {"count": 1, "total_fen": 5000, "references": [b.reference]}

    assert st.sync.run_once("test").ok  # the station's word (refunded) reaches the platform
    held = {r.reference: r for r in hub.storage.payment_requests(code, None, 100)}
    assert len(held) == 3 and held[b.reference].station_status == "refunded"
    assert (held[a.reference].status, held[b.reference].status, held[c.reference].status) == (
        "confirmed", "rejected", "pending")

    # a decision published twice, and a second different one slipped past the platform's guard
    hub.storage.publish("payment_decisions", a.id, json.dumps({"payment_id": a.id, "status": "confirmed"}), code,
                        utc_now())
    hub.storage.publish("payment_decisions", c.id, json.dumps({"payment_id": c.id, "status": "rejected",
                                                               "reason": "户号不存在"}), code, utc_now())
    hub.storage.publish("payment_decisions", b.id, json.dumps({"payment_id": b.id, "status": "confirmed"}), code,
                        utc_now())
    assert st.sync.run_once("test").ok
    got = {p.reference: p.status for p in st.payments.list(clerk)}
    assert got == {a.reference: "confirmed", b.reference: "refunded", c.reference: "rejected"}
    outcomes = [r[0] for r in st.store.query("SELECT outcome FROM payment_decisions ORDER BY id")]
    assert outcomes.count(Outcome.CONFLICT.value) == 1 and outcomes.count(Outcome.APPLIED.value) == 3


def _payments_on_hub(hub_proc, code: str) -> list:  # noqa: ANN001
    return hub_proc.storage.payment_requests(code, None, 100_000)


@pytest.mark.slow
def test_no_payment_is_requested_twice_under_faults(hub, make_station, tmp_path):
    rng = random.Random(808)
    digits = random.Random(909)  # account numbers unlike the zeros of a genesis hash (the at-rest sweep)
    st = make_station()
    code = st.info.code
    clerk = _clerk(st)
    st.cash.open(clerk, 0)
    st.settings.set(st.users.authenticate("admin", sync_fixtures.ADMIN_PIN), "payments.max_pending_yuan", 1_000_000)
    taken: dict[str, int] = {}
    kills = {"n": 0}

    def on_kill() -> None:
        kills["n"] += 1
        hub.kill()

    def plan(index: int, method: str, path: str) -> str:
        r = rng.random()
        if not path.endswith("/push"):
            return "drop_response" if r < 0.15 else "pass"
        return "drop_response" if r < 0.25 else "drop_request" if r < 0.4 else "kill_hub" if r < 0.5 else "pass"

    with FaultProxy(hub.port, plan=plan, on_kill=on_kill) as proxy:
        st.sync.set_hub_url(proxy.url)
        for round_ in range(5):
            for i in range(rng.randrange(3, 12)):
                amount = rng.randrange(1, 500) * 100
                p = st.payments.take(clerk, "electricity", f"5{round_}{i:02d}{digits.randrange(10**6):06d}", amount, confirm_duplicate=True)
                taken[p.id] = amount
            st.sync.sizer.size = rng.choice([20, 40])
            for _ in range(60):
                if hub.proc is None or hub.proc.poll() is not None:
                    hub.stop()
                    hub.start()
                if st.sync.run_once("test").ok:
                    break
            held = _payments_on_hub(hub, code)
            assert len(held) == len({r.payment_id for r in held}) == len(taken)
            assert {r.payment_id: r.amount_fen for r in held} == taken
        assert {"drop_response", "drop_request"} <= set(proxy.actions)
    st.sync.set_hub_url(hub.url)

    # the same records again: a USB bundle of everything imported on top, a restored station
    backup = tmp_path / "before.db"
    st.maintenance.backup(st.users.authenticate("admin", sync_fixtures.ADMIN_PIN), backup)
    more = st.payments.take(clerk, "electricity", "9999999999", 700, confirm_duplicate=True)
    taken[more.id] = 700
    bundle = tmp_path / "all.yyt"
    st.sync.export_bundle(None, bundle)
    rc, imported, _ = _hub_cli(hub, "bundle", "import", str(bundle))
    assert rc == 0
    rc, again, _ = _hub_cli(hub, "bundle", "import", str(bundle))
    assert rc == 0 and again["applied"] == 0
    assert st.sync.run_once("test").ok
    held = _payments_on_hub(hub, code)
    assert len(held) == len(taken) and {r.payment_id: r.amount_fen for r in held} == taken

    admin = st.users.authenticate("admin", sync_fixtures.ADMIN_PIN)
    st.maintenance.restore(admin, backup)  # the station goes back to before the last payment
    clerk = st.users.authenticate("clerk", CLERK_PIN)
    after = st.payments.take(clerk, "electricity", "8888888888", 900, confirm_duplicate=True)  # before any sync
    taken[after.id] = 900
    for _ in range(3):
        rep = st.sync.run_once("test")
        if rep.ok and st.sync.status().pending == 0:
            break
    assert rep.ok and st.sync.status().pending == 0
    held = _payments_on_hub(hub, code)
    assert len(held) == len({r.payment_id for r in held}) == len(taken)
    assert {r.payment_id: r.amount_fen for r in held} == taken
    # the restored station issued the lost payment's reference again: kept, but decided by id only
    assert after.reference == more.reference
    rc, _, err = _hub_cli(hub, "payments", "decide", after.reference, "confirmed")
    assert rc == 5 and err.startswith("error[payment.reference_ambiguous]")
    rc, decided, _ = _hub_cli(hub, "payments", "decide", after.id, "confirmed", "--station", code)
    assert rc == 0 and decided["payment_id"] == after.id
