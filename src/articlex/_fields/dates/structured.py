"""Dates the page states as data: the article's JSON-LD (a broken script searched by a
regular expression), ``<meta>`` tags, microdata, the JSON-LD of the web page around the
article, and the date written in the URL's path."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import Any

from lxml import etree

from articlex._fields.dates.foreign import in_link
from articlex._fields.dates.markup import attribute_date
from articlex._fields.dates.reading import MONTH, parse_date_value
from articlex._fields.dates.values import Candidate, DateValue, Kind, Order, make_date
from articlex._meta import PageData
from articlex._meta.jsonld import types_of
from articlex._models import Source
from articlex._rules import dates as rules

__all__ = ["structured_candidates", "url_date"]

#: The JSON-LD keys of each kind of date, in precedence order.
_JSONLD_KEYS: tuple[tuple[tuple[str, ...], Kind], ...] = (
    (rules.JSONLD_PUBLISHED_KEYS, "published"),
    (rules.JSONLD_MODIFIED_KEYS, "modified"),
)
#: The ``<meta>`` keys of each kind of date, in precedence order.
_META_KEYS: tuple[tuple[tuple[str, ...], Kind], ...] = (
    (rules.META_PUBLISHED_KEYS, "published"),
    (rules.META_MODIFIED_KEYS, "modified"),
)
#: The other ``<meta>`` names of each kind of date, read when the keys above give none.
_META_NAMES: tuple[tuple[re.Pattern[str], Kind], ...] = (
    (rules.META_PUBLISHED_NAME, "published"),
    (rules.META_MODIFIED_NAME, "modified"),
)
#: Keys the name patterns never read: the listed ones, and microdata properties (read
#: as microdata, where the element's place is checked).
_KNOWN_KEYS = frozenset(
    (
        *rules.META_PUBLISHED_KEYS,
        *rules.META_MODIFIED_KEYS,
        *rules.MICRODATA_PUBLISHED_KEYS,
        *rules.MICRODATA_MODIFIED_KEYS,
    )
)
#: The microdata properties of each kind of date, in precedence order.
_MICRODATA_KEYS: tuple[tuple[tuple[str, ...], Kind], ...] = (
    (rules.MICRODATA_PUBLISHED_KEYS, "published"),
    (rules.MICRODATA_MODIFIED_KEYS, "modified"),
)
#: The JSON-LD date keys, in precedence order (each with its rank).
_BROKEN_KEY_ORDER = {
    key: rank
    for rank, key in enumerate((*rules.JSONLD_PUBLISHED_KEYS, *rules.JSONLD_MODIFIED_KEYS))
}

#: The shapes of a date in a URL's path, in precedence order: ``/2026/01/03/``,
#: ``2026-01-03``, ``/202601/03/``, ``/2016/nov/29/``, the day in a ``YYMMDD`` slug under
#: its year and month (``/2015/08/150803-slug``), ``/20260103/``, and last eight digits
#: against letters (``alert20190402.html``, ``tr20030414-``), never inside a longer run
#: of digits (an id). (``2005_05_29_archive.html``, ``week_2005_05_22``: blog archives,
#: pages of many posts, write their dates with underscores: not read.)
_URL_PATTERNS = (
    re.compile(r"/(?P<year>\d{4})/(?P<a>\d{1,2})/(?P<b>\d{1,2})(?=[/_.-]|$)"),
    re.compile(r"(?<![\d])(?P<year>\d{4})-(?P<a>\d{2})-(?P<b>\d{2})(?=[/_.-]|$)"),
    re.compile(r"/(?P<year>\d{4})-?(?P<a>\d{2})/(?P<b>\d{2})(?=/)"),
    re.compile(r"/(?P<year>\d{4})/" + MONTH + r"/(?P<b>\d{1,2})(?=/)", re.IGNORECASE),
    re.compile(r"/(?P<year>(?:19|20)(?P<yy>\d{2}))/(?P<a>\d{2})/(?P=yy)(?P=a)(?P<b>\d{2})(?!\d)"),
    re.compile(r"(?<![\w])(?P<year>\d{4})(?P<a>\d{2})(?P<b>\d{2})(?=[/_.-]|$)"),
    re.compile(r"(?<![\d])(?P<year>(?:19|20)\d{2})(?P<a>\d{2})(?P<b>\d{2})(?![\d])"),
)


def structured_candidates(
    page: PageData,
    order: Order,
    foreign: Callable[[etree._Element], bool],
) -> list[Candidate]:
    """The dates of the page's structured data, each with its tier (the source's rank,
    lower first) and its position (order within one tier): every one of the article's
    JSON-LD and meta tags, and those of a weaker source for a kind of date the stronger
    ones did not give. ``foreign``: whether a microdata element sits where a date is not
    the article's."""
    found: list[Candidate] = []
    # Pages repeat one date under several keys (JSON-LD, ``article:published_time``,
    # ``og:...``): each distinct string is parsed once.
    parsed: dict[str, DateValue | None] = {}

    def add(raw: str, source: Source, kind: Kind, tier: int) -> None:
        if raw not in parsed:
            parsed[raw] = parse_date_value(raw, order)
        value = parsed[raw]
        if value is not None:
            found.append(Candidate(value, source, kind, tier, len(found)))

    articles = list(page.jsonld.articles())
    for keys, kind in _JSONLD_KEYS:
        for raw in _jsonld_dates(articles, keys):
            add(raw, Source.JSON_LD, kind, rules.TIER_JSONLD)
    if not articles and (page.jsonld.broken or not page.jsonld.objects):
        pairs = sorted(
            page.jsonld.loose_strings(_BROKEN_KEY_ORDER),
            key=lambda pair: _BROKEN_KEY_ORDER[pair[0]],
        )
        for key, raw in pairs:
            kind = "modified" if key in rules.JSONLD_MODIFIED_KEYS else "published"
            add(raw, Source.JSON_LD, kind, rules.TIER_JSONLD)
    meta = page.meta.values
    for keys, kind in _META_KEYS:
        for key in keys:
            for raw in meta.get(key, ()):
                add(raw, Source.META, kind, rules.TIER_META)
    given = {candidate.kind for candidate in found}
    for name, kind in _META_NAMES:
        if kind in given:
            continue
        for key, raws in meta.items():
            if key not in _KNOWN_KEYS and name.search(key):
                for raw in raws:
                    add(raw, Source.META, kind, rules.TIER_META)
    # A kind of date JSON-LD or a meta tag gave is never taken from a weaker source
    # (see choose.first), nor trusted to refine one (choose.trusted): not read there.
    given = {candidate.kind for candidate in found}
    for keys, kind in _MICRODATA_KEYS:
        if kind in given:
            continue
        for key in keys:
            values = page.microdata.values.get(key, ())
            elements = page.microdata.elements.get(key, ())
            for raw, element in zip(values, elements, strict=False):
                if foreign(element) or in_link(element, page.url):
                    continue  # another story's card
                value = attribute_date(element, order, True, kind)
                if value is not None:
                    found.append(
                        Candidate(value, Source.MICRODATA, kind, rules.TIER_MICRODATA, len(found))
                    )
                else:
                    add(raw, Source.MICRODATA, kind, rules.TIER_MICRODATA)
    given = {candidate.kind for candidate in found}
    pages = [o for o in page.jsonld.objects if types_of(o) & rules.JSONLD_PAGE_TYPES]
    for keys, kind in _JSONLD_KEYS:
        if kind in given:
            continue
        for raw in _jsonld_dates(pages, keys):
            add(raw, Source.JSON_LD, kind, rules.TIER_PAGE_JSONLD)
    return found


def _jsonld_dates(objects: list[dict[str, Any]], keys: tuple[str, ...]) -> Iterator[str]:
    """The raw values of ``keys`` in ``objects``: every object's first key before any
    object's second (each ``datePublished`` before any ``uploadDate``)."""
    for key in keys:
        for obj in objects:
            yield from _jsonld_values(obj.get(key))


def _jsonld_values(value: Any) -> Iterator[str]:
    """The strings of a JSON-LD property: itself, the first items of a list, an
    ``@value``."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value[: rules.MAX_JSONLD_LIST_VALUES]:
            if isinstance(item, str):
                yield item
    elif isinstance(value, dict):
        inner = value.get("@value")
        if isinstance(inner, str):
            yield inner


def url_date(url: str | None) -> dt.date | None:
    """The date written in a URL's path (``/2026/01/03/``, ``/20260103/``,
    ``/2026-01-03-slug``, ``/2016/nov/29/``), if any."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    scheme_end = path.find("//")
    if scheme_end >= 0:
        slash = path.find("/", scheme_end + 2)
        path = path[slash:] if slash >= 0 else ""
    path = path[: rules.MAX_URL_PATH_CHARS]
    for pattern in _URL_PATTERNS:
        for match in pattern.finditer(path):
            groups = match.groupdict()
            month_name = groups.get("month")
            month = rules.MONTHS.get(month_name.lower()) if month_name else int(match["a"])
            if month is None:
                continue
            value = make_date(int(match["year"]), month, int(match["b"]))
            if value is not None:
                return value
    return None
