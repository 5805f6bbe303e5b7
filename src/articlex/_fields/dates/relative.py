"""Relative dates ("3 days ago", "il y a 3 jours", "vor 3 Tagen", "yesterday"), read
against the reference time the caller gives: articlex never reads the clock, so that a
page gives the same Article every day."""

from __future__ import annotations

import datetime as dt
import re

from articlex._rules import dates as rules

__all__ = ["relative_date"]

_LETTER_BEFORE = r"(?<![^\W\d_])"
_LETTER_AFTER = r"(?![^\W\d_])"
_PATTERNS = tuple(re.compile(_LETTER_BEFORE + p, re.IGNORECASE) for p in rules.RELATIVE_PATTERNS)
_DAY_WORD = re.compile(
    _LETTER_BEFORE
    + "(?P<word>"
    + "|".join(map(re.escape, sorted(rules.RELATIVE_DAYS, key=len, reverse=True)))
    + ")"
    + _LETTER_AFTER,
    re.IGNORECASE,
)


def relative_date(text: str, now: dt.datetime) -> tuple[dt.date, int, int] | None:
    """The day a relative date in ``text`` names, seen from ``now`` (in ``now``'s own
    zone, or its wall clock when naive), and the span of the expression."""
    for pattern in _PATTERNS:
        match = pattern.search(text)
        if match is None:
            continue
        hours = _hours(match["unit"].lower())
        count = match["n"].lower()
        number = int(count) if count.isdigit() else rules.RELATIVE_COUNTS.get(count)
        if hours is None or number is None:
            continue
        return (now - dt.timedelta(hours=hours * number)).date(), match.start(), match.end()
    word = _DAY_WORD.search(text)
    if word is None:
        return None
    days = rules.RELATIVE_DAYS[word["word"].lower()]
    return (now - dt.timedelta(days=days)).date(), word.start(), word.end()


def _hours(unit: str) -> float | None:
    for start, hours in rules.RELATIVE_UNITS:
        if unit.startswith(start):
            return hours
    return None
