"""Bylines in the page: byline markup around the headline, else a visible "By" line.

Byline elements (a class or id saying *author*, *byline*, *writer*..., ``rel=author``,
``itemprop=author``, links to author pages) are grouped into blocks and ranked by where
they sit: the ranking is in ``docs/fields.md``.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from lxml import etree

from articlex._fields.authors.elements import near, not_a_name, segments, text_len
from articlex._fields.authors.organisations import Name, Site, read_names
from articlex._fields.authors.placement import FOREIGN, Where, in_teaser
from articlex._rules import authors as rules

__all__ = ["candidates", "from_dom", "from_text"]


def candidates(root: etree._Element) -> list[etree._Element]:
    """The ``<h1>`` headings and every element that may be (part of) a byline, in
    document order: a class or id naming one, an ``itemprop`` ``author``/``creator``, a
    ``rel`` holding ``author`` (see :func:`_declared`), a link to an author's page (not
    to a licence)."""
    found = []
    for element in root.iter(etree.Element):
        tag = element.tag
        cls, ident = element.get("class"), element.get("id")
        if (
            tag == "h1"
            or (cls is not None and rules.BYLINE_CLASS.search(cls))
            or (ident is not None and rules.BYLINE_CLASS.search(ident))
            or element.get("itemprop") in rules.AUTHOR_PROPERTIES
            or rules.AUTHOR_REL in (element.get("rel") or "")
            or (tag == "a" and _author_page(element.get("href") or ""))
        ):
            found.append(element)
    return found


def _author_page(href: str) -> bool:
    """``href`` leads to an author's page ("/author/jane-doe"), not to a licence
    ("creativecommons.org/licenses/by/3.0/")."""
    return bool(rules.AUTHOR_HREF.search(href)) and rules.LICENCE_HREF_FRAGMENT not in href.lower()


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
    root: etree._Element, h1: etree._Element | None, site: Site, where: Where
) -> list[Name]:
    """Names of the best byline block with its co-authors' blocks; organisations only
    when no block names a person."""
    found = candidates(root)
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
