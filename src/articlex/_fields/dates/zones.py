"""Time zones written beside a time: UTC offsets, abbreviations (``EST``, ``CEST``), the
US zone letters with their daylight-saving rules, and times put together with them."""

from __future__ import annotations

import datetime as dt
import re

from articlex._fields.dates.values import DateValue
from articlex._rules import dates as rules

__all__ = ["dateutil_tzinfos", "fixed_offset", "parse_offset", "with_time", "zone"]

_OFFSET = re.compile(r"([+-])(\d{1,2})(?::?(\d{2}))?")
#: The hour at which a day's zone letters are read (US daylight time starts and ends at
#: 2 a.m.: noon is on the day's side of the change).
_NOON = 12


def fixed_offset(minutes: int) -> dt.timezone:
    """The zone ``minutes`` ahead of UTC."""
    return dt.timezone(dt.timedelta(minutes=minutes))


def parse_offset(text: str) -> dt.timezone | None:
    """``Z``, ``UTC``, ``+05:30``, ``-0500``, ``+9`` -> a fixed offset."""
    text = text.strip().replace(" ", "")
    if text.upper() in rules.UTC_NAMES:
        return dt.timezone.utc
    match = _OFFSET.fullmatch(text)
    if not match:
        return None
    hours, minutes = int(match.group(2)), int(match.group(3) or 0)
    if hours * 60 > rules.MAX_OFFSET_MINUTES or minutes >= 60:
        return None
    total = hours * 60 + minutes
    return fixed_offset(-total if match.group(1) == "-" else total)


def _us_daylight_time(moment: dt.datetime) -> bool:
    """Whether US daylight-saving time is in force at local ``moment`` (rules since 2007,
    and 1987-2006 before)."""
    year = moment.year

    def nth_sunday(month: int, n: int) -> dt.datetime:
        first = dt.datetime(year, month, 1, 2)
        return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))

    if year >= 2007:
        start, end = nth_sunday(3, 2), nth_sunday(11, 1)
    else:
        start = nth_sunday(4, 1)
        last = dt.datetime(year, 10, 31, 2)
        end = last - dt.timedelta(days=(last.weekday() + 1) % 7)
    naive = moment.replace(tzinfo=None)
    return start <= naive < end


def zone(name: str | None, offset: str | None, day: dt.date) -> dt.tzinfo | None:
    """The time zone named ``name`` (an abbreviation) and/or written as ``offset``, on
    ``day``."""
    moment = dt.datetime(day.year, day.month, day.day, _NOON)
    base = 0
    if name:
        key = name.lower()
        if key in rules.US_ZONES:
            base = rules.US_ZONES[key] + (60 if _us_daylight_time(moment) else 0)
        elif key in rules.TIME_ZONES:
            base = rules.TIME_ZONES[key]
        else:
            return None
        if not offset:
            return fixed_offset(base)
    if offset:
        parsed = parse_offset(offset)
        if parsed is None:
            return None
        total = base + int(parsed.utcoffset(None).total_seconds() // 60)
        return fixed_offset(total) if abs(total) <= rules.MAX_OFFSET_MINUTES else None
    return None


def dateutil_tzinfos(name: str | None, offset: int | None) -> dt.tzinfo | None:
    """``tzinfos`` callback of ``dateutil``: known abbreviations and explicit offsets only
    (``dateutil`` would otherwise use the machine's local zone for some names)."""
    if name and name.lower() in rules.TIME_ZONES:
        return fixed_offset(rules.TIME_ZONES[name.lower()])
    if offset is not None and abs(offset) <= rules.MAX_OFFSET_MINUTES * 60:
        return dt.timezone(dt.timedelta(seconds=offset))
    return None


def with_time(
    day: dt.date, hour: int, minute: int, second: int, ampm: str | None, tz: dt.tzinfo | None
) -> DateValue:
    """``day`` at that time (a 12-hour one when ``ampm`` is "a" or "p"), in zone ``tz``
    (naive without one); ``day`` alone when the time does not exist."""
    if ampm:
        if not 1 <= hour <= 12:
            return day
        hour = hour % 12 + (12 if ampm.lower() == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return day
    moment = dt.datetime(day.year, day.month, day.day, hour, minute, second)
    return moment.replace(tzinfo=tz) if tz is not None else moment
