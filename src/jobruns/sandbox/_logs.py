"""What the sandbox's runs print: each run writes log lines over its life, the same for every provider's emulator.

A run's lines are a script made once from the world's seed and the run (so every request, and every provider,
sees the same lines), spread over the time it runs, stdout and stderr mixed, some written in one burst at the same
instant (the nanosecond, on TrueFoundry), and one more line when it ends: a failed run's error, a cancelled run's
signal, a succeeded run's summary. A line is there once the clock has passed its time; the last one once the run
has ended (by the clock, or by its polls for a run whose phase follows its fetches).
"""

from __future__ import annotations

import random
import threading

from attrs import frozen

from ._world import CANCELLED, FAILED, OUTCOMES, SimRun, World

NS = 1_000_000_000
_scripts: dict[tuple[int, str, int, float], list[LogLine]] = {}  # (seed, run id, lines, start) -> its script
_lock = threading.Lock()


@frozen
class LogLine:
    time_ns: int  # nanoseconds since the epoch
    stream: str  # "stdout" or "stderr"
    text: str
    level: str  # "INFO", "WARNING" or "ERROR": what a provider that keeps severities (Blaxel) reports


def _script(world: World, run: SimRun) -> list[LogLine]:
    """The lines a run writes while it runs (its last line aside), times from its start as first planned: a cancel
    cuts the script short rather than moving it, so a line once served never changes."""
    count = world.log_lines
    key = (world.seed, run.id, count, run.started)  # the same ids come again in another world of the same seed
    with _lock:
        known = _scripts.get(key)
    if known is not None:
        return known
    rng = random.Random(f"{world.seed}:{run.id}:logs")
    start = int(run.started * NS)
    span = max(int(run.running_for * NS * 0.9), count)
    lines: list[LogLine] = [LogLine(start, "stdout", f"starting {run.job} run {run.name} (attempt {run.attempt + 1})",
                                    "INFO")]  # fmt: skip
    # one burst of a third of the lines at one instant when there are many (a big flush of buffered output)
    burst_at = count // 2 if count >= 100 else -1
    index = 1
    while index < count:
        moment = start + span * index // count
        size = count // 3 if index == burst_at else rng.choice((1, 1, 1, 2, 3))
        for _ in range(min(size, count - index)):
            if rng.random() < 0.2:
                lines.append(LogLine(moment, "stderr", f"[{index:05d}] warning: slow partition p{rng.randint(0, 63)}",
                                     "WARNING"))  # fmt: skip
            else:
                lines.append(LogLine(moment, "stdout", f"[{index:05d}] processed batch {rng.randint(1, 999)} "
                                     f"({rng.randint(100, 99_999)} rows)", "INFO"))  # fmt: skip
            index += 1
    with _lock:
        _scripts[key] = lines
    return lines


def _last(run: SimRun) -> LogLine:
    moment = int(run.ended * NS)
    if run.outcome == FAILED:
        return LogLine(moment, "stderr", f"error: {run.error or 'the run failed'}", "ERROR")
    if run.outcome == CANCELLED:
        return LogLine(moment, "stderr", "received SIGTERM: stopping", "WARNING")
    return LogLine(moment, "stdout", f"done: {run.name} finished", "INFO")


def written(world: World, run: SimRun, now: float | None = None) -> list[LogLine]:
    """The lines the run has written by ``now`` (the world's clock when None), oldest first."""
    now = world.clock() if now is None else now
    ended = run.phase(now) in OUTCOMES
    end = int(run.ended * NS)
    cutoff = end if ended and run.polls_left is not None else min(int(now * NS), end)
    lines = [line for line in _script(world, run) if line.time_ns <= cutoff and line.time_ns < end]
    if ended:
        lines.append(_last(run))
    return lines
