"""A process that pays a consignment statement, for the "never pays twice" tests.

``python -m tests.helpers.consign_payer DATA_DIR STATEMENT MODE``; the clerk's PIN from YYT_PIN.

- ``race``: prints READY, waits for the file ``DATA_DIR/go`` (so that several payers start their
  payout at the same moment), pays, prints one JSON line (``paid`` or the error code), exits 0 / 5;
- ``hang``: pays, prints PAID, then blocks as if the receipt printer hung (the test SIGKILLs it
  between the payout and the print);
- ``loop``: prints READY and pays at once (the test SIGKILLs it at a random moment).
"""

import json
import os
import sys
from pathlib import Path

from app.core.errors import YytError
from app.core.station import Station
from app.paths import DataPaths

data_dir, statement, mode = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
station = Station.open(DataPaths(data_dir), auto_backup=False)
clerk = station.users.authenticate("clerk", os.environ["YYT_PIN"])
settlement = station.consignment.settlement
if mode in ("race", "loop"):
    print("READY", flush=True)
if mode == "race":
    go = data_dir / "go"
    while not go.exists():  # a start line for every payer (a child process, not a test thread)
        pass
try:
    paid = settlement.pay(clerk, statement)
except YytError as exc:
    print(json.dumps({"error": exc.code}), flush=True)
    sys.exit(exc.exit_code)
print(json.dumps({"paid": paid.payout.amount_fen}) if mode != "hang" else "PAID", flush=True)
if mode == "hang":
    sys.stdin.read()  # "printing": never returns until killed
