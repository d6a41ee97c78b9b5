"""Personal data at rest (issue 13 part 4): the database file, its WAL, the backups, a USB bundle and
the logs hold no full phone, resident ID, name or address written during a day at the counter.

One station (module scope: built once, ≈ 3 s) goes through every path that takes personal values —
the platform's pre-advice (pulled from the real hub), check-in, pickup by a proxy, a correction, an
outbound shipment, a restricted-pesticide real-name sale, a stock-in, a consignment farmer and a
ship-out, a mobile top-up and a pension payment — through the services and, for a few, the CLI (``app.main.main``, which sets up the
station's log file as the real entry point does). Then a backup (service and ``backup --out``), a
USB bundle (``bundle export``), and the WAL left as it is. Each kind of file is one test, and a
failure lists file → the values found (and in which encoding / layer). The last test checks the data
is still there for the user: masked on screen, and pickup by phone tail still finds the parcel.
"""
# ruff: noqa: RUF001 - full-width characters in Chinese test values

from __future__ import annotations

import datetime as _dt
import io
import json
import logging
import logging.handlers
import shutil
import sqlite3
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from app.core.clock import ManualClock
from app.core.parcels.model import Proxy
from app.core.shop import BuyerInput
from app.core.station import Station
from app.core.validate.identity import check_resident_id
from app.main import setup_logging
from app.paths import DataPaths

from .conftest import ADMIN_PIN, CLERK_PIN
from .helpers.at_rest import Secret, leaks, report
from .helpers.hub_server import HubProcess
from .shop_support import ean, make_catalogue, resident_id
from .test_parcels_support import sf

CODE = "CQREST01"
WAL = "station.db-wal"

# -- the values (each unique; phones 1391234xxxx) -----------------------------------------------
PRE = dict(phone="13912340001", name="欧阳明远", address="龙凤村三组十七号", sender="钟离婉清")
CHECKIN = dict(phone="13912340002", name="司马青山", address="龙凤村一组三号", sender="夏侯振东")
PROXIED = dict(phone="13912340003", name="诸葛春华", address="龙凤村二组五号")
PROXY = dict(phone="13912340004", name="上官秋月")
FIX_BEFORE = dict(phone="13912340005", name="慕容晓燕", address="龙凤村四组八号")
FIX_AFTER = dict(phone="13912340006", name="慕容晓霞", address="龙凤村四组九号")
CLI_PARCEL = dict(phone="13912340007", name="东方红梅", address="龙凤村五组二号")
CLI_PROXY = dict(phone="13912340008", name="南宫雪松")
SENDER = dict(phone="13912340009", name="皇甫志强", id=resident_id("19750612", "500240", "317"))
RECIPIENT = dict(phone="13912340010", name="令狐冲云", address="重庆市渝中区解放碑民族路九十九号")
BUYER = dict(phone="13912340011", name="公孙建国", id=resident_id("19680203", "500240", "251"),
             address="石柱县黄水镇金竹村七组十一号")
SUPPLIER_PHONE = "13912340012"
FARMER = dict(phone="13912340013", name="长孙德胜", id=resident_id("19590910", "500240", "133"))
CERT = dict(contact="13912340018", producer="司马守田")  # the lot's certificate: the producer and contact
SHIP_TO = dict(phone="13912340014", name="宇文丽娟", address="成都市锦江区红星路三段二十号")
CLI_FARMER = dict(phone="13912340015", name="独孤伯安", id=resident_id("19820101", "500240", "419"))
TOP_UP = dict(account="13912340017", payer="赫连飞燕")  # a mobile top-up: the account is a phone
PENSION = dict(account=resident_id("19700707", "500240", "521"), payer="呼延长风")
REFUSED = dict(phone="13912340016", name="闻人若水", address="龙凤村六组一号")  # a CLI command that fails

GROUPS = {"preadvice": PRE, "checkin": CHECKIN, "checkin (picked up by proxy)": PROXIED, "proxy": PROXY,
          "fix before": FIX_BEFORE, "fix after": FIX_AFTER, "cli checkin": CLI_PARCEL, "cli proxy": CLI_PROXY,
          "outbound sender": SENDER, "outbound recipient": RECIPIENT, "shop buyer": BUYER,
          "consign farmer": FARMER, "consign certificate": CERT, "consign ship-to": SHIP_TO, "cli farmer": CLI_FARMER,
          "top-up payment": TOP_UP, "pension payment": PENSION, "cli refused checkin": REFUSED}
KINDS_OF = {"sender": "name", "payer": "name", "account": "phone", "producer": "name", "contact": "phone"}
SECRETS = [Secret(f"{group}.{field}", "id" if value is PENSION["account"] else KINDS_OF.get(field, field), value)
           for group, values in GROUPS.items() for field, value in values.items()] + [Secret("stock-in.supplier_phone", "phone", SUPPLIER_PHONE)]


def test_the_values_are_valid_and_distinct():
    for s in SECRETS:
        if s.kind == "id":
            assert check_resident_id(s.value, today=_dt.date(2026, 6, 1), adult=True).value == s.value
    values = [s.value for s in SECRETS]
    assert len(set(values)) == len(values)


# -- the station ------------------------------------------------------------------------------
class _MemoryKeyring:
    """An in-memory keyring for the whole module (the conftest one is per test: the station's
    keys must outlive one test here)."""

    def __init__(self) -> None:
        from keyring.backend import KeyringBackend

        store: dict[tuple[str, str], str] = {}

        class Memory(KeyringBackend):
            priority = 1  # type: ignore[assignment]

            def get_password(self, service: str, username: str) -> str | None:
                return store.get((service, username))

            def set_password(self, service: str, username: str, password: str) -> None:
                store[(service, username)] = password

            def delete_password(self, service: str, username: str) -> None:
                from keyring.errors import PasswordDeleteError

                if (service, username) not in store:
                    raise PasswordDeleteError(username)
                del store[(service, username)]

        self.backend = Memory()


@pytest.fixture(scope="module", autouse=True)
def _memory_keyring():  # overrides the conftest's per-test keyring for this module
    import keyring

    previous = keyring.get_keyring()
    keyring.set_keyring(_MemoryKeyring().backend)
    yield
    keyring.set_keyring(previous)


def _cli(paths: DataPaths, mp: pytest.MonkeyPatch, *args: str, user: str, pin: str) -> tuple[int, str]:
    """``python -m app --data-dir … --json --user U ARGS`` in-process, through ``app.main.main``
    (the real entry point: it sets up the log file)."""
    from app.main import main

    mp.setenv("YYT_PIN", pin)
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--data-dir", str(paths.root), "--json", "--user", user, *args])
    return code, out.getvalue() + err.getvalue()


def _scenario(st: Station, hub: HubProcess, paths: DataPaths, clock: ManualClock, out: Path,
              mp: pytest.MonkeyPatch) -> dict:
    admin = st.users.authenticate("admin", ADMIN_PIN)
    clerk = st.users.add(admin, "clerk", "clerk", CLERK_PIN, "张丽")
    clerk = st.users.authenticate("clerk", CLERK_PIN)
    st.sync.enroll(admin, hub.url, hub.storage.add_station(CODE, "静态检查站", "龙凤镇", clock.now()))

    # pre-advice arrives the real way: published on the platform, pulled (no push: the bundle takes the outbox)
    hub.storage.publish("preadvice", sf(1), json.dumps({"carrier": "SF", **PRE},
                                                       ensure_ascii=False), CODE, clock.now())
    report_ = st.sync.run_once(push=False, pull=True)
    assert report_.result == "ok", report_
    assert st.store.query_one("SELECT count(*) FROM parcel_preadvice")[0] == 1

    p = st.parcels
    st.cash.open(clerk, 50000)
    p.inbound.checkin(clerk, sf(1))  # by the scan alone: the pre-advice's phone, name, address
    p.inbound.checkin(clerk, sf(2), **CHECKIN)
    code3 = p.inbound.checkin(clerk, sf(3), **PROXIED).parcel.pickup_code
    p.pickup.by_code(clerk, code3, Proxy(PROXY["name"], PROXY["phone"]))
    p.inbound.checkin(clerk, sf(4), **FIX_BEFORE)
    p.corrections.fix(clerk, sf(4), reason="号码写错", **FIX_AFTER)
    clock.advance(60)

    waybill = p.outbound.send(clerk, sender_name=SENDER["name"], sender_id=SENDER["id"], sender_phone=SENDER["phone"],
                              to_name=RECIPIENT["name"], to_phone=RECIPIENT["phone"], to_address=RECIPIENT["address"],
                              to_province="重庆", weight_g=1500, contents="腊肉 两块", prohibited_confirmed=True).waybill

    cat = make_catalogue(st, clerk)
    st.shop.stock.stock_in(clerk, cat.restricted, lot="L2026A", qty=10, produced="2026-01-01", expires=f"{clock.now().year + 2}-12-31",
                           cost_fen=1800, supplier="石柱农资公司", supplier_phone=SUPPLIER_PHONE)
    sale = st.shop.sales.sell(clerk, [(ean(4), 1)], BuyerInput(BUYER["name"], BUYER["id"], BUYER["phone"],
                                                               BUYER["address"], "柑橘 红蜘蛛"))

    cm = st.consignment
    farmer = cm.farmers.add(clerk, name=FARMER["name"], phone=FARMER["phone"], village="龙凤村",
                            resident_id=FARMER["id"])
    lot = cm.intake.take_in(clerk, farmer.code, product="巫山脆李", grade="一级", unit="kg", qty="60", price_fen=800,
                            cert=dict(origin="巫山县龙凤村", basis="self_promise", **CERT))
    cm.moves.ship(clerk, lot.code, "5", weight_g=5400, to_name=SHIP_TO["name"], to_phone=SHIP_TO["phone"],
                  to_address=SHIP_TO["address"], to_province="四川")

    year = clock.now().year
    st.settings.set(admin, "payments.schemes", {
        "pension": [{"year": year, "grades_fen": [30000, 50000, 100000], "from": f"{year}-01-01", "to": f"{year}-12-31"}],
        "medical": [{"year": year, "amount_fen": 40000, "from": f"{year}-01-01", "to": f"{year}-12-31"}]})
    st.payments.take(clerk, "mobile", TOP_UP["account"], 5000, payer=TOP_UP["payer"])
    st.payments.take(clerk, "pension", PENSION["account"], 50000, payer=PENSION["payer"])

    # the command line, with its log file
    mp.delenv("YYT_NO_LOG", raising=False)
    runs = [
        _cli(paths, mp, "parcel", "checkin", sf(5), "--phone", CLI_PARCEL["phone"], "--name", CLI_PARCEL["name"],
             "--address", CLI_PARCEL["address"], user="clerk", pin=CLERK_PIN),
        _cli(paths, mp, "parcel", "pickup", "--phone-tail", CLI_PARCEL["phone"][-4:], "--proxy-name",
             CLI_PROXY["name"], "--proxy-phone", CLI_PROXY["phone"], user="clerk", pin=CLERK_PIN),
        _cli(paths, mp, "consign", "farmer", "add", "--name", CLI_FARMER["name"], "--phone", CLI_FARMER["phone"],
             "--id", CLI_FARMER["id"], "--village", "龙凤村", user="clerk", pin=CLERK_PIN),
        _cli(paths, mp, "backup", "--out", str(out / "manual-copy.db"), user="admin", pin=ADMIN_PIN),
        _cli(paths, mp, "bundle", "export", str(out / "usb.yyt"), user="admin", pin=ADMIN_PIN),
    ]
    for code, text in runs:
        assert code == 0, text
    # a refused command (the shelf slot does not exist): nothing written, and nothing of it logged
    code, text = _cli(paths, mp, "parcel", "checkin", sf(6), "--phone", REFUSED["phone"], "--name", REFUSED["name"],
                      "--address", REFUSED["address"], "--slot", "Z-9", user="clerk", pin=CLERK_PIN)
    assert code != 0, text
    st.maintenance.backup(admin)  # backups/manual-<time>.db
    return {"clerk": clerk, "waybill": waybill, "sale": sale.id, "farmer": farmer.code}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """The station after the scenario, its files listed by kind (nothing checkpointed)."""
    tmp = tmp_path_factory.mktemp("at-rest")
    hub = HubProcess(tmp / "hub", backend="sqlite").start()
    paths = DataPaths(tmp / "station")
    out = tmp / "usb"
    out.mkdir()
    clock = ManualClock(_dt.datetime.now(_dt.UTC).replace(microsecond=0))
    root = logging.getLogger()
    level = root.level
    mp = pytest.MonkeyPatch()
    mp.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    st = Station.create(paths, code=CODE, name="静态检查站", admin_username="admin", admin_pin=ADMIN_PIN, clock=clock)
    setup_logging(paths)  # the station's own log file, as the window's start-up does
    try:
        ctx = _scenario(st, hub, paths, clock, out, mp)
        # the WAL as the day left it (nothing checkpointed yet), kept aside; then a checkpoint, so
        # station.db itself holds what a copy of the folder taken after closing the app would
        wal, kept = paths.db.with_name(WAL), tmp / "wal-as-left" / WAL
        kept.parent.mkdir()
        if wal.exists():
            shutil.copyfile(wal, kept)
        conn = sqlite3.connect(paths.db)
        try:
            checkpointed = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[2]
        finally:
            conn.close()
        yield {"station": st, "paths": paths, "out": out, "ctx": ctx, "wal_kept": kept, "checkpointed": checkpointed}
    finally:
        for h in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
            root.removeHandler(h)
            h.close()
        root.setLevel(level)
        mp.undo()
        st.close()
        hub.stop()
        hub.close_storage()


def _files(world: dict, kind: str) -> list[Path]:
    paths: DataPaths = world["paths"]
    out: Path = world["out"]
    everything = sorted(p for p in paths.root.rglob("*") if p.is_file())
    if kind == "station.db":
        return [paths.db]
    if kind == WAL:
        wal = paths.db.with_name(WAL)
        return [f for f in (world["wal_kept"], wal) if f.exists()]
    if kind == "backups":
        return sorted(paths.backups.glob("*")) + sorted(paths.root.glob("station.db.v*.bak")) + [out / "manual-copy.db"]
    if kind == "bundle":
        return [out / "usb.yyt"]
    if kind == "logs":
        return sorted(p for p in paths.logs.rglob("*") if p.is_file())
    # anything else in the data folder (the -shm, printed PDFs, exports, …)
    known = {paths.db, paths.db.with_name(WAL)}
    return [p for p in everything if p not in known and paths.backups not in p.parents and paths.logs not in p.parents
            and not p.name.startswith("station.db.v")]


KINDS = ("station.db", WAL, "backups", "bundle", "logs", "other files")


@pytest.mark.parametrize("kind", KINDS)
def test_no_personal_value_in_clear(world, kind):
    files = _files(world, kind)
    if kind in ("station.db", WAL, "backups", "bundle", "logs"):
        assert files and all(f.is_file() and f.stat().st_size > 0 for f in files), f"{kind}: nothing to read: {files}"
    found = leaks(files, SECRETS, root=world["paths"].root.parent)
    assert not found, f"{kind}: " + report(found)


def test_the_scan_reads_files_that_hold_the_day(world):
    """The scan reads the WAL as the day left it (not checkpointed away first), station.db after a
    checkpoint, and the log the command line wrote to — else a clean result would prove little."""
    assert world["wal_kept"].stat().st_size > 0
    assert world["checkpointed"] > 0  # and station.db is read after the day's pages reached it
    log = (world["paths"].logs / "station.log").read_text(encoding="utf-8")
    assert "parcel.slot_unknown" in log  # the command line's log went to the file scanned


def test_the_data_is_still_there_for_the_user(world):
    """After the scan: the screens show the masked forms, and the counter still finds people by
    phone tail (a "fix" that throws the values away cannot pass)."""
    st: Station = world["station"]
    clerk = world["ctx"]["clerk"]
    p = st.parcels
    pre = p.queries.get(clerk, sf(1))
    assert (pre.phone, pre.name, pre.preadvised) == ("139****0001", "欧***", True)
    fixed = p.queries.get(clerk, sf(4))
    assert (fixed.phone, fixed.name, fixed.phone_tail) == ("139****0006", "慕***", "0006")
    assert [v.tracking for v in p.queries.for_pickup(clerk, tail="0002")] == [sf(2)]
    ship = p.outbound.get(clerk, world["ctx"]["waybill"])
    assert (ship.sender_phone, ship.to_phone, ship.to_name, ship.to_address) == (
        "139****0009", "139****0010", "令***", RECIPIENT["address"])
    assert ship.sender_id.startswith(SENDER["id"][:4]) and SENDER["id"] not in ship.sender_id
    farmer = st.consignment.farmers.get(clerk, world["ctx"]["farmer"])
    assert (farmer.phone, farmer.name) == ("139****0013", "长***")
    # the values themselves are still usable: the pickup by tail hands over the right parcels
    got = p.pickup.by_phone_tail(clerk, "0006")
    assert [x.tracking for x in got.parcels] == [sf(4)]
    got = p.pickup.by_phone_tail(clerk, "0001")
    assert [x.tracking for x in got.parcels] == [sf(1)]


def test_the_scan_finds_what_it_looks_for(tmp_path):
    """The scanner itself: a value in clear in any of its forms — raw, gzip inside a file, UTF-16,
    GB18030, JSON-escaped, in a SQLite cell spread over overflow pages — is found; the masked
    forms and the tail are not reported."""
    import gzip

    rid = SENDER["id"]
    name = Secret("n", "name", "皇甫志强")
    phone = Secret("p", "phone", "13912340009")
    ident = Secret("i", "id", rid)
    files = {
        "raw": f"x{rid}y".encode(),
        "gz": b"YYTBUNDLE/1\n{}\nmac\n" + gzip.compress(b"{\"phone\":\"13912340009\"}"),
        "utf16": "皇甫志强".encode("utf-16-le"),
        "gb": "皇甫志强".encode("gb18030"),
        "json": json.dumps({"n": "皇甫志强"}).encode(),  # ensure_ascii: \\u7687...
        "masked": f"139****0009 皇* 0009 5002**********{rid[-4:]}".encode(),
    }
    for f, data in files.items():
        (tmp_path / f).write_bytes(data)
    db = tmp_path / "big.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE t (v TEXT)")
    conn.execute("INSERT INTO t VALUES (?)", ("甲" * 1000 + "皇甫志强" + "乙" * 2725,))  # split by a page boundary
    conn.commit()
    conn.close()
    assert name.value.encode() not in db.read_bytes()  # (an overflow page's next-page number sits inside it)
    found = leaks(sorted(tmp_path.iterdir()), [name, phone, ident], root=tmp_path)
    assert sorted(found) == ["big.db", "gb", "gz", "json", "raw", "utf16"], found
    assert found["big.db"] == ["n 皇甫志强 (utf-8, sqlite cells)"] and "gunzipped" in found["gz"][0]
    assert report(found).startswith("6 personal values in clear:")
