"""``pay`` commands (CLI.md contract v2, "Utility and insurance payments"; additions in
docs/payments.md). Argument parsing and output only: every rule is in :mod:`app.core.payments`.

``pay TYPE ACCOUNT YUAN`` and ``pay list|show|refund`` share the word after ``pay``, so the rest
of the line is read here: ``list``, ``show`` and ``refund`` are actions, anything else a bill type.
"""

from __future__ import annotations

import argparse
from typing import Any

from ...core.money import parse_yuan
from ...core.payments import PaymentView
from ..context import CliContext

USAGE = ("python -m app pay TYPE ACCOUNT YUAN [--payer NAME] [--biller CODE] [--confirm-duplicate]\n"
         "       python -m app pay list [--status pending|confirmed|rejected|refunded] [--limit N]\n"
         "       python -m app pay show ID_OR_REFERENCE\n"
         "       python -m app pay refund ID_OR_REFERENCE")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("pay", add_help=False, usage=USAGE,
                       help="utility and insurance payments taken in cash (TYPE: electricity, water, gas, mobile,"
                            " broadband, pension, medical), and list / show / refund")
    p.add_argument("words", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_pay)


def _parser(prog: str) -> argparse.ArgumentParser:
    from ..main import _Parser  # the CLI's parser: a usage error is one error[usage] line, exit 2

    return _Parser(prog=f"python -m app pay {prog}".strip(), add_help=False)


def payment_json(p: PaymentView) -> dict[str, Any]:
    """A payment as every output shows it: phones, resident IDs and names masked."""
    return {"id": p.id, "reference": p.reference, "number": p.number, "status": p.status, "type": p.type,
            "biller": p.biller, "biller_name": p.biller_name, "account": p.account_shown, "payer": p.payer_shown,
            "amount_fen": p.amount_fen, "scheme_year": p.scheme_year, "reason": p.reason,
            "created_at": p.created_at, "created_by": p.created_by, "shift_id": p.shift_id,
            "decided_at": p.decided_at, "refunded_at": p.refunded_at, "refunded_by": p.refunded_by}


def cmd_pay(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    words = list(args.words)
    if not words or words[0] in ("-h", "--help"):
        from ..main import UsageError

        raise UsageError("python -m app pay: give TYPE ACCOUNT YUAN, or list | show ID | refund ID")
    action = words[0]
    if action == "list":
        p = _parser("list")
        p.add_argument("--status")
        p.add_argument("--limit", type=int, default=200)
        a = p.parse_args(words[1:])
        rows = ctx.station.payments.list(ctx.actor, status=a.status, limit=max(1, min(a.limit, 5000)))
        return {"payments": [payment_json(r) for r in rows]}
    if action in ("show", "refund"):
        p = _parser(action)
        p.add_argument("payment", metavar="ID_OR_REFERENCE")
        a = p.parse_args(words[1:])
        service = ctx.station.payments
        view = service.get(ctx.actor, a.payment) if action == "show" else service.refund(ctx.actor, a.payment)
        return payment_json(view)
    p = _parser("")
    p.add_argument("type", metavar="TYPE")
    p.add_argument("account", metavar="ACCOUNT")
    p.add_argument("amount", metavar="YUAN")
    p.add_argument("--payer", metavar="NAME")
    p.add_argument("--biller", metavar="CODE", help="the biller, when the account fits several")
    p.add_argument("--confirm-duplicate", action="store_true")
    a = p.parse_args(words)
    amount = parse_yuan(a.amount, allow_zero=False)
    view = ctx.station.payments.take(ctx.actor, a.type, a.account, amount, payer=a.payer, biller=a.biller,
                                     confirm_duplicate=a.confirm_duplicate)
    return payment_json(view)
