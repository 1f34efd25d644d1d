"""The ``jobruns`` command: start, get, list, wait on and cancel runs, read their logs; list providers; print the
JobRun schema.

Exit codes: 0 ok (wait and run --wait: the run succeeded), 1 the waited run failed or was cancelled, 2 usage,
bad argument or not supported, 3 configuration, 4 not found, 5 authentication, 6 other API or transport error,
7 wait timed out, 70 internal error (a bug in jobruns: the one line on stderr says what to report), 130 interrupted
(Ctrl-C), 143 terminated (SIGTERM); an interrupted `run` or `wait` says on stderr which run goes on and the
`jobruns cancel` line that stops it (or, when the trigger's answer never came, that the run may have started).

Text that comes from a server (ids, statuses, errors, messages, log lines) is printed with control characters escaped
(a log line's colour alone passes, on a terminal).

The module is long because it declares every command's flags and help text (argparse), which reads best in one
place; what it shows lives in _terminal (the run table, the progress line), what it does in the client.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import IO, TYPE_CHECKING, Any, NoReturn

from . import _signals
from ._signals import EXIT_INTERRUPTED, EXIT_TERMINATED
from ._terminal import StatusLine, plural, printable, span, table
from ._words import NOT_FROM_ENV, Words, env_name, rendered

if TYPE_CHECKING:
    from ._adapter import Adapter

EXIT_OK, EXIT_RUN_FAILED, EXIT_USAGE, EXIT_CONFIG, EXIT_NOT_FOUND, EXIT_AUTH, EXIT_API, EXIT_WAIT_TIMEOUT = range(8)
EXIT_INTERNAL = 70  # sysexits' EX_SOFTWARE: an exception jobruns did not expect
DEFAULT_LIST_LIMIT = 20

_PROVIDER_HELP = """\
provider settings come from these options, then from JOBRUNS_<PROVIDER>_<SETTING> environment variables
(e.g. JOBRUNS_BLAXEL_TOKEN, JOBRUNS_BLAXEL_WORKSPACE; see `jobruns providers`), then from the profile named
by --profile or JOBRUNS_PROFILE (see `jobruns config --help`)."""


class _Parser(argparse.ArgumentParser):
    """argparse, with usage errors that name the command, suggest what was meant and point at its --help."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.commands: dict[str, argparse.ArgumentParser] = {}  # the subcommands' parsers, by name

    def error(self, message: str) -> NoReturn:
        chosen = re.search(r"invalid choice: '([^']*)' \(choose from (.*)\)", message)
        if chosen:
            message += _suggestion(chosen[1], re.findall(r"'([^']*)'", chosen[2]))
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n(see {self.prog} --help)\n")

    def unrecognized(self, extras: list[str]) -> NoReturn:
        """Arguments no option or positional took: each mistyped flag gets the nearest one this command has."""
        flags = [flag for action in self._actions for flag in action.option_strings]
        hints = [_suggestion(extra.partition("=")[0], flags) for extra in extras if extra.startswith("--")]
        self.error(f"unrecognized arguments: {' '.join(extras)}{''.join(hints)}")


def _suggestion(typed: str, known: Iterable[str]) -> str:
    import difflib

    near = difflib.get_close_matches(typed, list(known), n=1)
    return f" (did you mean {near[0]}?)" if near else ""


ASYNC_ONLY_SETTINGS = ("concurrency",)  # the command line lists with the sync client


def _setting_flag(name: str) -> str | None:
    """The flag that gives a provider setting (or --profile); None for one no flag gives."""
    if name in ASYNC_ONLY_SETTINGS or name == "httpx_client":
        return None
    return "--http-timeout" if name == "timeout" else f"--{name.replace('_', '-')}"  # --timeout is wait's


class _FlagWords(Words):
    """The command line's words for what to type: its flags (``--workspace``), JOB and RUN, its commands."""

    ARGUMENTS = {"job_id": "JOB", "run_id": "RUN", "params": "--param"}
    COMMANDS = {"list_runs": "list", "get_run": "get", "providers": "providers"}

    def setting(self, provider: str, name: str) -> str:
        return _setting_flag(name) or env_name(provider, name)

    def setting_from(self, provider: str, name: str, where: str) -> str:
        shown = self.setting(provider, name)
        return shown if where == shown else f"{shown} from {where}"

    def given(self, name: str) -> str:
        return _setting_flag(name) or name

    def give(self, provider: str, name: str, value: str = "...") -> str:
        ways = [f"pass {flag}" for flag in [_setting_flag(name)] if flag]
        if name not in NOT_FROM_ENV:
            ways.append(f"set {env_name(provider, name)}")
        return " or ".join(ways)

    def unknown_settings(self, provider: str, unknown: Sequence[str], known: Sequence[str]) -> str:
        flags = [flag for name in unknown if (flag := _setting_flag(name))]
        takes = [flag for name in (*known, "allow_insecure", "profile") if (flag := _setting_flag(name))]
        whose = "another provider's option" if len(flags) == 1 else "other providers' options"
        return f"{', '.join(flags)}: {whose}; {provider} takes {', '.join(takes)}"

    def argument(self, name: str) -> str:
        return self.ARGUMENTS.get(name) or f"--{name.replace('_', '-')}"

    def unbounded(self, name: str) -> str | None:
        return "--all" if name == "limit" else None

    def assign(self, name: str, value: str) -> str:
        import shlex

        return f"{self.argument(name)} {shlex.quote(value)}"

    def call(self, provider: str, method: str, *args: str) -> str:
        import shlex

        command = self.COMMANDS.get(method, method)
        if method == "providers":
            return f"jobruns {command}"
        return " ".join(["jobruns", command, provider, *(shlex.quote(arg) for arg in args)])


FLAGS = _FlagWords()  # errors name flags, not keyword arguments


def _settings_options() -> list[tuple[str, str]]:
    """Every provider setting as a (name, help) pair, from the registry, without importing provider packages."""
    from . import _registry
    from ._settings import COMMON_SETTINGS

    seen: dict[str, str] = {}
    for name in _registry.names():
        cls = _registry.adapter_class(name)
        for setting in cls.settings:
            seen.setdefault(setting.name, f"{setting.description} ({name})")
    for setting in COMMON_SETTINGS:
        if setting.name not in ASYNC_ONLY_SETTINGS:
            seen.setdefault(setting.name, setting.description)
    return sorted(seen.items())


def _provider_args(parser: argparse.ArgumentParser) -> None:
    from . import _registry

    parser.add_argument("provider", choices=_registry.names(), help="which provider")
    group = parser.add_argument_group("provider settings", _PROVIDER_HELP)
    for name, help_text in _settings_options():
        flag = _setting_flag(name)
        if flag:  # each option has one
            group.add_argument(flag, dest=f"setting_{name}", metavar="VALUE", help=help_text)
    group.add_argument("--allow-insecure", action="store_true", help="allow a plain-http base URL to a remote host")
    group.add_argument(
        "--profile",
        metavar="NAME",
        help="take the settings not given otherwise from this profile of the config file (default: "
        "JOBRUNS_PROFILE); it must be one of PROVIDER's",
    )


def _quiet(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--quiet", "-q", action="store_true", help="show no progress on the terminal")


def _where_providers(what: Callable[[type[Adapter]], str | None]) -> list[tuple[str, str | None]]:
    """(title, what the adapter says) of each provider, for help texts that name providers."""
    from . import _registry

    return [(entry.title, what(_registry.adapter_class(entry.name))) for entry in _registry.registered().values()]


def build_parser() -> _Parser:
    from . import _registry

    parser = _Parser(
        prog="jobruns",
        description=f"Get, list and wait on job runs on {_registry.titles()}.",
        epilog="example:\n  jobruns list blaxel nightly-report --workspace acme --limit 5\n\n"
        + __doc__.split("\n\n")[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"jobruns {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)

    def command(name: str, help_text: str, example: str, description: str = "") -> argparse.ArgumentParser:
        parser.commands[name] = commands.add_parser(
            name,
            help=help_text,
            description=f"{help_text}\n\n{description}" if description else help_text,
            epilog=f"example:\n  {example}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        return parser.commands[name]

    get = command(
        "get", "show one run", "jobruns get truefoundry my-job my-run-1 --base-url https://acme.truefoundry.cloud"
    )
    _provider_args(get)
    get.add_argument("job", help="job id")
    get.add_argument("run", help="run id")
    get.add_argument("--json", action="store_true", help="one JSON object per line")

    lst = command(
        "list",
        "list a job's runs, newest first as the provider sends them",
        "jobruns list intuned my-job --workspace-id 7d4c... --project my-project --status failed --limit 50\n"
        "  jobruns list blaxel nightly-report --workspace acme --since 2h --status failed",
    )
    _provider_args(lst)
    lst.add_argument("job", help="job id")
    lst.add_argument(
        "--status",
        action="append",
        metavar="STATUS",
        help="only runs with this status (repeatable): pending, running, paused, cancelling, "
        "succeeded, failed, cancelled, unknown",
    )
    bound = lst.add_mutually_exclusive_group()
    bound.add_argument(
        "--limit",
        type=int,
        default=DEFAULT_LIST_LIMIT,
        metavar="N",
        help=f"at most N runs (default {DEFAULT_LIST_LIMIT})",
    )
    bound.add_argument("--all", action="store_true", help="every run, following every page")
    by_start = [title for title, compares in _where_providers(lambda cls: cls.listed_by) if compares == "started_at"]
    started = f" ({', '.join(by_start)}: started)" if by_start else ""
    for flag, what in (("--since", "created at or after"), ("--until", "created before")):
        lst.add_argument(
            flag,
            type=_moment,
            metavar="WHEN",
            help=f"only runs {what} WHEN{started}: a span before now, such as 30m, 2h, 3d or 1w, or an "
            "ISO 8601 time (2026-12-01, 2026-12-01T08:00, 2026-12-01T08:00Z); a time without a UTC offset is local "
            "time",
        )
    lst.add_argument("--page-size", type=int, metavar="N", help="runs per request (default: the provider's)")
    lst.add_argument("--json", action="store_true", help="one JSON object per line")
    _quiet(lst)

    wait = command(
        "wait",
        "wait until a run ends; exit 0 if it succeeded, 1 if it failed or was cancelled",
        "jobruns wait northflank my-job 3f1c... --project-id my-project --timeout 600",
    )
    _provider_args(wait)
    wait.add_argument("job", help="job id")
    wait.add_argument("run", help="run id")
    _wait_args(wait)
    wait.add_argument("--json", action="store_true", help="print the final run as one JSON object")
    _logs_flag(wait)
    _quiet(wait)

    run = command(
        "run",
        "start a run of a job and print it; with --wait, wait for it and exit as `wait` does (a CI step)",
        "jobruns run blaxel nightly-report --workspace acme --param REPORT_DATE=2026-12-01 --wait\n"
        "  jobruns run truefoundry my-job --base-url https://acme.truefoundry.cloud --json",
    )
    _provider_args(run)
    run.add_argument("job", help="job id")
    takes = _where_providers(lambda cls: cls.params)
    inputs = ", ".join(f"{title} {where.split(' (')[0]}" for title, where in takes if where)
    none = [title for title, where in takes if not where]
    keys = ", ".join(title for title, key in _where_providers(lambda cls: cls.idempotency_key) if key)
    run.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help=f"a run input (repeatable), where the provider takes them: {inputs}"
        + (f"; {' and '.join(none)} take{'s' if len(none) == 1 else ''} none" if none else ""),
    )
    run.add_argument(
        "--idempotency-key",
        metavar="KEY",
        help=f"starts at most one run however often it is sent ({keys or 'no provider'} only); without one, a "
        "failure after sending is not retried",
    )
    _wait_args(run, "also wait for the run to end: exit 0 if it succeeded, 1 if it failed or was cancelled, 7 "
                    "on timeout")  # fmt: skip
    run.add_argument("--json", action="store_true", help="print the run as one JSON object")
    _logs_flag(run)
    _quiet(run)

    cancel = command(
        "cancel",
        "ask the provider to stop a run and print it as it then is (an ended run is printed unchanged)",
        "jobruns cancel northflank my-job 3f1c... --project-id my-project --wait",
    )
    _provider_args(cancel)
    cancel.add_argument("job", help="job id")
    cancel.add_argument("run", help="run id")
    _wait_args(cancel, "also wait until the run has ended (exit 0 whatever its end; 7 on timeout)")
    cancel.add_argument("--json", action="store_true", help="print the run as one JSON object")
    _quiet(cancel)

    apis = ", ".join(f"{title} {kind or 'none'}" for title, kind in _where_providers(lambda cls: cls.logs))
    logs = command(
        "logs",
        "print a run's log lines (time, stream, text), oldest first; --follow: until the run has ended",
        "jobruns logs truefoundry nightly-report nightly-report-42 --base-url https://acme.truefoundry.cloud -f",
        f"each provider's logs API: {apis}\n(experimental: an endpoint the provider does not publish, used anyway).",
    )
    _provider_args(logs)
    logs.add_argument("job", help="job id")
    logs.add_argument("run", help="run id")
    logs.add_argument(
        "--follow", "-f", action="store_true", help="keep printing lines as they come, until the run ends"
    )
    logs.add_argument(
        "--since",
        type=_moment,
        metavar="WHEN",
        help="only lines from WHEN on: a span before now (90s, 30m, 2h, 3d, 1w) or an ISO 8601 time",
    )
    logs.add_argument(
        "--tail", type=_count, metavar="N", help="only the last N lines (then, with --follow, the new ones)"
    )
    logs.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help="with --follow: give up after this long (exit 7; default: none)",
    )
    logs.add_argument(
        "--poll-interval",
        type=float,
        default=2.0,
        metavar="SECONDS",
        help="with --follow: the first poll interval; it grows up to 15 s while no line comes (default 2)",
    )
    logs.add_argument("--json", action="store_true", help="one JSON object per line")

    providers = command(
        "providers",
        "list the providers, their settings and whether their package is installed",
        "jobruns providers --json",
    )
    providers.add_argument("--json", action="store_true", help="one JSON object per provider per line")

    config = command(
        "config",
        "show a provider's settings and where each comes from (flag, variable, profile, default); a token only as set",
        "jobruns config blaxel --profile acme",
        _CONFIG_HELP,
    )
    _provider_args(config)
    config.add_argument("--json", action="store_true", help="one JSON object")

    command(
        "schema",
        "print the JSON Schema of a run as --json prints it (for code generation)",
        "jobruns schema > jobrun.schema.json",
    )

    sandbox = command(
        "sandbox",
        "serve every provider's API on 127.0.0.1 from simulated runs (first line: their base URLs as JSON)",
        "jobruns sandbox --port 8000 --seed 1",
    )
    sandbox.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: any free port)")
    sandbox.add_argument("--token", default="sandbox-token", help="the token it accepts (default: sandbox-token)")
    sandbox.add_argument("--seed", type=int, default=0, help="seed of the simulated jobs and runs")
    sandbox.add_argument("--run-seconds", type=float, default=30.0, help="how long the live runs take (default 30)")
    sandbox.add_argument(
        "--faults",
        default="",
        metavar="SPEC",
        help="inject faults: KIND[=VALUE][:PROVIDER][@RATE][xTIMES],... with KIND one of "
        "latency, 429, 500, 502, 503, 504, reset, truncate, html200, html502, unknown-enum, extra-fields, redirect "
        "(e.g. latency=0.02,429=1:intuned@0.2); deterministic under --seed",
    )

    command("demo", "start, list, get and wait on runs of every provider, simulated by the sandbox", "jobruns demo")
    return parser


_CONFIG_HELP = """\
profiles: named sets of one provider's settings in a TOML file, used with --profile NAME or JOBRUNS_PROFILE=NAME
(settings given as flags or environment variables still win):

  [profiles.acme]
  provider = "blaxel"
  workspace = "acme"
  token = "..."     # only if no one else may read or write the file: chmod 600 it

the file: JOBRUNS_CONFIG if set, else $XDG_CONFIG_HOME/jobruns/config.toml (~/.config/jobruns/config.toml when
XDG_CONFIG_HOME is unset) on Linux, macOS and other POSIX systems, %APPDATA%\\jobruns\\config.toml on Windows.
PROVIDER is always typed: it must be the profile's."""


def _moment(text: str) -> datetime:
    """--since/--until: a span before now (``90s``, ``30m``, ``2h``, ``3d``, ``1w``) or an ISO 8601 time, read as
    local time when it has no UTC offset."""
    span = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*", text)
    try:
        if span:
            seconds = float(span[1]) * {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}[span[2]]
            return datetime.now(UTC) - timedelta(seconds=seconds)
        moment = datetime.fromisoformat(text.strip())
    except (ValueError, OverflowError):
        raise argparse.ArgumentTypeError(
            f"{text!r} is neither a span before now (30m, 2h, 3d, 1w) nor an ISO 8601 time (2026-12-01T08:00)"
        ) from None
    if moment.utcoffset() is not None:
        return moment
    try:  # local time: the system's zone rules reach only so far (year 1 or 9999 overflow them)
        return moment.astimezone()
    except (ValueError, OverflowError, OSError):
        raise argparse.ArgumentTypeError(
            f"{text!r} is too far from now to be read as local time: give it with a UTC offset "
            f"({moment.isoformat(timespec='minutes')}Z)"
        ) from None


def _wait_args(parser: argparse.ArgumentParser, what: str | None = None) -> None:
    """--timeout and --poll-interval; with ``what``, behind a --wait flag that it describes (run, cancel)."""
    when = ""
    if what is not None:
        parser.add_argument("--wait", action="store_true", help=what)
        when = "with --wait: "
    parser.add_argument(
        "--timeout",
        type=float,
        default=3600.0,
        metavar="SECONDS",
        help=f"{when}give up after this long (default 3600; exit 7)",
    )
    parser.add_argument(
        "--poll-interval",
        type=float,
        default=5.0,
        metavar="SECONDS",
        help=f"{when}the first poll interval; it grows up to 60 s (default 5)",
    )


def _logs_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--logs",
        action="store_true",
        help="print the run's log lines while waiting (as `jobruns logs --follow`), then exit as without it",
    )


def _count(text: str) -> int:
    try:
        count = int(text)
    except ValueError:
        count = -1
    if count < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of lines (0 or more)")
    return count


def _params(pairs: list[str]) -> dict[str, str]:
    """--param KEY=VALUE options as a mapping; InvalidArgument for one without '=' or a KEY given twice."""
    from ._errors import InvalidArgument

    params: dict[str, str] = {}
    for pair in pairs:
        key, equals, value = pair.partition("=")
        if not equals or not key:
            raise InvalidArgument(f"--param {pair!r}: write it as KEY=VALUE")
        if key in params:
            raise InvalidArgument(f"--param {key} is given twice")
        params[key] = value
    return params


def _version() -> str:
    from . import __version__

    return __version__


def _given(args: argparse.Namespace) -> dict[str, Any]:
    """The provider settings given as flags, by name (and the profile)."""
    settings = {
        key.removeprefix("setting_"): value
        for key, value in vars(args).items()
        if key.startswith("setting_") and value is not None
    }
    if args.allow_insecure:
        settings["allow_insecure"] = True
    if args.profile is not None:
        settings["profile"] = args.profile
    return settings


def _connect(args: argparse.Namespace) -> Any:
    import jobruns

    return jobruns.connect(args.provider, **_given(args))


_SGR = re.compile(r"\x1b\[[0-9;]*m")  # Select Graphic Rendition: colour and weight, nothing else


def _log_text(text: str, stream: IO[str]) -> str:
    """A log line's text as it may be shown: escaped as every server text, except its colour (SGR sequences, as
    `less -R` lets through) on a terminal, reset at the line's end so it cannot spill over."""
    if text.isprintable() or not (stream.isatty() and not os.environ.get("NO_COLOR") and "\x1b[" in text):
        return printable(text)
    parts, kept, end = [], False, 0
    for found in _SGR.finditer(text):
        parts.append(printable(text[end : found.start()]))
        parts.append(found.group())
        kept, end = True, found.end()
    parts.append(printable(text[end:]))
    return "".join(parts) + ("\x1b[0m" if kept else "")


def _print_log(line: Any, json_lines: bool, out: IO[str]) -> None:
    if json_lines:
        print(json.dumps(line.to_dict()), file=out, flush=True)
        return
    moment = line.time.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    stream = printable(line.stream or "-")
    print(f"{moment} {stream:<6} {_log_text(line.message, out)}", file=out, flush=True)


def _show_logs(client: Any, args: argparse.Namespace, out: IO[str]) -> int:
    """`jobruns logs`: --tail's last lines first (read to the end, then followed on from the last one's time, the
    lines already printed at that time skipped), then every line as it comes with --follow."""
    from collections import deque

    follow = {"follow": True, "timeout": args.timeout, "poll_interval": args.poll_interval}
    if args.tail is None:
        for line in client.iter_logs(args.job, args.run, since=args.since, **(follow if args.follow else {})):
            _print_log(line, args.json, out)
        return EXIT_OK
    last: deque[Any] = deque(maxlen=max(args.tail, 1))
    at_last = 0  # lines read at the last line's time (to the microsecond), which a follow from that time reads again
    for line in client.iter_logs(args.job, args.run, since=args.since):
        at_last = at_last + 1 if last and line.time == last[-1].time else 1
        last.append(line)
    for line in list(last)[len(last) - args.tail :] if args.tail else []:
        _print_log(line, args.json, out)
    if not args.follow:
        return EXIT_OK
    since = last[-1].time if last else args.since
    for line in client.iter_logs(args.job, args.run, since=since, **follow):
        if at_last and last and line.time == since:
            at_last -= 1
            continue
        at_last = 0
        _print_log(line, args.json, out)
    return EXIT_OK


def _emit(runs: Iterable[Any], args: argparse.Namespace, out: IO[str], status: StatusLine) -> int:
    if args.json:
        count = 0
        for run in runs:
            status.clear()
            print(json.dumps(run.to_dict()), file=out, flush=True)
            count += 1
            status.show(f"fetched {plural(count, 'run')}...")
        status.clear()
        return count
    return table(runs, out, status)


def _run(args: argparse.Namespace, out: IO[str], err: IO[str], status: StatusLine, progress: _Progress) -> int:
    import jobruns

    if args.command == "schema":
        print(json.dumps(jobruns.jobrun_json_schema(), indent=2), file=out)
        return EXIT_OK
    if args.command == "sandbox":
        return _serve_sandbox(args, out)
    if args.command == "demo":
        from ._demo import run_demo

        return run_demo(out)
    if args.command == "providers":
        described = jobruns.providers()
        if args.json:
            for item in described:
                print(json.dumps(item), file=out)
            return EXIT_OK
        for item in described:
            state = "installed" if item["installed"] else f"not installed: {item['install']}"
            print(f"{item['name']} ({item['package']}, {state})", file=out)
            for s in item["settings"]:
                need = "required" if s["required"] else "optional"
                print(f"  {s['env']:<36} {need:<9} {s['description']}", file=out)
            can = item["capabilities"]
            print(f"  run --param: {can['trigger_params'] or 'not taken'}", file=out)
            print(f"  run --idempotency-key: {can['idempotency_key'] or 'not taken'}", file=out)
            print(f"  logs: {can['logs'] or 'none (no public logs API)'}", file=out)
        return EXIT_OK
    if args.command == "config":
        return _show_config(args, out)
    with _connect(args) as client:
        if args.command == "get":
            _emit([client.get_run(args.job, args.run)], args, out, status)
            return EXIT_OK
        if args.command == "list":
            limit = None if args.all else args.limit
            runs = client.iter_runs(
                args.job, status=args.status, limit=limit, page_size=args.page_size, since=args.since, until=args.until
            )
            _emit(runs, args, out, status)
            return EXIT_OK
        if args.command == "run":
            progress.sending = True  # from here until the answer is in, a run may have started unseen
            started = client.trigger_run(args.job, _params(args.param) or None, args.idempotency_key)
            progress.sending, progress.run_id = False, started.id
            if not args.wait:
                _emit([started], args, out, status)
                return EXIT_OK
            if not args.quiet:
                print(
                    f"jobruns: started {args.provider} run {printable(started.id)} of {args.job}; waiting for it",
                    file=err,
                )
            return _waited(client, args, started.id, out, err, status)
        if args.command == "logs":
            return _show_logs(client, args, out)
        if args.command == "cancel":
            stopped = client.cancel_run(args.job, args.run)
            if not args.wait or stopped.is_terminal:
                _emit([stopped], args, out, status)
                return EXIT_OK
            _waited(client, args, stopped.id, out, err, status)
            return EXIT_OK  # it has ended, as asked; how is in what was printed
        progress.run_id = args.run
        return _waited(client, args, args.run, out, err, status)


class _Progress:
    """What an interrupted command leaves behind: a trigger sent whose answer never came, or a run going on."""

    def __init__(self) -> None:
        self.sending = False
        self.run_id: str | None = None

    def left(self, args: argparse.Namespace, how: str) -> str:
        """What to print when a signal ends the command (``how``: interrupted, terminated): the run it leaves and
        how to stop it."""
        import shlex

        if self.run_id is not None:
            stop = shlex.join(["jobruns", "cancel", args.provider, args.job, self.run_id, *_flags_again(args)])
            return (
                f"jobruns: {how}; {args.provider} run {printable(self.run_id)} of {printable(args.job)} "
                f"goes on: stop it with\n  {printable(stop)}"
            )
        if self.sending:
            look = shlex.join(["jobruns", "list", args.provider, args.job, *_flags_again(args), "--limit", "5"])
            return (
                f"jobruns: {how} before the trigger was answered: the run may have started; look for it with\n"
                f"  {printable(look)}"
            )
        return f"jobruns: {how}"


def _flags_again(args: argparse.Namespace) -> list[str]:
    """The provider flags this command was given, to repeat in the command it suggests; never the token."""
    from ._settings import COMMON_SETTINGS

    secret = {setting.name for setting in COMMON_SETTINGS if setting.secret}
    flags: list[str] = []
    for name, value in _given(args).items():
        flag = "--profile" if name == "profile" else _setting_flag(name)
        if name in secret or flag is None:
            continue
        flags += [flag] if value is True else [flag, str(value)]
    return flags


def _waited(client: Any, args: argparse.Namespace, run_id: str, out: IO[str], err: IO[str], status: StatusLine) -> int:
    """Wait for the run, showing its status and the time waited on a terminal (with --logs: its log lines instead);
    print it, and exit as `wait` does."""
    import jobruns

    from . import _registry

    began = time.monotonic()
    seen = ["not read yet"]

    def line() -> str:
        waited = span(timedelta(seconds=time.monotonic() - began))
        return f"waiting for {args.provider} run {printable(run_id)}: {seen[0]}, {waited} so far"

    def polled(run: jobruns.JobRun) -> None:
        seen[0] = run.status.value
        status.show(line(), now=True)

    try:
        if getattr(args, "logs", False) and _registry.adapter_class(args.provider).logs is not None:
            # the run's output while it runs (the follow ends once the run has ended and its last lines are read)
            for log in client.iter_logs(
                args.job, run_id, follow=True, timeout=args.timeout, poll_interval=args.poll_interval
            ):
                _print_log(log, args.json, out)
            run = client.get_run(args.job, run_id)  # ended: the follow stops only then
        else:
            if getattr(args, "logs", False) and not args.quiet:
                print(f"jobruns: {args.provider} has no public logs API: waiting without its logs", file=err)
            with status.ticking(line):
                run = client.wait_for_run(
                    args.job, run_id, timeout=args.timeout, poll_interval=args.poll_interval, on_poll=polled
                )
    except jobruns.WaitTimeout as exc:
        if exc.last is not None:  # the run as last read, as a finished wait prints it
            _emit([exc.last], args, out, status)
        raise
    _emit([run], args, out, status)
    return EXIT_OK if run.status is jobruns.RunStatus.SUCCEEDED else EXIT_RUN_FAILED


def _show_config(args: argparse.Namespace, out: IO[str]) -> int:
    """`jobruns config`: each setting, its value (a token only as set) and where it came from. The settings are then
    checked as a client would check them: a problem ends the command as it would end another, after the table."""
    import jobruns

    from . import _profiles, _registry
    from ._settings import COMMON_SETTINGS, DEFAULTS, resolve, sources

    cls = _registry.adapter_class(args.provider)
    given = _given(args)
    found = sources(args.provider, cls.settings, given, cls.default_base_url)
    problem: jobruns.ConfigError | None = None
    try:
        checked = resolve(args.provider, cls.settings, given, cls.default_base_url)
    except jobruns.ConfigError as exc:  # shown after the table, which says what was found
        checked, problem = {}, exc
    rows = []
    for setting in (*cls.settings, *COMMON_SETTINGS):
        if setting.name in ASYNC_ONLY_SETTINGS:
            continue
        value, where = checked.get(setting.name, found[setting.name].value), rendered(found[setting.name].where, FLAGS)
        if value is None and setting.name in DEFAULTS:
            value = DEFAULTS[setting.name]
        if value is not None and not where:
            where = "the default"
        if setting.secret and value is not None:
            value = "set"
        elif setting.name == "base_url" and isinstance(value, str) and "@" in value:
            value = "(not shown: it holds an '@')"  # refused below, as a flag is
        required = setting.required or (setting.name == "base_url" and cls.default_base_url is None)
        rows.append({"setting": setting.name, "flag": _setting_flag(setting.name), "env": setting.env(args.provider),
                     "value": value, "from": where or None, "required": required})  # fmt: skip
    insecure = found["allow_insecure"]
    rows.append({"setting": "allow_insecure", "flag": "--allow-insecure", "env": None, "value": bool(insecure.value),
                 "from": rendered(insecure.where, FLAGS) or "the default", "required": False})  # fmt: skip
    path = _profiles.config_path(os.environ)
    profile, _ = _profiles.chosen(given.get("profile"), "--profile", os.environ)
    if args.json:
        print(json.dumps({"provider": args.provider, "profile": profile, "config_file": str(path), "settings": rows}),
              file=out)  # fmt: skip
    else:
        there = "" if path.exists() else " (no such file)"
        print(f"{args.provider} settings; profile: {profile or 'none'}; config file: {path}{there}", file=out)
        cells = [(str(row["flag"]), _shown(row["value"]), _origin(row)) for row in rows]
        widths = [max(len(cell[i]) for cell in cells) for i in (0, 1)]
        for flag, value, origin in cells:
            print(f"  {flag:<{widths[0]}}  {value:<{widths[1]}}  {origin}", file=out)
    if problem is not None:
        raise problem
    return EXIT_OK


def _shown(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return f"{value:g}" if isinstance(value, float) else str(value)


def _origin(row: dict[str, Any]) -> str:
    if row["from"]:
        return f"from {row['from']}"
    return "not set (required)" if row["required"] else "not set"


def _serve_sandbox(args: argparse.Namespace, out: IO[str]) -> int:
    import signal
    import threading

    from . import _registry
    from .sandbox import FaultSpecError, parse_faults, start
    from .sandbox._world import demo_world

    try:
        faults = parse_faults(args.faults, _registry.names())
    except FaultSpecError as exc:
        print(f"jobruns: error: --faults: {exc}", file=sys.stderr)
        return EXIT_USAGE
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    world = demo_world(args.seed, args.run_seconds)
    sandbox = start(port=args.port, token=args.token, seed=args.seed, world=world, faults=faults)
    print(json.dumps(sandbox.urls), file=out, flush=True)
    try:
        stop.wait()
    finally:
        sandbox.stop()
    return EXIT_OK


def main(argv: Sequence[str] | None = None, out: IO[str] | None = None, err: IO[str] | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    from ._errors import ConfigError

    try:
        parser = build_parser()
    except ConfigError as exc:  # a provider installed beside jobruns whose entry is broken: the parser lists them all
        print(f"jobruns: error: {printable(str(exc))}", file=err)
        return EXIT_CONFIG
    args, extras = parser.parse_known_args(argv)
    if extras:
        command = parser.commands.get(args.command)
        (command if isinstance(command, _Parser) else parser).unrecognized(extras)
    import jobruns

    codes: list[tuple[type[BaseException], int]] = [
        (jobruns.InvalidArgument, EXIT_USAGE),
        (jobruns.NotSupported, EXIT_USAGE),
        (jobruns.ConfigError, EXIT_CONFIG),
        (jobruns.NotFound, EXIT_NOT_FOUND),
        (jobruns.AuthError, EXIT_AUTH),
        (jobruns.WaitTimeout, EXIT_WAIT_TIMEOUT),
        (jobruns.JobRunsError, EXIT_API),
    ]
    status = StatusLine(err, enabled=err.isatty() and not getattr(args, "quiet", False))
    progress = _Progress()
    try:
        with _signals.raising():
            return _run(args, out, err, status, progress)
    except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM (Terminated): say what goes on, whatever the flags
        status.clear()
        terminated = isinstance(exc, _signals.Terminated)
        print(progress.left(args, "terminated" if terminated else "interrupted"), file=err, flush=True)
        return EXIT_TERMINATED if terminated else EXIT_INTERRUPTED
    except jobruns.JobRunsError as exc:
        status.clear()
        code = next(code for kind, code in codes if isinstance(exc, kind))
        if code == EXIT_USAGE:  # as argparse's own usage errors
            prog = f"jobruns {args.command}"
            print(f"{prog}: error: {printable(exc.render(FLAGS))}\n(see {prog} --help)", file=err)
        else:
            print(f"jobruns: error: {printable(exc.render(FLAGS))}", file=err)
        return code
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: one line, never a traceback, and never the token
        from ._errors import redacted

        status.clear()
        what = redacted(f"{type(exc).__name__}: {exc}", _secrets(args))
        print(f"jobruns: internal error (please report it): {printable(what)}", file=err)
        return EXIT_INTERNAL


def _secrets(args: argparse.Namespace) -> list[str]:
    """The token this command was given, by option, environment variable or profile."""
    provider = getattr(args, "provider", None)
    if provider is None:
        return []
    given = [getattr(args, "setting_token", None), os.environ.get(f"JOBRUNS_{provider.upper()}_TOKEN")]
    with contextlib.suppress(Exception):  # reporting a bug: the profile's token too, if it can be read at all
        from . import _registry
        from ._settings import sources

        cls = _registry.adapter_class(provider)
        given.append(sources(provider, cls.settings, _given(args), cls.default_base_url)["token"].value)
    return [secret for secret in given if isinstance(secret, str) and secret]


def entry() -> None:
    for stream in (sys.stdout, sys.stderr):  # a character the terminal's encoding lacks is escaped, not an error
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    sys.exit(main())
