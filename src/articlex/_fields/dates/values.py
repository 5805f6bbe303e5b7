"""Date values and candidates, and how two values compare: the types every part of the
date finder shares."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from articlex._models import Source
from articlex._rules import dates as rules

__all__ = [
    "Candidate",
    "DateValue",
    "Kind",
    "Order",
    "before",
    "day_of",
    "days_apart",
    "make_date",
    "plausible",
    "precision",
    "same_moment",
]

#: What a date field holds: an aware or naive datetime, or a bare day.
DateValue = dt.datetime | dt.date

#: How numeric dates are read: day first (03.01.2026), month first (1/3/2026), year first.
Order = Literal["dmy", "mdy", "ymd"]
#: What a date is of the page: its publication, its modification, or not said.
Kind = Literal["published", "modified", "unknown"]


@dataclass(frozen=True)
class Candidate:
    """One date found on the page."""

    value: DateValue
    source: Source
    kind: Kind
    tier: int = 0  # lower is stronger evidence (see the tiers in _rules/dates.py)
    position: int = 0  # document order of its element, relative to the headline's
    near: bool = False  # within the dateline window around the headline
    linked: bool = False  # visible text inside a link to another page


def plausible(value: DateValue) -> bool:
    """Within the fixed window of years a page's date may have."""
    return rules.MIN_YEAR <= value.year <= rules.MAX_YEAR


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """The day, if it exists and is plausible."""
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return None
    return value if plausible(value) else None


def day_of(value: DateValue) -> dt.date:
    """The calendar day ``value`` states, in its own time zone."""
    return value.date() if isinstance(value, dt.datetime) else value


def days_apart(a: DateValue, b: DateValue) -> int:
    """Whole days between two values: between the instants when both are aware, else
    between their calendar days."""
    if (
        isinstance(a, dt.datetime)
        and isinstance(b, dt.datetime)
        and a.tzinfo is not None
        and b.tzinfo is not None
    ):
        return int(abs((a - b).total_seconds()) // 86400)
    return abs((day_of(a) - day_of(b)).days)


def before(a: DateValue, b: DateValue) -> bool:
    """``a`` is strictly earlier than ``b`` (compared as instants when both are aware,
    else as calendar days)."""
    if (
        isinstance(a, dt.datetime)
        and isinstance(b, dt.datetime)
        and (a.tzinfo is None) == (b.tzinfo is None)
    ):
        return a < b
    return day_of(a) < day_of(b)


def precision(value: DateValue) -> int:
    """How much a value says: a day, a local time, a time with its offset."""
    if isinstance(value, dt.datetime):
        return 2 if value.tzinfo is not None else 1
    return 0


def same_moment(a: DateValue, b: DateValue) -> bool:
    """``b`` says what ``a`` says (to the minute), possibly more precisely."""
    if isinstance(a, dt.datetime) and isinstance(b, dt.datetime):
        if a.tzinfo is None:
            return a.replace(second=0, microsecond=0) == b.replace(
                tzinfo=None, second=0, microsecond=0
            )
        return b.tzinfo is not None and abs((a - b).total_seconds()) < 60
    return day_of(a) == day_of(b)
