"""When a `since` walk may stop: only when the order it relies on (newest first) is the order it has seen.

A listing asked for newest first is read page by page; each page's runs are checked against the runs before them
(this page's and, through the cursor, the earlier pages'): a run newer than one listed before it means the server
does not list newest first (it ignores the sort, sorts by another field, or holds a bogus time). The walk stops at
the first page whose runs are all older than `since` while the order holds, and only once two runs or more in a row
were (so that one run with a bogus old time, alone on a small page, does not end it); once the order is broken, it
reads every page, and says so once in a warning, rather than drop runs silently.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from attrs import frozen

log = logging.getLogger("jobruns")


@frozen
class Seen:
    """What a walk has seen on its pages so far: the oldest time (a POSIX timestamp; None before any), and whether
    a run came after an older one."""

    oldest: float | None = None
    broken: bool = False
    older_in_a_row: int = 0  # runs older than since listed last, one after another

    def as_list(self) -> list[object]:
        return [self.oldest, self.broken, self.older_in_a_row]

    @classmethod
    def from_list(cls, values: Sequence[object]) -> Seen:
        """From ``as_list``; ValueError when the values are not of its making."""
        oldest, broken, older = values
        if not (oldest is None or (isinstance(oldest, int | float) and not isinstance(oldest, bool))):
            raise ValueError("oldest")
        if not isinstance(broken, bool) or not (isinstance(older, int) and not isinstance(older, bool) and older >= 0):
            raise ValueError("broken")
        return cls(None if oldest is None else float(oldest), broken, older)


def judged(
    times: Sequence[datetime | None], since: datetime | None, seen: Seen, where: str
) -> tuple[bool, Seen]:
    """Whether no later page can hold a run at or after ``since`` (the walk ends), and what has been seen with
    this page. ``times`` are the page's runs' times in the order listed (None: a run without one, newer than every
    run that has one: its place says nothing of the order, and a page holding one does not end the walk); ``where``
    names the listing in the warning."""
    oldest, broken, older = seen.oldest, seen.broken, seen.older_in_a_row
    for moment in times:
        older = older + 1 if since is not None and moment is not None and moment < since else 0
        if moment is None:  # not started yet (Northflank, queued): its place says nothing of the order
            continue
        stamp = moment.timestamp()
        if oldest is not None and stamp > oldest:
            if not broken:
                log.warning(
                    "%s: the listing is not newest first (a run newer than one listed before it): every page is "
                    "read, so that no run at or after since is missed",
                    where,
                )
            broken = True
        oldest = stamp if oldest is None else min(oldest, stamp)
    ends = not broken and bool(times) and older >= max(len(times), 2)
    return ends, Seen(oldest, broken, older)
