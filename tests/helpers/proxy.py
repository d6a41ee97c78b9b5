"""A small HTTP/1.1 TCP proxy between the station and the real hub, for fault injection and weak links.

Per request a ``plan(index, method, path)`` picks an action:

- ``pass``: forward the request and the response;
- ``drop_request``: read the request, never forward it, close the station's connection;
- ``drop_response``: forward the request, read the hub's whole answer (the hub has committed),
  close the station's connection without a byte of it;
- ``stall_request``: forward the head and half the body, then hold until the station gives up;
- ``stall_response``: forward the request, send the station half the answer, then hold;
- ``kill_hub``: forward the request, call ``on_kill`` (e.g. SIGKILL the hub) at once, close.

``rate_bps`` and ``rtt_s`` make a weak link: each message arrives after its size ÷ rate plus half
the round trip (per direction, one message at a time on a connection), like 4G at 256 kbit/s.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable

from app.core.sync.local_hub import free_port  # noqa: F401 - re-exported for the tests

Plan = Callable[[int, str, str], str]


class _Closed(Exception):
    pass


def _read_until(sock: socket.socket, buf: bytearray, marker: bytes) -> int:
    while True:
        i = buf.find(marker)
        if i >= 0:
            return i
        chunk = sock.recv(65536)
        if not chunk:
            raise _Closed()
        buf += chunk


def _read_exact(sock: socket.socket, buf: bytearray, n: int) -> None:
    while len(buf) < n:
        chunk = sock.recv(max(65536, n - len(buf)))
        if not chunk:
            raise _Closed()
        buf += chunk


def read_message(sock: socket.socket, buf: bytearray, *, response: bool = False, head_request: bool = False) -> bytes:
    """One whole HTTP message (head + body) from ``sock``; ``buf`` keeps bytes read past it."""
    end = _read_until(sock, buf, b"\r\n\r\n") + 4
    head = bytes(buf[:end]).decode("latin-1")
    headers = {}
    for line in head.split("\r\n")[1:]:
        if ":" in line:
            k, v = line.split(":", 1)
            headers[k.strip().lower()] = v.strip()
    status = int(head.split(" ", 2)[1]) if response else 0
    if head_request or status in (204, 304) or 100 <= status < 200:
        total = end
    elif "content-length" in headers:
        total = end + int(headers["content-length"])
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        pos = end
        while True:
            line_end = _read_until_from(sock, buf, b"\r\n", pos)
            size = int(bytes(buf[pos:line_end]).split(b";")[0], 16)
            pos = line_end + 2 + size + 2
            _read_exact(sock, buf, pos)
            if size == 0:
                break
        total = pos
    else:
        total = end
    _read_exact(sock, buf, total)
    message = bytes(buf[:total])
    del buf[:total]
    return message


def _read_until_from(sock: socket.socket, buf: bytearray, marker: bytes, start: int) -> int:
    while True:
        i = buf.find(marker, start)
        if i >= 0:
            return i
        chunk = sock.recv(65536)
        if not chunk:
            raise _Closed()
        buf += chunk


class _Link:
    """One direction of a weak link: a message is delivered when its last byte would arrive."""

    def __init__(self, rate_bps: float | None, rtt_s: float) -> None:
        self.rate = rate_bps
        self.half_rtt = rtt_s / 2
        self.free_at = 0.0
        self.lock = threading.Lock()

    def deliver_at(self, size: int) -> float:
        with self.lock:
            start = max(time.monotonic(), self.free_at)
            self.free_at = start + (size * 8 / self.rate if self.rate else 0.0)
            return self.free_at + self.half_rtt


class FaultProxy:
    def __init__(self, target_port: int, *, plan: Plan | None = None, rate_bps: float | None = None,
                 rtt_s: float = 0.0, on_kill: Callable[[], None] | None = None) -> None:
        self.target_port = target_port
        self.plan: Plan = plan or (lambda i, m, p: "pass")
        self.on_kill = on_kill
        self.up = _Link(rate_bps, rtt_s)
        self.down = _Link(rate_bps, rtt_s)
        self.bytes_up = 0
        self.bytes_down = 0
        self.requests = 0
        self.actions: list[str] = []
        self._lock = threading.Lock()
        self._server = socket.socket()
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(64)
        self.port = self._server.getsockname()[1]
        self._stop = threading.Event()
        self._conns: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self._stop.set()
        self._server.close()
        with self._lock:
            conns, self._conns = self._conns, []
        for c in conns:
            try:
                c.close()
            except OSError:
                pass

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                self._conns.append(client)
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _send(self, sock: socket.socket, data: bytes, link: _Link) -> None:
        wait = link.deliver_at(len(data)) - time.monotonic()
        if wait > 0:
            time.sleep(wait)  # the link's own pacing (not a test waiting for a thread)
        sock.sendall(data)

    def _hold(self, client: socket.socket) -> None:
        """Keep the connection open and silent until the station gives up (or the proxy stops)."""
        client.settimeout(0.2)
        while not self._stop.is_set():
            try:
                if not client.recv(65536):
                    return
            except TimeoutError:
                continue
            except OSError:
                return

    def _serve(self, client: socket.socket) -> None:
        upstream: socket.socket | None = None
        cbuf, ubuf = bytearray(), bytearray()
        try:
            while True:
                request = read_message(client, cbuf)
                line = request.split(b"\r\n", 1)[0].decode("latin-1").split(" ")
                method, path = line[0], line[1] if len(line) > 1 else ""
                with self._lock:
                    index = self.requests
                    self.requests += 1
                    self.bytes_up += len(request)
                action = self.plan(index, method, path)
                self.actions.append(action)
                if action == "drop_request":
                    return
                if upstream is None:
                    upstream = socket.create_connection(("127.0.0.1", self.target_port))
                    upstream.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                if action == "stall_request":
                    head_end = request.find(b"\r\n\r\n") + 4
                    cut = head_end + max(1, (len(request) - head_end) // 2)
                    upstream.sendall(request[:cut])
                    self._hold(client)
                    return
                self._send(upstream, request, self.up)
                if action == "kill_hub" and self.on_kill is not None:
                    self.on_kill()
                    return
                response = read_message(upstream, ubuf, response=True, head_request=method == "HEAD")
                with self._lock:
                    self.bytes_down += len(response)
                if action == "drop_response":
                    return
                if action == "stall_response":
                    client.sendall(response[: max(1, len(response) // 2)])
                    self._hold(client)
                    return
                self._send(client, response, self.down)
        except (_Closed, OSError):
            return
        finally:
            for s in (client, upstream):
                if s is not None:
                    try:
                        s.close()
                    except OSError:
                        pass
