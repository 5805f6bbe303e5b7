"""Reading dates written as text: structured values (ISO 8601, epoch seconds, anything
``dateutil`` reads), dates in running text in the languages of the month names, the time
beside them, and a date opening a paragraph as a news dateline. Never raises."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from dateutil import parser as dateutil_parser

from articlex._fields.dates.values import DateValue, Order, make_date, plausible
from articlex._fields.dates.zones import dateutil_tzinfos, parse_offset, with_time, zone
from articlex._meta import PageData
from articlex._rules import dates as rules
from articlex._rules._wordtree import word_tree
from articlex._text import NOT_INSIDE_WS_RUN, collapse_ws

__all__ = [
    "MONTH",
    "dates_in_text",
    "find_date_in_text",
    "first_date_match",
    "lead_dateline",
    "page_order",
    "parse_date_value",
]

_ISO = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<tz>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?",
    re.IGNORECASE,
)
_ISO_BASIC = re.compile(
    r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?:T?(?P<H>\d{2})(?P<M>\d{2})(?P<S>\d{2})?)?"
)
#: Seconds since 1970 (9-10 digits), or milliseconds (12-13 digits).
_EPOCH = re.compile(r"\d{9,10}|\d{12,13}")
_EPOCH_MS_DIGITS = 12
#: A year of the centuries the plausible window spans: what ``dateutil`` is given needs one.
_HAS_YEAR = re.compile(r"(?<!\d)(?:19|20|21)\d{2}(?!\d)")


def _optional(words: tuple[str, ...], after: str = "") -> str:
    """A pattern of an optional one of ``words`` (patterns), each followed by ``after``."""
    return "(?:" + "|".join(word + after for word in words) + ")?"


_LETTER_BEFORE = r"(?<![^\W\d_])"
_LETTER_AFTER = r"(?![^\W\d_])"
#: A month name, as a tree of its letters (the longest name preferred, as an alternation
#: sorted longest first would: see :func:`~articlex._rules._wordtree.word_tree`).
MONTH = _LETTER_BEFORE + "(?P<month>" + word_tree(rules.MONTHS) + ")" + _LETTER_AFTER
#: "3 January 2026", "3. Januar 2026", "3 de enero de 2026", "1er mars 2026".
_DAY_MONTH_YEAR = re.compile(
    r"(?<![\d.])(?P<day>\d{1,2})"
    + _optional((*rules.DAY_ORDINALS, r"\."))
    + r"\s*"
    + _optional(rules.MONTH_CONNECTORS, r"\s+")
    + MONTH
    + r"\.?,?\s*"
    + _optional(rules.YEAR_CONNECTORS, r"\s+")
    + r"(?P<year>\d{4})(?!\d)",
    re.IGNORECASE,
)
#: "January 3, 2026", "Jan. 3rd 2026". ("\s*(?:,\s*)?" rather than "\s*,?\s*": the same
#: strings, but one reading of a run of spaces instead of a quadratic number.)
_MONTH_DAY_YEAR = re.compile(
    MONTH
    + r"\.?\s*(?P<day>\d{1,2})"
    + _optional(rules.ENGLISH_ORDINALS)
    + r"\s*(?:,\s*)?(?P<year>\d{4})(?!\d)",
    re.IGNORECASE,
)
#: "2026. január 3.", "2026 January 3": the year first, then the month's name.
_YEAR_MONTH_DAY = re.compile(
    r"(?<![\d.])(?P<year>\d{4})\.?\s+" + MONTH + r"\.?\s+(?P<day>\d{1,2})(?![\d:])(?!,?\s*\d{4})",
    re.IGNORECASE,
)
#: "2026年1月3日", "2026년 1월 3일".
_CJK = re.compile(
    r"(?P<year>\d{4})\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]?"
)
#: "2026-01-03", "2026/1/3", "2026.01.03".
_YEAR_FIRST = re.compile(
    r"(?<![\d.])(?P<year>\d{4})(?P<sep>[-/.])(?P<a>\d{1,2})(?P=sep)(?P<b>\d{1,2})(?![\d])"
)
#: "03.01.2026", "1/3/2026", "03-01-2026".
_NUMERIC = re.compile(
    r"(?<![\d.:/])(?P<a>\d{1,2})(?P<sep>[./-])\s?(?P<b>\d{1,2})(?P=sep)\s?(?P<year>\d{4})(?![\d])"
)
_DATE_PATTERNS = (_CJK, _YEAR_FIRST, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _YEAR_MONTH_DAY, _NUMERIC)

_ZONE_NAMES = "|".join(
    sorted(
        (re.escape(z) for z in (*rules.TIME_ZONES, *rules.US_ZONES) if len(z) > 1),
        key=len,
        reverse=True,
    )
)
#: A time right after a date: "10:47 pm", "22:47 Uhr", "à 10h47", "08時15分", "+ zone".
#: Read with ``match`` at the date's end. Two guards keep it linear in ``search`` too: it
#: does not start inside a run of separators (so a long run is not rescanned from each of
#: its characters), and the zone's "\s*(?:\(\s*)?" gives one way, not one per split point,
#: to read a run of spaces ("\s*\(?\s*" had a quadratic number).
_TIME_LEAD = r"[\s,|·•–—/-]"
_TIME_AFTER = re.compile(
    rf"(?!(?<={_TIME_LEAD}){_TIME_LEAD}){_TIME_LEAD}*"
    + r"(?:(?:"
    + "|".join(rules.TIME_CONNECTORS)
    + r")\s+)?"
    r"(?P<H>\d{1,2})\s*(?:[:h.時시]\s*(?P<M>\d{2})(?:\s*[:分분]\s*(?P<S>\d{2}))?)[分분]?"
    r"(?:\s*(?P<ampm>[ap])\.?\s*m\.?(?![a-z]))?"
    r"(?:\s*(?:" + "|".join(rules.HOUR_WORDS) + r")(?![a-z]))?"
    r"(?P<zone>\s*(?:\(\s*)?(?:(?P<zname>"
    + _ZONE_NAMES
    + r")(?![a-z])\s*(?P<zoff1>[+-]\s*\d{1,2}(?::?\d{2})?)?|(?P<zoff2>[+-]\d{2}:?\d{2}))\)?)?",
    re.IGNORECASE,
)
#: A weekday name between a time and its date ("Tue").
_WEEKDAY = r"[^\W\d_]{{{},{}}}".format(*rules.WEEKDAY_CHARS)
#: A time right before a date: "10:47 AM ET, Tue January 3, 2026".
_TIME_BEFORE = re.compile(
    r"(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?:\s*(?P<ampm>[ap])\.?\s*m\.?(?![a-z]))?"
    r"(?P<zone>\s*(?P<zname>" + _ZONE_NAMES + r")(?![a-z]))?"
    r"(?P<zoff2>)(?P<zoff1>)[\s,|·•–—-]*(?:" + _WEEKDAY + r"\.?,?\s*)?$",
    re.IGNORECASE,
)
#: What follows a news dateline's date: a dash, a colon or a bar. Not started inside a
#: run of spaces (linear time; see NOT_INSIDE_WS_RUN), except right after "- " or ": ",
#: where a match ending in one space leaves the rest of the run.
_LEAD_SEPARATOR = re.compile(rf"(?:{NOT_INSIDE_WS_RUN}|(?<=[-:]\s))\s*(?:[—–]|-{{1,2}}\s|:\s|\|)")


# --- structured values -------------------------------------------------------------------


def parse_date_value(text: str, order: Order = "mdy") -> DateValue | None:
    """A date read from a structured value (meta content, JSON-LD, ``datetime``
    attribute): ISO 8601 first, then epoch seconds, then any written date."""
    text = collapse_ws(text)[: rules.MAX_DATELINE_CHARS]
    if not text:
        return None
    match = _ISO.match(text)
    if match and (match.end() == len(text) or not text[match.end()].isdigit()):
        return _from_iso(match, text[match.end() :])
    basic = _ISO_BASIC.fullmatch(text)
    if basic:
        day = make_date(int(basic["y"]), int(basic["m"]), int(basic["d"]))
        if day is not None and basic["H"] is not None:
            return with_time(
                day, int(basic["H"]), int(basic["M"]), int(basic["S"] or 0), None, None
            )
        if day is not None:
            return day
    if _EPOCH.fullmatch(text):
        return _from_epoch(text)
    if len(text) <= rules.MAX_VALUE_CHARS:
        found = find_date_in_text(text, order)
        if found is not None:
            return found[0]
        return _dateutil(text, order)
    found = find_date_in_text(text, order)
    return found[0] if found is not None else None


def _from_iso(match: re.Match[str], rest: str = "") -> DateValue | None:
    """The value of an ISO 8601 match; ``rest``, the text after it, may name the zone
    (``2016-12-09 04:13:00 EST``)."""
    day = make_date(int(match["y"]), int(match["m"]), int(match["d"]))
    if day is None or match["H"] is None:
        return day
    tz: dt.tzinfo | None = parse_offset(match["tz"]) if match["tz"] else None
    if match["tz"] and tz is None:
        return day
    name = rest.strip().strip("()").lower()
    if tz is None and name and (name in rules.TIME_ZONES or name in rules.US_ZONES):
        tz = zone(name, None, day)
    return with_time(day, int(match["H"]), int(match["M"]), int(match["S"] or 0), None, tz)


def _from_epoch(text: str) -> dt.datetime | None:
    """Seconds (or milliseconds) since 1970 -> a UTC datetime."""
    seconds = int(text) // 1000 if len(text) >= _EPOCH_MS_DIGITS else int(text)
    try:
        value = dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None
    return value if plausible(value) else None


#: Two defaults differing in every part: what ``dateutil`` fills in from them was not given.
_DEFAULT_A = dt.datetime(2000, 1, 1, 0, 0, 0)
_DEFAULT_B = dt.datetime(2001, 2, 2, 1, 1, 1)


def _dateutil(text: str, order: Order) -> DateValue | None:
    """``dateutil`` on a short string; a value only when year, month and day are given."""
    if len(text) > rules.MAX_DATEUTIL_CHARS or not _HAS_YEAR.search(text):
        return None
    kwargs: dict[str, Any] = {
        "dayfirst": order == "dmy",
        "yearfirst": order == "ymd",
        "tzinfos": dateutil_tzinfos,
    }
    try:
        first: dt.datetime = dateutil_parser.parse(text, default=_DEFAULT_A, **kwargs)
        second: dt.datetime = dateutil_parser.parse(text, default=_DEFAULT_B, **kwargs)
    except (ValueError, OverflowError, TypeError, ArithmeticError):
        return None
    if (first.year, first.month, first.day) != (second.year, second.month, second.day):
        return None  # day, month or year missing
    if not plausible(first):
        return None
    if (first.hour, first.minute) != (second.hour, second.minute):
        return first.date()  # no time given
    if first.tzinfo is not None:
        delta = first.utcoffset()
        if delta is None:
            return first.replace(tzinfo=None)
        return first.replace(tzinfo=dt.timezone(delta))
    return first


def page_order(page: PageData) -> Order:
    """How the page writes numeric dates, by its language: month first for ``en`` and
    ``en-US`` (or no language), year first for ``ja``, ``zh``, ``ko``..., else day first."""
    lang = (page.meta.lang or page.meta.first("og:locale", "content-language") or "").strip()
    lang = lang.lower().replace("_", "-")
    primary = lang.split("-", 1)[0]
    if primary in rules.YEAR_FIRST_LANGUAGES:
        return "ymd"
    if not lang or lang in rules.MONTH_FIRST_LANGUAGES:
        return "mdy"
    return "dmy"


# --- running text ------------------------------------------------------------------------


def find_date_in_text(text: str, order: Order = "mdy") -> tuple[DateValue, int, int] | None:
    """The first full date written in ``text`` (with its time when one follows), and the
    span of the date expression; ``None`` when there is none."""
    found = first_date_match(text, order)
    if found is None:
        return None
    match, day = found
    return _time_near(text, match, day), match.start(), match.end()


def dates_in_text(text: str, order: Order) -> Iterator[tuple[DateValue, int, int]]:
    """Every full date written in ``text``, in order, with its span."""
    start = 0
    while start < len(text):
        found = first_date_match(text, order, start)
        if found is None:
            return
        match, day = found
        yield _time_near(text, match, day), match.start(), match.end()
        start = match.end()


def first_date_match(
    text: str, order: Order, start: int = 0
) -> tuple[re.Match[str], dt.date] | None:
    """The earliest date expression of ``text`` at or after ``start``."""
    best: tuple[re.Match[str], dt.date] | None = None
    for pattern in _DATE_PATTERNS:
        pos = start
        while True:
            match = pattern.search(text, pos)
            if match is None or (best is not None and match.start() >= best[0].start()):
                break
            value = _match_date(match, order)
            if value is not None:
                best = (match, value)
                break
            pos = match.start() + 1
    return best


def _match_date(match: re.Match[str], order: Order) -> dt.date | None:
    pattern = match.re
    year = int(match["year"])
    if pattern is _CJK:
        return make_date(year, int(match["month"]), int(match["day"]))
    if pattern is _YEAR_FIRST:
        return make_date(year, int(match["a"]), int(match["b"]))
    if pattern is _NUMERIC:
        parts = numeric_parts(int(match["a"]), int(match["b"]), order)
        return make_date(year, *parts) if parts else None
    month = rules.MONTHS.get(match["month"].lower())
    return make_date(year, month, int(match["day"])) if month else None


def numeric_parts(a: int, b: int, order: Order) -> tuple[int, int] | None:
    """(month, day) from the two non-year parts of a numeric date: a part above 12 is
    the day, else the page's order decides."""
    if a > 12 and b <= 12:
        return b, a
    if b > 12 and a <= 12:
        return a, b
    if a > 12 and b > 12:
        return None
    return (a, b) if order == "mdy" else (b, a)


def _time_near(text: str, match: re.Match[str], day: dt.date) -> DateValue:
    """``day`` with the time written right after (or right before) its date, if any."""
    after = _TIME_AFTER.match(text, match.end())
    found: re.Match[str] | None = after
    if found is None:
        window_start = max(0, match.start() - rules.TIME_BEFORE_CHARS)
        found = _TIME_BEFORE.search(text[window_start : match.start()])
    if found is None or found["M"] is None:
        return day
    zone_name = found["zname"]
    zone_offset = found["zoff1"] or found["zoff2"] or None
    tz = zone(zone_name, zone_offset, day) if (zone_name or zone_offset) else None
    return with_time(day, int(found["H"]), int(found["M"]), int(found["S"] or 0), found["ampm"], tz)


def lead_dateline(text: str, order: Order) -> DateValue | None:
    """The date opening a paragraph as a news dateline ("Feb. 23, 2015 -- Peanut
    allergies...", "WASHINGTON, Jan. 3, 2026 — ..."): within its first characters and
    followed by a dash, a colon or a bar."""
    head = text[: rules.LEAD_DATELINE_CHARS + rules.LEAD_DATELINE_TAIL_CHARS]
    found = first_date_match(head, order)
    if found is None or found[0].start() > rules.LEAD_DATELINE_CHARS:
        return None
    match, day = found
    if rules.COPYRIGHT.search(head[: match.start()]):
        return None
    end = match.end()
    time = _TIME_AFTER.match(head, end)
    if time is not None and time["M"] is not None:
        end = time.end()
    if not _LEAD_SEPARATOR.match(head, end):
        return None
    return _time_near(head, match, day)


def leads(text: str, start: int, order: Order) -> bool:
    """The date at ``start`` opens ``text`` as a news dateline."""
    return start <= rules.LEAD_DATELINE_CHARS and lead_dateline(text, order) is not None
