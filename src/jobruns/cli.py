"""The ``jobruns`` command: start, get, list, wait on and cancel runs; list providers; print the JobRun schema.

Exit codes: 0 ok (wait and run --wait: the run succeeded), 1 the waited run failed or was cancelled, 2 usage,
bad argument or not supported, 3 configuration, 4 not found, 5 authentication, 6 other API or transport error,
7 wait timed out, 70 internal error (a bug in jobruns: the one line on stderr says what to report).

Text that comes from a server (ids, statuses, errors, messages) is printed with control characters escaped.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import IO, Any, NoReturn

EXIT_OK, EXIT_RUN_FAILED, EXIT_USAGE, EXIT_CONFIG, EXIT_NOT_FOUND, EXIT_AUTH, EXIT_API, EXIT_WAIT_TIMEOUT = range(8)
EXIT_INTERNAL = 70  # sysexits' EX_SOFTWARE: an exception jobruns did not expect
DEFAULT_LIST_LIMIT = 20
_COLOURS = {"succeeded": "32", "failed": "31", "cancelled": "33", "cancelling": "33", "running": "36"}

_PROVIDER_HELP = """\
provider settings come from these options or from JOBRUNS_<PROVIDER>_<SETTING> environment variables,
e.g. JOBRUNS_BLAXEL_TOKEN, JOBRUNS_BLAXEL_WORKSPACE (see `jobruns providers`)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n(see {self.prog} --help)\n")


ASYNC_ONLY_SETTINGS = ("concurrency",)  # the command line lists with the sync client


def _settings_options() -> list[tuple[str, str]]:
    """Every provider setting as a (name, help) pair, from the registry, without importing provider packages."""
    from . import _registry
    from ._settings import COMMON_SETTINGS

    seen: dict[str, str] = {}
    for name in _registry.ADAPTERS:
        cls = _registry.adapter_class(name)
        for setting in cls.settings:
            seen.setdefault(setting.name, f"{setting.description} ({name})")
    for setting in COMMON_SETTINGS:
        if setting.name not in ASYNC_ONLY_SETTINGS:
            seen.setdefault(setting.name, setting.description)
    return sorted(seen.items())


def _provider_args(parser: argparse.ArgumentParser) -> None:
    from . import _registry

    parser.add_argument("provider", choices=list(_registry.ADAPTERS), help="which provider")
    group = parser.add_argument_group("provider settings", _PROVIDER_HELP)
    for name, help_text in _settings_options():
        flag = "--http-timeout" if name == "timeout" else f"--{name.replace('_', '-')}"  # --timeout is wait's
        group.add_argument(flag, dest=f"setting_{name}", metavar="VALUE", help=help_text)
    group.add_argument("--allow-insecure", action="store_true", help="allow a plain-http base URL to a remote host")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="jobruns",
        description="Get, list and wait on job runs on TrueFoundry, Intuned, Northflank and Blaxel.",
        epilog="example:\n  jobruns list blaxel nightly-report --workspace acme --limit 5\n\n"
        + __doc__.split("\n\n")[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"jobruns {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)

    def command(name: str, help_text: str, example: str) -> argparse.ArgumentParser:
        return commands.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog=f"example:\n  {example}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

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
        "jobruns list intuned my-job --workspace-id 7d4c... --project my-project --status failed --limit 50",
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
    lst.add_argument("--page-size", type=int, metavar="N", help="runs per request (default: the provider's)")
    lst.add_argument("--json", action="store_true", help="one JSON object per line")

    wait = command(
        "wait",
        "wait until a run ends; exit 0 if it succeeded, 1 if it failed or was cancelled",
        "jobruns wait northflank my-job 3f1c... --project-id my-project --timeout 600",
    )
    _provider_args(wait)
    wait.add_argument("job", help="job id")
    wait.add_argument("run", help="run id")
    wait.add_argument(
        "--timeout",
        type=float,
        default=3600.0,
        metavar="SECONDS",
        help="give up after this long (default 3600; exit 7)",
    )
    wait.add_argument(
        "--poll-interval",
        type=float,
        default=5.0,
        metavar="SECONDS",
        help="first poll interval; it grows up to 60 s (default 5)",
    )
    wait.add_argument("--json", action="store_true", help="print the final run as one JSON object")

    run = command(
        "run",
        "start a run of a job and print it; with --wait, wait for it and exit as `wait` does (a CI step)",
        "jobruns run blaxel nightly-report --workspace acme --param REPORT_DATE=2026-12-01 --wait\n"
        "  jobruns run truefoundry my-job --base-url https://acme.truefoundry.cloud --json",
    )
    _provider_args(run)
    run.add_argument("job", help="job id")
    run.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a run input (repeatable), where the provider takes them: TrueFoundry input.params, Northflank "
        "runtimeEnvironment, Blaxel env; Intuned takes none",
    )
    run.add_argument(
        "--idempotency-key",
        metavar="KEY",
        help="starts at most one run however often it is sent (Blaxel only); without one, a failure after "
        "sending is not retried",
    )
    _wait_args(run, "also wait for the run to end: exit 0 if it succeeded, 1 if it failed or was cancelled, 7 "
                    "on timeout")  # fmt: skip
    run.add_argument("--json", action="store_true", help="print the run as one JSON object")

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

    providers = command(
        "providers",
        "list the providers, their settings and whether their package is installed",
        "jobruns providers --json",
    )
    providers.add_argument("--json", action="store_true", help="one JSON object per provider per line")

    command(
        "schema",
        "print the JSON Schema of a run as --json prints it (for code generation)",
        "jobruns schema > jobrun.schema.json",
    )

    sandbox = command(
        "sandbox",
        "serve all four providers' APIs on 127.0.0.1 from simulated runs (first line: their base URLs as JSON)",
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

    command("demo", "start, list, get and wait on runs of all four providers, simulated by the sandbox", "jobruns demo")
    return parser


def _wait_args(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--wait", action="store_true", help=what)
    parser.add_argument(
        "--timeout",
        type=float,
        default=3600.0,
        metavar="SECONDS",
        help="with --wait: give up after this long (default 3600; exit 7)",
    )
    parser.add_argument(
        "--poll-interval",
        type=float,
        default=5.0,
        metavar="SECONDS",
        help="with --wait: the first poll interval; it grows up to 60 s (default 5)",
    )


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


def _connect(args: argparse.Namespace) -> Any:
    import jobruns

    settings = {
        key.removeprefix("setting_"): value
        for key, value in vars(args).items()
        if key.startswith("setting_") and value is not None
    }
    if args.allow_insecure:
        settings["allow_insecure"] = True
    return jobruns.connect(args.provider, **settings)


def _printable(text: str) -> str:
    """Text from a server as it may be shown: every character that is not printable (control characters such as
    ESC, which would let an answer clear the screen, retitle the window or plant a link; line breaks; lone
    surrogates) escaped as \\xNN, \\uNNNN or \\UNNNNNNNN."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else _escaped(c) for c in text)


def _escaped(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _colour(status: str, stream: IO[str]) -> str:
    code = _COLOURS.get(status)
    if code and stream.isatty() and not os.environ.get("NO_COLOR"):
        return f"\x1b[{code}m{status}\x1b[0m"
    return status


def _age(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return "-"
    seconds = (now - moment).total_seconds()
    ago = _span(timedelta(seconds=abs(seconds))) + (" ago" if seconds >= 0 else " from now")
    return f"{moment.astimezone().strftime('%Y-%m-%d %H:%M:%S')} ({ago})"


def _span(span: timedelta | None) -> str:
    if span is None:
        return "-"
    seconds = int(span.total_seconds())
    if seconds >= 86400:
        return f"{seconds // 86400}d {seconds % 86400 // 3600}h"
    if seconds >= 3600:
        return f"{seconds // 3600}h {seconds % 3600 // 60}m"
    if seconds >= 60:
        return f"{seconds // 60}m {seconds % 60}s"
    return f"{seconds}s"


def _table(runs: Iterable[Any], out: IO[str], progress: Callable[[int], None] | None = None) -> int:
    """Print runs as an aligned table; returns how many."""
    now = datetime.now(UTC)
    rows = []
    for run in runs:
        rows.append(
            (
                _printable(run.id),
                run.status.value,
                _printable(run.provider_status),
                _age(run.created_at or run.started_at, now),
                _span(run.duration),
                _printable((run.error or "")[:60]),
            )
        )
        if progress:
            progress(len(rows))
    header = ("ID", "STATUS", "PROVIDER STATUS", "CREATED", "DURATION", "ERROR")
    widths = [max(len(str(r[i])) for r in (header, *rows)) for i in range(len(header))]
    for row in (header, *rows):
        cells = [str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)]
        if row is not header:
            cells[1] = _colour(row[1], out) + " " * (widths[1] - len(row[1]))
        print("  ".join(cells).rstrip(), file=out)
    return len(rows)


def _emit(
    runs: Iterable[Any], args: argparse.Namespace, out: IO[str], progress: Callable[[int], None] | None = None
) -> int:
    if args.json:
        count = 0
        for run in runs:
            print(json.dumps(run.to_dict()), file=out, flush=True)
            count += 1
        return count
    return _table(runs, out, progress)


def _progress(stream: IO[str]) -> Callable[[int], None] | None:
    if not stream.isatty():
        return None

    def show(count: int) -> None:
        stream.write(f"\rfetched {count} runs...")
        stream.flush()

    return show


def _run(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
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
        return EXIT_OK
    with _connect(args) as client:
        if args.command == "get":
            _emit([client.get_run(args.job, args.run)], args, out)
            return EXIT_OK
        if args.command == "list":
            limit = None if args.all else args.limit
            runs = client.iter_runs(args.job, status=args.status, limit=limit, page_size=args.page_size)
            progress = _progress(err) if not args.json else None
            _emit(runs, args, out, progress)
            if progress:
                err.write("\r\x1b[K")
            return EXIT_OK
        if args.command == "run":
            started = client.trigger_run(args.job, _params(args.param) or None, args.idempotency_key)
            if not args.wait:
                _emit([started], args, out)
                return EXIT_OK
            print(
                f"jobruns: started {args.provider} run {_printable(started.id)} of {args.job}; waiting for it", file=err
            )
            return _waited(client, args, started.id, out)
        if args.command == "cancel":
            stopped = client.cancel_run(args.job, args.run)
            if not args.wait or stopped.is_terminal:
                _emit([stopped], args, out)
                return EXIT_OK
            _waited(client, args, stopped.id, out)
            return EXIT_OK  # it has ended, as asked; how is in what was printed
        return _waited(client, args, args.run, out)


def _waited(client: Any, args: argparse.Namespace, run_id: str, out: IO[str]) -> int:
    """Wait for the run, print it, and exit as `wait` does."""
    import jobruns

    run = client.wait_for_run(args.job, run_id, timeout=args.timeout, poll_interval=args.poll_interval)
    _emit([run], args, out)
    return EXIT_OK if run.status is jobruns.RunStatus.SUCCEEDED else EXIT_RUN_FAILED


def _serve_sandbox(args: argparse.Namespace, out: IO[str]) -> int:
    import signal
    import threading

    from .sandbox import FaultSpecError, parse_faults, start
    from .sandbox._world import demo_world

    try:
        faults = parse_faults(args.faults, ["truefoundry", "intuned", "northflank", "blaxel"])
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
    args = build_parser().parse_args(argv)
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
    try:
        return _run(args, out, err)
    except jobruns.JobRunsError as exc:
        print(f"jobruns: error: {_printable(str(exc))}", file=err)
        return next(code for kind, code in codes if isinstance(exc, kind))
    except KeyboardInterrupt:
        print("jobruns: interrupted", file=err)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: one line, never a traceback, and never the token
        what = f"{type(exc).__name__}: {exc}"
        for secret in _secrets(args):
            what = what.replace(secret, "***")
        print(f"jobruns: internal error (please report it): {_printable(what)}", file=err)
        return EXIT_INTERNAL


def _secrets(args: argparse.Namespace) -> list[str]:
    """The token this command was given, by option or environment variable."""
    provider = getattr(args, "provider", None)
    if provider is None:
        return []
    given = [getattr(args, "setting_token", None), os.environ.get(f"JOBRUNS_{provider.upper()}_TOKEN")]
    return [secret for secret in given if secret]


def entry() -> None:
    for stream in (sys.stdout, sys.stderr):  # a character the terminal's encoding lacks is escaped, not an error
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    sys.exit(main())
