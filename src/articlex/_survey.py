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
from articlex._text import inner_text, serialised_text

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
    # Bound once: the loop below runs for every element of the page.
    text_get, links_get, add_blocky, add_loose = text.get, links.get, blocky.add, loose.add
    paragraph_tags, container_tags, block_tags, entity, heading_tags, heading_chars = (
        rules.PARAGRAPH_TAGS, rules.CONTAINER_TAGS, rules.BLOCK_TAGS, etree.Entity,
        rules.HEADING_TAGS, rules.HEADING_PARAGRAPH_MIN_CHARS,
    )  # fmt: skip
    elements = list(start.iter())  # every node: entity reference nodes too
    elements.reverse()
    # Whether an entity reference node was met yet. A paragraph's descendants come
    # before it in this walk: until one is met, none is below it, and its text is
    # libxml2's serialisation at once, without inner_text's look for one (a parsed page
    # holds none; a caller's own tree may, see inner_text).
    entities = False
    for element in elements:
        tag = element.tag
        own = element.text
        total = text_get(element, 0)
        own_length = 0
        if own:  # an entity node's text (its name, "&amp;") is never empty
            entities = entities or tag is entity
            own_length = len(own.strip())
            if own_length:
                total += own_length
                text[element] = total
        if tag == "a":
            linked = total
            if total:
                links[element] = total
        else:  # no text, no link text
            linked = links_get(element, 0) if total else 0
        parent = element.getparent()
        if element is not start and (
            tag in paragraph_tags
            or (tag in container_tags and element not in blocky)
            or (tag in heading_tags and total >= heading_chars and element not in blocky)
        ):
            # (A long minor heading is a paragraph in heading type: HEADING_TAGS.)
            # A paragraph with no text at all scores nothing: no need to read it.
            if total:  # below start, so it has a parent
                # A childless paragraph's text is its own text (no iterator to build).
                read = inner_text if entities else serialised_text
                found.append(
                    (
                        cast("etree._Element", parent),
                        read(element) if len(element) else own or "",
                        linked / total,
                    )
                )
        elif (tag in container_tags or element is start) and (own_length or element in loose):
            found.extend((element, *run) for run in reversed(_loose_runs(element, blocky, links)))
        if element is start:
            break
        assert parent is not None  # below start
        tail_length = len(tail.strip()) if (tail := element.tail) else 0
        if tag in block_tags or element in blocky:
            add_blocky(parent)  # an inline or unknown element holding blocks is one too
        elif total and tag != "br" and isinstance(tag, str):
            add_loose(parent)  # an inline child's text (what _loose_runs reads)
        if tail_length:
            add_loose(parent)
            text[parent] = text_get(parent, 0) + total + tail_length
        elif total:
            text[parent] = text_get(parent, 0) + total
        if linked:
            links[parent] = links_get(parent, 0) + linked
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
            parts.append("\n")
        elif isinstance(tag, str):
            parts.append(inner_text(child))
            linked += links.get(child, 0)
        if child.tail:
            parts.append(child.tail)
    _add_pieces(parts, linked, pieces)
    return pieces


def _add_pieces(parts: list[str], linked: int, pieces: list[tuple[str, float]]) -> None:
    """Add to ``pieces`` the paragraphs of one run (its ``parts`` joined, ``linked`` of its
    characters in links) that hold text. Most runs are the whitespace between two
    blocks: they are passed at once."""
    run = "".join(parts)
    if run and not run.isspace():
        share = min(1.0, linked / len(run.strip()))
        pieces.extend((piece, share) for piece in run.split("\n\n") if piece.strip())
