"""What an adapter is: the mapping between one provider's generated package and jobruns' model.

An adapter holds mapping only: which generated operation serves get, list, trigger, cancel and logs, how its
paging reads, how a run's JSON becomes a JobRun, where its error bodies keep the message. Sending, retrying,
paging loops, polling, write safety and error classes live once, in the client modules (see _client.py).
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
from collections.abc import Mapping
from types import ModuleType
from typing import Any, ClassVar

from attrs import frozen

from ._errors import ConfigError, NotSupported, ResponseError
from ._failures import MALFORMED
from ._install import install_line
from ._logs import LogQuery, RawLine
from ._model import JobRun, RunStatus
from ._settings import COMMON_SETTINGS, Setting

Position = int | str | None  # where a page starts: an offset, a page number or a provider cursor; None: first


@frozen
class Call:
    """One generated operation to call, with its keyword arguments (``client`` aside)."""

    operation: ModuleType
    kwargs: dict[str, Any]


@frozen
class PageOf:
    """A list answer read by an adapter: its runs' JSON (``items``, for ``to_run`` one by one), where the next page
    starts, the total if told."""

    items: list[Any]
    next_position: Position
    total: int | None = None


def runs_under(body: Any, *path: str) -> tuple[Any, list[Any]]:
    """A list answer as (the answer with an empty list where its runs are, the runs' JSON list), for the adapter
    to read the rest through the generated list model. An answer without a list there is returned whole, with no
    runs, so that the generated model refuses it (or reads it) as it would have."""
    containers = [body]
    for key in path:
        if type(containers[-1]) is not dict or key not in containers[-1]:
            return body, []
        containers.append(containers[-1][key])
    items = containers.pop()
    if type(items) is not list:
        return body, []
    rest: Any = []
    for container, key in zip(reversed(containers), reversed(path), strict=True):
        rest = {**container, key: rest}
    return rest, items


class StatusMap(dict[object, tuple[RunStatus, str]]):
    """A provider's status value, as its JSON holds it -> (RunStatus, the provider's value).

    A string it does not list, or no status (None), maps to UNKNOWN rather than raising; a value of another type is
    a TypeError (the client's ResponseError). A known value costs one lookup: ``__missing__`` runs only for the rest.
    """

    def __init__(self, statuses: Mapping[str, RunStatus]) -> None:
        super().__init__({value: (status, value) for value, status in statuses.items()})

    def __missing__(self, value: object) -> tuple[RunStatus, str]:
        if value is None:
            return RunStatus.UNKNOWN, ""
        if not isinstance(value, str):
            raise TypeError(f"a status must be a string, not {type(value).__name__}")
        return RunStatus.UNKNOWN, value


class Adapter:
    name: ClassVar[str]
    package: ClassVar[str]  # the generated package, e.g. "jobruns_blaxel"
    settings: ClassVar[tuple[Setting, ...]] = ()
    default_base_url: ClassVar[str | None] = None
    default_page_size: ClassVar[int] = 50
    max_page_size: ClassVar[int]
    filters_status_server_side: ClassVar[bool] = False
    # list_runs' since/until: the run time they compare (created_at; started_at where runs carry no creation time),
    # and how list_call asks for the runs newest first by it, in the provider's words (None: the provider has no
    # such sort, and its own listing order, newest first, is relied on)
    listed_by: ClassVar[str] = "created_at"
    newest_first: ClassVar[str | None] = None
    params: ClassVar[str | None] = None  # where trigger_run's params go, in the provider's words; None: nowhere
    idempotency_key: ClassVar[str | None] = None  # where the key it de-duplicates triggers by goes; None: it has none
    # Where the provider documents that a trigger answered 429 started nothing (so it may be sent again without a
    # key), what says so; None: a 429 may come after the run started, and an un-keyed trigger is not retried on it
    trigger_429_started_nothing: ClassVar[str | None] = None
    statuses: ClassVar[Mapping[str, RunStatus]]
    docs_url: ClassVar[str]
    # the pip line that installs ``package``, for a provider jobruns does not ship (None: jobruns' extra of its name)
    install: ClassVar[str | None] = None
    # iter_logs (the reading itself is _logs.py's): "documented", "experimental" (an endpoint the provider does not
    # publish, used anyway) or None (no public logs API, and ``no_logs`` says so)
    logs: ClassVar[str | None] = None
    no_logs: ClassVar[str] = ""
    logs_page_size: ClassVar[int] = 1000  # lines asked for a page
    logs_skips: ClassVar[bool] = False  # the provider skips the lines at the start time already read (LogQuery.skip)
    logs_window: ClassVar[float | None] = None  # seconds each poll's window overlaps the last; None: from a time
    logs_settle: ClassVar[float] = 0.0  # seconds a line may take to show up in the provider's logs

    status_of: ClassVar[StatusMap] = StatusMap({})  # what to_run reads a run's status with
    run_model: ClassVar[str]  # the generated model of one run, by its name in the package's ``models`` module

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.status_of = StatusMap(getattr(cls, "statuses", {}))

    def __init__(self, settings: Mapping[str, Any]) -> None:
        self.config = settings

    @classmethod
    def load(cls) -> ModuleType:
        """The generated package, or ConfigError with the pip line that installs it."""
        try:
            return importlib.import_module(cls.package)
        except ModuleNotFoundError as exc:
            if exc.name != cls.package:
                raise
            raise ConfigError(
                f"{cls.name}: the provider package {cls.package} is not installed: {cls.install_line()}"
            ) from None

    @classmethod
    def install_line(cls) -> str:
        """The pip line that installs the generated package: its own ``install`` for a provider jobruns does not
        ship, else jobruns' extra, from where jobruns came from."""
        return cls.install or install_line(cls.name)

    @classmethod
    def typed(cls, run: Any, run_id: str) -> Any:
        """``JobRun.raw``: the run's JSON read into ``run_model``; ResponseError when it is not as the spec says."""
        model = _models_module_class(cls.package, getattr(cls, "run_model", ""))
        if model is None:
            cls.load()  # ConfigError with the pip line when the package is missing; else the name is wrong
            raise ConfigError(f"{cls.name}: its run_model names no class of {cls.package}.models")
        try:
            return model.from_dict(run)
        except MALFORMED as exc:
            # the exception's type and the key it names, not its text: that may quote the run's values, and a JobRun
            # holds no secret to redact them with
            key = f" (no {exc.args[0]!r})" if isinstance(exc, KeyError) and exc.args else ""
            raise ResponseError(
                f"the JSON of run {run_id} is not as the spec says, so its typed model cannot be built: "
                f"{type(exc).__name__}{key}",
                provider=cls.name,
            ) from None

    @classmethod
    def installed(cls) -> bool:
        return importlib.util.find_spec(cls.package) is not None

    @classmethod
    def describe(cls) -> dict[str, Any]:
        """What ``jobruns.providers()`` says of this provider."""
        return {
            "name": cls.name,
            "package": cls.package,
            "installed": cls.installed(),
            "install": cls.install_line(),
            "settings": [
                {
                    "name": s.name,
                    "env": s.env(cls.name),
                    "required": s.required or (s.name == "base_url" and cls.default_base_url is None),
                    "description": s.description,
                }
                for s in (*cls.settings, *COMMON_SETTINGS)
            ],
            "default_base_url": cls.default_base_url,
            "capabilities": {
                "get_run": True,
                "list_runs": True,
                "wait_for_run": True,
                "status_filter": "server" if cls.filters_status_server_side else "client",
                "max_page_size": cls.max_page_size,
                # list_runs' since/until: the run time compared, and the sort asked for (None: the listing's own
                # order, newest first, is relied on)
                "since_until": {"compares": cls.listed_by, "newest_first": cls.newest_first},
                # an adapter that maps no trigger or cancel operation: NotSupported
                "trigger_run": cls.trigger_call is not Adapter.trigger_call,
                "cancel_run": cls.cancel_call is not Adapter.cancel_call,
                # where trigger_run's params go (None: it takes none) and its idempotency key (None: no such key)
                "trigger_params": cls.params,
                "idempotency_key": cls.idempotency_key,
                # iter_logs: "documented", "experimental" (an endpoint the provider does not publish), or None
                "logs": cls.logs,
            },
            "docs": cls.docs_url,
        }

    @classmethod
    def provider_statuses(cls, wanted: frozenset[RunStatus]) -> list[str]:
        return [value for value, status in cls.statuses.items() if status in wanted]

    # --- the mapping each provider writes -----------------------------------------------------------

    def auth_headers(self, token: str) -> dict[str, str]:
        raise NotImplementedError

    def get_call(self, job_id: str, run_id: str) -> Call:
        raise NotImplementedError

    def read_run(self, body: Any) -> Any:
        """The run's JSON inside a get answer."""
        raise NotImplementedError

    def list_call(
        self, job_id: str, position: Position, page_size: int, statuses: list[str] | None, newest: bool = False
    ) -> Call:
        """A page of the job's runs; ``newest``: sorted newest first by ``listed_by``, where the class says how."""
        raise NotImplementedError

    def read_page(self, body: Any, position: Position, page_size: int) -> PageOf:
        raise NotImplementedError

    def page_position(self, index: int, page_size: int) -> Position:
        """Where page ``index`` (from 0) starts when pages can be asked for out of order (an offset or a page
        number, with a total), so the async client may fetch several at once; None: each page's cursor leads."""
        return None

    def to_run(self, job_id: str, run: Any) -> JobRun:
        """The JobRun of a run's JSON, given as its ``raw_json``. It reads only the fields it maps, and raises
        (KeyError, TypeError, ValueError: the client's ResponseError) when one of them is missing or of another type
        than the spec says; the rest is checked when ``raw`` is built."""
        raise NotImplementedError

    def trigger_call(self, job_id: str, params: Mapping[str, str], key: str | None) -> Call:
        """The operation that starts a run; ``params`` only where the class says where they go, ``key`` only where it
        has an ``idempotency_key`` (the client refuses the others before any request). An adapter without one
        leaves this out: trigger_run then raises NotSupported."""
        raise NotSupported(f"{self.name}: jobruns cannot start its runs")

    def read_trigger(self, body: Any) -> tuple[str, Any | None]:
        """From a trigger's answer: the new run's id, and the run's JSON when the answer holds the run."""
        raise NotImplementedError

    def cancel_call(self, job_id: str, run: JobRun) -> Call:
        """The operation that stops ``run`` (as just read: TrueFoundry's needs its deployment). An adapter without
        one leaves this out: cancel_run then raises NotSupported."""
        raise NotSupported(f"{self.name}: jobruns cannot cancel its runs")

    def read_cancel(self, body: Any) -> Any | None:
        """The run's JSON when a cancel's answer holds it; None when it must be read again."""
        return None

    def error_details(self, body: Any) -> tuple[str | None, str | None]:
        """(message, request id) from a decoded error body; (None, None) when it has neither."""
        return None, None

    def logs_call(self, job_id: str, run_id: str, query: LogQuery) -> Call:
        """A page of the run's log lines, as ``query`` says (where ``logs`` is not None)."""
        raise NotImplementedError

    def read_logs(self, job_id: str, body: Any) -> tuple[list[RawLine], int | None]:
        """A logs answer's lines in the answer's order (a window's newest first), and how many its window holds
        when the answer says (a window's paging stops there)."""
        raise NotImplementedError


@functools.cache
def _models_module_class(package: str, name: str) -> Any:
    """``package.models.<name>``; None where there is no such class or no such package."""
    try:
        return getattr(importlib.import_module(f"{package}.models"), name, None) if name else None
    except ImportError:
        return None
