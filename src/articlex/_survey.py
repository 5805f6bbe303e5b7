"""Stage 4a, survey the cleaned tree: text and link lengths, and the paragraphs to score.

One bottom-up pass over every element below the body measures each element's text and
link text (:class:`TextStats`, which the block builder reuses) and lists the paragraphs
the locator scores, loose runs of text beside blocks included, as Readability would wrap
them in ``<p>``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import cast

from lxml import etree

from articlex._rules import content as rules
from articlex._text import LINE_BREAK, inner_text, rendered_paragraphs

__all__ = ["ScoredText", "TextStats", "survey"]


@dataclass
class TextStats:
    """Text and link-text length of every element of a subtree (characters, stripped).

    Computed once, bottom-up, after cleaning; the block builder reuses it. An element
    missing from a dict has a length of 0 (most have no link text).
    """

    text: dict[etree._Element, int] = field(default_factory=dict)
    links: dict[etree._Element, int] = field(default_factory=dict)

    def link_density(self, element: etree._Element) -> float:
        total = self.text.get(element, 0)
        return self.links.get(element, 0) / total if total else 0.0

    def count_headings(self, element: etree._Element) -> tuple[int, int]:
        """How many sub-headings ``element`` holds, and how many of them are links
        (mostly link text, or inside a link)."""
        headings = linked = 0
        for heading in element.iter("h2", "h3", "h4", "h5", "h6"):
            headings += 1
            if (
                self.link_density(heading) >= rules.LINK_PARAGRAPH_DENSITY
                or next(heading.iterancestors("a"), None) is not None
            ):
                linked += 1
        return headings, linked


#: ``(first element credited, text, share of the text in links)`` of one paragraph.
ScoredText = tuple[etree._Element, str, float]


def survey(start: etree._Element) -> tuple[TextStats, list[ScoredText]]:
    """One pass over ``start`` and every element below it: their text and link lengths,
    and the paragraphs to score, in document order, as ``(first element credited, text)``.

    A ``<p>`` (or an all-inline ``<div>``) credits its parent first; loose text runs
    inside a container with block children credit the container itself.

    Children come before their parent (reverse document order); each adds its total
    and its tail to its parent's, and tells it whether it holds a block child or text
    of its own beside its blocks, so every node is read once. An element's entries are
    written only when it adds to what its children gave: its own text, or (a link) all
    of its text as link text; otherwise the children's sums stand as they are.
    """
    text: dict[etree._Element, int] = {}
    links: dict[etree._Element, int] = {}
    blocky: set[etree._Element] = set()  # elements with a block child
    loose: set[etree._Element] = set()  # ... with text beside their block children
    found: list[ScoredText] = []  # reversed, like the walk
    elements = list(start.iter())  # every node: entity reference nodes too
    for element in reversed(elements):
        tag = element.tag
        total = text.get(element, 0)
        own_length = len(element.text.strip()) if element.text else 0
        if own_length:
            total += own_length
            text[element] = total
        if tag == "a":
            linked = total
            if total:
                links[element] = total
        else:
            linked = links.get(element, 0)
        parent = element.getparent()
        if element is not start and (
            tag in rules.PARAGRAPH_TAGS
            or (tag in rules.CONTAINER_TAGS and element not in blocky)
            or (
                tag in rules.HEADING_TAGS
                and total >= rules.HEADING_PARAGRAPH_MIN_CHARS
                and element not in blocky
            )
        ):
            # (A long minor heading is a paragraph in heading type: HEADING_TAGS.)
            # A paragraph with no text at all scores nothing.
            if total:
                found.append((cast("etree._Element", parent), inner_text(element), linked / total))
        elif (tag in rules.CONTAINER_TAGS or element is start) and (own_length or element in loose):
            found.extend((element, *run) for run in reversed(_loose_runs(element, blocky, links)))
        if element is start:
            break
        assert parent is not None  # below start
        tail_length = len(element.tail.strip()) if element.tail else 0
        if tag in rules.BLOCK_TAGS or element in blocky:
            blocky.add(parent)  # an inline or unknown element holding blocks is one too
        elif total and tag != "br" and isinstance(tag, str):
            loose.add(parent)  # an inline child's text (what _loose_runs reads)
        if tail_length:
            loose.add(parent)
        if total or tail_length:
            text[parent] = text.get(parent, 0) + total + tail_length
        if linked:
            links[parent] = links.get(parent, 0) + linked
    found.reverse()
    return TextStats(text, links), found


def _loose_runs(
    element: etree._Element, blocky: set[etree._Element], links: dict[etree._Element, int]
) -> list[tuple[str, float]]:
    """Text written straight into a container beside block children, split at blocks
    (``blocky``: the elements holding blocks) and at double ``<br>``: the paragraphs
    Readability would wrap in ``<p>``, each with the share of its run in links (``links``:
    the children's link lengths, counted before their parent's runs are read)."""
    pieces: list[tuple[str, float]] = []
    parts: list[str] = [element.text or ""]
    linked = 0
    for child in element:
        tag = child.tag
        if tag in rules.BLOCK_TAGS or child in blocky:
            _add_pieces(parts, linked, pieces)
            parts, linked = [], 0
        elif tag == "br":
            parts.append(LINE_BREAK)
        elif isinstance(tag, str):
            parts.append(inner_text(child))
            linked += links.get(child, 0)
        if child.tail:
            parts.append(child.tail)
    _add_pieces(parts, linked, pieces)
    return pieces


def _add_pieces(parts: list[str], linked: int, pieces: list[tuple[str, float]]) -> None:
    """Add to ``pieces`` the paragraphs of one run (its ``parts`` joined, ``linked`` of its
    characters in links) that hold text, as a browser shows them. Most runs are the
    whitespace between two blocks: they are passed at once."""
    run = "".join(parts)
    if run and not run.isspace():
        paragraphs = rendered_paragraphs(run)
        if paragraphs:
            share = min(1.0, linked / sum(map(len, paragraphs)))
            pieces.extend((piece, share) for piece in paragraphs)
