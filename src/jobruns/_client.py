"""The clients: Client and AsyncClient, thin I/O twins over the same steps.

Every operation is written once, sans-IO, as a generator of steps (``_exchange``: send a request, sleep): get_run
(``_core``), list_runs (``_listing``), trigger_run and cancel_run (``_writes``), wait_for_run (``_polling``). A
client only drives them: it sends each request over its httpx client and reads the answer in full by the step's
deadline (``_answer.Answer``), or sleeps, and hands the outcome back. Errors are made in one place, ``_failures``.
Only iter_runs differs between the two: the async one fetches pages ahead, concurrently, where it can.

Most of this module's length is the public surface twice over (each method's signature and docstring, sync and
async); the logic in it is the two drivers, the I/O of one request, and the async fetching ahead.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Coroutine, Iterable, Iterator, Mapping
from datetime import datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx

from . import _arguments, _core, _listing, _logs, _polling, _writes
from ._answer import Answer
from ._errors import ConfigError
from ._exchange import THROWN, Send, Sleep, Steps, exchange
from ._model import JobRun, Page, RunStatus
from ._polling import DEFAULT_POLL_INTERVAL, DEFAULT_WAIT_TIMEOUT

if TYPE_CHECKING:  # imported where used: sync users need not pay for them at start-up
    import asyncio

    import anyio


class _Base:
    """What both clients hold: the Core (configuration), and their own connection pool, made on first request."""

    def __init__(self, provider: str, settings: dict[str, Any]) -> None:
        self._core = _core.Core(provider, settings)
        self.provider = provider
        self._user_client = self._core.user_client
        self._closed = False  # close()d before the connection pool was made (it is made on first request)

    def _refuse_if_closed(self) -> None:
        if self._closed:  # what httpx says when a closed client is used
            raise RuntimeError("Cannot send a request, as the client has been closed.")

    def _answer(self, response: httpx.Response, step: Send) -> Answer:
        return Answer(self._core.failures, self._core.max_response_bytes, response, step.deadline)

    def __repr__(self) -> str:
        return f"<jobruns.{type(self).__name__} provider={self.provider!r} base_url={self._core.base_url!r}>"


class Client(_Base):
    """Blocking client for one provider; make one with ``jobruns.connect``."""

    def __init__(self, provider: str, **settings: Any) -> None:
        super().__init__(provider, settings)
        if self._user_client is not None and not isinstance(self._user_client, httpx.Client):
            raise ConfigError(f"{provider}: httpx_client must be an httpx.Client (connect_async takes an AsyncClient)")
        self._own: httpx.Client | None = None
        self._lock = threading.Lock()

    @property
    def _http(self) -> httpx.Client:
        if self._user_client is not None:
            user: httpx.Client = self._user_client
            return user
        if self._own is None:  # made on first request: building it costs more than importing httpx
            self._refuse_if_closed()
            from . import _deadline  # with the pool: httpcore costs start-up time

            with self._lock:
                if self._own is None:
                    own = httpx.Client(timeout=self._core.timeout, follow_redirects=False)
                    _deadline.install(own)
                    self._own = own
        return self._own

    def _drive(self, steps: Steps) -> Any:
        """Perform an operation's steps; return its result."""
        try:
            step = steps.send(None)
            while True:
                if isinstance(step, Sleep):
                    time.sleep(step.seconds)
                    step = steps.send(None)
                    continue
                try:
                    answer = self._send(step)
                except THROWN as exc:
                    step = steps.throw(exc)
                else:
                    step = steps.send(answer)
        except StopIteration as done:
            return done.value
        finally:
            steps.close()

    def _send(self, step: Send) -> Answer:
        """One request, its answer read in full by the step's deadline. A client passed as httpx_client has no
        deadline-aware pool: its connect and each read of the headers get only the time left when it starts."""
        from . import _deadline

        with (
            _deadline.applied(step.deadline),
            self._http.stream(
                step.method,
                step.url,
                params=step.params,
                headers=step.headers,
                content=step.content,
                timeout=step.seconds_left(),
            ) as response,
        ):
            answer = self._answer(response, step)
            for chunk in response.iter_raw():
                answer.feed(chunk)
            return answer.finish()

    def get_run(self, job_id: str, run_id: str) -> JobRun:
        """One run of a job."""
        return self._drive(_core.get_run(self._core, job_id, run_id))  # type: ignore[no-any-return]

    def trigger_run(
        self, job_id: str, params: Mapping[str, str] | None = None, idempotency_key: str | None = None
    ) -> JobRun:
        """Start a run of the job and return it as the provider reports it right after the start.

        ``params`` go where the provider takes run inputs (``jobruns.providers()`` says where; NotSupported where
        nowhere), ``idempotency_key`` where it de-duplicates triggers (NotSupported elsewhere). A trigger is repeated
        only where no run can have started (no connection made, 429) or with an idempotency key; otherwise a failure
        after sending raises at once, saying that the run may have started.
        """
        return self._drive(_writes.trigger_run(self._core, job_id, params, idempotency_key))  # type: ignore[no-any-return]

    def cancel_run(self, job_id: str, run_id: str) -> JobRun:
        """Ask the provider to stop the run; returns it as it then is (cancelling, cancelled, or ended as the provider
        reports an aborted run). A run that had already ended is returned unchanged, without a cancel."""
        return self._drive(_writes.cancel_run(self._core, job_id, run_id))  # type: ignore[no-any-return]

    def list_runs(
        self,
        job_id: str,
        *,
        status: Iterable[RunStatus | str] | RunStatus | str | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> Page[JobRun]:
        """One page of a job's runs; pass ``page.next_cursor`` back as ``cursor`` for the next.

        ``since``/``until`` (timezone-aware) keep the runs created in [since, until) (Northflank: started), asking
        for them newest first where the provider can sort; a page then holds only those, and its ``next_cursor`` is
        None once no later page can hold one. Pass the same ``since``/``until`` with each cursor.
        """
        steps = _listing.list_page(self._core, job_id, status, page_size, cursor, since, until)
        return self._drive(steps)  # type: ignore[no-any-return]

    def iter_runs(
        self,
        job_id: str,
        *,
        status: Iterable[RunStatus | str] | RunStatus | str | None = None,
        limit: int | None = None,
        page_size: int | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> Iterator[JobRun]:
        """Every run of a job (or the first ``limit``), fetching pages lazily; ``since``/``until`` as for
        ``list_runs``: the walk stops at the first page that proves no later one can match."""
        _arguments.check_limit(limit)
        _listing.window(self._core, since, until)  # checked now, not at the first next()
        return self._iter(job_id, status, limit, page_size, since, until)

    def _iter(
        self,
        job_id: str,
        status: Any,
        limit: int | None,
        page_size: int | None,
        since: datetime | None,
        until: datetime | None,
    ) -> Iterator[JobRun]:
        cursor: str | None = None
        count = 0
        before: set[str] = set()
        while limit is None or count < limit:
            page = self.list_runs(job_id, status=status, page_size=page_size, cursor=cursor, since=since, until=until)
            runs = _listing.fresh(self._core, page.items, before)
            before = {run.id for run in page.items}
            for run in runs[: None if limit is None else limit - count]:
                yield run
                count += 1
            if page.next_cursor is None:
                return
            cursor = page.next_cursor

    def wait_for_run(
        self,
        job_id: str,
        run_id: str,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float | None = None,
        on_poll: Callable[[JobRun], object] | None = None,
    ) -> JobRun:
        """Poll until the run is terminal; WaitTimeout (with ``.last``) after ``timeout`` seconds.

        The poll interval grows by half each time up to ``max_poll_interval`` (default 60 s), and a 429's
        Retry-After is respected. Nothing runs past ``timeout``: each request gets at most the time left.
        ``on_poll``, when given, is called with the run as each poll reads it (the last one too; not for a poll
        answered 429), to show progress; what it raises ends the wait.
        """
        steps = _polling.wait_for_run(self._core, job_id, run_id, timeout, poll_interval, max_poll_interval, on_poll)
        return self._drive(steps)  # type: ignore[no-any-return]

    def iter_logs(
        self,
        job_id: str,
        run_id: str,
        since: datetime | None = None,
        until: datetime | None = None,
        follow: bool = False,
        limit: int | None = None,
        *,
        timeout: float | None = None,
        poll_interval: float = _logs.DEFAULT_LOGS_POLL_INTERVAL,
        max_poll_interval: float | None = None,
    ) -> Iterator[_logs.LogLine]:
        """The run's log lines, oldest first: every one, or those from ``since`` and before ``until``, at most
        ``limit``; with ``follow``, as they come until the run has ended and its last lines are read (nothing runs
        past ``timeout``: WaitTimeout). A provider without logs (NotSupported) and bad arguments are refused now,
        before any request. How each provider's lines are read on from where they were: _logs."""
        steps = _logs.plan(
            self._core.adapter, self.provider, job_id, run_id, since, until, follow, limit, timeout, poll_interval,
            max_poll_interval,
        )  # fmt: skip
        core, get = self._core, _core.get_call(self._core, job_id, run_id)
        return _logs.sync_lines(
            steps,
            lambda deadline: core.run(job_id, self._drive(exchange(core, get, deadline=deadline))),
            lambda call, deadline: self._drive(exchange(core, call, deadline=deadline)),
        )

    def close(self) -> None:
        """Close the connection pool (not a client you passed as httpx_client: that stays yours)."""
        if self._user_client is None:
            self._closed = True
            if self._own is not None:
                self._own.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Ahead:
    """The pages fetched ahead of the one being read, in order, each in a task of its own.

    Each runs in an anyio cancel scope, and ``cancel`` cancels through it: anyio delivers the cancellation only
    while the task waits (on the network, a retry's sleep), never as it is about to run again, when it would strike
    at the next await, which may be httpcore's close of an answer read in full or of a connection just made; that
    connection would stay busy in the pool for good (encode/httpcore#1115). httpcore shields its closes from
    anyio's cancellation too.
    """

    def __init__(self) -> None:
        self._pages: deque[tuple[asyncio.Task[Page[JobRun] | None], anyio.CancelScope]] = deque()

    def __len__(self) -> int:
        return len(self._pages)

    def add(self, fetch: Coroutine[Any, Any, Page[JobRun]]) -> None:
        import asyncio

        import anyio

        scope = anyio.CancelScope()

        async def fetched() -> Page[JobRun] | None:
            with scope:
                return await fetch
            return None  # cancelled

        self._pages.append((asyncio.create_task(fetched()), scope))

    async def next(self) -> Page[JobRun]:
        task, _ = self._pages.popleft()
        page = await task
        assert page is not None  # only the pages left in here are ever cancelled
        return page

    async def cancel(self) -> None:
        """Cancel the pages fetched ahead and wait for them, so no task or connection outlives the iteration."""
        import asyncio

        for _, scope in self._pages:
            scope.cancel()
        tasks = [task for task, _ in self._pages]
        self._pages.clear()
        await asyncio.gather(*tasks, return_exceptions=True)  # their outcomes, so none is reported as unretrieved


class AsyncClient(_Base):
    """Asyncio client for one provider; make one with ``jobruns.connect_async``."""

    def __init__(self, provider: str, **settings: Any) -> None:
        super().__init__(provider, settings)
        if self._user_client is not None and not isinstance(self._user_client, httpx.AsyncClient):
            raise ConfigError(f"{provider}: httpx_client must be an httpx.AsyncClient (connect takes an httpx.Client)")
        self._own: httpx.AsyncClient | None = None

    @property
    def _http(self) -> httpx.AsyncClient:
        if self._user_client is not None:
            user: httpx.AsyncClient = self._user_client
            return user
        if self._own is None:  # made on first request, as Client's
            self._refuse_if_closed()
            from . import _deadline

            own = httpx.AsyncClient(timeout=self._core.timeout, follow_redirects=False)
            _deadline.install(own)
            self._own = own
        return self._own

    async def _drive(self, steps: Steps) -> Any:
        """Perform an operation's steps; return its result."""
        import asyncio

        try:
            step = steps.send(None)
            while True:
                if isinstance(step, Sleep):
                    await asyncio.sleep(step.seconds)
                    step = steps.send(None)
                    continue
                try:
                    answer = await self._send(step)
                except THROWN as exc:
                    step = steps.throw(exc)
                else:
                    step = steps.send(answer)
        except StopIteration as done:
            return done.value
        finally:
            steps.close()

    async def _send(self, step: Send) -> Answer:
        """One request, its answer read in full by the step's deadline. A client passed as httpx_client has no
        deadline-aware pool, so the request is cancelled at the deadline instead."""
        import asyncio

        from . import _deadline

        with _deadline.applied(step.deadline):
            if self._user_client is None:
                return await self._receive(step)
            try:
                async with asyncio.timeout(step.seconds_left()):
                    return await self._receive(step)
            except TimeoutError:
                raise httpx.ReadTimeout("the answer was not in by the request's deadline") from None

    async def _receive(self, step: Send) -> Answer:
        async with self._http.stream(
            step.method,
            step.url,
            params=step.params,
            headers=step.headers,
            content=step.content,
            timeout=step.seconds_left(),
        ) as response:
            answer = self._answer(response, step)
            async for chunk in response.aiter_raw():
                answer.feed(chunk)
            return answer.finish()

    async def get_run(self, job_id: str, run_id: str) -> JobRun:
        """One run of a job."""
        return await self._drive(_core.get_run(self._core, job_id, run_id))  # type: ignore[no-any-return]

    async def trigger_run(
        self, job_id: str, params: Mapping[str, str] | None = None, idempotency_key: str | None = None
    ) -> JobRun:
        """Start a run of the job; as the sync client's ``trigger_run``."""
        steps = _writes.trigger_run(self._core, job_id, params, idempotency_key)
        return await self._drive(steps)  # type: ignore[no-any-return]

    async def cancel_run(self, job_id: str, run_id: str) -> JobRun:
        """Ask the provider to stop the run; as the sync client's ``cancel_run``."""
        return await self._drive(_writes.cancel_run(self._core, job_id, run_id))  # type: ignore[no-any-return]

    async def list_runs(
        self,
        job_id: str,
        *,
        status: Iterable[RunStatus | str] | RunStatus | str | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> Page[JobRun]:
        """One page of a job's runs; as the sync client's ``list_runs``."""
        steps = _listing.list_page(self._core, job_id, status, page_size, cursor, since, until)
        return await self._drive(steps)  # type: ignore[no-any-return]

    def iter_runs(
        self,
        job_id: str,
        *,
        status: Iterable[RunStatus | str] | RunStatus | str | None = None,
        limit: int | None = None,
        page_size: int | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> AsyncIterator[JobRun]:
        """Every run of a job (or the first ``limit``), fetching pages lazily: ``async for run in ...``;
        ``since``/``until`` as for the sync client's."""
        _arguments.check_limit(limit)
        _listing.window(self._core, since, until)
        return self._iter(job_id, status, limit, page_size, since, until)

    async def _iter(
        self,
        job_id: str,
        status: Any,
        limit: int | None,
        page_size: int | None,
        since: datetime | None,
        until: datetime | None,
    ) -> AsyncIterator[JobRun]:
        """As the sync client's, but where the provider can address pages (``Adapter.page_position``) and the
        first page tells the total, the next ``concurrency`` pages are fetched while the caller reads this one.
        With ``since``, pages follow one another: whether a page ends the walk depends on the order seen on every
        page before it (``_order``), which a page fetched ahead cannot know."""
        adapter = self._core.adapter
        size = adapter.default_page_size if page_size is None else page_size
        wanted = _arguments.statuses(status)
        windowed = since is not None or until is not None
        filters_locally = windowed or (wanted is not None and not adapter.filters_status_server_side)
        addressable = self._core.concurrency > 1 and since is None and adapter.page_position(1, size) is not None

        def cursor_of(index: int) -> str:
            return _listing.encode_cursor(self._core, job_id, size, adapter.page_position(index, size), windowed)

        ahead = _Ahead()  # the pages after the one being read, in order
        cursor: str | None = None
        index = count = 0  # index: the next page to read
        before: set[str] = set()
        try:
            while limit is None or count < limit:
                if ahead:
                    page = await ahead.next()
                else:
                    page = await self.list_runs(
                        job_id, status=status, page_size=page_size, cursor=cursor, since=since, until=until
                    )
                runs = _listing.fresh(self._core, page.items, before)
                before = {run.id for run in page.items}
                take = runs[: None if limit is None else limit - count]
                if page.next_cursor is None or (limit is not None and count + len(take) >= limit):
                    for run in take:
                        yield run
                    return
                cursor, index = page.next_cursor, index + 1
                if addressable and cursor != cursor_of(index):  # the list changed under us (a short page)
                    addressable = False  # so follow each page's own cursor, as the sync client does
                    await ahead.cancel()
                if addressable and page.total is not None:
                    pages = -(-page.total // size)
                    if limit is not None and not filters_locally:
                        pages = min(pages, -(-limit // size))
                    while len(ahead) < self._core.concurrency and index + len(ahead) < pages:
                        fetch = self.list_runs(
                            job_id,
                            status=status,
                            page_size=page_size,
                            cursor=cursor_of(index + len(ahead)),
                            since=since,
                            until=until,
                        )
                        ahead.add(fetch)
                for run in take:
                    yield run
                count += len(take)
        finally:
            await ahead.cancel()

    async def wait_for_run(
        self,
        job_id: str,
        run_id: str,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float | None = None,
        on_poll: Callable[[JobRun], object] | None = None,
    ) -> JobRun:
        """Poll until the run is terminal; WaitTimeout (with ``.last``) after ``timeout`` seconds, as the sync one;
        ``on_poll`` is a plain function, called with each run read."""
        steps = _polling.wait_for_run(self._core, job_id, run_id, timeout, poll_interval, max_poll_interval, on_poll)
        return await self._drive(steps)  # type: ignore[no-any-return]

    def iter_logs(
        self,
        job_id: str,
        run_id: str,
        since: datetime | None = None,
        until: datetime | None = None,
        follow: bool = False,
        limit: int | None = None,
        *,
        timeout: float | None = None,
        poll_interval: float = _logs.DEFAULT_LOGS_POLL_INTERVAL,
        max_poll_interval: float | None = None,
    ) -> AsyncIterator[_logs.LogLine]:
        """The run's log lines, oldest first, as the sync client's ``iter_logs``: ``async for line in ...``."""
        steps = _logs.plan(
            self._core.adapter, self.provider, job_id, run_id, since, until, follow, limit, timeout, poll_interval,
            max_poll_interval,
        )  # fmt: skip
        core, get = self._core, _core.get_call(self._core, job_id, run_id)

        async def get_run(deadline: float | None) -> JobRun:
            return core.run(job_id, await self._drive(exchange(core, get, deadline=deadline)))

        return _logs.async_lines(
            steps, get_run, lambda call, deadline: self._drive(exchange(core, call, deadline=deadline))
        )

    async def aclose(self) -> None:
        """Close the connection pool (not a client you passed as httpx_client: that stays yours)."""
        if self._user_client is None:
            self._closed = True
            if self._own is not None:
                await self._own.aclose()

    close = aclose

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
