"""A clerk's morning on the REAL window, under X (Xvfb), driven by xdotool as a keyboard-mode USB
scanner and a person would drive it; screenshots for docs/ui.md ("A clerk's morning").

    .venv/bin/python scripts/clerks_morning.py [--out docs/screenshots] [--data-dir DIR] [--display :57]

Needs ``xvfb xdotool libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0`` (apt). Starts its own Xvfb
when no display is given, a fresh demo station (``python -m app demo``) with the idle lock at
1 minute, then the app exactly as ``make run`` does (``python -m app.devrun``: the local hub,
enrolment, the window). The platform pre-advises more parcels (``python -m hub publish``).

The morning: sync; 20 scans typed with ``xdotool type --delay 5`` (capitals: Shift around each,
as a scanner sends them) — pre-advised ones check in with one scan, three unknown ones scanned in
a row wait in the visible queue for their phones, the rest get their phone typed at once; two
families picked up by phone tail; one proxy pickup (a masked proxy phone refused first); one
send (a live mistake shown, then fixed); an idle lock, a scan at the lock screen, and the PIN.
Every step is checked against the station database; any surprise stops the run (exit 1).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
PIN = "246802"

#: (tracking, carrier, phone, name, sender) the platform pre-advises this morning
PUBLISHED = [
    ("SF1402851178327", "SF", "138****1234", "王*", "拼多多"),
    ("YT8800112233445", "YTO", "138****1234", "王*", "淘宝"),
    ("JT0006968326954", "JT", "139****5678", "李*", "抖音商城"),
    ("JD0098765432101", "JD", "135****6688", "陈*", "京东"),
    ("EA202612023CN", "EMS", "13699990000", "何*", "中国邮政"),
    ("SF1402851178334", "SF", "13566667777", "孙*", "顺丰"),
]
#: pre-advised already (the demo hub's three, the demo station's three): one scan each
FIRST_SIX = ["SF1402851178310", "YT7511209834623", "JD0134227718541", "SF1400000000101", "YT2400000000102",
             "JT5400000000103"]
#: no pre-advice, scanned in a row: they queue for their phones
QUEUED = [("773194917396313", "13800002222"), ("YT9100000000777", "1395555"), ("JT7700000000555", "13766660000")]
#: no pre-advice, the phone typed right after each scan
TYPED = [("75312345678901", "13911112222"), ("JD0055500011122", "18800001111"), ("SF1500000000999", "13322223333"),
         ("YT6600000000123", "15800004444"), ("EA202612010CN", "13577778888")]


class Morning:
    def __init__(self, out: Path, data: Path, display: str) -> None:
        self.out, self.data, self.display = out, data, display
        self.env = dict(os.environ, DISPLAY=display, PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring")
        self.env.pop("QT_QPA_PLATFORM", None)
        self.window = ""
        self.shots: list[str] = []
        from PySide6.QtGui import QGuiApplication

        os.environ["DISPLAY"] = display
        os.environ.pop("QT_QPA_PLATFORM", None)
        self.qt = QGuiApplication([sys.argv[0]])

    # -- plumbing ----------------------------------------------------------------------------------
    def x(self, *args: str) -> str:
        return subprocess.run(["xdotool", *args], env=self.env, check=True, capture_output=True,
                              text=True).stdout.strip()

    def scan(self, code: str) -> None:
        """A keyboard-mode scanner: the code at 5 ms per key (Shift around capitals), then Enter."""
        self.x("type", "--delay", "5", code)
        self.x("key", "Return")
        time.sleep(0.6)

    def typ(self, text: str, enter: bool = False) -> None:
        """A person typing (120 ms per key)."""
        self.x("type", "--delay", "120", text)
        if enter:
            self.x("key", "Return")
        time.sleep(0.6)

    def key(self, *keys: str) -> None:
        self.x("key", *keys)
        time.sleep(0.6)

    def shot(self, name: str) -> None:
        time.sleep(0.5)  # the success flash fades
        path = self.out / f"morning-{name}.png"
        pixmap = self.qt.primaryScreen().grabWindow(0)
        if not pixmap.save(str(path), "PNG"):
            raise SystemExit(f"could not write {path}")
        from PIL import Image  # 128 colours: a third of the size, the same to the eye

        Image.open(path).convert("RGB").quantize(colors=128, method=Image.Quantize.MEDIANCUT,
                                                 dither=Image.Dither.NONE).save(path, optimize=True)
        self.shots.append(path.name)
        size = self.x("getwindowgeometry", self.window).splitlines()[-1].split()[-1]
        print(path, size, flush=True)
        self.expect(f"the window still fits the 1366×768 screen ({size})", size == "1366x768")

    def db(self, sql: str, args: tuple = ()) -> list:
        conn = sqlite3.connect(f"file:{self.data / 'station.db'}?mode=ro", uri=True)
        try:
            return conn.execute(sql, args).fetchall()
        finally:
            conn.close()

    def expect(self, what: str, ok: bool) -> None:
        print(("ok    " if ok else "WRONG ") + what, flush=True)
        if not ok:
            raise SystemExit(f"the morning went wrong: {what}")

    def status(self, tracking: str) -> str | None:
        row = self.db("SELECT status FROM parcels WHERE tracking = ?", (tracking,))
        return row[0][0] if row else None

    # -- set-up ------------------------------------------------------------------------------------
    def start(self) -> subprocess.Popen:
        subprocess.run([PY, "-m", "app", "--data-dir", str(self.data), "demo"], check=True, capture_output=True)
        subprocess.run([PY, "-c", (
            "import sys; from pathlib import Path; from app.core.station import Station; from app.paths import DataPaths\n"
            f"st = Station.open(DataPaths(Path({str(self.data)!r})))\n"
            "st.settings.set(st.users.authenticate('admin', '135790'), 'ui.idle_lock_minutes', 1); st.close()")],
            check=True, cwd=ROOT)
        app = subprocess.Popen([PY, "-m", "app.devrun", "--data-dir", str(self.data)], cwd=ROOT, env=self.env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "邮运通村站 ·"], env=self.env,
                                   capture_output=True, text=True).stdout.split()
            if found:
                self.window = found[0]
                break
            time.sleep(0.5)
        else:
            raise SystemExit("the window did not appear")
        time.sleep(2)
        self.x("windowmove", self.window, "0", "0")
        self.x("windowsize", self.window, "1366", "768")
        self.x("windowfocus", "--sync", self.window)
        hub_db = self.data / "hub" / "hub.db"
        for tracking, carrier, phone, name, sender in PUBLISHED:
            payload = json.dumps({"tracking": tracking, "carrier": carrier, "phone": phone, "name": name,
                                  "sender": sender}, ensure_ascii=False)
            subprocess.run([PY, "-m", "hub", "--db", str(hub_db), "publish", "preadvice", tracking, "--payload",
                            payload, "--station", "CQDEMO0001"], check=True, capture_output=True, cwd=ROOT)
        time.sleep(1)
        return app

    # -- the morning -------------------------------------------------------------------------------
    def run(self) -> None:
        self.shot("01-login")
        self.key("Down", "Down")  # 营业员 张丽
        self.typ(PIN)
        time.sleep(1.5)
        self.key("ctrl+7")
        self.key("F5")  # sync now: the platform's pre-advice for this morning
        time.sleep(3)
        self.expect("six new pre-advices pulled",
                    len(self.db(f"SELECT * FROM parcel_preadvice WHERE tracking IN ({','.join('?' * 6)})",
                                tuple(p[0] for p in PUBLISHED))) == 6)
        self.shot("02-sync")

        self.key("ctrl+2")
        self.key("alt+1")
        for code in FIRST_SIX:
            self.scan(code)
        self.expect("six pre-advised parcels in with one scan each, capitals intact",
                    all(self.status(c) == "in_station" for c in FIRST_SIX))
        self.shot("03-checkin-preadvised")
        for code, _phone in QUEUED:
            self.scan(code)
        self.expect("three unknown parcels waiting, none checked in, none lost",
                    all(self.status(c) is None for c, _p in QUEUED))
        self.shot("04-checkin-queue")
        for _code, phone in QUEUED:
            self.typ(phone, enter=True)
        self.expect("the queue typed through: all three in", all(self.status(c) == "in_station" for c, _p in QUEUED))
        for code in (p[0] for p in PUBLISHED):
            self.scan(code)
        for code, phone in TYPED:
            self.scan(code)
            self.typ(phone, enter=True)
        every = FIRST_SIX + [c for c, _p in QUEUED] + [p[0] for p in PUBLISHED] + [c for c, _p in TYPED]
        self.expect(f"{len(every)} scans, {len(every)} parcels on the shelf",
                    len(every) == 20 and all(self.status(c) == "in_station" for c in every))
        self.expect("no leaked capital made a parcel of its own",
                    not self.db("SELECT tracking FROM parcels WHERE tracking IN ('F1402851178310', 'T0006968326954')"))
        self.shot("05-checkin-twenty")

        self.key("alt+2")
        self.typ("1234", enter=True)  # the 王 family: three parcels
        self.shot("06-pickup-family")
        self.key("F9")
        self.expect("the 王 family's three parcels handed over",
                    all(self.status(c) == "picked_up" for c in ("SF1402851178310", "SF1402851178327", "YT8800112233445")))
        self.typ("5678", enter=True)  # the 李 family: two
        self.key("F9")
        self.expect("the 李 family's two parcels handed over",
                    all(self.status(c) == "picked_up" for c in ("YT7511209834623", "JT0006968326954")))
        self.shot("07-pickup-second-family")
        code = self.db("SELECT pickup_code FROM parcels WHERE tracking = 'JD0098765432101'")[0][0]
        self.typ(code, enter=True)
        self.key("F6")  # someone collects for 陈
        self.typ("李四")
        self.key("Tab")
        self.typ("139****1111", enter=True)  # what the recipient's waybill shows: not enough for a proxy
        self.expect("a masked proxy phone is refused", self.status("JD0098765432101") == "in_station")
        self.shot("08-proxy-refused")
        self.key("ctrl+a")
        self.typ("13900001111", enter=True)
        self.expect("the proxy pickup recorded",
                    self.db("SELECT status, proxy_name FROM parcels WHERE tracking = 'JD0098765432101'")[0]
                    == ("picked_up", "李四"))
        self.shot("09-proxy-handed-over")

        self.key("alt+4")  # send: the sender's name has focus
        for text in ("何永福", "50010119800315001X", "135****0000"):  # a masked phone: not for a sender
            self.typ(text)
            self.key("Tab")
        self.shot("10-send-live-check")
        self.key("shift+Tab")
        self.key("ctrl+a")
        self.typ("13512340000")
        self.key("Tab")
        for text in ("何小梅", "13698765432"):
            self.typ(text)
            self.key("Tab")
        self.typ("四川")
        self.key("Tab")
        self.typ("成都市锦江区春熙路8号")
        self.key("Tab")
        self.typ("脆李 5 斤")
        self.key("Tab")
        self.typ("2600")
        self.key("Tab")
        self.key("space")  # 农产品
        self.key("Tab")  # the category (脆李 is chosen with the keyboard too)
        for _ in range(2):
            self.key("Down")
        self.key("Tab")
        self.key("space")  # 寄件人确认：无禁寄物品
        self.shot("11-send-filled")
        self.key("F9")
        time.sleep(1.5)
        sent = self.db("SELECT waybill, produce_category, price_fen FROM shipments ORDER BY accepted_at DESC LIMIT 1")
        self.expect("one shipment accepted, produce 脆李", bool(sent) and sent[0][1] == "plum")
        names = self.db("SELECT sender_name, to_name, to_address FROM shipments ORDER BY accepted_at DESC LIMIT 1")
        self.expect("the names and address typed arrived whole", names[0] == ("何永福", "何小梅", "成都市锦江区春熙路8号"))
        self.shot("12-send-accepted")

        print("idle for 70 s: the counter locks itself", flush=True)
        time.sleep(70)
        self.shot("13-idle-locked")
        self.scan("SF1500000000999")  # a parcel scanned before signing in
        self.expect("the scan at the lock screen counted as no wrong PIN",
                    self.db("SELECT failed_attempts FROM users WHERE username = 'clerk'")[0][0] == 0)
        self.shot("14-scan-at-lock")
        self.typ(PIN)
        time.sleep(1.5)
        self.shot("15-unlocked")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/clerks_morning.py")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--display")
    args = parser.parse_args(argv)
    for tool in ("xdotool",) + (() if args.display else ("Xvfb",)):
        if shutil.which(tool) is None:
            print(f"{tool} is missing: apt-get install xvfb xdotool libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0",
                  file=sys.stderr)
            return 2
    xvfb = None
    display = args.display
    if display is None:
        display = ":93"
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24"], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(1)
    temp = None
    data = args.data_dir
    if data is None:
        temp = tempfile.TemporaryDirectory(prefix="yyt-morning-")
        data = Path(temp.name) / "station"
    args.out.mkdir(parents=True, exist_ok=True)
    app = None
    try:
        morning = Morning(args.out, data, display)
        app = morning.start()
        morning.run()
        print("the morning went as it should:", " ".join(morning.shots))
        return 0
    finally:
        if app is not None:  # the app's session and the hub it started (its child)
            os.killpg(app.pid, signal.SIGTERM)
            app.wait(timeout=20)
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(timeout=10)
        if temp is not None:
            temp.cleanup()


if __name__ == "__main__":
    sys.exit(main())
