"""Every timestamp format the providers send becomes an aware UTC datetime."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from jobruns._time import between, to_utc

NOON = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "value",
    [
        "2026-11-22T12:00:00Z",  # Northflank, Intuned
        "2026-11-22T12:00:00+00:00",
        "2026-11-22T13:00:00+01:00",
        "2026-11-22T07:00:00-05:00",
        "2026-11-22T12:00:00",  # naive: taken as UTC
        "2026-11-22 12:00:00",
        "2026-11-22T12:00:00.000Z",  # JavaScript Date.toISOString()
        "2026-11-22 12:00:00 +0000 UTC",  # Go time.Time.String()
        "2026-11-22 13:00:00 +0100 CET",
        "Sun Nov 22 2026 13:00:00 GMT+0100 (Central European Standard Time)",  # JavaScript Date.toString()
        "Sun, 22 Nov 2026 12:00:00 GMT",  # HTTP date / JS toUTCString()
        1795348800,  # TrueFoundry epoch seconds
        1795348800000,  # TrueFoundry epoch milliseconds
        1795348800.0,
        "1795348800000",
        datetime(2026, 11, 22, 12, 0),
        datetime(2026, 11, 22, 7, 0, tzinfo=timezone(timedelta(hours=-5))),
    ],
)
def test_formats_to_aware_utc(value: object) -> None:
    moment = to_utc(value)
    assert moment == NOON
    assert moment is not None and moment.utcoffset() == timedelta(0) and moment.tzinfo is UTC


def test_sub_second_precision_survives_including_go_nanoseconds() -> None:
    assert to_utc("2026-11-22T12:00:00.123456789Z") == NOON + timedelta(microseconds=123456)
    assert to_utc("2026-11-22 12:00:00.123456789 +0000 UTC") == NOON + timedelta(microseconds=123456)
    assert to_utc(1795348800123) == NOON + timedelta(milliseconds=123)


@pytest.mark.parametrize(
    "value", [None, "", "not a date", True, [], {}, float("nan"), 10**30, "²", "1²", "9" * 400]
)  # "²" is str.isdigit() but not float()
def test_absent_or_unreadable_is_none_never_an_exception(value: object) -> None:
    assert to_utc(value) is None


def test_between() -> None:
    assert between(NOON, NOON + timedelta(seconds=5)) == timedelta(seconds=5)
    assert between(None, NOON) is None
    assert between(NOON, NOON - timedelta(seconds=1)) is None
