"""What keeps the article safe from the cleaner's rules: the guards on a verdict.

A rule's verdict (:mod:`articlex._classify`) does not remove an element that shows it is
content: the article's wrapper (most of the page's paragraphs, or of its text that is not
link text), prose in a box of a kind that also wraps stories, a section's own header, a
line-kind box wrapping a text, the heading of a comment section (where the block builder
ends the article). The kinds and thresholds are data in
:mod:`articlex._rules.boilerplate`; docs/cleaning.md says what each guard is for.
"""

from __future__ import annotations

import math
from typing import cast

from lxml import etree

from articlex._rules import boilerplate as rules
from articlex._rules.phrases import opens_comments
from articlex._text import collapse_ws, inner_text, serialised_text

__all__ = [
    "HEADINGS",
    "MainText",
    "count_paragraphs",
    "guarded",
    "holds_prose",
    "holds_titled_prose",
    "is_comments_heading",
    "is_slideshow",
    "needed_paragraphs",
    "paragraph_holders",
    "wrapper_paragraphs",
]

#: HTML's heading elements.
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def paragraph_holders(
    start: etree._Element, paragraphs: list[etree._Element], needed: float | None = None
) -> set[etree._Element]:
    """The elements that may hold enough of the page's ``paragraphs`` (all of them below
    ``start``, in document order) for :func:`guarded` to spare them as the article's
    wrapper (or ``needed`` of them, above zero: what :meth:`MainText.held_by` asks
    for); counting the paragraphs of any other is wasted (a sidebar's can take a walk
    over thousands of links). An element's paragraphs come one after another in document
    order, and any ``needed`` of them in a row include one of every ``needed``-th
    paragraph: only the elements above one of those (itself included) can qualify."""
    if needed is None:
        needed = needed_paragraphs(len(paragraphs))
    step = max(1, math.ceil(needed))
    holders: set[etree._Element] = set()
    for pivot in paragraphs[step - 1 :: step]:
        node: etree._Element | None = pivot
        while node is not None and node not in holders:
            holders.add(node)
            node = None if node is start else node.getparent()
    return holders


def needed_paragraphs(page_paragraphs: int) -> float:
    """How many paragraphs spare an element from a (non-strong) class/id rule."""
    return max(rules.PROTECT_MIN_PARAGRAPHS, rules.PROTECT_PARAGRAPH_SHARE * page_paragraphs)


def wrapper_paragraphs(page_paragraphs: int) -> float:
    """How many paragraph marks an element needs for :meth:`MainText.held_by` to weigh
    its text, on a page of PROTECT_MIN_PARAGRAPHS marks or more."""
    return rules.WRAPPER_MIN_PARAGRAPH_SHARE * page_paragraphs


def count_paragraphs(element: etree._Element, stop_at: int | None = None) -> int:
    """Paragraph marks below ``element``: ``<p>``, and ``<br>`` for pages written without."""
    count = 0
    for _ in element.iter("p", "br"):
        count += 1
        if stop_at is not None and count >= stop_at:
            break
    return count


class MainText:
    """Tells whether an element holds most of the page's text that is not link text:
    then it is the page's own wrapper, whatever its markup says (an unclosed
    ``<header>``, an ASP.NET page inside one ``<form>``, an article hidden until a script
    shows it), and is not removed whole. The page's count is made on the first ask."""

    def __init__(
        self,
        start: etree._Element,
        paragraphs: int = 0,
        holders: set[etree._Element] | None = None,
    ) -> None:
        self._start = start
        self._page: int | None = None
        self._paragraphs = paragraphs  # the page's paragraph marks, when counted
        # The elements that may hold enough of them (see paragraph_holders), if known.
        self._holders = holders

    def held_by(self, element: etree._Element) -> bool:
        # An element with few of the page's paragraph marks holds little of its prose:
        # no text to count (most pages' menus, footers and boxes stop here).
        if self._paragraphs >= rules.PROTECT_MIN_PARAGRAPHS:
            if self._holders is not None and element not in self._holders:
                return False  # too few of them below it to count them
            needed_marks = wrapper_paragraphs(self._paragraphs)
            if count_paragraphs(element, stop_at=math.ceil(needed_marks)) < needed_marks:
                return False
        # Its text with its links bounds its text without: most elements tested (ads,
        # menus, share bars) fail on it, and need no look at their links.
        held = _chars(serialised_text(element))
        if held < rules.WRAPPER_TEXT_SHARE * rules.WRAPPER_MIN_CHARS:
            return False  # too little for any page: no count of the page's needed
        if self._page is None:
            self._page = _unlinked_chars(self._start)
        needed = rules.WRAPPER_TEXT_SHARE * self._page
        if self._page < rules.WRAPPER_MIN_CHARS or held < needed:
            return False
        return _unlinked_chars(element) >= needed


def _chars(text: str) -> int:
    """Characters of ``text`` that are not ASCII whitespace (what a page's layout adds)."""
    return len(text) - sum(map(text.count, _LAYOUT_WHITESPACE))


#: Whitespace characters that page markup is laid out with.
_LAYOUT_WHITESPACE = (" ", "\n", "\t", "\r")
#: The text nodes inside links below an element, gathered in one query.
_LINK_TEXTS = etree.XPath(".//a//text()", smart_strings=False)


def _unlinked_chars(element: etree._Element) -> int:
    """Characters below ``element`` that are not whitespace, less those inside links."""
    linked = "".join(cast("list[str]", _LINK_TEXTS(element)))
    return _chars(serialised_text(element)) - _chars(linked)


def guarded(
    element: etree._Element,
    verdict: tuple[str, str],
    page_paragraphs: int,
    holders: set[etree._Element] | None = None,
) -> tuple[str, str] | None:
    """The class/id ``verdict`` on ``element``, unless the element shows it is content:
    marked as the article body, holding prose, heading a section, or holding most of
    the page's paragraphs (strong kinds are not spared by any of these)."""
    kind = verdict[0]
    if kind in rules.STRONG_KINDS or is_slideshow(element, kind):
        return verdict
    if (element.get("itemprop") or "").lower() == "articlebody":
        return None
    if kind in rules.PROSE_GUARDED_KINDS and holds_prose(element):
        return None
    if kind in rules.TITLE_HEADER_KINDS and _heads_a_section(element):
        return None
    if kind in rules.LINE_KINDS and (
        _wraps_a_text(element) or holds_prose(element) or _wraps_a_post(element)
    ):
        return None
    if holders is not None and element not in holders:
        return verdict  # too few of the page's paragraphs below it to count them
    needed = needed_paragraphs(page_paragraphs)
    if count_paragraphs(element, stop_at=int(needed) + 1) >= needed:
        return None  # holds most of the page's paragraphs: the article's wrapper
    return verdict


def _wraps_a_text(element: etree._Element) -> bool:
    """A byline, date or caption is a line: an element of their kinds holding a long
    text besides its links wraps more than a line (Blogger's ``date-outer`` holds the
    day's posts)."""
    limit = rules.LINE_KIND_MAX_CHARS
    return _chars(serialised_text(element)) >= limit and _unlinked_chars(element) >= limit


def _wraps_a_post(element: etree._Element) -> bool:
    """A byline, date or caption is a line: an element of their kinds around a blog
    engine's post entry (see POST_ENTRY_PATTERN) wraps the post, however short it is
    (Blogger's ``date-outer`` holds the day's date and its posts)."""
    return any(
        rules.POST_ENTRY_PATTERN.search(inner.get("class") or "")
        for inner in element.iterdescendants()
    )


def _heads_a_section(element: etree._Element) -> bool:
    """A header with a sub-heading and no ``<h1>`` titles a part of the article."""
    if element.find(".//h1") is not None:
        return False
    return any(True for _ in element.iter("h2", "h3", "h4", "h5", "h6"))


def holds_titled_prose(element: etree._Element) -> bool:
    """Whether ``element`` holds the page's title (an ``<h1>``) and prose below it."""
    return element.find(".//h1") is not None and holds_prose(element)


def is_slideshow(element: etree._Element, kind: str) -> bool:
    """Whether ``element``, of a slideshow kind, holds long paragraphs, all of them in
    its slides: captions (see SLIDESHOW_KINDS)."""
    if kind not in rules.SLIDESHOW_KINDS:
        return False
    found = False
    for paragraph in element.iter("p"):
        if sum(len(t) for t in paragraph.itertext()) < rules.PROSE_GUARD_CHARS:
            continue
        if not _in_slide(paragraph, element):
            return False
        found = True
    return found


def _in_slide(paragraph: etree._Element, slideshow: etree._Element) -> bool:
    node = paragraph.getparent()
    while node is not None and node is not slideshow:
        if node.tag in rules.SLIDE_TAGS:
            return True
        node = node.getparent()
    return False


def holds_prose(element: etree._Element) -> bool:
    long_paragraphs = 0
    for paragraph in element.iter("p"):
        if sum(len(t) for t in paragraph.itertext()) >= rules.PROSE_GUARD_CHARS:
            long_paragraphs += 1
            if long_paragraphs >= rules.PROSE_GUARD_PARAGRAPHS:
                return True
    return False


def is_comments_heading(element: etree._Element) -> bool:
    """Whether ``element`` is the heading of a comment section ("Comments", "14
    Responses"): old blog engines set the comments after it as its siblings, with no
    element of their own; kept, it tells the block builder where the article ends."""
    return element.tag in HEADINGS and opens_comments(collapse_ws(inner_text(element)))
