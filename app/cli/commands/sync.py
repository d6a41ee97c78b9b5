"""``enroll``, ``sync``, ``sync status``, ``bundle export`` (issue 5)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ...core.users.model import Actor
from ..context import CliContext


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("enroll", help="exchange a one-time code from the platform for this station's token (admin)")
    p.add_argument("--hub", required=True, metavar="URL", help="the platform's address, e.g. http://10.0.0.5:8400")
    p.add_argument("--code", required=True, help="the one-time enrolment code")
    p.set_defaults(func=cmd_enroll)

    s = sub.add_parser("sync", help="push pending changes, then pull platform records ('sync status': the backlog)")
    s.add_argument("action", nargs="?", choices=["status"], help="status: backlog, last success, dead letters, consistency")
    s.add_argument("--hub", metavar="URL", help="the enrolled platform under this address (another one is refused)")
    s.add_argument("--trust-hub", action="store_true",
                   help="with --hub and an admin's --user: send the token to that address for this run, "
                        "if it answers as the enrolled platform (audited)")
    s.add_argument("--no-check", action="store_true", help="status: do not ask the platform for its counts")
    s.set_defaults(func=cmd_sync)

    b = sub.add_parser("bundle", help="USB bundles of pending changes")
    bsub = b.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    e = bsub.add_parser("export", help="write pending changes to a signed file for USB carriage")
    e.add_argument("file", type=Path)
    e.set_defaults(func=cmd_bundle_export)


def cmd_enroll(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    actor = ctx.actor if ctx.username else None  # the one-time code is the credential
    return ctx.station.sync.enroll(actor, args.hub, args.code)


def cmd_sync(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    if args.action == "status":
        return _status(ctx, args)
    report = ctx.station.sync.run_once("cli", hub_url=args.hub, trusted_by=_trusted_by(ctx, args))
    result = {"pushed": report.pushed, "pulled": report.pulled, "acked_through": report.acked_through,
              "pending": report.pending, "duplicates": report.duplicates, "rejected": report.rejected,
              "already_there": report.already_there, "bytes_up": report.bytes_up, "bytes_down": report.bytes_down,
              "result": report.result, "warnings": report.warnings}
    if report.skew_ms is not None:
        result["clock_skew_s"] = round(report.skew_ms / 1000)
    if report.error is not None:
        raise report.error.with_result(result)
    return result


_HUB_REFUSALS = frozenset({"sync.hub_not_enrolled", "sync.hub_other_platform", "sync.hub_url_invalid", "perm.denied",
                           "auth.required"})


def _trusted_by(ctx: CliContext, args: argparse.Namespace) -> Actor | None:
    """The signed-in admin behind ``--trust-hub`` (``auth.required`` without ``--user``)."""
    return ctx.actor if args.trust_hub and args.hub else None


def _status(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    from ...core.errors import YytError

    engine = ctx.station.sync
    trusted = _trusted_by(ctx, args)
    st = engine.status()
    result: dict[str, Any] = {
        "enrolled": st.enrolled, "hub_url": st.hub_url, "pending": st.pending,
        "oldest_pending_age_s": st.oldest_pending_age_s, "last_success_at": st.last_success_at,
        "acked_through": st.acked_through, "last_seq": st.last_seq, "dead_letters": st.dead_letters,
        "online": st.online, "running": st.running, "clock_skew_s": st.clock_skew_s,
        "clock_warning": st.clock_warning,
    }
    if st.last_run:
        run = st.last_run
        result["last_run"] = {k: run[k] for k in ("started_at", "ended_at", "result", "error_class", "error_code",
                                                  "pushed", "pulled", "bytes_up", "bytes_down")}
    if st.dead_letters:
        result["dead_letter_records"] = [
            {"seq": d.seq, "entity": d.entity, "entity_id": d.entity_id, "op": d.op, "code": d.code}
            for d in engine.dead_letters(20)]
    if st.enrolled and not args.no_check:
        try:
            result["consistency"] = engine.check_consistency(args.hub, trusted).as_dict()
        except YytError as exc:
            if exc.code in _HUB_REFUSALS:  # a --hub the token may not go to fails the command
                raise
            result["consistency"] = {"checked": False, "error": exc.code}
    return result


def cmd_bundle_export(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    actor = ctx.actor if ctx.username else None  # like `sync`, it runs without a user too
    return ctx.station.sync.export_bundle(actor, args.file)
