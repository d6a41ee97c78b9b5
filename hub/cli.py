"""``python -m hub [--db FILE_OR_URL] [--json] COMMAND ...`` — the reference platform's commands (../shared/CLI.md).

``--db`` is a SQLite file (the default, ``hub.db``) or a ``postgresql://`` URL; without it the
``HUB_DATABASE_URL`` environment variable, then ``YYT_HUB_DB``, is used.

Exit codes follow the station's contract: 0 ok, 1 unexpected, 2 usage, 3 invalid input,
4 not found, 5 refused by state, 6 not allowed. A failure prints ``error[<code>]: <message>``.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.core.privacy import DEFAULT_DAYS, DEFAULT_SHIPMENT_DAYS

from . import limits
from .errors import HubError, Invalid, NotFound

DEFAULT_DB = "hub.db"
_CODE = re.compile(r"[A-Z0-9]{4,16}")

MESSAGES = {
    "station.unknown": "No station {station_code} on this platform",
    "station.code_invalid": "'{text}' is not a station code (4 to 16 capital letters and digits)",
    "bundle.missing": "No file at {path}",
    "bundle.invalid": "{path} is not a station bundle",
    "bundle.unknown_station": "Station {station_code} is not enrolled here",
    "bundle.bad_signature": "The bundle's signature does not match station {station_code}'s key: it was altered or is not theirs",
    "push.gap": "Records are missing before this bundle: the platform expects sequence {expected_seq} next (import the earlier bundle first)",
    "publish.scope_conflict": "{stream}/{key} is already published in another scope (for all stations or for one): withdraw it there first",
    "publish.invalid": "A platform record needs a stream, a key and a JSON object",
    "bundle.too_large": "{path} is larger than a bundle can be ({limit} bytes)",
    "bundle.not_regular": "{path} is not a regular file",
    "body.invalid": "The file does not hold valid records",
    "notice.unknown": "Station {station_code} sent no notice {notice_id}",
    "notice.status_invalid": "'{status}' is not a notice answer: use sent or failed",
    "body.bad_encoding": "The bundle body cannot be decompressed",
    "body.unsupported_encoding": "The bundle body uses an encoding the platform does not know ({encoding})",
    "body.too_large": "The bundle body is too large once decompressed (at most {limit} bytes)",
    "body.too_many_items": "The bundle holds too many records (at most {limit} values)",
    "body.too_deep": "The bundle body nests deeper than {limit} levels",
    "file.missing": "No file at {path}",
    "file.too_large": "{path} is too large (at most {limit} bytes)",
    "file.unreadable": "{path} cannot be read as UTF-8 text",
    "json.invalid": "{what} is not valid JSON (or nests deeper than {limit} levels)",
    "option.out_of_range": "{option} must be between {minimum} and {maximum}",
    "payment.reference_invalid": "'{text}' is not a payment reference (station code, P, nine digits)",
    "payment.unknown": "No payment request {reference} on this platform",
    "payment.reference_ambiguous": "Reference {reference} was issued twice (a restored station): decide by payment id ({payment_ids}) with --station",
    "payment.already_decided": "Payment {reference} was already {decided}: a decision is never changed",
    "month.invalid": "'{text}' is not a month: use YYYY-MM",
    "report.rules_invalid": "The counting rules are not valid ({detail})",
    "payment.status_invalid": "'{text}' is not a payment status: use pending, confirmed or rejected",
}
_REFERENCE = re.compile(r"([A-Z0-9]{4,16})P\d{9}")
_PAYMENT_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _now() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC)


def _station_code(text: str) -> str:
    code = text.strip().upper()
    if not _CODE.fullmatch(code):
        raise Invalid("station.code_invalid", text=text[:20])
    return code


class UsageError(Exception):
    """A command line argparse cannot read (printed as one ``error[usage]`` line, exit 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    """The ``python -m hub`` parser (sub-parsers inherit its class: every usage error raises
    :class:`UsageError` instead of printing argparse's usage block)."""
    p = _Parser(prog="python -m hub", description="Youyuntong reference platform")
    p.add_argument("--db", default=os.environ.get("HUB_DATABASE_URL") or os.environ.get("YYT_HUB_DB", DEFAULT_DB),
                   help="hub database: a SQLite file or a postgresql:// URL (env HUB_DATABASE_URL, YYT_HUB_DB)")
    p.add_argument("--json", action="store_true", help="print exactly one JSON object")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)

    s = sub.add_parser("serve", help="run the sync API")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8400)
    s.add_argument("--stall-timeout", type=float, default=limits.BODY_STALL_S,
                   help="seconds without a body byte before giving up")
    s.add_argument("--header-timeout", type=float, default=limits.HEADER_TIMEOUT_S,
                   help="seconds a request's head may take to arrive whole")
    s.add_argument("--keep-alive", type=int, default=limits.KEEP_ALIVE_S, help="seconds an idle connection is kept")
    s.add_argument("--max-connections", type=int, default=limits.MAX_CONNECTIONS,
                   help="open connections at most (past it the longest-waiting one is closed)")
    s.add_argument("--log-level", choices=["warning", "info", "debug"], default="warning")
    s.add_argument("--workers", type=int, default=1,
                   help="worker processes (each with its own connection pool and its own limits)")
    s.add_argument("--pool-size", type=int, default=10, help="PostgreSQL connections per worker at most")
    s.set_defaults(func=cmd_serve)

    st = sub.add_parser("station", help="stations").add_subparsers(dest="station_cmd", required=True)
    a = st.add_parser("add", help="register a station and print a one-time enrolment code")
    a.add_argument("code")
    a.add_argument("--name", required=True)
    a.add_argument("--town", default="")
    a.set_defaults(func=cmd_station_add)

    c = sub.add_parser("counts", help="what the platform holds for a station")
    c.add_argument("code")
    c.set_defaults(func=cmd_counts)

    b = sub.add_parser("bundle", help="USB bundles").add_subparsers(dest="bundle_cmd", required=True)
    bi = b.add_parser("import", help="apply a station's USB bundle (exactly once)")
    bi.add_argument("file", type=Path)
    bi.set_defaults(func=cmd_bundle_import)

    r = sub.add_parser("report", help="reports").add_subparsers(dest="report_cmd", required=True)
    rs = r.add_parser("stations", help="every station's last sync, acked sequence, backlog and volumes")
    rs.set_defaults(func=cmd_report_stations)
    rt = r.add_parser("town", help="a town's stations for a month: volumes up and down, produce, backlog, last sync")
    rt.add_argument("--town", help="only the stations of this town (default: every station)")
    rt.add_argument("--month", metavar="YYYY-MM", help="default: the current month")
    rt.add_argument("--statuses", metavar="S,S", help="downstream statuses (as the station's reports.downstream_statuses)")
    rt.add_argument("--returns", help="net | gross | exclude (default net)")
    rt.add_argument("--upstream-from", dest="upstream_from", help="accepted | handed_over (default accepted)")
    rt.add_argument("--timezone", help="the month boundary: Asia/Shanghai | UTC (default Asia/Shanghai)")
    rt.set_defaults(func=cmd_report_town)

    pb = sub.add_parser("publish", help="publish (or withdraw) a platform record for stations to pull")
    pb.add_argument("stream")
    pb.add_argument("key")
    src = pb.add_mutually_exclusive_group(required=True)
    src.add_argument("--file", type=Path, help="a JSON file holding the record")
    src.add_argument("--payload", help="the record as JSON text")
    src.add_argument("--withdraw", action="store_true", help="withdraw the record")
    pb.add_argument("--station", help="only for this station (pre-advice, payment decisions)")
    pb.set_defaults(func=cmd_publish)

    sd = sub.add_parser("seed-demo", help="publish a demo set of platform records (tariff, notices, bill types, pre-advice)")
    sd.add_argument("--station", required=True, help="the demo station's code (for its pre-advice)")
    sd.add_argument("--tariff", type=Path, help="tariff JSON file (default: none)")
    sd.set_defaults(func=cmd_seed_demo)

    nt = sub.add_parser("notices", help="pickup notices stations sent, and the SMS gateway's answers").add_subparsers(
        dest="notices_cmd", required=True)
    nl = nt.add_parser("list", help="a station's notices with their answers")
    nl.add_argument("station")
    nl.add_argument("--status", choices=["queued", "sent", "failed"])
    nl.set_defaults(func=cmd_notices_list)
    na = nt.add_parser("answer", help="publish the answer for one notice (stream notice_status)")
    na.add_argument("station")
    na.add_argument("notice_id")
    na.add_argument("status", choices=["sent", "failed"])
    na.add_argument("--reason", default="", help="why it failed (shown at the station as given)")
    na.set_defaults(func=cmd_notices_answer)
    ns = nt.add_parser("simulate", help="demo: answer every open notice (sent; every N-th failed)")
    ns.add_argument("station")
    ns.add_argument("--fail-every", type=int, default=5, help="every N-th notice fails (0 = none)")
    ns.set_defaults(func=cmd_notices_simulate)
    pm = sub.add_parser("payments", help="payment requests from the stations, and the biller's answers")
    pms = pm.add_subparsers(dest="payments_cmd", required=True)
    pl = pms.add_parser("list", help="payment requests the platform holds (oldest first)")
    pl.add_argument("--station", help="one station's")
    pl.add_argument("--status", help="pending, confirmed or rejected")
    pl.add_argument("--limit", type=int, default=1000)
    pl.set_defaults(func=cmd_payments_list)
    pd = pms.add_parser("decide", help="the biller's answer, published to the station's payment_decisions stream")
    pd.add_argument("reference", metavar="REFERENCE", help="the payment's reference (or its id, with --station)")
    pd.add_argument("--station", help="the station, when deciding by payment id")
    pd.add_argument("status", choices=("confirmed", "rejected"))
    pd.add_argument("--reason", default="", help="why it was rejected (shown at the station)")
    pd.set_defaults(func=cmd_payments_decide)

    cl = sub.add_parser("compact-log", help="drop superseded platform-record versions (old cursors then re-read a snapshot)")
    cl.add_argument("--upto", type=int, help="versions at or below this number (default: the whole log)")
    cl.set_defaults(func=cmd_compact_log)

    mt = sub.add_parser("maintenance", help="platform upkeep").add_subparsers(dest="maintenance_cmd", required=True)
    mp = mt.add_parser("purge", help="blank personal data past its retention (app.core.retention's rules)")
    mp.add_argument("--days", type=int, default=DEFAULT_DAYS,
                    help=f"parcels that left a station more than this many days ago (default {DEFAULT_DAYS})")
    mp.add_argument("--shipment-days", type=int, default=DEFAULT_SHIPMENT_DAYS,
                    help=f"outbound shipments accepted more than this many days ago (default {DEFAULT_SHIPMENT_DAYS})")
    mp.add_argument("--dry-run", action="store_true", help="count what is due, change nothing")
    mp.set_defaults(func=cmd_maintenance_purge)
    return p


_opened: list[Any] = []


def _storage(args: argparse.Namespace):  # noqa: ANN202
    """The storage ``--db`` names, opened once per command and closed when it ends."""
    from .storage import open_storage

    if not _opened:
        _opened.append(open_storage(args.db, min_size=1, max_size=2) if _is_url(args.db) else open_storage(args.db))
    return _opened[0]


def _is_url(db: str) -> bool:
    from .storage import is_postgres_url

    return is_postgres_url(db)


def _close_storage() -> None:
    while _opened:
        _opened.pop().close()


def _db_label(db: str) -> str:
    """The database for a log line, without a password."""
    return re.sub(r"//([^:/@]*):[^@/]*@", r"//\1:***@", db)


def _in_range(option: str, value: float, minimum: float, maximum: float) -> None:
    if not minimum <= value <= maximum:  # also false for NaN
        raise Invalid("option.out_of_range", option=option, minimum=minimum, maximum=maximum)


def cmd_serve(args: argparse.Namespace) -> dict[str, Any] | None:
    from .serve import serve

    _in_range("--port", args.port, 0, 65535)
    _in_range("--stall-timeout", args.stall_timeout, 0.1, 3600)
    _in_range("--header-timeout", args.header_timeout, 0.1, 3600)
    _in_range("--keep-alive", args.keep_alive, 1, 3600)
    _in_range("--max-connections", args.max_connections, 1, 1_000_000)
    _in_range("--workers", args.workers, 1, 256)
    _in_range("--pool-size", args.pool_size, 1, 1000)
    print(f"hub serving http://{args.host}:{args.port}/v1 (db {_db_label(args.db)}, {args.workers} worker(s))",
          flush=True)
    serve(args.db, host=args.host, port=args.port, workers=args.workers, pool_size=args.pool_size,
          stall_s=args.stall_timeout, header_timeout_s=args.header_timeout, keep_alive_s=args.keep_alive,
          max_connections=args.max_connections, log_level=args.log_level)
    return None


def cmd_station_add(args: argparse.Namespace) -> dict[str, Any]:
    code = _station_code(args.code)
    storage = _storage(args)
    enrolment = storage.add_station(code, args.name, args.town, _now())
    return {"station_code": code, "enrolment_code": enrolment, "name": args.name}


def cmd_counts(args: argparse.Namespace) -> dict[str, Any]:
    acked, counts = _storage(args).counts(_station_code(args.code))
    return {"station_code": args.code.strip().upper(), "acked_through": acked, "counts": counts}


def cmd_bundle_import(args: argparse.Namespace) -> dict[str, Any]:
    from .bundle import import_bundle

    res = import_bundle(_storage(args), args.file, _now())
    o = res.outcome
    return {"station_code": res.station_code, "changes": res.changes, "applied": o.applied,
            "duplicates": o.duplicates, "rejected": len(o.rejected) + len(o.conflicts),
            "acked_through": o.acked_through}


def cmd_report_stations(args: argparse.Namespace) -> dict[str, Any]:
    return {"stations": _storage(args).report()}


_MONTH = re.compile(r"(20\d\d)-(0[1-9]|1[0-2])")


def cmd_report_town(args: argparse.Namespace) -> dict[str, Any]:
    from app.core.reports.rules import DEFAULT_STATUSES, RulesInvalid, SubsidyRules

    from .report import town_report

    if args.month is not None and not _MONTH.fullmatch(args.month.strip()):
        raise Invalid("month.invalid", text=args.month[:20])
    try:
        rules = SubsidyRules(tuple(args.statuses.split(",")) if args.statuses else DEFAULT_STATUSES,
                             args.returns or "net", args.upstream_from or "accepted", args.timezone or "Asia/Shanghai")
    except RulesInvalid as exc:
        raise Invalid("report.rules_invalid", detail=str(exc)[:80]) from None
    month = args.month.strip() if args.month else None
    return town_report(_storage(args), args.town, month, rules, _now())


def _read_text(path: Path, limit: int = limits.MAX_PAYLOAD_BYTES * 16) -> str:
    """A small UTF-8 text file given on the command line (``file.missing`` 4, ``file.unreadable`` 3)."""
    if "\x00" in str(path):
        raise Invalid("file.unreadable", path=str(path).replace("\x00", "\\0")[:200])
    try:
        if not path.is_file():
            raise NotFound("file.missing", path=str(path)[:200])
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError:
        raise NotFound("file.missing", path=str(path)) from None
    if len(data) > limit:
        raise Invalid("file.too_large", path=str(path), limit=limit)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise Invalid("file.unreadable", path=str(path)) from None


def _json_text(text: str, what: str) -> Any:
    """JSON from the command line or a file, at most :data:`~hub.limits.MAX_PAYLOAD_DEPTH` deep."""
    if not limits.text_depth_ok(text):
        raise Invalid("json.invalid", what=what, limit=limits.MAX_PAYLOAD_DEPTH)
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        raise Invalid("json.invalid", what=what, limit=limits.MAX_PAYLOAD_DEPTH) from None


def cmd_publish(args: argparse.Namespace) -> dict[str, Any]:
    payload: str | None = None
    if not args.withdraw:
        text = _read_text(args.file) if args.file else args.payload
        if not limits.text_depth_ok(text):
            raise Invalid("publish.invalid")
        try:
            value = json.loads(text)
        except (ValueError, RecursionError):
            raise Invalid("publish.invalid") from None
        if not isinstance(value, dict):
            raise Invalid("publish.invalid")
        payload = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    scope = _station_code(args.station) if args.station else "*"
    seq = _storage(args).publish(args.stream, args.key, payload, scope, _now())
    return {"stream": args.stream, "key": args.key, "position": seq, "scope": scope}


def cmd_seed_demo(args: argparse.Namespace) -> dict[str, Any]:
    from .demo import seed_demo

    tariff = _json_text(_read_text(args.tariff), str(args.tariff)) if args.tariff else None
    if tariff is not None and not isinstance(tariff, dict):
        raise Invalid("json.invalid", what=str(args.tariff), limit=limits.MAX_PAYLOAD_DEPTH)
    return {"published": seed_demo(_storage(args), _station_code(args.station), tariff, _now())}


def cmd_notices_list(args: argparse.Namespace) -> dict[str, Any]:
    from .notices import station_notices

    code = _station_code(args.station)
    notices = station_notices(_storage(args), code, args.status)
    return {"station_code": code, "count": len(notices), "notices": notices}


def cmd_notices_answer(args: argparse.Namespace) -> dict[str, Any]:
    from .notices import answer

    return answer(_storage(args), _station_code(args.station), args.notice_id.strip().lower(), args.status,
                  args.reason, _now())


def cmd_notices_simulate(args: argparse.Namespace) -> dict[str, Any]:
    from .notices import simulate

    code = _station_code(args.station)
    return {"station_code": code, **simulate(_storage(args), code, _now(), max(0, args.fail_every))}


def _mask(text: str) -> str:
    """A phone number or a name as the platform's lists show them (138****1234, 陈*)."""
    if len(text) == 11 and text.isdigit():
        return f"{text[:3]}****{text[-4:]}"
    if text and not text.isascii() and "*" not in text:
        return text[0] + "*" * max(1, len(text) - 1)
    return text


def payment_json(r: Any) -> dict[str, Any]:
    return {"station_code": r.station, "payment_id": r.payment_id, "reference": r.reference, "status": r.status,
            "type": r.type, "biller": r.biller, "account": _mask(r.account), "payer": _mask(r.payer),
            "amount_fen": r.amount_fen, "created_at": r.created_at, "received_at": r.received_at,
            "reason": r.reason, "decided_at": r.decided_at, "station_status": r.station_status}


def cmd_payments_list(args: argparse.Namespace) -> dict[str, Any]:
    station = _station_code(args.station) if args.station else None
    if args.status and args.status not in ("pending", "confirmed", "rejected"):
        raise Invalid("payment.status_invalid", text=args.status[:20])
    rows = _storage(args).payment_requests(station, args.status, max(1, min(args.limit, 100_000)))
    return {"payments": [payment_json(r) for r in rows]}


def cmd_payments_decide(args: argparse.Namespace) -> dict[str, Any]:
    reference = args.reference.strip().upper()
    m = _REFERENCE.fullmatch(reference)
    if m is not None:
        station = m.group(1)
    elif args.station and _PAYMENT_ID.fullmatch(args.reference.strip().lower()):
        station, reference = _station_code(args.station), args.reference.strip().lower()
    else:
        raise Invalid("payment.reference_invalid", text=args.reference[:40])
    reason = " ".join(args.reason.split())[:200]
    req, published = _storage(args).decide_payment(station, reference, args.status, reason, _now())
    return {**payment_json(req), "published": published}


def cmd_compact_log(args: argparse.Namespace) -> dict[str, Any]:
    if args.upto is not None:
        _in_range("--upto", args.upto, 0, limits.MAX_SEQ)
    storage = _storage(args)
    removed = storage.compact_log(args.upto)
    return {"removed": removed, "floor": storage.log_bounds()[0]}


def cmd_maintenance_purge(args: argparse.Namespace) -> dict[str, Any]:
    from app.core.privacy import cutoff_day, day_start_utc

    _in_range("--days", args.days, 7, 3650)
    _in_range("--shipment-days", args.shipment_days, 30, 3650)
    now = _now()
    day, ship_day = cutoff_day(now, args.days), cutoff_day(now, args.shipment_days)
    result = _storage(args).purge_personal(day_start_utc(day), day_start_utc(ship_day), dry_run=args.dry_run)
    return {**result, "cutoff": day.isoformat(), "shipment_cutoff": ship_day.isoformat()}


def _emit(result: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print(json.dumps(result, ensure_ascii=False, sort_keys=True))
        return
    for key, value in result.items():
        if isinstance(value, list):
            print(f"{key}:")
            for item in value:
                print("  " + json.dumps(item, ensure_ascii=False))
        elif isinstance(value, dict):
            print(f"{key}: {json.dumps(value, ensure_ascii=False)}")
        else:
            print(f"{key}: {'' if value is None else value}")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in argv
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        _emit_error("usage", str(exc), as_json)
        return 2
    except SystemExit as exc:  # --help
        return int(exc.code or 0) if exc.code in (0, None) else 2
    try:
        result = args.func(args)
    except UsageError as exc:
        _emit_error("usage", str(exc), as_json)
        return 2
    except HubError as exc:
        _emit_error(exc.code, MESSAGES.get(exc.code, exc.code).format_map(_Missing(exc.fields)), as_json)
        return exc.exit_code
    except Exception as exc:  # the contract: one line, exit 1 (3 for a file that fails its schema)
        from pydantic import ValidationError

        if isinstance(exc, ValidationError):  # the message names where, never the input
            first = exc.errors(include_url=False, include_context=False, include_input=False)[:1]
            where = ".".join(str(x) for x in first[0]["loc"]) if first else ""
            _emit_error("body.invalid", f"{MESSAGES['body.invalid']} ({where[:80]})", as_json)
            return 3
        _emit_error("internal", f"{type(exc).__name__}: {str(exc)[:200]}", as_json)
        return 1
    finally:
        _close_storage()
    if result is not None:
        _emit(result, as_json)
    return 0


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """``text`` with every line break and control character shown escaped (``\\n``): the
    ``error[...]`` line stays one line whatever the input held."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def _emit_error(code: str, message: str, as_json: bool) -> None:
    """The contract's one line on stderr; with ``--json`` also the error object on stdout."""
    message = one_line(message)
    sys.stderr.write(f"error[{code}]: {message}\n")
    if as_json:
        print(json.dumps({"error": {"code": code, "message": message}}, ensure_ascii=False))


class _Missing(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
