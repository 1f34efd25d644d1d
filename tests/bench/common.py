"""What a benchmark reports, and how it times: medians of repeated runs, garbage collector left on."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import attrs


@attrs.frozen
class Figure:
    name: str  # e.g. "decode list truefoundry N=1,000"
    target: str  # e.g. "≤ 2.5× json.loads"
    measured: float  # the ratio
    limit: float  # 2.5
    unit: str = "×"
    higher_is_better: bool = False  # then ``limit`` is a lower bound (e.g. a speed-up of at least 2×)

    @property
    def passed(self) -> bool:
        return self.measured >= self.limit if self.higher_is_better else self.measured <= self.limit

    def __str__(self) -> str:
        verdict = "ok" if self.passed else "FAIL"
        return f"{self.name}: {self.measured:.2f}{self.unit} (target {self.target}) {verdict}"


def median_seconds(fn: Callable[[], object], repeats: int, number: int = 1) -> float:
    """Median over ``repeats`` of the seconds one call of ``fn`` takes, each repeat timing ``number`` calls."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        times.append((time.perf_counter() - start) / number)
    return statistics.median(times)


def ratio(fn: Callable[[], object], baseline: Callable[[], object], repeats: int, number: int = 1) -> float:
    """median(time of fn) / median(time of baseline), their repeats interleaved so that load from elsewhere on
    the machine falls on both alike."""
    measured, base = [], []
    for _ in range(repeats):
        base.append(median_seconds(baseline, 1, number))
        measured.append(median_seconds(fn, 1, number))
    return statistics.median(measured) / statistics.median(base)
