"""Shifts and the blind close (交班), cash in/out, the day's close (日结).

A shift belongs to one user and holds their drawer: opened with a counted float, closed with a
blind count — the count is given before anything shows the expected figure. A difference beyond
the station's tolerance needs a reason; beyond the second tolerance also a supervisor's approval.
The first count is kept on record whatever follows (one recount is allowed), so a count that did
not close the shift is the one failure that writes (like a wrong PIN). A closed shift never changes;
anything after it goes to the user's next shift.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import asdict, replace
from typing import Any

from ..clock import local_date, parse_utc
from ..db.codec import canonical_json, sha256_hex
from ..db.store import Store, WriteTx
from ..errors import InvalidInput, NotAllowed, NotFound, Refused
from ..ids import new_id
from ..money import MAX_FEN, format_fen
from ..settings import SettingsService
from ..users.model import Actor
from ..users.permissions import Perm, allowed, require
from ..validate.text import check_text
from .ledger import MOVEMENT_COLUMNS, expected_cash, movement_from_row, open_shift_id, record_cash
from .model import DENOMINATIONS, CloseReason, DayClose, Kind, Service, ShiftView, ZLine, ZReport
from .sections import z_sections

SHIFT_COLUMNS = ("id, number, username, status, opened_at, float_fen, closed_at, expected_fen, counted_fen,"
                 " first_count_fen, diff_fen, reason, reason_text, approved_by, z_hash")
_SELECT = f"SELECT {SHIFT_COLUMNS}, (SELECT display_name FROM users u WHERE u.username = s.username) FROM shifts s"
_LINES = ("SELECT service, kind, count(*), sum(amount_fen) FROM cash_movements WHERE shift_id = ?"
          " GROUP BY service, kind ORDER BY service, kind")
MAX_RECOUNTS = 1
MAX_NOTE = 100


def count_denominations(pieces: Mapping[int | str, int]) -> int:
    """The total in fen of a count by denomination ({10000: 3, 500: 2} → 31000).
    ``cash.denomination_invalid`` (3) for a value that is not a note or coin, or a bad count."""
    total = 0
    for value, n in pieces.items():
        try:
            fen = int(value)
        except (TypeError, ValueError):
            raise InvalidInput("cash.denomination_invalid", value=str(value)[:12]) from None
        if fen not in DENOMINATIONS or not isinstance(n, int) or isinstance(n, bool) or not 0 <= n <= 100_000:
            raise InvalidInput("cash.denomination_invalid", value=str(value)[:12])
        total += fen * n
    if total > MAX_FEN:
        raise InvalidInput("money.invalid", text=str(total))
    return total


def check_reason(text: str | None) -> tuple[str, str]:
    """(reason code, free text) from what the clerk gave: a reason code, or words (→ ``other``)."""
    raw = check_text(text, field="reason", required=False, max_len=MAX_NOTE)
    if not raw:
        return "", ""
    try:
        return CloseReason(raw).value, ""
    except ValueError:
        return CloseReason.OTHER.value, raw


class ShiftService:
    def __init__(self, store: Store, settings: SettingsService, station_code: str, station_name: str) -> None:
        self.store = store
        self.settings = settings
        self.station_code = station_code
        self.station_name = station_name

    # -- opening, cash in / out ---------------------------------------------------------------
    def open(self, actor: Actor, float_fen: int) -> ShiftView:
        """Open the acting user's shift with the float counted into the drawer.
        ``shift.already_open`` (5) when they have one open."""
        require(actor, Perm.CASH_CLOSE)
        if not isinstance(float_fen, int) or isinstance(float_fen, bool) or not 0 <= float_fen <= MAX_FEN:
            raise InvalidInput("money.invalid", text=str(float_fen))
        sid = new_id()
        with self.store.write(actor=actor.username, action="shift.open", entity="shift", entity_id=sid) as tx:
            if open_shift_id(tx.conn, actor.username) is not None:
                raise Refused("shift.already_open", username=actor.username)
            number = tx.conn.execute("SELECT coalesce(max(number), 0) + 1 FROM shifts").fetchone()[0]
            tx.execute("INSERT INTO shifts (id, number, username, status, opened_at, float_fen)"
                       " VALUES (?, ?, ?, 'open', ?, ?)", (sid, number, actor.username, tx.now_iso, float_fen))
            if float_fen:
                record_cash(tx, actor, service=Service.DRAWER, kind=Kind.FLOAT, amount_fen=float_fen,
                            ref_entity="shifts", ref_id=sid, shift_id=sid)
            self._emit(tx, sid, "create")
            tx.summary.update(number=number, float_fen=float_fen)
        return self.get(actor, sid)

    def cash_in(self, actor: Actor, amount_fen: int, reason: str) -> Any:
        """Put cash into the drawer (a float top-up). Returns the movement."""
        return self._cash(actor, Kind.CASH_IN, amount_fen, reason)

    def cash_out(self, actor: Actor, amount_fen: int, reason: str) -> Any:
        """Take cash out of the drawer (banking, petty cash); never more than it should hold."""
        return self._cash(actor, Kind.CASH_OUT, amount_fen, reason)

    def _cash(self, actor: Actor, kind: Kind, amount_fen: int, reason: str) -> Any:
        require(actor, Perm.CASH_CLOSE)
        note = check_text(reason, field="reason", max_len=MAX_NOTE)
        if not isinstance(amount_fen, int) or isinstance(amount_fen, bool) or not 0 < amount_fen <= MAX_FEN:
            raise InvalidInput("money.zero" if amount_fen == 0 else "money.invalid", text=str(amount_fen))
        with self.store.write(actor=actor.username, action=f"cash.{kind.value}", entity="cash_movement") as tx:
            m = record_cash(tx, actor, service=Service.DRAWER, kind=kind, amount_fen=amount_fen, note=note)
            tx.entity_id = m.id
            tx.summary.update(amount_fen=m.amount_fen, reason=note)
        return m

    # -- the blind close ------------------------------------------------------------------------
    def close(self, actor: Actor, counted_fen: int | None = None, *, denominations: Mapping[int | str, int] | None = None,
              reason: str | None = None, approver: Actor | None = None) -> ZReport:
        """Close the acting user's shift with the counted cash (or a count by denomination).

        - within the tolerance (setting ``cash.tolerance_yuan``): closed;
        - beyond it without a reason: the count is kept (the first, then one recount) and
          ``shift.reason_required`` (3) says so with the difference; a further different count is
          ``shift.recount_used`` (5);
        - beyond ``cash.approval_yuan``: also a supervisor's approval (``shift.approval_required``, 6).
        A repeat of a close that already happened (same count, no open shift) returns the same Z.
        ``shift.not_open`` (5) when there is nothing to close."""
        require(actor, Perm.CASH_CLOSE)
        pieces = {str(int(k)): int(v) for k, v in (denominations or {}).items() if int(v)} if denominations else {}
        if denominations is not None:
            total = count_denominations(denominations)
            if counted_fen is not None and counted_fen != total:
                raise InvalidInput("cash.count_mismatch", counted_fen=counted_fen, total_fen=total,
                                   counted=format_fen(counted_fen), total=format_fen(total))
            counted_fen = total
        if not isinstance(counted_fen, int) or isinstance(counted_fen, bool) or not 0 <= counted_fen <= MAX_FEN:
            raise InvalidInput("money.invalid", text=str(counted_fen))
        code, text = check_reason(reason)
        if approver is not None:
            require(approver, Perm.APPROVE)
            if approver.username == actor.username:
                raise NotAllowed("shift.self_approval")
        tolerance = self.settings.get("cash.tolerance_yuan") * 100
        approval = self.settings.get("cash.approval_yuan") * 100
        try:
            return self._close(actor, counted_fen, pieces, code, text, approver, tolerance, approval)
        except _Repeat as repeat:
            return repeat.z

    def _close(self, actor: Actor, counted_fen: int, pieces: dict[str, int], code: str, text: str,
               approver: Actor | None, tolerance: int, approval: int) -> ZReport:
        pending: InvalidInput | NotAllowed | None = None
        with self.store.write(actor=actor.username, action="shift.close", entity="shift") as tx:
            sid = open_shift_id(tx.conn, actor.username)
            if sid is None:
                repeat = self._repeat(tx.conn, actor.username, counted_fen)
                if repeat is not None:
                    raise _Repeat(repeat)
                raise Refused("shift.not_open", username=actor.username)
            tx.entity_id = sid
            counts = [r[0] for r in tx.conn.execute(
                "SELECT counted_fen FROM shift_counts WHERE shift_id = ? ORDER BY n", (sid,))]
            if len(counts) > MAX_RECOUNTS and counted_fen != counts[-1]:
                raise Refused("shift.recount_used", counted_fen=counts[-1], counted=format_fen(counts[-1]))
            expected = expected_cash(tx.conn, sid)
            diff = counted_fen - expected
            if abs(diff) > tolerance and not code:
                pending = InvalidInput("shift.reason_required", diff_fen=diff, diff=format_fen(diff),
                                       tolerance=format_fen(tolerance))
            elif abs(diff) > approval and approver is None:
                pending = NotAllowed("shift.approval_required", diff_fen=diff, diff=format_fen(diff),
                                     limit=format_fen(approval))
            if pending is not None:  # keep a new count (the failure that writes), then say why
                if counts and counts[-1] == counted_fen:
                    raise pending  # the same count again: nothing new to keep
                tx.execute("INSERT INTO shift_counts (shift_id, n, counted_fen, at) VALUES (?, ?, ?, ?)",
                           (sid, len(counts) + 1, counted_fen, tx.now_iso))
                tx.summary.update(counted_fen=counted_fen, closed=False, code=pending.code)
            else:
                first = counts[0] if counts else counted_fen
                z = self._z(tx, sid, expected, counted_fen, first, pieces, code, text,
                            approver.username if approver else "")
                tx.execute(
                    "UPDATE shifts SET status = 'closed', closed_at = ?, expected_fen = ?, counted_fen = ?,"
                    " first_count_fen = ?, diff_fen = ?, denominations = ?, reason = ?, reason_text = ?,"
                    " approved_by = ?, z_hash = ?, z_report = ? WHERE id = ?",
                    (tx.now_iso, expected, counted_fen, first, diff, canonical_json(pieces), code, text,
                     z.approved_by, z.content_hash, canonical_json(z_payload(z)), sid))
                self._emit(tx, sid, "update")
                tx.summary.update(number=z.number, expected_fen=expected, counted_fen=counted_fen, diff_fen=diff,
                                  reason=code, z_hash=z.content_hash)
        if pending is not None:
            raise pending
        return z

    def _repeat(self, conn: sqlite3.Connection, username: str, counted_fen: int) -> ZReport | None:
        row = conn.execute("SELECT counted_fen, z_report FROM shifts WHERE username = ? AND status = 'closed'"
                           " ORDER BY number DESC LIMIT 1", (username,)).fetchone()
        if row is None or row[0] != counted_fen:
            return None
        return z_from_payload(json.loads(row[1]))

    def _z(self, tx: WriteTx, sid: str, expected: int, counted: int, first: int, pieces: dict[str, int],
           reason: str, reason_text: str, approved_by: str) -> ZReport:
        s = self._view(tx.conn, sid)
        lines = tuple(ZLine(*r) for r in tx.conn.execute(_LINES, (sid,)))
        extras = {name: fn(tx.conn, sid) for name, fn in z_sections()}
        z = ZReport(self.station_code, self.station_name, sid, s.number, s.username, s.display_name, s.opened_at,
                    tx.now_iso, s.float_fen, lines, expected, counted, first, counted - expected, reason,
                    reason_text, approved_by, pieces, extras)
        return replace(z, content_hash=z_hash(z))

    def _emit(self, tx: WriteTx, sid: str, op: str) -> None:
        row = tx.conn.execute(f"SELECT {SHIFT_COLUMNS} FROM shifts WHERE id = ?", (sid,)).fetchone()
        tx.change("shifts", sid, op, dict(zip(SHIFT_COLUMNS.replace(" ", "").split(","), row, strict=True)))

    # -- reading ---------------------------------------------------------------------------------
    def current(self, actor: Actor) -> ShiftView | None:
        """The acting user's open shift (blind: no expected figure for a clerk), or None."""
        sid = open_shift_id(self.store.conn, actor.username)
        return None if sid is None else self.get(actor, sid)

    def get(self, actor: Actor, shift_id: str | None = None, *, number: int | None = None,
            movements: bool = False) -> ShiftView:
        """One shift: by id, by number, or the acting user's current (else last) one.
        The expected figure shows only to a supervisor or admin, or once the shift is closed.
        A clerk sees only their own shifts (``shift.not_found`` 4 otherwise)."""
        conn = self.store.conn
        if shift_id is None and number is None:
            row = conn.execute("SELECT id FROM shifts WHERE username = ? ORDER BY number DESC LIMIT 1",
                               (actor.username,)).fetchone()
            if row is None:
                raise NotFound("shift.none", username=actor.username)
            shift_id = row[0]
        elif shift_id is None:
            row = conn.execute("SELECT id FROM shifts WHERE number = ?", (number,)).fetchone()
            if row is None:
                raise NotFound("shift.not_found", shift=str(number))
            shift_id = row[0]
        try:
            view = self._view(conn, shift_id)
        except NotFound:
            raise NotFound("shift.not_found", shift=shift_id[:40]) from None
        oversees = allowed(actor, Perm.CASH_OVERSEE)
        if view.username != actor.username and not oversees:
            raise NotFound("shift.not_found", shift=shift_id[:40])
        if view.status == "open" and oversees:
            view = replace(view, expected_fen=expected_cash(conn, shift_id))
        if movements:
            rows = conn.execute(f"SELECT {MOVEMENT_COLUMNS} FROM cash_movements WHERE shift_id = ? ORDER BY at, id",
                                (shift_id,))
            view = replace(view, movements=tuple(movement_from_row(r) for r in rows))
        return view

    def z_report(self, actor: Actor, shift_id: str) -> ZReport:
        """The Z report of a closed shift, exactly as made at the close (to print again)."""
        view = self.get(actor, shift_id)
        if view.status != "closed":
            raise Refused("shift.still_open", number=view.number)
        row = self.store.query_one("SELECT z_report FROM shifts WHERE id = ?", (view.id,))
        return z_from_payload(json.loads(row[0]))

    def list(self, actor: Actor, *, limit: int = 50) -> list[ShiftView]:
        """Recent shifts, newest first: a clerk's own, or everyone's for a supervisor or admin."""
        require(actor, Perm.REPORTS_READ)
        if allowed(actor, Perm.CASH_OVERSEE):
            rows = self.store.query(f"{_SELECT} ORDER BY number DESC LIMIT ?", (limit,))
        else:
            rows = self.store.query(f"{_SELECT} WHERE username = ? ORDER BY number DESC LIMIT ?",
                                    (actor.username, limit))
        return [_view_from_row(r) for r in rows]

    def day(self, actor: Actor, date: str) -> DayClose:
        """The day's close (日结): every shift closed on that station-local date, summed, and the
        shifts still open. For a supervisor or admin."""
        require(actor, Perm.CASH_OVERSEE)
        rows = [_view_from_row(r) for r in self.store.query(f"{_SELECT} WHERE status = 'closed' ORDER BY number")]
        closed = tuple(v for v in rows if v.closed_at and local_date(parse_utc(v.closed_at)).isoformat() == date)
        still_open = tuple(self.get(actor, r.id) for r in (_view_from_row(x) for x in
                           self.store.query(f"{_SELECT} WHERE status = 'open' ORDER BY number")))
        totals: dict[tuple[str, str], list[int]] = {}
        for v in closed:
            for line in self.z_report(actor, v.id).lines:
                t = totals.setdefault((line.service, line.kind), [0, 0])
                t[0] += line.count
                t[1] += line.total_fen
        return DayClose(date, closed, sum(v.expected_fen or 0 for v in closed), sum(v.counted_fen or 0 for v in closed),
                        sum(v.diff_fen or 0 for v in closed),
                        tuple(ZLine(s, k, c, t) for (s, k), (c, t) in sorted(totals.items())), still_open)

    def _view(self, conn: sqlite3.Connection, shift_id: str) -> ShiftView:
        row = conn.execute(f"{_SELECT} WHERE id = ?", (shift_id,)).fetchone()
        if row is None:
            raise NotFound("shift.not_found", shift=shift_id[:40])
        return _view_from_row(row)


class _Repeat(Exception):  # noqa: N818 - control flow: leave the write block without writing
    def __init__(self, z: ZReport) -> None:
        self.z = z


def _view_from_row(r: sqlite3.Row | tuple) -> ShiftView:
    (sid, number, username, status, opened, float_fen, closed, expected, counted, first, diff, reason, text,
     approved, zh, display) = tuple(r)
    return ShiftView(sid, number, username, display or username, status, opened, float_fen, closed,
                     expected if status == "closed" else None, counted, first, diff, reason, text, approved, zh)


def z_payload(z: ZReport) -> dict[str, Any]:
    """The Z report as plain JSON data (``lines`` as lists)."""
    data = asdict(z)
    data["lines"] = [[ln.service, ln.kind, ln.count, ln.total_fen] for ln in z.lines]
    return data


def z_from_payload(data: dict[str, Any]) -> ZReport:
    return ZReport(**{**data, "lines": tuple(ZLine(*ln) for ln in data["lines"])})


def z_hash(z: ZReport) -> str:
    """SHA-256 over the Z report's content (everything but the hash itself)."""
    data = z_payload(z)
    data.pop("content_hash", None)
    return sha256_hex(canonical_json(data))
