"""Timestamps from every provider's formats to timezone-aware UTC datetimes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

# Epoch numbers above this are milliseconds: 1e11 seconds is the year 5138, 1e11 ms is 1973.
_MILLISECONDS_ABOVE = 100_000_000_000


def to_utc(value: object) -> datetime | None:
    """A datetime, epoch number (seconds or milliseconds) or date string as aware UTC; None if absent or unreadable.

    Naive values are taken as UTC (what the providers' back ends mean by them).
    """
    # Fast paths for what the providers send (ISO strings, epoch numbers): this runs two or three times a run.
    # Anything else, and what these cannot read, takes the general path.
    if type(value) is str:
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return _to_utc(value)
        zone = moment.tzinfo
        if zone is UTC:
            return moment
        return moment.replace(tzinfo=UTC) if zone is None else moment.astimezone(UTC)
    if type(value) is int or type(value) is float:
        try:
            seconds = value if -_MILLISECONDS_ABOVE < value < _MILLISECONDS_ABOVE else value / 1000
            return datetime.fromtimestamp(seconds, UTC)
        except (OverflowError, OSError, ValueError):  # NaN lands here too
            return None
    return _to_utc(value)


def _to_utc(value: object) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, bool):
        return None
    elif isinstance(value, int | float):  # a subclass: read as the plain number it is
        return to_utc(int(value) if isinstance(value, int) else float(value))
    elif isinstance(value, str):
        parsed = _parse_string(value.strip())
        if parsed is None:
            return None
        moment = parsed
    else:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _parse_string(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    if text.isascii() and text.replace(".", "", 1).isdigit():  # not "²": isdigit() but not float()
        return to_utc(float(text))
    from dateutil import parser  # lazily: only for what fromisoformat cannot read (Go's and JS Date strings)

    # Go's time.Time.String(): "2026-11-22 10:00:00.123456789 +0000 UTC" (nanoseconds, zone name after offset)
    parts = text.split(" ")
    if len(parts) == 4 and parts[2][:1] in "+-" and parts[3].isalpha():
        date, clock, offset = parts[:3]
        whole, _, fraction = clock.partition(".")
        text = f"{date} {whole}.{fraction[:6]} {offset}" if fraction else f"{date} {clock} {offset}"
    # JavaScript's Date.toString(): "Sun Nov 22 2026 10:00:00 GMT+0100 (Central European Standard Time)".
    # dateutil reads "GMT+0100" the POSIX way (sign inverted), so drop the "GMT" and the zone name.
    text = text.split(" (", 1)[0].replace("GMT+", "+").replace("GMT-", "-")
    try:
        moment: datetime = parser.parse(text)
    except (ValueError, OverflowError):
        return None
    return moment


def between(start: datetime | None, end: datetime | None) -> timedelta | None:
    if start is None or end is None or end < start:
        return None
    return end - start
