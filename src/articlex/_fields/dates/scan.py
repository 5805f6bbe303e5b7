"""The walk of the page for dates in its markup and text: every element of the dateline
window around the headline, the elements with date markup elsewhere, and the short lines
far from it as a last resort; and the ``<time>`` by the headline that the cross-check of
a structured date reads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice

from lxml import etree

from articlex._fields.dates.foreign import Foreign, PageForeign, in_link
from articlex._fields.dates.markup import element_dates, hint_kind, is_hinted, own_text
from articlex._fields.dates.reading import parse_date_value
from articlex._fields.dates.values import Candidate, DateValue, Order
from articlex._meta import PageData
from articlex._models import Source
from articlex._rules import dates as rules
from articlex._text import collapse_ws, inner_text

__all__ = ["dom_candidates", "first_post", "last_resort", "visible_published"]


def dom_candidates(
    root: etree._Element,
    order: Order,
    tests: PageForeign,
    url: str | None = None,
    titles: tuple[str, ...] = (),
    now: dt.datetime | None = None,
) -> tuple[list[Candidate], Iterator[tuple[int, etree._Element]]]:
    """Dates of ``<time>`` elements, date-classed elements and short lines near the
    headline, outside boilerplate and copyright lines, in one walk over the page; and,
    apart, the other elements without date markup (with their positions), where the last
    resort is looked for only when needed (see :func:`last_resort`)."""
    elements = _scan_elements(_scan_start(root))
    headline = _headline_position(elements, tests.heading)
    if headline is None:
        headline = _titled_headline(elements, titles)
        if headline is not None:
            tests.around(elements[headline])
    scan = _DomScan(elements, headline, order, tests, url, now)
    scan.run()
    return scan.found, scan.far()


def _scan_start(root: etree._Element) -> etree._Element:
    """Where the markup scan starts: the ``<body>`` (the ``<head>`` shows no dateline)."""
    body = root.find("body")
    return body if body is not None else root


def _scan_elements(start: etree._Element) -> list[etree._Element]:
    """The elements scanned (no comments or processing instructions), in page order
    (huge pages are cut)."""
    return list(islice(start.iter(etree.Element), rules.MAX_ELEMENTS_SCANNED))


def _headline_position(elements: list[etree._Element], foreign: Foreign) -> int | None:
    """Index in ``elements`` (the scanned ones, in page order) of the first ``<h1>``
    outside boilerplate (the article's title); ``None`` when there is none."""
    for index, element in enumerate(elements):
        if element.tag == "h1" and not foreign(element):
            return index
    return None


def _titled_headline(elements: list[etree._Element], titles: tuple[str, ...]) -> int | None:
    """Index of the first ``<h1>`` whose text opens one of the page's ``titles``, when
    every ``<h1>`` sits in boilerplate (a banner or an overlay the title is shown in)."""
    wanted = [collapse_ws(title).casefold() for title in titles if title]
    if not wanted:
        return None
    for index, element in enumerate(elements):
        if element.tag != "h1":
            continue
        text = collapse_ws(inner_text(element)).casefold()
        if len(text) >= rules.MIN_TITLED_HEADLINE_CHARS and any(
            title.startswith(text) for title in wanted
        ):
            return index
    return None


class _DomScan:
    """The scan of :func:`dom_candidates` over one page's ``elements``: the elements
    before the dateline window around the headline, the window, and the rest. Outside
    the window only the elements with date markup are read; in it, every element.
    ``found`` collects the dates; :meth:`far` gives the elements without date markup
    outside the window, where the last resort looks."""

    def __init__(
        self,
        elements: list[etree._Element],
        headline: int | None,
        order: Order,
        tests: PageForeign,
        url: str | None,
        now: dt.datetime | None = None,
    ) -> None:
        self.elements = elements
        self.now = now  # the caller's reference time, for relative dates
        self.headline = headline
        self.anchor = headline if headline is not None else 0
        self.order = order
        self.tests = tests
        self.url = url
        self.found: list[Candidate] = []
        self.far_spans: list[tuple[int, int]] = []  # index ranges scanned outside the window
        self.far_hinted: set[etree._Element] = set()  # the elements with date markup there
        self.hints: dict[str, int] = {}  # what each class/id text met says of a date

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
            if element.tag in rules.SKIP_TEXT_TAGS or not is_hinted(element, False, self.hints):
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
                if element.tag not in rules.SKIP_TEXT_TAGS and element not in self.far_hinted:
                    yield index - self.anchor, element

    def _scan_near(self, start: int, stop: int) -> int | None:
        """Elements ``start`` to ``stop`` (the dateline window): also weakly hinted
        elements and bare lines holding a date. The index where the window closes early
        (the article's body has begun) or ``stop``; ``None`` once enough are found."""
        prose = 0  # paragraphs of running text met since the headline
        for index in range(start, stop):
            element = self.elements[index]
            if element.tag in rules.SKIP_TEXT_TAGS:
                continue
            own = own_text(element)
            if index > self.anchor:
                if prose >= rules.DATELINE_MAX_PARAGRAPHS:
                    return index  # the header is over: the article's body has begun
                if len(own) >= rules.PROSE_CHARS and len(collapse_ws(own)) >= rules.PROSE_CHARS:
                    prose += 1
            hinted = is_hinted(element, True, self.hints)
            if not hinted and not rules.DATE_CHARS.search(own):
                continue
            if self._add(index, element, hinted, True):
                return None
        return stop

    def _add(self, index: int, element: etree._Element, hinted: bool, near: bool) -> bool:
        """Keep the dates of ``element`` (outside boilerplate); True once enough are."""
        candidates = element_dates(element, self.order, hinted, index - self.anchor, now=self.now)
        foreign = self.tests.near if near else self.tests.anywhere
        if not candidates or foreign(element):
            return False
        linked = in_link(element, self.url)
        self.found.extend(
            replace(c, near=near, linked=linked and c.source is Source.TEXT) for c in candidates
        )
        return len(self.found) >= rules.MAX_DOM_CANDIDATES


def last_resort(
    far: Iterable[tuple[int, etree._Element]], order: Order, foreign: Foreign, url: str | None
) -> list[Candidate]:
    """The dates of the first of the ``far`` elements (no date markup, away from the
    headline: see :func:`dom_candidates`) that is a short line mostly made of a date,
    outside boilerplate and links: the last resort."""
    for position, element in far:
        if not rules.DATE_CHARS.search(own_text(element)):
            continue
        candidates = element_dates(element, order, False, position, alone=True)
        if not candidates or foreign(element) or in_link(element, url):
            continue
        return [replace(c, tier=rules.TIER_ANYWHERE) for c in candidates]
    return []


def first_post(
    root: etree._Element,
    order: Order,
    tests: PageForeign,
    url: str | None,
    now: dt.datetime | None = None,
) -> list[Candidate]:
    """On a thread's page, the dates of its first post (the thread's date): the first
    element after the headline (or from the top) with date or byline markup that shows
    a date other than an update, outside boilerplate but the posts, and outside links."""
    elements = _scan_elements(_scan_start(root))
    headline = _headline_position(elements, tests.heading)
    start = 0 if headline is None else headline
    foreign = tests.thread()
    hints: dict[str, int] = {}
    for index in range(start, len(elements)):
        element = elements[index]
        if element.tag in rules.SKIP_TEXT_TAGS or not is_hinted(element, True, hints):
            continue
        candidates = [
            c
            for c in element_dates(element, order, True, index - start, now=now)
            if c.kind != "modified"
        ]
        if candidates and not foreign(element) and not in_link(element, url):
            return candidates[:1]
    return []


# --- the cross-check's visible date ------------------------------------------------------


def visible_published(
    root: etree._Element, order: Order, page: PageData, tests: PageForeign
) -> Candidate | None:
    """The page's own publication date as its header shows it, for the cross-check: a
    ``<time datetime>`` marked as the publication date, in the headline's block (before
    or after the ``<h1>``) or among the few right after it."""
    elements = list(page.tagged(root, "h1", "time"))
    if not any(_marked_date(e, order) is not None for e in elements if e.tag == "time"):
        return None  # none to read: the headline's boilerplate test is not needed
    heading, foreign = tests.heading, tests.near
    url = page.url
    before: list[etree._Element] = []
    after_headline: int | None = None
    for element in elements:
        if element.tag == "h1":
            if after_headline is None and not heading(element):
                after_headline = 0
                block = _header_block(element)
                for time in reversed(before[-rules.MAX_CROSS_CHECK_TIMES :]):
                    if not any(a in block for a in time.iterancestors()):
                        continue
                    value = _published_time(time, order, foreign, url)
                    if value is not None:
                        return _visible(value, -1)
            continue
        if after_headline is None:
            before.append(element)
            continue
        after_headline += 1
        if after_headline > rules.MAX_CROSS_CHECK_TIMES:
            break
        value = _published_time(element, order, foreign, url)
        if value is not None:
            return _visible(value, after_headline)
    return None


def _visible(value: DateValue, position: int) -> Candidate:
    return Candidate(value, Source.DOM, "published", rules.TIER_LABELLED, position, True)


def _header_block(headline: etree._Element) -> set[etree._Element]:
    """The few containers around the headline (its header), not the page's body."""
    block: set[etree._Element] = set()
    for depth, node in enumerate(headline.iterancestors()):
        if depth >= rules.HEADER_DEPTH or node.tag in rules.HEADER_STOP_TAGS:
            break
        block.add(node)
    return block


def _published_time(
    element: etree._Element, order: Order, foreign: Foreign, url: str | None
) -> DateValue | None:
    """The date of a ``<time datetime>`` marked as the publication date (see
    :func:`_marked_date`), outside boilerplate and links."""
    value = _marked_date(element, order)
    if value is None or foreign(element) or in_link(element, url):
        return None
    return value


def _marked_date(element: etree._Element, order: Order) -> DateValue | None:
    """The ``datetime`` of an element marked as the publication date (``pubdate``, or a
    class/itemprop saying so)."""
    raw = element.get("datetime")
    if not raw or len(raw) > rules.MAX_VALUE_CHARS:
        return None
    kind = "published" if element.get("pubdate") is not None else hint_kind(element)
    if kind != "published":
        return None
    return parse_date_value(raw, order)
