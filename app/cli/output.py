"""Printing results and errors in the contract's shapes."""

from __future__ import annotations

import json
import re
import sys
from typing import Any, TextIO

from ..messages import People, render


def emit(result: dict[str, Any], *, as_json: bool, out: TextIO | None = None) -> None:
    """With ``--json`` exactly one JSON object; otherwise readable ``key: value`` lines, and
    lists of records as aligned tables."""
    out = out or sys.stdout
    if as_json:
        out.write(json.dumps(result, ensure_ascii=False, sort_keys=True) + "\n")
        return
    for key, value in result.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            out.write(f"{key}:\n")
            out.write(_table(value))
        elif isinstance(value, list | dict):
            out.write(f"{key}: {json.dumps(value, ensure_ascii=False)}\n")
        else:
            out.write(f"{key}: {'' if value is None else value}\n")


def _table(rows: list[dict[str, Any]]) -> str:
    cols: list[str] = []
    for row in rows:
        cols.extend(k for k in row if k not in cols)
    cells = [[("" if r.get(c) is None else str(r.get(c))) for c in cols] for r in rows]
    widths = [max(_width(c), *(_width(row[i]) for row in cells)) for i, c in enumerate(cols)]
    lines = ["  " + "  ".join(_pad(c, w) for c, w in zip(cols, widths, strict=True))]
    lines += ["  " + "  ".join(_pad(v, w) for v, w in zip(row, widths, strict=True)) for row in cells]
    return "\n".join(lines) + "\n"


def _width(text: str) -> int:
    # CJK characters take two columns in a terminal
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """``text`` with line breaks and other control characters shown escaped (``\\n``): an input
    holding them can never split the contract's one ``error[...]`` line."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def emit_error(
    code: str, fields: dict[str, Any], *, as_json: bool, result: dict[str, Any] | None = None,
    people: People | None = None,
) -> None:
    """One line ``error[<code>]: <message>`` on stderr; with ``--json`` also the error object on
    stdout (beside the partial ``result`` some commands report, e.g. ``audit verify``). The
    message shows times local and staff by display name (``people``), as the window does."""
    message = one_line(render(code, fields, people=people))
    sys.stderr.write(f"error[{code}]: {message}\n")
    if as_json:
        body = dict(result or {})
        body["error"] = {"code": code, "message": message}
        sys.stdout.write(json.dumps(body, ensure_ascii=False, sort_keys=True) + "\n")
