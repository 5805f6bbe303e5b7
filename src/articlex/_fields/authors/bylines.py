"""Bylines in the page: byline markup around the headline, else a visible "By" line.

Byline elements (a class or id saying *author*, *byline*, *writer*..., ``rel=author``,
``itemprop=author``, links to author pages) are grouped into blocks and ranked by where
they sit: the ranking is in ``docs/fields.md``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from itertools import accumulate, compress, count, islice
from operator import add
from typing import Any, cast

from lxml import etree

from articlex._attributes import (
    CLASS_VALUES,
    ID_VALUES,
    IN_PAGE_ORDER,
    ITEMPROP_VALUES,
    REL_VALUES,
    attribute_values,
    owners,
)
from articlex._fields.authors.elements import near, not_a_name, segments, text_len
from articlex._fields.authors.organisations import Name, Site, read_names
from articlex._fields.authors.placement import FOREIGN, Where, in_teaser
from articlex._meta import PageData
from articlex._rules import authors as rules

__all__ = ["from_dom", "from_text"]

#: What separates the texts searched together: no attribute value holds it, no
#: fragment searched for holds it, and it is not a word character (``\w``).
_SEPARATOR = "\0"


def _author_pages(links: Iterable[etree._Element]) -> list[etree._Element]:
    """The ``links`` to an author's page ("/author/jane-doe"), not to a licence
    ("creativecommons.org/licenses/by/3.0/"). Their addresses are
    searched as one text, in one call: most pages link to no author page, or to a few
    among a hundred links. (No match spans two addresses: see :data:`_SEPARATOR`.)"""
    links = list(links)
    hrefs = [link.get("href") or "" for link in links]
    joined = _SEPARATOR.join(hrefs)
    if rules.AUTHOR_HREF.search(joined) is None:
        return []
    starts = _starts(hrefs)
    found = rules.AUTHOR_HREF.finditer(joined)
    indexes = sorted({bisect_right(starts, m.start()) - 1 for m in found})
    return [links[i] for i in indexes if rules.LICENCE_HREF_FRAGMENT not in hrefs[i].lower()]


# The byline scan reads the ``class``, ``id``, ``itemprop`` and ``rel`` values in C (see
# :mod:`articlex._attributes`): only the few elements whose value names a byline are
# looked at, not every element's class in Python.


def _starts(texts: list[str]) -> list[int]:
    """Where each of ``texts`` starts in their join by :data:`_SEPARATOR` (and, last,
    one past its end): after the texts before it and their separators."""
    return list(map(add, accumulate(map(len, texts), initial=0), count()))


def _naming_byline(texts: list[str]) -> set[str]:
    """The ``texts`` holding one of :data:`BYLINE_CLASS_FRAGMENTS`. They are searched as
    one text, a fragment at a time, by ``str.find``: it skips ahead in C, where a regular
    expression of the ten fragments tried them at every character (most of the byline
    scan's time). A fragment found lies in one text (none holds :data:`_SEPARATOR`);
    the search goes on after that text."""
    joined = _SEPARATOR.join(texts)
    found: set[str] = set()
    starts: list[int] = []  # where each text starts in ``joined``, once something is found
    for fragment in rules.BYLINE_CLASS_FRAGMENTS:
        at = joined.find(fragment)
        while at >= 0:
            if not starts:
                starts = _starts(texts)
            index = bisect_right(starts, at) - 1
            found.add(texts[index])
            at = joined.find(fragment, starts[index + 1])
    return found


def _bearers(values: list[etree._ElementUnicodeResult]) -> list[etree._Element]:
    """The elements of those attribute ``values`` that name a byline (each distinct value
    searched once: pages repeat a few class names many times)."""
    named = _naming_byline(list(set(values)))
    if not named:
        return []
    return owners(compress(values, map(named.__contains__, values)))


def candidates(root: etree._Element, page: PageData | None = None) -> list[etree._Element]:
    """The ``<h1>`` headings and every element that may be (part of) a byline, in
    document order: a class or id naming one, an ``itemprop`` ``author``/``creator``, a
    ``rel`` holding ``author``, a link to an author's page. Each kind is found by its
    own query, without a walk that reads every element in Python; ``page`` (read from
    ``root``) lists the links, headings and ``itemprop`` elements already."""
    read = page.classes(root) if page else None
    if read is None:
        found: list[Any] = _bearers(attribute_values(CLASS_VALUES, root))  # (an XPath variable)
    else:  # the classes the page's other fields read too
        elements, classes = read
        named = _naming_byline([name for name in set(classes) if name is not None])
        found = list(compress(elements, map(named.__contains__, classes))) if named else []
    ids = page.ids(root) if page else None
    found += _bearers(attribute_values(ID_VALUES, root) if ids is None else ids)
    found += owners(rel for rel in attribute_values(REL_VALUES, root) if rules.AUTHOR_REL in rel)
    found += _declared_authors(root, page)
    found += _author_pages(page.tagged(root, "a") if page else root.iter("a"))
    found += page.tagged(root, "h1") if page else root.iter("h1")
    return cast("list[etree._Element]", IN_PAGE_ORDER(root, found=found))


def _declared_authors(root: etree._Element, page: PageData | None) -> list[etree._Element]:
    """The elements with an ``itemprop`` ``author`` or ``creator`` (as written): those
    of the page's microdata when it was read from ``root`` (its names are lower-cased
    tokens: a superset), else by a query."""
    if page is None or page.root is not root:
        values = attribute_values(ITEMPROP_VALUES, root)
        return owners(value for value in values if value in rules.AUTHOR_PROPERTIES)
    declared = [root] if root.get("itemprop") in rules.AUTHOR_PROPERTIES else []
    for name in rules.AUTHOR_PROPERTIES:
        declared += (e for e in page.microdata.elements.get(name, ()) if e.get("itemprop") == name)
    return declared


def _declared(element: etree._Element) -> bool:
    """The markup says the element is an author: ``itemprop=author``, ``rel=author``."""
    if element.get("itemprop") in rules.AUTHOR_PROPERTIES:
        return True
    return rules.AUTHOR_REL in (element.get("rel") or "")


def _blocks(candidates: list[etree._Element], headers: set[etree._Element]) -> list[etree._Element]:
    """The outermost byline elements of a reasonable size, in document order
    (``headers``: the headline's ancestors)."""
    blocks: list[etree._Element] = []
    current: etree._Element | None = None
    for element in candidates:
        if current is not None and any(a is current for a in element.iterancestors()):
            continue  # read as part of its block
        if not _declared(element) and not_a_name(element):
            continue
        if in_teaser(element, headers):
            continue
        size = text_len(element, rules.MAX_BYLINE_CHARS)
        if 0 < size <= rules.MAX_BYLINE_CHARS:
            blocks.append(element)
            current = element
    return blocks


def from_dom(
    root: etree._Element, page: PageData, h1: etree._Element | None, site: Site, where: Where
) -> list[Name]:
    """Names of the best byline block with its co-authors' blocks; organisations only
    when no block names a person."""
    found = candidates(root, page)
    position = {e: i for i, e in enumerate(found)}
    h1_at = position.get(h1) if h1 is not None else None
    tiers: dict[etree._Element, int] = {}
    headers = set(h1.iterancestors()) if h1 is not None else set()
    for block in _blocks([e for e in found if e.tag != "h1"], headers):
        tier = where(block)
        if tier != FOREIGN:
            tiers[block] = tier
    blocks = list(tiers)
    headline_path = [h1, *h1.iterancestors()] if h1 is not None else []
    depth_of = {node: depth for depth, node in enumerate(reversed(headline_path))}

    def rank(index: int) -> tuple[int, int, int, int]:
        """Tier; the depth of the container shared with the headline, deepest first;
        after the headline before above it; nearest first."""
        block = blocks[index]
        at = position[block]
        if h1_at is None:
            return tiers[block], 0, 0, at
        shared = next((n for n in (block, *block.iterancestors()) if n in depth_of), None)
        closeness = depth_of[shared] if shared is not None else 0
        after = at > h1_at
        return tiers[block], -closeness, 0 if after else 1, abs(at - h1_at)

    organisations: list[Name] = []
    for index in sorted(range(len(blocks)), key=rank):
        names = read_names([segments(blocks[index])], site, strict=True)
        if all(n.weak for n in names):
            organisations = organisations or names
            continue
        group = [index]
        for step in (-1, 1):
            other = index + step
            while (
                0 <= other < len(blocks)
                and text_len(blocks[other], rules.MAX_COAUTHOR_CHARS) <= rules.MAX_COAUTHOR_CHARS
                and near(blocks[index], blocks[other])
            ):
                group.append(other)
                other += step
        if len(group) == 1:
            return names
        return read_names([segments(blocks[i]) for i in sorted(group)], site, strict=True)
    return organisations


def _following(element: etree._Element) -> Iterator[etree._Element]:
    """The elements after ``element`` in document order (its own descendants excluded)."""
    for node in (element, *element.iterancestors()):
        for sibling in node.itersiblings():
            yield from sibling.iter()  # the sibling, then its descendants


def from_text(
    root: etree._Element, h1: etree._Element | None, site: Site, where: Where
) -> list[Name]:
    """Names of the first short "By Jane Doe" line after the headline (from the start of
    the body without one)."""
    headers = set(h1.iterancestors()) if h1 is not None else set()
    if h1 is not None:
        window = islice(_following(h1), rules.TEXT_LINE_WINDOW)
    else:
        body = root.find("body")
        start = body if body is not None else root
        window = islice(start.iterdescendants(), rules.TEXT_LINE_WINDOW_WITHOUT_HEADLINE)
    for element in window:
        if element.tag not in rules.TEXT_LINE_TAGS:
            continue
        first = (element.text or "").strip()
        if not first or not rules.BY_START.match(first):
            continue
        if text_len(element, rules.MAX_TEXT_LINE_CHARS) > rules.MAX_TEXT_LINE_CHARS:
            continue
        line = segments(element)
        if not rules.BY_LINE.match(line.replace("|", " ")) or where(element) == FOREIGN:
            continue
        if in_teaser(element, headers):
            continue
        names = read_names([line], site, strict=True)
        if names:
            return names
    return []
