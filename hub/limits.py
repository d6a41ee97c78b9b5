"""What the hub accepts from a client, in numbers, and the cheap checks that hold the line before
anything expensive runs (docs/sync-protocol.md §2 "Limits", docs/security.md).

A request body is sized, decompressed with a cap, and its JSON *shape* is bounded before a parser
builds a single object: :func:`check_json_shape` counts values and nesting on the raw bytes, so a
small gzip that inflates to millions of tiny values, or a 30,000-deep array, is refused for the cost
of one scan — never of a parse. An ordinary push passes on two bounds that need no string removed
(commas, and brackets counted inside strings too: ≈ 0.25 ms for a 500-record batch, where removing
the strings with a regular expression cost 1.9 ms); only a body near a limit is counted exactly.
"""

from __future__ import annotations

import logging
import re
import threading
import time

from .errors import Invalid, TooLarge

# -- request bodies ------------------------------------------------------------------------------
MAX_BODY_BYTES = 8 * 1024 * 1024  # compressed push body on the wire
MAX_PUSH_INFLATED = 16 * 1024 * 1024  # a push body after decompression (a 5,000-record batch is ≈ 3 MB)
MAX_BUNDLE_BYTES = 32 * 1024 * 1024  # a USB bundle file (checked before it is read)
MAX_BUNDLE_INFLATED = 64 * 1024 * 1024  # a bundle's body after decompression
MAX_BUNDLE_RECORDS = 500_000
ENROLL_BODY_BYTES = 4096
MAX_BATCH = 5000  # records per push batch
MAX_BUNDLE_BATCHES = 1000  # push batches per bundle
MAX_BODY_DEPTH = 8  # JSON nesting of a request body (a push needs 2, a bundle 4)
MAX_PAYLOAD_BYTES = 64 * 1024  # one record's payload text
MAX_PAYLOAD_DEPTH = 32  # JSON nesting inside one record's payload
MAX_SEQ = 2**63 - 1  # sequence numbers, positions and counters are signed 64-bit on every storage
MAX_CURSOR_CHARS = 512
# a pull cursor's log position and floor: opaque integers the storage makes. SQLite's are its
# row ids; PostgreSQL packs (epoch, transaction id, id) as epoch·2¹²⁸ + xid·2⁶⁴ + id with a 32-bit
# epoch (hub/storage/pg_log.py), so a position may reach 2¹⁶⁰
MAX_POSITION = 2**160 - 1
MAX_QUERY_INT = MAX_SEQ

# a batch body is one object of 8 columns plus 2 scalars: every value is a column entry
PUSH_MAX_VALUES = 8 * MAX_BATCH + 16
PUSH_MAX_CONTAINERS = 64  # a push needs 9; more is a schema error (422), not a size one
BUNDLE_MAX_VALUES = 8 * MAX_BUNDLE_RECORDS + 16 * MAX_BUNDLE_BATCHES
BUNDLE_MAX_CONTAINERS = 2 + MAX_BUNDLE_BATCHES * PUSH_MAX_CONTAINERS

# -- connections (``hub serve``) -----------------------------------------------------------------
HEADER_TIMEOUT_S = 10.0  # a request's head (line and headers) must arrive within this, whole
BODY_STALL_S = 30.0  # no body byte for this long: the request is dropped (408 from the app)
KEEP_ALIVE_S = 15  # an idle kept-alive connection is closed after this
MAX_CONNECTIONS = 1000  # open connections; past it the one silent longest is closed first
MAX_HEADER_BYTES = 16 * 1024  # h11's bound on a request head
LOG_BURST = 20  # log records of one kind let through per window
LOG_WINDOW_S = 60.0

_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_NOT_BRACKET = bytes(b for b in range(256) if b not in b"[]{}")


def json_shape(raw: bytes, max_containers: int) -> tuple[int, int, bool]:
    """(values, depth, too_many_containers) of a JSON text, counted without parsing: strings are
    removed, commas counted (each separates two values), brackets followed for the depth. Exact
    for valid JSON; for invalid JSON it bounds what a parser would build before it meets the
    error. Past ``max_containers`` arrays and objects only the depth of the first ones is read."""
    bare = _STRING.sub(b"", raw) if b'"' in raw else raw
    brackets = bare.translate(None, _NOT_BRACKET)
    too_many = len(brackets) > 2 * max_containers
    depth = deepest = 0
    for ch in brackets[: 2 * max_containers + 2]:
        depth += 1 if ch in b"[{" else -1
        deepest = max(deepest, depth)
    return bare.count(b",") + 1, deepest, too_many


def _depth_with_strings(raw: bytes) -> int:
    """The nesting of every bracket in ``raw``, those inside strings too (no string is removed: a
    push's payloads are JSON texts full of escaped quotes, where removing strings is the dear
    part). Balanced brackets inside a string add at most their own depth, so a real body passes
    (a push: 2 + a payload's few levels). The bound fails safe: a closing bracket with nothing open
    (a string holding ``]``, which could hide real depth) returns "too deep" and the exact count
    on stripped text decides. A parse after it is bounded anyway: values by the comma count, depth
    by the parser's own recursion limit, which answers 422 too."""
    depth = deepest = 0
    for ch in raw.translate(None, _NOT_BRACKET):
        if ch in b"[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
            if depth < 0:
                return 1 << 30
    return deepest


def check_json_shape(raw: bytes, *, max_values: int, max_depth: int, max_containers: int) -> None:
    """Refuse a body before it is parsed: ``body.too_many_items`` (413) past ``max_values``
    values, ``body.too_deep`` (422) past ``max_depth``, ``body.invalid`` (422) past
    ``max_containers`` arrays and objects."""
    if raw.count(b",") < max_values and _depth_with_strings(raw) <= min(max_depth, max_containers):
        return  # cheap bounds that pass: nothing to strip
    values, depth, too_many = json_shape(raw, max_containers)
    if depth > max_depth:
        raise Invalid("body.too_deep", limit=max_depth)
    if values > max_values:
        raise TooLarge("body.too_many_items", limit=max_values)
    if too_many:  # more arrays and objects than the schema has room for
        raise Invalid("body.invalid", detail=[{"loc": [], "type": "too_many_containers",
                                               "msg": f"more than {max_containers} arrays and objects"}])


def text_depth_ok(text: str, max_depth: int = MAX_PAYLOAD_DEPTH) -> bool:
    """Whether a JSON text nests at most ``max_depth`` levels (checked before ``json.loads``,
    whose recursion a deep text would exhaust). Cheap when the text has few brackets."""
    if text.count("[") + text.count("{") <= max_depth:
        return True
    raw = text.encode("utf-8", "surrogatepass")
    return json_shape(raw, len(raw))[1] <= max_depth


def int_in_range(value: object, lo: int = 0, hi: int = MAX_SEQ) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and lo <= value <= hi


# -- logs ------------------------------------------------------------------------------------------
class RateLimitFilter(logging.Filter):
    """Lets through at most ``burst`` records of one kind (logger + message template) per
    ``window_s``; the first record after a window in which some were held back says how many.
    A flood of broken requests costs the log a few lines a minute, never megabytes."""

    def __init__(self, burst: int = LOG_BURST, window_s: float = LOG_WINDOW_S) -> None:
        super().__init__()
        self.burst = burst
        self.window_s = window_s
        self._lock = threading.Lock()
        self._seen: dict[tuple[str, str], list[float | int]] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        key = (record.name, str(record.msg)[:200])
        now = time.monotonic()
        with self._lock:
            slot = self._seen.get(key)
            if slot is None or now - slot[0] >= self.window_s:
                held = int(slot[2]) if slot else 0
                if len(self._seen) > 1000:
                    self._seen.clear()
                self._seen[key] = [now, 1, 0]
                if held:
                    record.msg = f"{record.msg} [{held} more like this in the last {self.window_s:.0f} s not logged]"
                return True
            if slot[1] < self.burst:
                slot[1] += 1
                return True
            slot[2] += 1
            return False
