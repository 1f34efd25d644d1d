"""list_runs: its plan (arguments, cursor, since/until window, the request), and the reading of a page.

A cursor is jobruns' own: the provider, job, page size and the provider's position (offset, page number or its
cursor), base64 JSON, so a cursor cannot be replayed against another job or provider. A since/until listing's
cursor also carries what its walk has seen of the order (``_order.Seen``), so that a later page can tell whether
the listing is still newest first.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from attrs import frozen

from . import _arguments
from ._adapter import Call, Position
from ._errors import InvalidArgument
from ._exchange import Steps, exchange
from ._failures import MALFORMED
from ._model import JobRun, Page, RunStatus
from ._order import Seen, judged
from ._words import Phrase, argument

if TYPE_CHECKING:
    from ._core import Core

NEWEST = "newest"  # a cursor's mark: its listing was asked for newest first (list_runs with since or until)


@frozen
class Window:
    """list_runs' since/until: the runs kept (``since`` <= the run's ``field`` < ``until``), and when a listing
    sorted newest first can hold no later match."""

    since: datetime | None
    until: datetime | None
    field: str  # the JobRun time compared: created_at, or started_at where runs carry no creation time

    def keeps(self, run: JobRun) -> bool:
        moment: datetime | None = getattr(run, self.field)
        if moment is None:  # not started yet (Northflank): newer than every run that has
            return self.until is None
        return (self.since is None or moment >= self.since) and (self.until is None or moment < self.until)

    def ends(self, runs: Iterable[JobRun], seen: Seen, where: str) -> tuple[bool, Seen]:
        """Whether no page after these runs (a page, in the order listed) can match, and what the walk has seen
        with them: see ``_order.judged``."""
        return judged([getattr(run, self.field) for run in runs], self.since, seen, where)


@frozen
class Listing:
    """One list_runs call, planned: the request, and what to keep of its answer."""

    call: Call
    wanted: frozenset[RunStatus] | None  # statuses kept (the answer is filtered here where the server cannot)
    size: int
    position: Position
    newest: bool  # asked for newest first: the next page's cursor says so, and its request asks the same
    window: Window | None
    seen: Seen = Seen()  # what the walk had seen of the order before this page


def window(core: Core, since: datetime | None, until: datetime | None) -> Window | None:
    for name, moment in (("since", since), ("until", until)):
        if moment is not None and not (isinstance(moment, datetime) and moment.utcoffset() is not None):
            raise InvalidArgument(
                Phrase(
                    argument(name),
                    f" must be a timezone-aware datetime (e.g. datetime.now(UTC) - timedelta(hours=2)), not {moment!r}",
                ),
                about=name,
            )
    if since is None and until is None:
        return None
    if since is not None and until is not None and since > until:
        raise InvalidArgument(
            Phrase(
                argument("since"), f" ({since.isoformat()}) is after ", argument("until"), f" ({until.isoformat()})"
            ),
            about="since",
        )
    return Window(since, until, core.adapter.listed_by)


def encode_cursor(
    core: Core, job_id: str, page_size: int, position: Position, newest: bool = False, seen: Seen | None = None
) -> str:
    order = [NEWEST, *(seen.as_list() if seen is not None and seen != Seen() else [])] if newest else []
    raw = json.dumps([core.provider, job_id, page_size, position, *order], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(core: Core, job_id: str, cursor: str) -> tuple[int, Position, bool, Seen]:
    """(page size, position, newest first, what the walk had seen) from a cursor list_runs returned."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        provider, cursor_job, page_size, position, *order = json.loads(raw)
        assert isinstance(page_size, int) and (
            position is None
            or (isinstance(position, int) and 0 <= position < 2**63)
            or (isinstance(position, str) and _arguments.url_text_problem(position) is None)
        )
        assert order[:1] in ([], [NEWEST]) and len(order) in (0, 1, 4)
        seen = Seen.from_list(order[1:]) if len(order) == 4 else Seen()
    except (binascii.Error, ValueError, TypeError, AssertionError, RecursionError):
        raise InvalidArgument("cursor is not one that list_runs returned", about="cursor") from None
    if provider != core.provider or cursor_job != job_id:
        raise InvalidArgument(
            f"cursor belongs to {provider}/{cursor_job}, not {core.provider}/{job_id}", about="cursor"
        )
    return page_size, position, bool(order), seen


def plan(
    core: Core,
    job_id: str,
    status: Any,
    page_size: int | None,
    cursor: str | None,
    since: datetime | None,
    until: datetime | None,
) -> Listing:
    adapter = core.adapter
    job_id = _arguments.check_id("job_id", job_id)
    wanted = _arguments.statuses(status)
    kept = window(core, since, until)
    position: Position = None
    newest = kept is not None
    seen = Seen()
    if cursor is not None:
        cursor_size, position, newest, seen = decode_cursor(core, job_id, cursor)
        page_size = cursor_size if page_size is None else page_size
        if kept is not None and not newest:
            raise InvalidArgument(
                "cursor comes from a listing without since or until: start again without cursor", about="cursor"
            )
    size = adapter.default_page_size if page_size is None else page_size
    if not isinstance(size, int) or isinstance(size, bool) or not 1 <= size <= adapter.max_page_size:
        raise InvalidArgument(
            Phrase(argument("page_size"), f" must be 1 to {adapter.max_page_size} for {core.provider}"),
            about="page_size",
        )
    server_side = adapter.provider_statuses(wanted) if wanted and adapter.filters_status_server_side else None
    call = adapter.list_call(job_id, position, size, server_side, newest)
    return Listing(call, wanted, size, position, newest, kept, seen)


def list_page(
    core: Core,
    job_id: str,
    status: Any,
    page_size: int | None,
    cursor: str | None,
    since: datetime | None,
    until: datetime | None,
) -> Steps:
    """list_runs' steps: returns the Page."""
    listing = plan(core, job_id, status, page_size, cursor, since, until)
    body = yield from exchange(core, listing.call)
    return read_page(
        core, job_id, body, listing.wanted, listing.size, listing.position, listing.newest, listing.window, listing.seen
    )


def read_page(
    core: Core,
    job_id: str,
    body: Any,
    wanted: frozenset[RunStatus] | None,
    size: int,
    position: Position,
    newest: bool = False,
    kept: Window | None = None,
    seen: Seen | None = None,
) -> Page[JobRun]:
    """The page a list answer's body holds, filtered as the listing asked, with jobruns' cursor to the next."""
    failures = core.failures
    read = core.read("list", core.adapter.read_page, body, position, size)
    to_run = core.adapter.to_run
    runs: list[JobRun] = []
    try:
        for item in read.items:
            runs.append(to_run(job_id, item))
    except MALFORMED as exc:
        raise failures.malformed(
            f"the list answer's run at index {len(runs)} is not as the spec says: "
            f"{type(exc).__name__}: {failures.redact(str(exc))[:200]}"
        ) from None
    following = read.next_position
    if following is not None and following == position:
        raise failures.malformed("the listing does not advance: the next page's position is the one just asked for")
    if kept is not None:
        ends, seen = kept.ends(runs, seen or Seen(), f"{core.provider}: job {job_id}")
        if ends:  # newest first, as seen so far: every later page is older still
            following = None
        runs = [run for run in runs if kept.keeps(run)]
    if wanted is not None:
        runs = [run for run in runs if run.status in wanted]
    problem = _arguments.url_text_problem(following) if isinstance(following, str) else None
    if problem:
        raise failures.malformed(f"the next page's cursor {problem}")
    cursor = None if following is None else encode_cursor(core, job_id, size, following, newest, seen)
    return Page(items=runs, next_cursor=cursor, total=read.total)


def fresh(core: Core, runs: list[JobRun], before: set[str]) -> list[JobRun]:
    """A page's runs in a walk, less those the page before it held (``before``: their ids). Offset paging repeats a
    run at a page's edge when a new run arrives meanwhile; a page all of whose runs (two or more) the page before
    held means a server that ignores the position asked for: ResponseError, rather than yield them again and again."""
    if not before:
        return runs
    kept = [run for run in runs if run.id not in before]
    if len(runs) > 1 and not kept:
        raise core.failures.malformed("the listing does not advance: a page holds the runs of the page before")
    return kept
