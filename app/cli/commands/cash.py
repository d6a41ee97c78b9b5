"""``shift`` and ``cash`` commands (CLI.md contract v2, "Cash drawer"; additions in docs/cash.md).
Argument parsing and output only: every rule is in :mod:`app.core.cash`."""

from __future__ import annotations

import argparse
import os
from typing import Any

from ...core.cash import Movement, ShiftView, ZReport
from ...core.errors import InvalidInput, NotAllowed
from ...core.money import parse_yuan
from ...core.validate.dates import check_date
from ..context import CliContext


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("shift", help="the acting user's shift and its blind close (交班)")
    ss = p.add_subparsers(dest="shift_command", metavar="ACTION", required=True)
    a = ss.add_parser("open", help="open your shift with the float counted into the drawer")
    a.add_argument("--float", dest="float_yuan", required=True, metavar="YUAN")
    a.set_defaults(func=cmd_open)
    a = ss.add_parser("close", help="blind close: give the counted cash; the expected figure comes after")
    a.add_argument("--counted", metavar="YUAN", help="the cash counted in the drawer")
    a.add_argument("--denominations", metavar="100=3,50=2,…",
                   help="the count by note and coin in yuan (100 50 20 10 5 1 0.5 0.1) instead of, or checking, --counted")
    a.add_argument("--reason", help="count_error, change_error, unrecorded_payout, counterfeit, or words")
    a.add_argument("--approver", metavar="USERNAME", help="the supervisor approving a large difference"
                                                          " (PIN from YYT_APPROVER_PIN)")
    a.set_defaults(func=cmd_close)
    a = ss.add_parser("show", help="a shift and its movements (yours by default)")
    a.add_argument("shift", nargs="?", help="shift id or number")
    a.set_defaults(func=cmd_show)
    a = ss.add_parser("list", help="recent shifts")
    a.add_argument("--limit", type=int, default=50)
    a.set_defaults(func=cmd_list)
    a = ss.add_parser("z", help="print a closed shift's Z report again")
    a.add_argument("shift", nargs="?", help="shift id or number (default: your last)")
    a.set_defaults(func=cmd_z)
    a = ss.add_parser("day", help="the day's close (日结): every shift closed that day (supervisor, admin)")
    a.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    a.set_defaults(func=cmd_day)

    p = sub.add_parser("cash", help="cash into or out of your drawer (float top-up, banking, petty cash)")
    cs = p.add_subparsers(dest="cash_command", metavar="ACTION", required=True)
    for name, func in (("in", cmd_cash_in), ("out", cmd_cash_out)):
        a = cs.add_parser(name, help=f"cash {name}")
        a.add_argument("amount", metavar="YUAN")
        a.add_argument("--reason", required=True)
        a.set_defaults(func=func)


# -- output shapes -------------------------------------------------------------------------------
def movement_json(m: Movement) -> dict[str, Any]:
    return {"id": m.id, "at": m.at, "service": m.service, "kind": m.kind, "amount_fen": m.amount_fen,
            "ref_entity": m.ref_entity, "ref_id": m.ref_id, "note": m.note, "username": m.username}


def shift_json(s: ShiftView) -> dict[str, Any]:
    out: dict[str, Any] = {
        "shift_id": s.id, "number": s.number, "username": s.username, "status": s.status,
        "opened_at": s.opened_at, "float_fen": s.float_fen, "closed_at": s.closed_at,
    }
    if s.expected_fen is not None:
        out["expected_fen"] = s.expected_fen
    if s.status == "closed":
        out.update(counted_fen=s.counted_fen, first_count_fen=s.first_count_fen, diff_fen=s.diff_fen,
                   reason=s.reason, reason_text=s.reason_text, approved_by=s.approved_by, z_hash=s.z_hash)
    return out


def z_json(z: ZReport) -> dict[str, Any]:
    return {
        "shift_id": z.shift_id, "number": z.number, "username": z.username, "opened_at": z.opened_at,
        "closed_at": z.closed_at, "float_fen": z.float_fen, "expected_fen": z.expected_fen,
        "counted_fen": z.counted_fen, "first_count_fen": z.first_count_fen, "diff_fen": z.diff_fen,
        "reason": z.reason, "reason_text": z.reason_text, "approved_by": z.approved_by,
        "lines": [{"service": ln.service, "kind": ln.kind, "count": ln.count, "total_fen": ln.total_fen}
                  for ln in z.lines],
        "denominations": z.denominations, "sections": z.extras, "z_hash": z.content_hash,
    }


# -- commands --------------------------------------------------------------------------------------
def cmd_open(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    actor = ctx.actor
    return shift_json(ctx.station.cash.open(actor, parse_yuan(args.float_yuan)))


def parse_denominations(text: str) -> dict[int, int]:
    """``100=3,50=2,0.5=4`` → {10000: 3, 5000: 2, 50: 4} (``cash.denomination_invalid``)."""
    pieces: dict[int, int] = {}
    for part in text.split(","):
        value, sep, count = part.strip().partition("=")
        if not sep or not count.strip().isdigit() or not count.strip().isascii():
            raise InvalidInput("cash.denomination_invalid", value=part.strip()[:12])
        try:
            fen = parse_yuan(value)
        except InvalidInput:
            raise InvalidInput("cash.denomination_invalid", value=value.strip()[:12]) from None
        pieces[fen] = pieces.get(fen, 0) + int(count)
    return pieces


def cmd_close(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    if args.counted is None and args.denominations is None:
        raise InvalidInput("money.invalid", text="")
    actor = ctx.actor
    counted = None if args.counted is None else parse_yuan(args.counted)
    pieces = None if args.denominations is None else parse_denominations(args.denominations)
    approver = None
    if args.approver:
        pin = os.environ.get("YYT_APPROVER_PIN")
        if pin is None:
            raise NotAllowed("auth.pin_missing", username=args.approver)
        approver = ctx.station.users.authenticate(args.approver, pin)
    z = ctx.station.cash.close(actor, counted, denominations=pieces, reason=args.reason, approver=approver)
    return z_json(z)


def _shift_ref(ctx: CliContext, ref: str | None) -> dict[str, Any]:
    if ref is None:
        return {}
    return {"number": int(ref)} if ref.isascii() and ref.isdigit() and len(ref) < 10 else {"shift_id": ref}


def cmd_show(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    s = ctx.station.cash.get(ctx.actor, movements=True, **_shift_ref(ctx, args.shift))
    return {**shift_json(s), "movements": [movement_json(m) for m in s.movements]}


def cmd_list(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    return {"shifts": [shift_json(s) for s in ctx.station.cash.list(ctx.actor, limit=max(1, min(args.limit, 1000)))]}


def cmd_z(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    actor = ctx.actor
    s = ctx.station.cash.get(actor, **_shift_ref(ctx, args.shift))
    return z_json(ctx.station.cash.z_report(actor, s.id))


def cmd_day(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    d = ctx.station.cash.day(ctx.actor, check_date(args.date).isoformat())
    return {"date": d.date, "expected_fen": d.expected_fen, "counted_fen": d.counted_fen, "diff_fen": d.diff_fen,
            "shifts": [shift_json(s) for s in d.shifts], "still_open": [shift_json(s) for s in d.still_open],
            "lines": [{"service": ln.service, "kind": ln.kind, "count": ln.count, "total_fen": ln.total_fen}
                      for ln in d.lines]}


def _cash(ctx: CliContext, args: argparse.Namespace, kind: str) -> dict[str, Any]:
    actor = ctx.actor
    amount = parse_yuan(args.amount, allow_zero=False)
    fn = ctx.station.cash.cash_in if kind == "in" else ctx.station.cash.cash_out
    m = fn(actor, amount, args.reason)
    return {"id": m.id, "amount_fen": m.amount_fen, "shift_id": m.shift_id, "kind": m.kind}


def cmd_cash_in(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    return _cash(ctx, args, "in")


def cmd_cash_out(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    return _cash(ctx, args, "out")
