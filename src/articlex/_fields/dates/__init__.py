"""Publication and modification dates: structured data first, then the markup and text
near the headline, the URL, and a last resort; cross-checked against what the page shows.

The rules (sources and precedence, what is never taken, the cross-checks, precision) are
in ``docs/fields.md``, "Dates"; the data they use in :mod:`articlex._rules.dates`. The
parts: :mod:`.reading` and :mod:`.zones` read written dates, :mod:`.structured` the
page's data and URL, :mod:`.markup`, :mod:`.foreign` and :mod:`.scan` its markup and
text, :mod:`.choose` chooses; :mod:`.values` holds the types they share.
"""

from __future__ import annotations

import datetime as dt

from lxml import etree

from articlex._fields import Found, Verdicts
from articlex._fields.dates.choose import (
    best_dom,
    cross_check,
    first,
    prefer_url,
    refine,
    trusted,
)
from articlex._fields.dates.foreign import PageForeign
from articlex._fields.dates.reading import find_date_in_text, page_order, parse_date_value
from articlex._fields.dates.scan import (
    dom_candidates,
    first_post,
    last_resort,
    visible_published,
)
from articlex._fields.dates.structured import structured_candidates, url_date
from articlex._fields.dates.values import DateValue, Order, before
from articlex._meta import PageData
from articlex._meta.jsonld import types_of
from articlex._rules.content import THREAD_URL_PATTERN
from articlex._rules.page_type import FORUM_TYPES

__all__ = [
    "DateValue",
    "Order",
    "find_date_in_text",
    "find_dates",
    "parse_date_value",
    "publication_stated",
    "url_date",
]


def find_dates(
    root: etree._Element,
    page: PageData,
    verdicts: Verdicts | None = None,
    now: dt.datetime | None = None,
) -> tuple[Found[DateValue] | None, Found[DateValue] | None]:
    """``(published, modified)`` of the page, each with its provenance; a page giving
    only its last update gives it as both. ``verdicts``: the extraction's memo of the
    cleaner's verdicts, shared with the other fields; ``now``: the caller's reference
    time, against which relative dates ("3 days ago") are read (never without one)."""
    order = page_order(page)
    foreign = PageForeign(Verdicts() if verdicts is None else verdicts)
    structured = structured_candidates(page, order, foreign.anywhere)
    published = first(structured, "published")
    modified = first(structured, "modified")
    from_url = url_date(page.url)
    candidates = structured
    if published is not None:
        visible = visible_published(root, order, page, foreign)
        published = cross_check(published, modified, visible, from_url)
    else:
        titles = (page.meta.first("og:title", "twitter:title") or "", page.meta.title or "")
        dom, far = dom_candidates(root, order, foreign, page.url, titles, now)
        candidates = structured + dom
        published = prefer_url(best_dom(dom, "published"), from_url)
        if modified is None:
            modified = best_dom(dom, "modified")
        if published is None and _is_thread(page):
            published = best_dom(first_post(root, order, foreign, page.url, now), "published")
        if published is None:
            resort = last_resort(far, order, foreign.anywhere, page.url)
            published = best_dom(resort, "published")
            if modified is None:
                modified = best_dom(resort, "modified")
    agreeing = [c for c in candidates if trusted(c)]
    if published is not None:
        published = refine(published, agreeing)
    if modified is not None:
        modified = refine(modified, agreeing)
        if published is not None and before(modified.value, published.value):
            modified = None
    found_modified = Found(modified.value, modified.source) if modified else None
    if published is None:
        # The page vouches for one date only, its last update: the earliest it gives.
        # The same object stands for both (see :func:`publication_stated`).
        return found_modified, found_modified
    return Found(published.value, published.source), found_modified


def _is_thread(page: PageData) -> bool:
    """A forum's thread, by the shape of its address or its declared types."""
    if page.url and THREAD_URL_PATTERN.search(page.url):
        return True
    return any(not FORUM_TYPES.isdisjoint(types_of(obj)) for obj in page.jsonld.objects)


def publication_stated(
    published: Found[DateValue] | None, modified: Found[DateValue] | None
) -> bool:
    """Whether :func:`find_dates` found a publication date, not only the page's last
    update standing in for it: the page's kind weighs the former alone."""
    return published is not None and published is not modified
