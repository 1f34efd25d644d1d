"""trigger_run and cancel_run, written once as steps (see _exchange) that both clients drive.

Write safety: a trigger is repeated only where no run can have started (no connection made; a 429 where the provider
documents that it started nothing) or with an idempotency key; every failure after it may have taken effect says so,
and how to find out (or, with the key jobruns made, how to repeat it safely).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from . import _arguments, _words
from ._adapter import Call
from ._core import get_run
from ._errors import APIError, JobRunsError, NotSupported
from ._exchange import Steps, Write, exchange
from ._model import RunStatus
from ._words import Phrase, argument

if TYPE_CHECKING:
    from ._core import Core


def trigger_plan(core: Core, job_id: str, params: object, idempotency_key: object) -> tuple[Call, Write]:
    """The trigger's call, repeatable when it carries an idempotency key. Refuses what the provider cannot take
    before any request."""
    adapter, provider = core.adapter, core.provider
    job_id = _arguments.check_id("job_id", job_id)
    given = _arguments.params(params)
    if given and adapter.params is None:
        raise NotSupported(
            Phrase(
                f"{provider}: its trigger takes no run inputs, so ",
                argument("params"),
                " cannot be passed: start the run without them (",
                _words.call(provider, "providers"),
                " says where each provider takes them)",
            ),
            about="params",
        )
    key: str | None = None
    if idempotency_key is not None:
        if adapter.idempotency_key is None:
            raise NotSupported(
                Phrase(f"{provider} de-duplicates no triggers, so it takes no ", argument("idempotency_key")),
                about="idempotency_key",
            )
        key = _arguments.check_id("idempotency_key", idempotency_key)
    elif adapter.idempotency_key is not None:
        key = str(uuid.uuid4())  # one per trigger call, as Stripe's SDKs make theirs: its retries stay safe
    call = adapter.trigger_call(job_id, given, key)
    look = Phrase("the run may have started: look for it with ", _words.call(provider, "list_runs", job_id))
    quiet_429 = adapter.trigger_429_started_nothing is not None
    if key is not None:
        again = _words.assign("idempotency_key", key)
        return call, Write(True, Phrase(look, ", or trigger with ", again, " again"), quiet_429)
    return call, Write(False, Phrase(look, " before triggering again"), quiet_429)


def trigger_run(core: Core, job_id: str, params: object, idempotency_key: object) -> Steps:
    """trigger_run's steps: returns the run as the provider reports it right after the start."""
    call, write = trigger_plan(core, job_id, params, idempotency_key)
    body = yield from exchange(core, call, write)
    try:  # a 2xx the spec does not describe (or a redirect's answer): the run may have started all the same
        run_id, run = core.read("trigger", core.adapter.read_trigger, body)
        if run is not None:
            return core.to_run("trigger", job_id, run)
    except JobRunsError as exc:
        raise core.failures.noted(exc, write.note) from None
    try:
        return (yield from get_run(core, job_id, run_id))
    except JobRunsError as exc:
        raise started(exc, core.provider, job_id, run_id) from None


def started(exc: JobRunsError, provider: str, job_id: str, run_id: str) -> JobRunsError:
    """``exc``, from reading a run just started, saying that it was."""
    again = _words.call(provider, "get_run", job_id, run_id)
    if isinstance(exc, APIError):
        exc.message = Phrase(exc.message, f" (run {run_id} of {job_id} was started; read it again with ", again, ")")
    elif exc.args and isinstance(exc.args[0], str):
        note = Phrase(f" (run {run_id} of {job_id} was started; read it again with ", again, ")")
        exc.args = (Phrase(exc.args[0], note), *exc.args[1:])
    else:
        exc.args = (Phrase(f"run {run_id} of {job_id} was started; read it again with ", again), *exc.args[1:])
    return exc


def cancel_refused(exc: APIError) -> bool:
    """A cancel the provider refused for the run's state (it may have ended meanwhile, or be cancelling already:
    the repeat of a cancel whose first answer was lost), not for the caller."""
    return exc.status_code in (400, 409, 412, 417, 422)


def cancel_run(core: Core, job_id: str, run_id: str) -> Steps:
    """cancel_run's steps: returns the run as it then is; a run already ended is returned without a cancel."""
    run = yield from get_run(core, job_id, run_id)
    if run.is_terminal:
        return run
    try:
        body: Any = yield from exchange(core, core.adapter.cancel_call(job_id, run))
    except APIError as exc:
        if not cancel_refused(exc):
            raise
        again = yield from get_run(core, job_id, run_id)
        if again.is_terminal or again.status is RunStatus.CANCELLING:  # as asked, by this cancel or another
            return again
        raise
    answered = core.read("cancel", core.adapter.read_cancel, body)
    if answered is None:
        return (yield from get_run(core, job_id, run_id))
    return core.to_run("cancel", job_id, answered)
