"""A writer for the SIGKILL test: loops over business writes (probe row + outbox + audit) until
killed. Prints READY once the first write has committed."""

import sys
from pathlib import Path

from app.core.db.store import Store
from app.core.ids import new_id

store = Store(Path(sys.argv[1]))
conn = store.conn
n = 0
while True:
    pid = new_id()
    with store.write(actor="clerk", action="probe.add", entity="probe", entity_id=pid) as tx:
        tx.execute("INSERT INTO probe (id, n, pad) VALUES (?, ?, randomblob(?))", (pid, n, 200 + n % 3000))
        tx.change("probe", pid, "create", {"id": pid, "n": n})
        if n % 3 == 0:  # some operations write two change records
            tx.change("probe_note", pid, "create", {"id": pid})
        tx.summary["n"] = n
    n += 1
    if n == 1:
        print("READY", flush=True)
