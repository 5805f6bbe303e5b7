"""Publication and modification dates.

What comes out
    A timezone-aware :class:`~datetime.datetime` when the page gives a time *and* its UTC
    offset (``2026-01-03T22:47:12-05:00``, ``10:47 pm EST``); the offset is the page's
    own, never converted to UTC. A time without an offset is kept as a **naive**
    ``datetime`` (the page's local wall-clock time, offset unknown), unless another date
    of the page gives the same wall-clock time with an offset: then that aware value is
    used. A page that gives only a day (``3 janvier 2026``, ``/2026/01/03/`` in the URL)
    gives a :class:`~datetime.date`. A zone written as letters is read from a table of
    abbreviations (``EST``, ``CEST``, ``JST``...; ``ET``/``PT`` follow the US
    daylight-saving rules); an unknown name leaves the value naive.

Where it comes from, in precedence order (first valid value wins)
    1. Structured data (provenance ``JSON_LD``, ``META``, ``MICRODATA``): the article's
       JSON-LD (``datePublished``, then ``dateCreated``, then ``uploadDate``;
       ``dateModified``; a script that is not valid JSON is searched for these keys by a
       regular expression), then ``<meta>`` tags (``article:published_time``,
       ``og:published_time``, ``parsely-pub-date``, ``sailthru.date``, Dublin Core
       ``dc.date.issued``/``dcterms.created``/``dc.date``, ``date``, ``pubdate``,
       ``publishdate``...; ``article:modified_time``, ``og:updated_time``...; a meta
       written with ``value=`` instead of ``content=`` is read too), then microdata
       (``itemprop="datePublished"`` on a ``<time>``, ``<meta>``, ``<abbr title>``...)
       outside boilerplate and outside links to other pages (another story's card), then
       the JSON-LD of the web page or video. The full list and order is in
       :mod:`articlex._rules.dates`.
    2. When structured data gives no publication date, the markup and the text, ranked
       (``_rank``): dates near the headline first (from 25 elements before the ``<h1>``
       to 80 after it, and before the second paragraph of running text), a labelled one
       ("Published", "Posted", "Publié le", "Veröffentlicht", "公開"...; a ``pubdate``, a
       date ``itemprop``, a class such as ``published`` or ``entry-date``) before an
       unlabelled ``<time>`` or date-classed element, before a bare line that is a
       dateline ("March 3, 2026 | By Jane Doe", "03.01.2026", "3 de enero de 2026",
       "2026年1月3日", or a date opening the first paragraph: "WASHINGTON, Jan. 3, 2026
       — ..."); then dates in date markup elsewhere in the page; a date written inside a
       link to another page comes last of all. A ``datetime`` (or ``content``, or hAtom
       ``title``) attribute gives provenance ``DOM``, visible text ``TEXT`` (upgraded to
       the attribute's value when both say the same). A label ("Updated", "Last
       updated", "Mis à jour", "Aktualisiert", "Actualizado", "更新"...) or class name
       (``updated``, ``modified``) makes a date the modification date; an unlabelled one
       is taken as the publication date.
    3. The URL path (``/2026/01/03/``, ``/20260103/``, ``/2026-01-03-``,
       ``/2016/nov/29/``): a ``date``, provenance ``URL``. It also replaces a weak
       markup date (rank :data:`URL_BEATS_RANK` or worse: far from the headline) that
       disagrees with it.
    4. Last resort: the first short line anywhere that is mostly a date ("2019.03.05",
       "le 30 octobre 2012 - Slate.fr") or labels one.

Never taken
    A date in an element the cleaner calls boilerplate (comments, related stories,
    sidebars, footers, navigation, cookie notices, newsletters...: the kinds of
    :func:`~articlex._fields.in_boilerplate`, plus photo captions, galleries and the
    site's masthead, where today's date is often printed; share
    bars and author boxes are allowed, as they often hold the byline; navigation bars,
    ``<aside>`` columns and footers inside the article itself are allowed too), in a
    ``<figcaption>``, ``<blockquote>`` or ``<q>``, or under a class/id such as
    ``comment``, ``related``, ``similar``, ``recommend``, ``promo``, ``trending`` (WordPress
    taxonomy classes such as ``category-comments`` do not count); a date in a copyright
    line (``©``, "Copyright", "All rights reserved"); a date labelled as something
    else ("Joined", "Created", "Born", "Deadline"...); an unlabelled date inside a
    sentence of the story ("The vote is set for 3 March 2026."); a date outside
    1990-2100 (a fixed window, so that the result never depends on the day the code
    runs); a day-less or year-less date ("January 2026"); relative dates ("3 hours
    ago").

Cross-checks (cheap, run even when structured data answered)
    The structured publication date is checked against the page's visible one (a
    ``<time datetime>`` marked as the publication date in the headline's block or among
    the first ones after the headline, outside boilerplate and links) and the URL's date:

    * the visible date replaces it when the two are more than :data:`CONTRADICTION_DAYS`
      apart and the URL's date confirms the visible one, or when they are more than
      :data:`STALE_DAYS` apart (a re-stamped or templated structured date: the page
      shows what readers see);
    * the URL's date replaces it when the structured date is later than the URL's by more
      than :data:`CONTRADICTION_DAYS` and either equals the modification date or is more
      than :data:`STALE_DAYS` later (URLs are minted at first publication);
    * a modification date earlier than the publication date is dropped (the publication
      date is kept: it comes from better sources more often than the modification date).

Other rules
    * Among candidates that agree, the most precise wins: a date-only or naive value
      from the JSON-LD is upgraded by a meta tag giving the same day (or wall-clock time)
      with an offset.
    * A page that shows only a modification date ("Last updated: ...") gets that as
      ``date_modified`` and no ``date_published``.
    * Numeric dates (``03/01/2026``) are read day first, month first or year first
      according to the page's language (month first for ``en``/``en-US``, year first for
      ``ja``/``zh``/``ko``, day first otherwise); a part above 12 settles it.

Parsing never raises: ISO 8601 values are read by regular expressions, other structured
values by ``dateutil`` (only strings of at most ``MAX_DATEUTIL_CHARS`` characters, every
error caught), and visible text by the month-name patterns of :mod:`articlex._rules.dates`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import islice
from typing import Any, Literal

from dateutil import parser as dateutil_parser
from lxml import etree

from articlex._fields import FOREIGN_KINDS, Found, InheritedFlag, Verdicts
from articlex._meta import PageData
from articlex._meta.jsonld import is_jsonld_script, types_of
from articlex._models import Source
from articlex._rules import dates as rules
from articlex._rules._wordtree import word_tree
from articlex._rules.boilerplate import MODIFIER_TOKEN_PATTERN
from articlex._text import NOT_INSIDE_WS_RUN, collapse_ws
from articlex._urls import join_url

__all__ = ["DateValue", "find_date_in_text", "find_dates", "parse_date_value", "url_date"]

DateValue = dt.datetime | dt.date

#: How numeric dates are read: day first (03.01.2026), month first (1/3/2026), year first.
Order = Literal["dmy", "mdy", "ymd"]
Kind = Literal["published", "modified", "unknown"]

#: Two dates further apart than this (in days) contradict each other; closer ones may be
#: the same moment seen from two time zones.
CONTRADICTION_DAYS = 1
#: A structured publication date this many days away from the page's visible one, or
#: after the URL's date, is a re-stamp (a migration, a template's "now"), not the story's.
STALE_DAYS = 365

# --- patterns -------------------------------------------------------------------------------

_ISO = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<tz>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?",
    re.IGNORECASE,
)
_ISO_BASIC = re.compile(
    r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?:T?(?P<H>\d{2})(?P<M>\d{2})(?P<S>\d{2})?)?"
)
_EPOCH = re.compile(r"\d{9,10}|\d{12,13}")
_HAS_YEAR = re.compile(r"(?<!\d)(?:19|20|21)\d{2}(?!\d)")

_LETTER_BEFORE = r"(?<![^\W\d_])"
_LETTER_AFTER = r"(?![^\W\d_])"
#: A month name, as a tree of its letters (the longest name preferred, as an alternation
#: sorted longest first would: see :func:`~articlex._rules._wordtree.word_tree`).
_MONTH = _LETTER_BEFORE + "(?P<month>" + word_tree(rules.MONTHS) + ")" + _LETTER_AFTER
#: "3 January 2026", "3. Januar 2026", "3 de enero de 2026", "1er mars 2026".
_DAY_MONTH_YEAR = re.compile(
    r"(?<![\d.])(?P<day>\d{1,2})(?:st|nd|rd|th|er|re|º|°|\.)?\s*(?:de\s+|of\s+)?"
    + _MONTH
    + r"\.?,?\s*(?:de\s+|del\s+|of\s+)?(?P<year>\d{4})(?!\d)",
    re.IGNORECASE,
)
#: "January 3, 2026", "Jan. 3rd 2026". ("\s*(?:,\s*)?" rather than "\s*,?\s*": the same
#: strings, but one reading of a run of spaces instead of a quadratic number.)
_MONTH_DAY_YEAR = re.compile(
    _MONTH + r"\.?\s*(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*(?:,\s*)?(?P<year>\d{4})(?!\d)",
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
_DATE_PATTERNS = (_CJK, _YEAR_FIRST, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _NUMERIC)

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
    r"(?:(?:at|à|a\s+las|alle|às|um|o|kl\.?|klo|le|-)\s+)?"
    r"(?P<H>\d{1,2})\s*(?:[:h.時시]\s*(?P<M>\d{2})(?:\s*[:分분]\s*(?P<S>\d{2}))?)[分분]?"
    r"(?:\s*(?P<ampm>[ap])\.?\s*m\.?(?![a-z]))?"
    r"(?:\s*(?:uhr|h|hrs)(?![a-z]))?"
    + r"(?P<zone>\s*(?:\(\s*)?(?:(?P<zname>"
    + _ZONE_NAMES
    + r")(?![a-z])\s*(?P<zoff1>[+-]\s*\d{1,2}(?::?\d{2})?)?|(?P<zoff2>[+-]\d{2}:?\d{2}))\)?)?",
    re.IGNORECASE,
)
#: A time right before a date: "10:47 AM ET, Tue January 3, 2026".
_TIME_BEFORE = re.compile(
    r"(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?:\s*(?P<ampm>[ap])\.?\s*m\.?(?![a-z]))?"
    r"(?P<zone>\s*(?P<zname>" + _ZONE_NAMES + r")(?![a-z]))?"
    r"(?P<zoff2>)(?P<zoff1>)[\s,|·•–—-]*(?:[^\W\d_]{2,10}\.?,?\s*)?$",
    re.IGNORECASE,
)

# --- URL dates ---------------------------------------------------------------------------

_URL_PATTERNS = (
    re.compile(r"/(?P<year>\d{4})/(?P<a>\d{1,2})/(?P<b>\d{1,2})(?=[/_.-]|$)"),
    re.compile(r"(?<![\d])(?P<year>\d{4})-(?P<a>\d{2})-(?P<b>\d{2})(?=[/_.-]|$)"),
    re.compile(r"/(?P<year>\d{4})-?(?P<a>\d{2})/(?P<b>\d{2})(?=/)"),
    re.compile(r"/(?P<year>\d{4})/" + _MONTH + r"/(?P<b>\d{1,2})(?=/)", re.IGNORECASE),
    re.compile(r"(?<![\w])(?P<year>\d{4})(?P<a>\d{2})(?P<b>\d{2})(?=[/_.-]|$)"),
)


@dataclass(frozen=True)
class _Candidate:
    """One date found on the page."""

    value: DateValue
    source: Source
    kind: Kind
    tier: int = 0  # lower is stronger evidence
    position: int = 0  # document order of its element, relative to the headline's
    near: bool = False  # within the dateline window around the headline
    linked: bool = False  # visible text inside a link to another page


# --- parsing ------------------------------------------------------------------------------


def _plausible(value: DateValue) -> bool:
    return rules.MIN_YEAR <= value.year <= rules.MAX_YEAR


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return None
    return value if _plausible(value) else None


def _offset(minutes: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(minutes=minutes))


_OFFSET = re.compile(r"([+-])(\d{1,2})(?::?(\d{2}))?")


def _parse_offset(text: str) -> dt.timezone | None:
    """``Z``, ``UTC``, ``+05:30``, ``-0500``, ``+9`` -> a fixed offset."""
    text = text.strip().replace(" ", "")
    if text.upper() in ("Z", "UTC", "GMT", "UT"):
        return dt.timezone.utc
    match = _OFFSET.fullmatch(text)
    if not match:
        return None
    hours, minutes = int(match.group(2)), int(match.group(3) or 0)
    if hours > 14 or minutes >= 60:
        return None
    total = hours * 60 + minutes
    return _offset(-total if match.group(1) == "-" else total)


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


def _zone(name: str | None, offset: str | None, moment: dt.datetime) -> dt.tzinfo | None:
    """The time zone named ``name`` (an abbreviation) and/or written as ``offset``."""
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
            return _offset(base)
    if offset:
        parsed = _parse_offset(offset)
        if parsed is None:
            return None
        total = base + int(parsed.utcoffset(None).total_seconds() // 60)
        return _offset(total) if abs(total) <= _MAX_OFFSET_MINUTES else None
    return None


#: The widest UTC offset in use (UTC+14, Kiribati).
_MAX_OFFSET_MINUTES = 14 * 60


def _with_time(
    day: dt.date, hour: int, minute: int, second: int, ampm: str | None, zone: dt.tzinfo | None
) -> DateValue:
    if ampm:
        if not 1 <= hour <= 12:
            return day
        hour = hour % 12 + (12 if ampm.lower() == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return day
    moment = dt.datetime(day.year, day.month, day.day, hour, minute, second)
    return moment.replace(tzinfo=zone) if zone is not None else moment


def _from_iso(match: re.Match[str], rest: str = "") -> DateValue | None:
    """The value of an ISO 8601 match; ``rest``, the text after it, may name the zone
    (``2016-12-09 04:13:00 EST``)."""
    day = _make_date(int(match["y"]), int(match["m"]), int(match["d"]))
    if day is None or match["H"] is None:
        return day
    zone: dt.tzinfo | None = _parse_offset(match["tz"]) if match["tz"] else None
    if match["tz"] and zone is None:
        return day
    name = rest.strip().strip("()").lower()
    if zone is None and name and (name in rules.TIME_ZONES or name in rules.US_ZONES):
        moment = dt.datetime(day.year, day.month, day.day, 12)
        zone = _zone(name, None, moment)
    return _with_time(day, int(match["H"]), int(match["M"]), int(match["S"] or 0), None, zone)


def _from_epoch(text: str) -> dt.datetime | None:
    """Seconds (or, 12-13 digits, milliseconds) since 1970 -> a UTC datetime."""
    seconds = int(text) // 1000 if len(text) >= 12 else int(text)
    try:
        value = dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None
    return value if _plausible(value) else None


def _dateutil_tzinfos(name: str | None, offset: int | None) -> dt.tzinfo | None:
    """``tzinfos`` callback: known abbreviations and explicit offsets only (``dateutil``
    would otherwise use the machine's local zone for some names)."""
    if name and name.lower() in rules.TIME_ZONES:
        return _offset(rules.TIME_ZONES[name.lower()])
    if offset is not None and abs(offset) <= 14 * 3600:
        return dt.timezone(dt.timedelta(seconds=offset))
    return None


_DEFAULT_A = dt.datetime(2000, 1, 1, 0, 0, 0)
_DEFAULT_B = dt.datetime(2001, 2, 2, 1, 1, 1)


def _dateutil(text: str, order: Order) -> DateValue | None:
    """``dateutil`` on a short string; a value only when year, month and day are given."""
    if len(text) > rules.MAX_DATEUTIL_CHARS or not _HAS_YEAR.search(text):
        return None
    kwargs: dict[str, Any] = {
        "dayfirst": order == "dmy",
        "yearfirst": order == "ymd",
        "tzinfos": _dateutil_tzinfos,
    }
    try:
        first: dt.datetime = dateutil_parser.parse(text, default=_DEFAULT_A, **kwargs)
        second: dt.datetime = dateutil_parser.parse(text, default=_DEFAULT_B, **kwargs)
    except (ValueError, OverflowError, TypeError, ArithmeticError):
        return None
    if (first.year, first.month, first.day) != (second.year, second.month, second.day):
        return None  # day, month or year missing
    if not _plausible(first):
        return None
    if (first.hour, first.minute) != (second.hour, second.minute):
        return first.date()  # no time given
    if first.tzinfo is not None:
        delta = first.utcoffset()
        if delta is None:
            return first.replace(tzinfo=None)
        return first.replace(tzinfo=dt.timezone(delta))
    return first


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
        day = _make_date(int(basic["y"]), int(basic["m"]), int(basic["d"]))
        if day is not None and basic["H"] is not None:
            return _with_time(
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


def _numeric_parts(a: int, b: int, order: Order) -> tuple[int, int] | None:
    """(month, day) from the two non-year parts of a numeric date."""
    if a > 12 and b <= 12:
        return b, a
    if b > 12 and a <= 12:
        return a, b
    if a > 12 and b > 12:
        return None
    return (a, b) if order == "mdy" else (b, a)


def _match_date(match: re.Match[str], order: Order) -> dt.date | None:
    pattern = match.re
    year = int(match["year"])
    if pattern is _CJK:
        return _make_date(year, int(match["month"]), int(match["day"]))
    if pattern is _YEAR_FIRST:
        return _make_date(year, int(match["a"]), int(match["b"]))
    if pattern is _NUMERIC:
        parts = _numeric_parts(int(match["a"]), int(match["b"]), order)
        return _make_date(year, *parts) if parts else None
    month = rules.MONTHS.get(match["month"].lower())
    return _make_date(year, month, int(match["day"])) if month else None


def _first_date_match(
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


def _time_near(text: str, match: re.Match[str], day: dt.date) -> DateValue:
    """``day`` with the time written right after (or right before) its date, if any."""
    after = _TIME_AFTER.match(text, match.end())
    found: re.Match[str] | None = after
    if found is None:
        window_start = max(0, match.start() - 40)
        found = _TIME_BEFORE.search(text[window_start : match.start()])
    if found is None or found["M"] is None:
        return day
    moment = dt.datetime(day.year, day.month, day.day, 12)
    zone_name = found["zname"]
    zone_offset = found["zoff1"] or found["zoff2"] or None
    zone = _zone(zone_name, zone_offset, moment) if (zone_name or zone_offset) else None
    return _with_time(
        day, int(found["H"]), int(found["M"]), int(found["S"] or 0), found["ampm"], zone
    )


def find_date_in_text(text: str, order: Order = "mdy") -> tuple[DateValue, int, int] | None:
    """The first full date written in ``text`` (with its time when one follows), and the
    span of the date expression; ``None`` when there is none."""
    found = _first_date_match(text, order)
    if found is None:
        return None
    match, day = found
    return _time_near(text, match, day), match.start(), match.end()


def _dates_in_text(text: str, order: Order) -> Iterator[tuple[DateValue, int, int]]:
    start = 0
    while start < len(text):
        found = _first_date_match(text, order, start)
        if found is None:
            return
        match, day = found
        yield _time_near(text, match, day), match.start(), match.end()
        start = match.end()


def url_date(url: str | None) -> dt.date | None:
    """The date written in a URL's path (``/2026/01/03/``, ``/20260103/``,
    ``/2026-01-03-slug``), if any."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    scheme_end = path.find("//")
    if scheme_end >= 0:
        slash = path.find("/", scheme_end + 2)
        path = path[slash:] if slash >= 0 else ""
    path = path[:500]
    for pattern in _URL_PATTERNS:
        for match in pattern.finditer(path):
            groups = match.groupdict()
            month_name = groups.get("month")
            month = rules.MONTHS.get(month_name.lower()) if month_name else int(match["a"])
            if month is None:
                continue
            value = _make_date(int(match["year"]), month, int(match["b"]))
            if value is not None:
                return value
    return None


# --- helpers on values ----------------------------------------------------------------------------


def _day(value: DateValue) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _days_apart(a: DateValue, b: DateValue) -> int:
    if (
        isinstance(a, dt.datetime)
        and isinstance(b, dt.datetime)
        and a.tzinfo is not None
        and b.tzinfo is not None
    ):
        return abs((a - b).total_seconds()) // 86400  # type: ignore[return-value]
    return abs((_day(a) - _day(b)).days)


def _before(a: DateValue, b: DateValue) -> bool:
    """``a`` is strictly earlier than ``b`` (compared as instants when both are aware,
    else as calendar days)."""
    if (
        isinstance(a, dt.datetime)
        and isinstance(b, dt.datetime)
        and (a.tzinfo is None) == (b.tzinfo is None)
    ):
        return a < b
    return _day(a) < _day(b)


def _precision(value: DateValue) -> int:
    if isinstance(value, dt.datetime):
        return 2 if value.tzinfo is not None else 1
    return 0


def _same_moment(a: DateValue, b: DateValue) -> bool:
    """``b`` says what ``a`` says (to the minute), possibly more precisely."""
    if isinstance(a, dt.datetime) and isinstance(b, dt.datetime):
        if a.tzinfo is None:
            return a.replace(second=0, microsecond=0) == b.replace(
                tzinfo=None, second=0, microsecond=0
            )
        return b.tzinfo is not None and abs((a - b).total_seconds()) < 60
    return _day(a) == _day(b)


def _trusted(candidate: _Candidate) -> bool:
    """Good enough to lend its precision to another: the article's JSON-LD, a meta tag,
    or markup near the headline outside links."""
    if candidate.source in (Source.JSON_LD, Source.META):
        return candidate.tier <= 1
    return candidate.near and not candidate.linked


def _refine(chosen: _Candidate, others: Iterable[_Candidate]) -> _Candidate:
    """The best candidate saying the same as ``chosen``: a naive time or a bare day is
    upgraded by an agreeing value with an offset, a visible text by the machine-readable
    attribute or structured value it shows."""
    best = chosen
    for other in others:
        if other.kind not in (chosen.kind, "unknown") or not _same_moment(best.value, other.value):
            continue
        gain = _precision(other.value) - _precision(best.value)
        if gain > 0 or (
            gain == 0 and best.source is Source.TEXT and other.source is not Source.TEXT
        ):
            best = other
    return best


# --- structured data --------------------------------------------------------------------------


def _page_order(page: PageData) -> Order:
    lang = (page.meta.lang or page.meta.first("og:locale", "content-language") or "").strip()
    lang = lang.lower().replace("_", "-")
    primary = lang.split("-", 1)[0]
    if primary in rules.YEAR_FIRST_LANGUAGES:
        return "ymd"
    if not lang or lang in rules.MONTH_FIRST_LANGUAGES:
        return "mdy"
    return "dmy"


def _jsonld_values(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value[:5]:
            if isinstance(item, str):
                yield item
    elif isinstance(value, dict):
        inner = value.get("@value")
        if isinstance(inner, str):
            yield inner


_JSONLD_DATE = re.compile(
    r'"(?P<key>date(?:Published|Created|Modified)|uploadDate)"\s*:\s*"(?P<value>[^"]{6,64})"'
)


_BROKEN_KEY_ORDER = {
    key: rank
    for rank, key in enumerate((*rules.JSONLD_PUBLISHED_KEYS, *rules.JSONLD_MODIFIED_KEYS))
}


def _broken_jsonld(root: etree._Element, page: PageData) -> Iterator[tuple[str, str]]:
    """``(key, value)`` date pairs of JSON-LD scripts that are not valid JSON (read by a
    regular expression over their first characters). The page's JSON-LD lists them
    when it was read from ``root`` (most pages without JSON-LD objects have no such
    script: then none of the page's scripts is looked at)."""
    scripts = page.jsonld.scripts
    if scripts is None or page.root is not root:
        scripts = tuple(filter(is_jsonld_script, page.tagged(root, "script")))
    for script in scripts:
        text = (script.text or "")[: rules.MAX_BROKEN_JSONLD_CHARS]
        for match in _JSONLD_DATE.finditer(text):
            yield match["key"], match["value"]


_META_KEY_ATTRS = ("property", "name", "itemprop", "http-equiv")


def _meta_values(root: etree._Element, page: PageData) -> dict[str, tuple[str, ...]]:
    """The page's meta values, plus those written ``<meta name=... value=...>`` (no
    ``content``), when no date key has a ``content``."""
    values = page.meta.values
    if not values.keys().isdisjoint(rules.META_PUBLISHED_KEYS):
        return values
    extra: dict[str, list[str]] = {}
    for element in page.tagged(root, "meta"):
        raw = element.get("value")
        if raw is None or element.get("content") is not None:
            continue
        for attr in _META_KEY_ATTRS:
            key = element.get(attr)
            if key:
                extra.setdefault(key.strip().lower(), []).append(raw)
                break
    if not extra:
        return values
    merged = dict(values)
    for key, found in extra.items():
        merged[key] = (*merged.get(key, ()), *found)
    return merged


def _structured(
    root: etree._Element, page: PageData, order: Order, foreign: _Foreign
) -> list[_Candidate]:
    found: list[_Candidate] = []

    def add(raw: str, source: Source, kind: Kind, tier: int) -> None:
        value = parse_date_value(raw, order)
        if value is not None:
            found.append(_Candidate(value, source, kind, tier, len(found)))

    articles = list(page.jsonld.articles())
    for keys, kind in _JSONLD_KEYS:
        for raw in _jsonld_dates(articles, keys):
            add(raw, Source.JSON_LD, kind, 0)
    if not articles and (page.jsonld.broken or not page.jsonld.objects):
        pairs = sorted(_broken_jsonld(root, page), key=lambda pair: _BROKEN_KEY_ORDER[pair[0]])
        for key, raw in pairs:
            add(raw, Source.JSON_LD, "modified" if key == "dateModified" else "published", 0)
    meta = _meta_values(root, page)
    for key in rules.META_PUBLISHED_KEYS:
        for raw in meta.get(key, ()):
            add(raw, Source.META, "published", 1)
    for key in rules.META_MODIFIED_KEYS:
        for raw in meta.get(key, ()):
            add(raw, Source.META, "modified", 1)
    for keys, kind in (
        (rules.MICRODATA_PUBLISHED_KEYS, "published"),
        (rules.MICRODATA_MODIFIED_KEYS, "modified"),
    ):
        for key in keys:
            values = page.microdata.values.get(key, ())
            elements = page.microdata.elements.get(key, ())
            for raw, element in zip(values, elements, strict=False):
                if foreign(element) or _in_link(element, page.url):
                    continue  # another story's card
                value = _attribute_date(element, order, True, kind)
                if value is not None:
                    found.append(
                        _Candidate(value, Source.MICRODATA, kind, _MICRODATA_TIER, len(found))
                    )
                else:
                    add(raw, Source.MICRODATA, kind, _MICRODATA_TIER)
    # The web page's JSON-LD comes last (tier 3).
    pages = [o for o in page.jsonld.objects if types_of(o) & rules.JSONLD_PAGE_TYPES]
    for keys, kind in _JSONLD_KEYS:
        for raw in _jsonld_dates(pages, keys):
            add(raw, Source.JSON_LD, kind, _PAGE_JSONLD_TIER)
    return found


#: The JSON-LD keys of each kind of date, in precedence order.
_JSONLD_KEYS: tuple[tuple[tuple[str, ...], Kind], ...] = (
    (rules.JSONLD_PUBLISHED_KEYS, "published"),
    (rules.JSONLD_MODIFIED_KEYS, "modified"),
)
#: Evidence tier of a date of the web page's (not the article's) JSON-LD.
_PAGE_JSONLD_TIER = 3


def _jsonld_dates(objects: list[dict[str, Any]], keys: tuple[str, ...]) -> Iterator[str]:
    """The raw values of ``keys`` in ``objects``: every object's first key before any
    object's second (each ``datePublished`` before any ``uploadDate``)."""
    for key in keys:
        for obj in objects:
            yield from _jsonld_values(obj.get(key))


#: Evidence tier of a microdata date: after the article's JSON-LD (0) and meta tags (1),
#: before the JSON-LD of the web page (3).
_MICRODATA_TIER = 2


# --- markup and text ----------------------------------------------------------------------------


def _class_id(element: etree._Element) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"[:256]


#: Boilerplate kinds that disqualify a date: those of :func:`~articlex._fields.in_boilerplate`
#: except share bars and author boxes, which often hold the byline and the dateline
#: (``ShareByline``, ``author-info``); plus photo captions and galleries ("Halifax, on
#: Dec. 27, 2025" under a picture is when the photo was taken) and the site's masthead
#: (today's date, not the story's).
_FOREIGN_KINDS = (FOREIGN_KINDS - {"share", "author-box"}) | {"caption", "gallery", "header"}
#: Kinds that disqualify a date near the headline only outside the article (an
#: ``<article>``, an hAtom ``hentry``, an ``itemtype`` article): inside it, a breadcrumb
#: bar or an ``<aside>`` column next to the title is where the dateline often sits.
NEAR_EXEMPT_KINDS = frozenset({"navigation", "sidebar", "footer"})
#: ... and anywhere in the article: its own footer ("Posted by ... at 8:38 pm").
EXEMPT_KINDS = frozenset({"footer"})
#: HTML5 sectioning tags that, inside an article, are parts of it (an ``<aside>`` with
#: "Published on ..." at its end), whatever the cleaner calls them.
_ARTICLE_PART_TAGS = frozenset({"aside", "footer", "header"})
#: Tags whose dates are never the article's (a photo's caption, a quoted text).
_FOREIGN_TAGS = frozenset({"figcaption", "blockquote", "q", "del"})
_ARTICLE_CLASS = re.compile(r"(?<![\w-])(?:hentry|h-entry)(?![\w-])")
_ARTICLE_ITEMTYPE = re.compile(r"(?:Article|BlogPosting|Posting)$")


def _in_article(node: etree._Element) -> bool:
    for ancestor in node.iterancestors():
        if ancestor.tag == "article":
            return True
        if _ARTICLE_CLASS.search(ancestor.get("class") or ""):
            return True
        if _ARTICLE_ITEMTYPE.search((ancestor.get("itemtype") or "").strip()):
            return True
    return False


def _foreign_tokens(text: str) -> bool:
    """``class``/``id`` text names something that is not the article (taxonomy tokens
    such as ``category-breaking-news`` or ``tag-comments``, and state tokens such as
    ``is-sidebar-right``, say nothing about the element)."""
    for token in MODIFIER_TOKEN_PATTERN.sub(" ", text.lower()).split():
        if rules.TAXONOMY_TOKEN.match(token):
            continue
        if rules.FOREIGN_HINT.search(token):
            return True
    return False


class _Foreign(InheritedFlag):
    """Whether elements sit in something that is not the article (memoised; the
    cleaner's verdicts, ``classified``, may be shared by the tests of one page)."""

    def __init__(
        self,
        hints: bool = True,
        exempt: frozenset[str] = EXEMPT_KINDS,
        classified: Verdicts | None = None,
    ) -> None:
        super().__init__()
        self.hints = hints
        self.exempt = exempt
        self._classified = Verdicts() if classified is None else classified

    def own(self, node: etree._Element) -> bool:
        tag = node.tag
        if not isinstance(tag, str) or tag in ("body", "html"):
            return False
        if tag in _FOREIGN_TAGS:
            return True
        found = self._classified(node, tag)
        if found is not None and found[0] in _FOREIGN_KINDS:
            exempt = found[0] in self.exempt or tag in _ARTICLE_PART_TAGS
            if not exempt or not _in_article(node):
                return True
        return self.hints and _foreign_tokens(_class_id(node))


class _PageForeign:
    """The boilerplate tests of one page's dates, memoised together: ``anywhere`` (in
    boilerplate, by the cleaner's rules as :func:`~articlex._fields.in_boilerplate` with
    the exceptions above, or under a class/id naming something that is not the article:
    ``comment``, ``related``, ``widget``...), ``near`` (the same near the headline, where
    navigation bars, columns and footers inside the article are allowed) and ``heading``
    (which ``<h1>`` is the article's title: the cleaner's rules alone)."""

    def __init__(self, classified: Verdicts) -> None:
        self.anywhere = _Foreign(classified=classified)
        self.near = _Foreign(exempt=NEAR_EXEMPT_KINDS, classified=classified)
        self.heading = _Foreign(hints=False, exempt=NEAR_EXEMPT_KINDS, classified=classified)


def _hint_kind(element: etree._Element, depth: int = 3) -> Kind | None:
    """What the class/id/itemprop of ``element`` (or its near ancestors) say it holds.
    A publication hint wins over a modification hint on the same element: hAtom themes
    mark the publication date ``entry-date published updated``."""
    node: etree._Element | None = element
    for _ in range(depth):
        if node is None or node.tag in ("body", "html", "article", "main"):
            break
        itemprop = (node.get("itemprop") or "").lower()
        if itemprop in ("datepublished", "datecreated", "uploaddate"):
            return "published"
        if itemprop == "datemodified":
            return "modified"
        kind = _class_kind(_class_id(node))
        if kind is not None:
            return kind
        node = node.getparent()
    return None


def _class_kind(text: str) -> Kind | None:
    """The kind of date a class/id text (as :func:`_class_id` gives it) names, if any."""
    if text.strip():
        if rules.PUBLISHED_HINT.search(text):
            return "published"
        if rules.MODIFIED_HINT.search(text):
            return "modified"
    return None


def _label_kind(prefix: str) -> Kind | None:
    """The kind a label right before a date gives it ("Updated", "Publié le"...)."""
    modified = [m.end() for m in rules.MODIFIED_LABEL.finditer(prefix)]
    published = [m.end() for m in rules.PUBLISHED_LABEL.finditer(prefix)]
    if not modified and not published:
        return None
    if modified and (not published or max(modified) > max(published)):
        return "modified"
    return "published"


_SKIP_TEXT_TAGS = frozenset(
    {"script", "style", "noscript", "template", "head", "title", "textarea", "option", "select"}
)
_DATE_CHARS = re.compile(r"\d{4}|\d\s*[年년]")
#: Attributes holding a machine-readable date, by how an element may carry them.
_DATE_ATTRS = ("datetime", "content", "title")

#: Evidence tiers of a date found in the markup or text (lower is stronger).
TIER_LABELLED = 0  # "Published ...", class "published", itemprop, pubdate
TIER_HINTED = 1  # a <time>, or an element whose class says "date"/"time"/"meta"
TIER_BARE = 2  # a date alone in a short line near the headline
TIER_ANYWHERE = 3  # a date alone in a short line anywhere (last resort)


def _headline_position(elements: list[etree._Element], foreign: _Foreign) -> int | None:
    """Index in ``elements`` (the scanned ones, in page order) of the first ``<h1>``
    outside boilerplate (the article's title); ``None`` when there is none."""
    for index, element in enumerate(elements):
        if element.tag == "h1" and not foreign(element):
            return index
    return None


def _element_text(element: etree._Element) -> str:
    parts: list[str] = []
    size = 0
    for piece in element.itertext():
        parts.append(str(piece))
        size += len(piece)
        if size > rules.MAX_DATELINE_CHARS * 2:
            break
    return collapse_ws(" ".join(parts))


#: What a class/id says of its element: nothing; that it may hold a date among other
#: things (a byline, a meta line: trusted only near the headline); that it holds a date.
_NO_HINT, _WEAK_HINT, _DATE_HINT = 0, 1, 2


def _is_hinted(element: etree._Element, near: bool) -> bool:
    """A ``<time>`` (or an element with a ``datetime``), a ``pubdate``, a date
    ``itemprop``, or a class/id saying it holds a date (or, ``near`` the headline, that
    it is a byline or meta line)."""
    if element.tag == "time":
        return True
    if element.get("datetime") is not None or element.get("pubdate") is not None:
        return True
    itemprop = (element.get("itemprop") or "").lower()
    if itemprop.startswith(("date", "upload")):
        return True
    hint = _class_hint(_class_id(element))
    return hint == _DATE_HINT or (near and hint == _WEAK_HINT)


def _class_hint(class_id: str) -> int:
    """What a class/id text (as :func:`_class_id` gives it) says of its element."""
    if not class_id.strip():
        return _NO_HINT
    class_id = class_id.lower()
    if rules.DATE_HINT.search(class_id):
        return _DATE_HINT
    return _WEAK_HINT if rules.WEAK_DATE_HINT.search(class_id) else _NO_HINT


def _own_text(element: etree._Element) -> str:
    """The text directly in ``element`` (its text and its children's tails)."""
    text = element.text or ""
    if not len(element):
        return text
    return text + "".join([child.tail or "" for child in element])


def _in_link(element: etree._Element, page_url: str | None) -> bool:
    """Inside a link to another page (a date there is usually that page's); a permalink
    to the page itself (``rel=bookmark``, or the page's URL) does not count."""
    for depth, node in enumerate((element, *element.iterancestors())):
        if node.tag == "a":
            href = (node.get("href") or "").strip()
            if not href or href.startswith("#") or "bookmark" in (node.get("rel") or ""):
                return False
            return not (page_url and _same_page(href, page_url))
        if depth >= _LINK_DEPTH or node.tag in ("article", "section", "main", "body"):
            return False
    return False


def _same_page(href: str, page_url: str) -> bool:
    def key(url: str) -> str:
        return url.split("#", 1)[0].split("?", 1)[0].rstrip("/")

    resolved = join_url(page_url, href)
    return resolved is not None and key(resolved) == key(page_url)


#: Ancestors searched for the link a date is written in (cards wrap whole blocks in one).
_LINK_DEPTH = 8


def _scan_start(root: etree._Element) -> etree._Element:
    """Where the markup scan starts: the ``<body>`` (the ``<head>`` shows no dateline)."""
    body = root.find("body")
    return body if body is not None else root


def _scan_elements(start: etree._Element) -> list[etree._Element]:
    """The elements scanned (no comments or processing instructions), in page order
    (huge pages are cut)."""
    return list(islice(start.iter(etree.Element), rules.MAX_ELEMENTS_SCANNED))


class _DomScan:
    """The scan of :func:`_dom_candidates` over one page's ``elements``: the elements
    before the dateline window around the headline, the window, and the rest. Outside
    the window only the elements with date markup are read; in it, every element.
    ``found`` collects the dates; :meth:`far` gives the elements without date markup
    outside the window, where the last resort looks."""

    def __init__(
        self,
        elements: list[etree._Element],
        headline: int | None,
        order: Order,
        tests: _PageForeign,
        url: str | None,
    ) -> None:
        self.elements = elements
        self.headline = headline
        self.anchor = headline if headline is not None else 0
        self.order = order
        self.tests = tests
        self.url = url
        self.found: list[_Candidate] = []
        self.far_spans: list[tuple[int, int]] = []  # index ranges scanned outside the window
        self.far_hinted: set[etree._Element] = set()  # the elements with date markup there

    def run(self) -> None:
        """Scan the page, up to :data:`~articlex._rules.dates.MAX_DOM_CANDIDATES` dates."""
        count = len(self.elements)
        if self.headline is None:
            self._scan_far(0, count)
            return
        low = max(0, self.headline - rules.DATELINE_WINDOW_BEFORE)
        high = min(count, self.headline + rules.DATELINE_WINDOW_AFTER + 1)
        if self._scan_far(0, low):
            return
        resume = self._scan_near(low, high)
        if resume is not None:
            self._scan_far(resume, count)

    def _scan_far(self, start: int, stop: int) -> bool:
        """Elements ``start`` to ``stop`` (outside the dateline window): dates of date
        markup only. True once enough are found."""
        for index in range(start, stop):
            element = self.elements[index]
            if element.tag in _SKIP_TEXT_TAGS or not _is_hinted(element, False):
                continue
            self.far_hinted.add(element)
            if self._add(index, element, True, False):
                self.far_spans.append((start, index + 1))
                return True
        self.far_spans.append((start, stop))
        return False

    def far(self) -> Iterator[tuple[int, etree._Element]]:
        """The elements scanned outside the dateline window without date markup, with
        their positions relative to the headline, in page order."""
        for start, stop in self.far_spans:
            for index in range(start, stop):
                element = self.elements[index]
                if element.tag not in _SKIP_TEXT_TAGS and element not in self.far_hinted:
                    yield index - self.anchor, element

    def _scan_near(self, start: int, stop: int) -> int | None:
        """Elements ``start`` to ``stop`` (the dateline window): also weakly hinted
        elements and bare lines holding a date. The index where the window closes early
        (the article's body has begun) or ``stop``; ``None`` once enough are found."""
        prose = 0  # paragraphs of running text met since the headline
        for index in range(start, stop):
            element = self.elements[index]
            if element.tag in _SKIP_TEXT_TAGS:
                continue
            own = _own_text(element)
            if index > self.anchor:
                if prose >= rules.DATELINE_MAX_PARAGRAPHS:
                    return index  # the header is over: the article's body has begun
                if len(own) >= rules.PROSE_CHARS and len(collapse_ws(own)) >= rules.PROSE_CHARS:
                    prose += 1
            hinted = _is_hinted(element, True)
            if not hinted and not _DATE_CHARS.search(own):
                continue
            if self._add(index, element, hinted, True):
                return None
        return stop

    def _add(self, index: int, element: etree._Element, hinted: bool, near: bool) -> bool:
        """Keep the dates of ``element`` (outside boilerplate); True once enough are."""
        candidates = _element_dates(element, self.order, hinted, index - self.anchor)
        foreign = self.tests.near if near else self.tests.anywhere
        if not candidates or foreign(element):
            return False
        linked = _in_link(element, self.url)
        self.found.extend(
            replace(c, near=near, linked=linked and c.source is Source.TEXT) for c in candidates
        )
        return len(self.found) >= rules.MAX_DOM_CANDIDATES


def _dom_candidates(
    root: etree._Element, order: Order, tests: _PageForeign, url: str | None = None
) -> tuple[list[_Candidate], Iterator[tuple[int, etree._Element]]]:
    """Dates of ``<time>`` elements, date-classed elements and short lines near the
    headline, outside boilerplate and copyright lines, in one walk over the page; and,
    apart, the other elements without date markup (with their positions), where the last
    resort is looked for only when needed (see :func:`_last_resort`)."""
    elements = _scan_elements(_scan_start(root))
    scan = _DomScan(elements, _headline_position(elements, tests.heading), order, tests, url)
    scan.run()
    return scan.found, scan.far()


def _last_resort(
    far: Iterable[tuple[int, etree._Element]], order: Order, foreign: _Foreign, url: str | None
) -> list[_Candidate]:
    """The dates of the first of the ``far`` elements (no date markup, away from the
    headline: see :func:`_dom_candidates`) that is a short line mostly made of a date,
    outside boilerplate and links: the last resort."""
    for position, element in far:
        if not _DATE_CHARS.search(_own_text(element)):
            continue
        candidates = _element_dates(element, order, False, position, alone=True)
        if not candidates or foreign(element) or _in_link(element, url):
            continue
        return [replace(c, tier=TIER_ANYWHERE) for c in candidates]
    return []


def _attribute_date(
    element: etree._Element, order: Order, hinted: bool, hint: Kind | None = None
) -> DateValue | None:
    """The machine-readable date of ``element``: ``datetime``; ``content`` on a hinted
    element; ``title`` on an hAtom ``<abbr>`` or an element marked published/updated."""
    for attr in _DATE_ATTRS:
        raw = element.get(attr)
        if not raw or (attr != "datetime" and not hinted):
            continue
        if attr == "title" and element.tag != "abbr" and hint is None:
            continue
        value = parse_date_value(raw, order) if len(raw) <= rules.MAX_VALUE_CHARS else None
        if value is not None:
            return value
    return None


def _element_dates(
    element: etree._Element,
    order: Order,
    hinted: bool,
    position: int,
    alone: bool = False,
) -> list[_Candidate]:
    """The dates of one element: its ``datetime`` (or other date attribute), else those
    written in its text, each with the kind its label or class gives it. ``alone``: only
    a line that is mostly its date, or starts with it, or labels it, counts (a line far
    from the headline, read as the last resort)."""
    hint = _hint_kind(element) if hinted else None
    if element.get("pubdate") is not None:
        hint = "published"
    text = _element_text(element)
    if len(text) > rules.MAX_DATELINE_CHARS:
        text = collapse_ws(_own_text(element))
        if len(text) > rules.MAX_DATELINE_CHARS:
            lead = _lead_dateline(text, order)
            return [_Candidate(lead, Source.TEXT, "unknown", TIER_BARE, position)] if lead else []
    if text and rules.COPYRIGHT.search(text):
        return []
    value = _attribute_date(element, order, hinted, hint)
    if value is not None:
        label = _text_label(text, value, order) if text else None
        if label is None:
            label = _label_kind(_preceding_text(element))
        kind: Kind = hint or label or "unknown"
        tier = TIER_LABELLED if kind != "unknown" else TIER_HINTED
        return [_Candidate(value, Source.DOM, kind, tier, position)]
    if not text:
        return []
    found: list[_Candidate] = []
    previous_end = 0
    for value, start, end in _dates_in_text(text, order):
        prefix = text[max(previous_end, start - rules.LABEL_WINDOW_CHARS) : start]
        previous_end = end
        if rules.OTHER_DATE_LABEL.search(prefix):
            continue
        label = _label_kind(prefix)
        if label is None and start < 3 and not found:
            label = _label_kind(_preceding_text(element))
        kind = label or hint or "unknown"
        tier = TIER_LABELLED if kind != "unknown" else (TIER_HINTED if hinted else TIER_BARE)
        in_sentence = len(text) > rules.MAX_BARE_DATELINE_CHARS or (
            alone and (end - start) < rules.MIN_DATE_SHARE * len(text)
        )
        if tier == TIER_BARE and in_sentence and not (not found and _leads(text, start, order)):
            continue  # a date inside a sentence, not a dateline
        found.append(_Candidate(value, Source.TEXT, kind, tier, position))
    return found


#: Not started inside a run of spaces (linear time; see NOT_INSIDE_WS_RUN), except right
#: after "- " or ": ", where a match ending in one space leaves the rest of the run.
_LEAD_SEPARATOR = re.compile(rf"(?:{NOT_INSIDE_WS_RUN}|(?<=[-:]\s))\s*(?:[—–]|-{{1,2}}\s|:\s|\|)")


def _lead_dateline(text: str, order: Order) -> DateValue | None:
    """The date opening a paragraph as a news dateline ("Feb. 23, 2015 -- Peanut
    allergies...", "WASHINGTON, Jan. 3, 2026 — ..."): within its first characters and
    followed by a dash, a colon or a bar."""
    head = text[: rules.LEAD_DATELINE_CHARS + 40]
    found = _first_date_match(head, order)
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


def _leads(text: str, start: int, order: Order) -> bool:
    """The date at ``start`` opens ``text`` as a news dateline."""
    return start <= rules.LEAD_DATELINE_CHARS and _lead_dateline(text, order) is not None


def _text_label(text: str, value: DateValue, order: Order) -> Kind | None:
    """The label the visible text gives the date of an element's attribute: that of the
    written date on the same day ("Posted: Oct 14 | Updated: 2 hours ago"), else the
    first label of the text."""
    previous_end = 0
    for written, start, end in _dates_in_text(text, order):
        if _day(written) == _day(value) or _days_apart(written, value) <= CONTRADICTION_DAYS:
            return _label_kind(text[max(previous_end, start - rules.LABEL_WINDOW_CHARS) : start])
        previous_end = end
    labels = [
        (m.start(), kind)
        for pattern, kind in (
            (rules.PUBLISHED_LABEL, "published"),
            (rules.MODIFIED_LABEL, "modified"),
        )
        for m in pattern.finditer(text[: 2 * rules.LABEL_WINDOW_CHARS])
    ]
    return min(labels)[1] if labels else None  # type: ignore[return-value]


def _preceding_text(element: etree._Element) -> str:
    """The text just before ``element`` in its parent (a label such as "Updated:")."""
    previous = element.getprevious()
    if previous is not None:
        text = (previous.tail or "").strip() or _element_text(previous)
        return text[-rules.LABEL_WINDOW_CHARS :]
    parent = element.getparent()
    return (parent.text or "").strip()[-rules.LABEL_WINDOW_CHARS :] if parent is not None else ""


# --- choosing -------------------------------------------------------------------------------


def _rank(candidate: _Candidate) -> int:
    """Order of preference of a markup/text date: near the headline and labelled first,
    then a labelled date elsewhere, then a bare date near the headline...; last, a date
    written in the text of a link (most often another article's)."""
    if candidate.linked:
        return 6
    if candidate.near:
        return (0, 1, 3, 5)[candidate.tier]
    return (2, 4, 5, 5)[candidate.tier]


#: Ranks (see ``_rank``) weaker than a date in the URL: the URL's date is used instead,
#: unless the two agree (then the markup's, more precise, is kept).
URL_BEATS_RANK = 4


def _best_dom(candidates: list[_Candidate], kind: Kind) -> _Candidate | None:
    pool = [c for c in candidates if c.kind == kind]
    if kind == "published":
        pool += [c for c in candidates if c.kind == "unknown"]
    if not pool:
        return None
    return min(
        pool,
        key=lambda c: (
            _rank(c),
            0 if c.kind == kind else 1,
            abs(c.position),
            -_precision(c.value),
            0 if c.source is Source.DOM else 1,  # a datetime attribute over its text
        ),
    )


def _first(candidates: list[_Candidate], kind: Kind) -> _Candidate | None:
    pool = [c for c in candidates if c.kind == kind]
    return min(pool, key=lambda c: (c.tier, c.position)) if pool else None


def _cross_check(
    published: _Candidate,
    modified: _Candidate | None,
    visible: _Candidate | None,
    from_url: dt.date | None,
) -> _Candidate:
    """Replace a structured publication date that the page itself contradicts (the rules
    are listed in the module docstring, "Cross-checks")."""
    value = published.value
    is_modified = modified is not None and modified.value == value
    if visible is not None and _days_apart(visible.value, value) > CONTRADICTION_DAYS:
        confirmed = (
            from_url is not None and _days_apart(visible.value, from_url) <= CONTRADICTION_DAYS
        )
        if confirmed or _days_apart(visible.value, value) > STALE_DAYS:
            return visible
    if (
        from_url is not None
        and _before(from_url, value)
        and _days_apart(from_url, value) > CONTRADICTION_DAYS
        and (is_modified or _days_apart(from_url, value) > STALE_DAYS)
    ):
        return _url_candidate(from_url)
    return published


def _url_candidate(value: dt.date) -> _Candidate:
    return _Candidate(value, Source.URL, "published")


def find_dates(
    root: etree._Element, page: PageData, verdicts: Verdicts | None = None
) -> tuple[Found[DateValue] | None, Found[DateValue] | None]:
    """``(published, modified)`` of the page, each with its provenance (see the module
    docstring for the sources, their precedence and the cross-checks). ``verdicts``: the
    extraction's memo of the cleaner's verdicts, shared with the other fields."""
    order = _page_order(page)
    foreign = _PageForeign(Verdicts() if verdicts is None else verdicts)
    structured = _structured(root, page, order, foreign.anywhere)
    published = _first(structured, "published")
    modified = _first(structured, "modified")
    from_url = url_date(page.url)
    candidates = structured
    if published is not None:
        visible = _visible_published(root, order, page, foreign)
        published = _cross_check(published, modified, visible, from_url)
    else:
        dom, far = _dom_candidates(root, order, foreign, page.url)
        candidates = structured + dom
        published = _best_dom(dom, "published")
        if modified is None:
            modified = _best_dom(dom, "modified")
        if from_url is not None and (
            published is None
            or (
                _rank(published) >= URL_BEATS_RANK
                and _days_apart(published.value, from_url) > CONTRADICTION_DAYS
            )
        ):
            published = _url_candidate(from_url)
        if published is None:
            published = _best_dom(_last_resort(far, order, foreign.anywhere, page.url), "published")
    trusted = [c for c in candidates if _trusted(c)]
    if published is not None:
        published = _refine(published, trusted)
    if modified is not None:
        modified = _refine(modified, trusted)
        if published is not None and _before(modified.value, published.value):
            modified = None
    return (
        Found(published.value, published.source) if published else None,
        Found(modified.value, modified.source) if modified else None,
    )


def _visible_published(
    root: etree._Element, order: Order, page: PageData, tests: _PageForeign
) -> _Candidate | None:
    """The page's own publication date as its header shows it, for the cross-check: a
    ``<time datetime>`` marked as the publication date, in the headline's block (before
    or after the ``<h1>``) or among the few right after it."""
    heading, foreign = tests.heading, tests.near
    url = page.url
    before: list[etree._Element] = []
    after_headline: int | None = None
    for element in page.tagged(root, "h1", "time"):
        if element.tag == "h1":
            if after_headline is None and not heading(element):
                after_headline = 0
                block = _header_block(element)
                for time in reversed(before[-rules.MAX_CROSS_CHECK_TIMES :]):
                    if not any(a in block for a in time.iterancestors()):
                        continue
                    value = _published_time(time, order, foreign, url)
                    if value is not None:
                        return _Candidate(value, Source.DOM, "published", TIER_LABELLED, -1, True)
            continue
        if after_headline is None:
            before.append(element)
            continue
        after_headline += 1
        if after_headline > rules.MAX_CROSS_CHECK_TIMES:
            break
        value = _published_time(element, order, foreign, url)
        if value is not None:
            return _Candidate(value, Source.DOM, "published", TIER_LABELLED, after_headline, True)
    return None


def _header_block(headline: etree._Element) -> set[etree._Element]:
    """The few containers around the headline (its header), not the page's body."""
    block: set[etree._Element] = set()
    for depth, node in enumerate(headline.iterancestors()):
        if depth >= _HEADER_DEPTH or node.tag in ("body", "html", "main"):
            break
        block.add(node)
    return block


#: Levels above the headline that still make its header block.
_HEADER_DEPTH = 3


def _published_time(
    element: etree._Element, order: Order, foreign: _Foreign, url: str | None
) -> DateValue | None:
    """The date of a ``<time datetime>`` marked as the publication date, outside
    boilerplate and links."""
    value = _marked_published(element, order)
    if value is None or foreign(element) or _in_link(element, url):
        return None
    return value


def _marked_published(element: etree._Element, order: Order) -> DateValue | None:
    """The ``datetime`` of a ``<time>`` marked as the publication date (``pubdate``, or a
    class/itemprop saying so), wherever it sits."""
    raw = element.get("datetime")
    if not raw or len(raw) > rules.MAX_VALUE_CHARS:
        return None
    kind = "published" if element.get("pubdate") is not None else _hint_kind(element)
    return parse_date_value(raw, order) if kind == "published" else None
