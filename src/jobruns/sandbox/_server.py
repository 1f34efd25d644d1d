"""The sandbox's HTTP server: one socket on 127.0.0.1, each provider under /<provider>.

Routing, authentication, request recording and fault injection are here, once; what each provider's
answers look like is in ``emulators/<provider>.py``, on the ``Emulator`` base of ``_emulator.py``.
"""

from __future__ import annotations

import json
import random
import socket
import struct
import sys
import threading
import time
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ._emulator import Emulator
from ._faults import HOP, HTML_PAGE, Fault, extra_fields, unknown_enums
from ._messages import Recorded, Reply
from ._world import World

DEFAULT_TOKEN = "sandbox-token"
MAX_REQUEST_BODY = 1 << 20




def _redirect_here(fault: Fault, target: str, default: int) -> Reply:
    """A redirect to the same origin, path and query, with the HOP parameter added."""
    status = int(fault.value) if fault.value is not None else default
    return Reply(status, None, {"location": f"{target}{'&' if '?' in target else '?'}{HOP}=1"})


class Sandbox:
    """The server; ``urls`` maps each provider to its base URL. Use ``jobruns.sandbox.serve()`` to run one."""

    def __init__(
        self,
        world: World,
        emulators: Mapping[str, Callable[[World, str], Emulator]],
        *,
        port: int = 0,
        token: str = DEFAULT_TOKEN,
        seed: int = 0,
        faults: list[Fault] | None = None,
        validate: bool | None = None,
    ) -> None:
        from . import _spec

        self.world = world
        self.token = token
        self.emulators = {name: make(world, token) for name, make in emulators.items()}
        self.requests: list[Recorded] = []
        self.hooks: list[Callable[[Recorded], Reply | None]] = []  # checked in order before the emulator
        self.faults: list[Fault] = list(faults or [])
        self.spec_errors: list[str] = []  # answers of the sandbox's own that its specs do not allow (bugs)
        self._rng = random.Random(seed)
        self._fault_lock = threading.Lock()
        if validate is None:
            validate = _spec.available()
            if not validate:
                print("jobruns sandbox: openapi-core is not installed, so requests and answers are not checked "
                      "against the specs: pip install 'jobruns[sandbox]'", file=sys.stderr)  # fmt: skip
        self.checks = {name: _spec.check_for(name, e.spec) for name, e in self.emulators.items()} if validate else {}
        sandbox = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            server_version = "jobruns-sandbox"
            disable_nagle_algorithm = True  # headers and body go out in separate writes

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                self._answer(sandbox.handle("GET", self.path, dict(self.headers.items())))

            def do_POST(self) -> None:
                self._with_body("POST")

            def do_DELETE(self) -> None:
                self._with_body("DELETE")

            def _with_body(self, method: str) -> None:
                try:
                    length = int(self.headers.get("content-length") or 0)
                except ValueError:
                    length = -1
                if not 0 <= length <= MAX_REQUEST_BODY:
                    self.close_connection = True
                    self._answer(Reply(413 if length > 0 else 400, {"message": "a body of 0 to 1 MiB is served"}))
                    return
                raw = self.rfile.read(length) if length else b""
                self._answer(sandbox.handle(method, self.path, dict(self.headers.items()), raw))

            def _refuse(self) -> None:
                self._answer(Reply(405, {"message": "only GET, POST and DELETE are served"}))

            do_PUT = do_PATCH = _refuse

            def _answer(self, reply: Reply) -> None:
                body = reply.encoded()
                self.send_response(reply.status)
                headers = {"content-type": "application/json", **reply.headers}
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                if reply.reset:
                    self.wfile.write(body[: len(body) // 2])
                    self.wfile.flush()
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.close_connection = True
                    self.connection.close()
                    return
                self.wfile.write(body)

        class Server(ThreadingHTTPServer):
            def handle_error(self, request: Any, client_address: Any) -> None:
                if not isinstance(sys.exc_info()[1], ConnectionError):  # a client that hung up: nothing to report
                    super().handle_error(request, client_address)

        self._server = Server(("127.0.0.1", port), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self.urls = {name: f"http://127.0.0.1:{self.port}/{name}" for name in self.emulators}
        self._thread: threading.Thread | None = None

    def inject(self, spec: str | Fault) -> Fault:
        """Add a fault: a Fault, or one written as for --faults (``"429=1:intuned@0.5"``)."""
        from ._faults import parse_faults

        fault = spec if isinstance(spec, Fault) else parse_faults(spec, list(self.emulators))[0]
        with self._fault_lock:
            self.faults.append(fault)
        return fault

    def handle(self, method: str, target: str, headers: Mapping[str, str], raw_body: bytes = b"") -> Reply:
        parts = urlsplit(target)
        provider, _, rest = parts.path.lstrip("/").partition("/")
        emulator = self.emulators.get(provider)
        if emulator is None:
            return Reply(404, {"message": f"no provider {provider!r}; try one of {', '.join(self.emulators)}"})
        raw_path = "/" + rest
        matched = emulator.match(method, raw_path)
        body, unreadable = None, False
        if raw_body:
            try:
                body = json.loads(raw_body)
            except ValueError:
                unreadable = True
        recorded = Recorded(
            provider=provider,
            method=method,
            raw_path=raw_path + (f"?{parts.query}" if parts.query else ""),
            path_params=matched[2] if matched else {},
            query=parse_qs(parts.query, keep_blank_values=True),
            headers={k.lower(): v for k, v in headers.items()},
            operation=matched[1] if matched else None,
            body=body,
        )
        if matched:
            recorded.scope = emulator.scope(recorded.path_params, recorded.headers)
        self.requests.append(recorded)
        fault = self._fault(provider)
        if fault is not None:
            early = self._early_fault(fault, emulator, recorded, target)
            if early is not None:
                return early
        for hook in self.hooks:
            reply = hook(recorded)
            if reply is not None:
                return reply
        refused = emulator.authenticate(recorded.headers)
        if refused is not None:
            return refused
        if matched is None:
            if emulator.serves(raw_path):
                return emulator.error(405, f"{method} is not served on {raw_path}")
            return emulator.error(404, f"no route for {method} {raw_path}")
        if unreadable:
            return emulator.error(400, "the request body is not JSON")
        check = self.checks.get(provider)
        problem = check.request_problem(recorded, raw_body) if check else None
        if problem:
            return emulator.error(emulator.invalid_request_status, problem)
        handler = {
            "get": emulator.get_run,
            "list": emulator.list_runs,
            "trigger": emulator.trigger_run,
            "cancel": emulator.cancel_run,
            "logs": emulator.logs,
        }[matched[1]]
        reply = handler(recorded)
        problem = check.response_problem(recorded, reply, raw_body) if check else None
        if problem:
            self.spec_errors.append(problem)
            return Reply(500, {"sandbox_error": problem})
        return self._late_fault(fault, emulator, reply, target) if fault is not None else reply

    def _fault(self, provider: str) -> Fault | None:
        with self._fault_lock:
            return next((f for f in self.faults if f.applies(provider, self._rng)), None)

    def _early_fault(self, fault: Fault, emulator: Emulator, recorded: Recorded, target: str) -> Reply | None:
        """The faults that replace the answer (or delay it); None to go on."""
        kind = fault.kind
        if kind == "latency":
            time.sleep(fault.value if fault.value is not None else 0.02)
            return None
        if kind == "429":
            reply = emulator.error(429, "Too many requests (injected)")
            reply.headers["Retry-After"] = f"{fault.value if fault.value is not None else 1:g}"
            return reply
        if kind in ("500", "502", "503", "504"):
            return emulator.error(int(kind), f"injected {kind}")
        if kind in ("html200", "html502"):
            return Reply(200 if kind == "html200" else 502, HTML_PAGE, {"content-type": "text/html"})
        if kind == "redirect" and not recorded.headers.get("host", "").startswith("localhost"):
            return Reply(307, None, {"location": f"http://localhost:{self.port}{target}"})
        if kind == "redirect-same" and HOP not in recorded.query:
            return _redirect_here(fault, target, 307)
        return None

    def _late_fault(self, fault: Fault, emulator: Emulator, reply: Reply, target: str) -> Reply:
        """The faults that spoil a real answer, made after the operation took effect (a triggered run exists)."""
        if not 200 <= reply.status < 300 or isinstance(reply.body, bytes):
            return reply
        kind = fault.kind
        if kind == "5xx-after":
            status = int(fault.value) if fault.value is not None else 500
            return emulator.error(status, f"injected {status} after the operation took effect")
        if kind == "redirect-after" and HOP not in urlsplit(target).query:
            return _redirect_here(fault, target, 303)
        odd = {
            "truncate": lambda: Reply(200, reply.encoded()[: len(reply.encoded()) // 2], reply.headers),
            "reset": lambda: Reply(reply.status, reply.body, reply.headers, reset=True),
            "unknown-enum": lambda: Reply(200, unknown_enums(reply.body), reply.headers),
            "extra-fields": lambda: Reply(200, extra_fields(reply.body), reply.headers),
            "empty-after": lambda: Reply(200, b""),
            "null-after": lambda: Reply(200, b"null"),
            "html-after": lambda: Reply(200, HTML_PAGE, {"content-type": "text/html"}),
            "204-after": lambda: Reply(204, b""),
            "offspec-after": lambda: Reply(200, {"ok": True, "note": "accepted"}),
        }.get(kind)
        return odd() if odd is not None else reply

    def requests_to(self, provider: str, operation: str | None = None) -> list[Recorded]:
        return [r for r in self.requests if r.provider == provider and (operation is None or r.operation == operation)]

    def start(self) -> Sandbox:
        self._thread = threading.Thread(target=self.serve_forever, name="jobruns-sandbox", daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self._server.serve_forever(poll_interval=0.05)

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
