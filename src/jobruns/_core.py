"""A client's configuration, resolved once, and get_run's steps; shared by Client and AsyncClient, which hold
one ``Core`` and only perform the I/O that the operations' steps ask for."""

from __future__ import annotations

from typing import Any

from . import _answer, _arguments, _registry
from ._adapter import Adapter, Call
from ._errors import ConfigError, JobRunsError
from ._exchange import Steps, exchange
from ._failures import MALFORMED, Failures
from ._model import JobRun
from ._settings import resolve


class Core:
    """One provider's adapter and settings: what every operation of a client reads."""

    def __init__(self, provider: str, settings: dict[str, Any]) -> None:
        adapter_class = _registry.adapter_class(provider)
        config = resolve(provider, adapter_class.settings, settings, adapter_class.default_base_url)
        token_from: str = config.pop("token_from")
        adapter_class.load()
        self.provider = provider
        self.adapter: Adapter = adapter_class(config)
        self.base_url: str = config["base_url"]
        self.credentials = self.adapter.auth_headers(config["token"])
        for header, value in self.credentials.items():
            if not value.isascii():  # a setting sent as a header, such as Blaxel's workspace
                raise ConfigError(f"{provider}: the {header} header, made from a setting, cannot hold non-ASCII text")
        token: str = config["token"]
        self.failures = Failures(
            provider, [token, *(v for v in self.credentials.values() if token in v and v != token)], token_from
        )
        self.retries: int = config["retries"]
        self.concurrency: int = config["concurrency"]
        self.timeout: float = config["timeout"]  # seconds one try may take, connect to last byte
        self.max_response_bytes: int = config["max_response_bytes"]
        self.user_client = config["httpx_client"]

    def decode(self, answer: _answer.Read, note: str = "") -> Any:
        """A 2xx answer's JSON body, or the error its status means."""
        return _answer.decode(self.failures, answer, self.adapter.error_details, note)

    def to_run(self, what: str, job_id: str, run: Any) -> JobRun:
        """The JobRun of a run's JSON that the ``what`` answer holds."""
        try:
            return self.adapter.to_run(job_id, run)
        except MALFORMED as exc:
            raise self.failures.unreadable(what, exc) from None

    def read(self, what: str, read: Any, *args: Any) -> Any:
        """``read(*args)``: an adapter reading the ``what`` answer (get, list, trigger, cancel)."""
        try:
            return read(*args)
        except JobRunsError:
            raise
        except MALFORMED as exc:
            raise self.failures.unreadable(what, exc) from None

    def run(self, job_id: str, body: Any) -> JobRun:
        """The run a get answer's body holds."""
        return self.to_run("get", job_id, self.read("get", self.adapter.read_run, body))


def get_call(core: Core, job_id: str, run_id: str) -> Call:
    return core.adapter.get_call(_arguments.check_id("job_id", job_id), _arguments.check_id("run_id", run_id))


def get_run(core: Core, job_id: str, run_id: str) -> Steps:
    """get_run's steps: returns the JobRun."""
    call = get_call(core, job_id, run_id)
    return core.run(job_id, (yield from exchange(core, call)))
