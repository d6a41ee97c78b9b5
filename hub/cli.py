"""``python -m hub [--db FILE] [--json] COMMAND ...`` — the reference platform's commands (../shared/CLI.md).

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

from .errors import HubError, Invalid

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
    "body.invalid": "The file does not hold valid records",
    "body.bad_encoding": "The bundle body cannot be decompressed",
    "payment.reference_invalid": "'{text}' is not a payment reference (station code, P, nine digits)",
    "payment.unknown": "No payment request {reference} on this platform",
    "payment.reference_ambiguous": "Reference {reference} was issued twice (a restored station): decide by payment id ({payment_ids}) with --station",
    "payment.already_decided": "Payment {reference} was already {decided}: a decision is never changed",
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
    p.add_argument("--db", default=os.environ.get("YYT_HUB_DB", DEFAULT_DB), help="hub database (env YYT_HUB_DB)")
    p.add_argument("--json", action="store_true", help="print exactly one JSON object")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)

    s = sub.add_parser("serve", help="run the sync API")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8400)
    s.add_argument("--stall-timeout", type=float, default=30.0, help="seconds without a body byte before giving up")
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
    cl.add_argument("--upto", type=int, help="log position (default: the whole log)")
    cl.set_defaults(func=cmd_compact_log)
    return p


def _storage(args: argparse.Namespace):  # noqa: ANN202
    from .storage import SqliteStorage

    return SqliteStorage(args.db)


def cmd_serve(args: argparse.Namespace) -> dict[str, Any] | None:
    import uvicorn

    from .server import create_app

    storage = _storage(args)
    app = create_app(storage, stall_s=args.stall_timeout)
    print(f"hub serving http://{args.host}:{args.port}/v1 (db {args.db})", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", timeout_keep_alive=30)
    storage.close()
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


def cmd_publish(args: argparse.Namespace) -> dict[str, Any]:
    payload: str | None = None
    if not args.withdraw:
        text = args.file.read_text(encoding="utf-8") if args.file else args.payload
        try:
            value = json.loads(text)
        except ValueError:
            raise Invalid("publish.invalid") from None
        if not isinstance(value, dict):
            raise Invalid("publish.invalid")
        payload = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    scope = _station_code(args.station) if args.station else "*"
    seq = _storage(args).publish(args.stream, args.key, payload, scope, _now())
    return {"stream": args.stream, "key": args.key, "position": seq, "scope": scope}


def cmd_seed_demo(args: argparse.Namespace) -> dict[str, Any]:
    from .demo import seed_demo

    tariff = json.loads(args.tariff.read_text(encoding="utf-8")) if args.tariff else None
    return {"published": seed_demo(_storage(args), _station_code(args.station), tariff, _now())}


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
    storage = _storage(args)
    upto = args.upto if args.upto is not None else storage.log_bounds()[1]
    return {"removed": storage.compact_log(upto), "floor": upto}


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
    except HubError as exc:
        _emit_error(exc.code, MESSAGES.get(exc.code, exc.code).format_map(_Missing(exc.fields)), as_json)
        return exc.exit_code
    except Exception as exc:  # the contract: one line, exit 1
        from pydantic import ValidationError

        code = "body.invalid" if isinstance(exc, ValidationError) else "internal"
        sys.stderr.write(f"error[{code}]: {type(exc).__name__}: {exc}\n".splitlines()[0] + "\n")
        if as_json:
            print(json.dumps({"error": {"code": code, "message": str(exc)[:200]}}))
        return 3 if code == "body.invalid" else 1
    if result is not None:
        _emit(result, as_json)
    return 0


def _emit_error(code: str, message: str, as_json: bool) -> None:
    """The contract's one line on stderr; with ``--json`` also the error object on stdout."""
    sys.stderr.write(f"error[{code}]: {message}\n")
    if as_json:
        print(json.dumps({"error": {"code": code, "message": message}}, ensure_ascii=False))


class _Missing(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
