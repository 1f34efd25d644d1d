"""The base of a provider's emulator in the sandbox: its routes, auth and the helpers its answers are built with
(finding runs, cursors, ordering, query parameters). Each provider's subclass is in ``emulators/<provider>.py``."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import unquote

from ._messages import Recorded, Reply
from ._world import Scope, SimRun, World


class Emulator:
    """One provider's API: routes, auth scheme, body shapes and paging. Mapping only."""

    name: ClassVar[str]
    # (method, spec path template, "get" | "list" | "trigger" | "cancel" | "logs")
    routes: ClassVar[list[tuple[str, str, str]]]
    invalid_request_status: ClassVar[int] = 400  # the status of an answer to a request the spec does not allow
    # the OpenAPI document the sandbox checks this provider's requests and answers against; None: jobruns' own
    # specs/<name>.yaml (in the wheel: jobruns/sandbox/specs/<name>.yaml). A provider jobruns does not ship sets it.
    spec: ClassVar[Path | None] = None
    cancelling_for: ClassVar[float] = 1.0  # seconds a cancelled run shows the provider's cancelling state

    def __init__(self, world: World, token: str) -> None:
        self.world = world
        self.token = token
        self._compiled = [
            (method, re.compile("^" + re.sub(r"\\{(\w+)\\}", r"(?P<\1>[^/]*)", re.escape(t)) + "$"), t, op)
            for method, t, op in self.routes
        ]

    def match(self, method: str, raw_path: str) -> tuple[str, str, dict[str, str]] | None:
        for route_method, pattern, template, operation in self._compiled:
            found = pattern.match(raw_path)
            if found and route_method == method:
                return template, operation, {k: unquote(v) for k, v in found.groupdict().items()}
        return None

    def serves(self, raw_path: str) -> bool:
        """Whether some operation (with whatever method) has this path."""
        return any(pattern.match(raw_path) for _, pattern, _, _ in self._compiled)

    # --- what each provider writes -----------------------------------------------------------------

    def scope(self, path_params: Mapping[str, str], headers: Mapping[str, str]) -> Scope:
        """Where the runs a request asks about live (its workspace, project or team), from its path and headers."""
        return Scope(self.name)

    def authenticate(self, headers: Mapping[str, str]) -> Reply | None:
        """None when the request carries valid credentials, else the provider's 401/403 answer."""
        raise NotImplementedError

    def error(self, status: int, message: str) -> Reply:
        raise NotImplementedError

    def get_run(self, request: Recorded) -> Reply:
        raise NotImplementedError

    def list_runs(self, request: Recorded) -> Reply:
        raise NotImplementedError

    def trigger_run(self, request: Recorded) -> Reply:
        raise NotImplementedError

    def cancel_run(self, request: Recorded) -> Reply:
        raise NotImplementedError

    def logs(self, request: Recorded) -> Reply:
        """A run's log lines (sandbox/_logs.py), as this provider's logs API serves them."""
        raise NotImplementedError

    def render(self, run: SimRun) -> dict[str, Any]:
        raise NotImplementedError

    # --- shared helpers ----------------------------------------------------------------------------

    def now(self) -> float:
        return self.world.clock()

    def public_id(self, run: SimRun) -> str:
        """The id this provider shows for a run (and takes back in its get-run path)."""
        return run.id

    def find_run(self, request: Recorded, job_id: str, run_id: str) -> SimRun | Reply:
        """The run of the request's scope (the provider's 404 when there is none)."""
        assert request.scope is not None
        runs = self.world.runs(request.scope, job_id)
        run = next((r for r in runs or [] if run_id in (self.public_id(r), r.name)), None)
        if run is None:
            return self.error(404, f"{'job' if runs is None else 'run'} not found")
        self.world.fetched(run)
        return run

    def find_job(self, request: Recorded, job_id: str) -> list[SimRun] | Reply:
        assert request.scope is not None
        runs = self.world.runs(request.scope, job_id)
        return self.error(404, "job not found") if runs is None else runs

    def start(
        self, request: Recorded, job_id: str, params: dict[str, str] | None = None, key: str | None = None
    ) -> SimRun | Reply:
        """A new run of the job in the request's scope (the provider's 404 when there is none)."""
        assert request.scope is not None
        run = self.world.trigger(request.scope, job_id, params, key)
        return self.error(404, "job not found") if run is None else run

    def stop(self, run: SimRun) -> bool:
        """Cancel a run as this provider does; False when it had already ended (nothing changes)."""
        return self.world.cancel(run, self.cancelling_for)

    @staticmethod
    def cursor_for(offset: int, bound_to: str = "") -> str:
        """An opaque next-page cursor (the sandbox's own: an offset, and the query it belongs to unless that is
        the default one)."""
        return base64.urlsafe_b64encode((f"{offset}:{bound_to}" if bound_to else str(offset)).encode()).decode()

    def offset_from_cursor(self, query: dict[str, list[str]], default: int, bound_to: str = "") -> int | Reply:
        """The offset a cursor holds; a 400 when it is not one of ours or belongs to another query."""
        if not query.get("cursor"):
            return default
        try:
            offset, _, issued_for = base64.urlsafe_b64decode(query["cursor"][-1].encode()).decode().partition(":")
            start = int(offset)
        except (ValueError, binascii.Error):
            return self.error(400, "invalid cursor")
        if issued_for != bound_to:
            return self.error(400, "the cursor belongs to another query (sort or q differ): start again without it")
        return start

    @staticmethod
    def ordered(runs: list[SimRun], keys: Sequence[tuple[Callable[[SimRun], Any], bool]]) -> list[SimRun]:
        """``runs`` sorted by each ``(key, descending)``, the first the most significant. A None key comes after
        every value ascending and before them descending (PostgreSQL's default NULLS LAST / NULLS FIRST); ties
        keep the given order, the newest run first."""
        result = list(runs)
        for key, descending in reversed(keys):
            result.sort(key=lambda run: _nulls_last(key(run)), reverse=descending)
        return result

    @staticmethod
    def texts(body: Any, *keys: str) -> dict[str, str]:
        """The JSON object at ``keys`` in a request body, its values as strings; {} where there is none."""
        for key in keys:
            body = body.get(key) if isinstance(body, dict) else None
        return {str(name): str(value) for name, value in body.items()} if isinstance(body, dict) else {}

    @staticmethod
    def single(query: dict[str, list[str]], name: str) -> str | None:
        """A single-valued query parameter (the last one when repeated), None when absent."""
        values = query.get(name)
        return values[-1] if values else None

    def integer(self, query: dict[str, list[str]], name: str, default: int, low: int, high: int | None) -> int | Reply:
        values = query.get(name)
        if not values:
            return default
        try:
            value = int(values[-1])
        except ValueError:
            return self.error(400, f"query parameter {name} must be an integer, got {values[-1]!r}")
        if value < low or (high is not None and value > high):
            limit = f"{low} to {high}" if high is not None else f"at least {low}"
            return self.error(400, f"query parameter {name} must be {limit}, got {value}")
        return value


def _nulls_last(value: Any) -> tuple[bool, Any]:
    return (True, 0) if value is None else (False, value)
