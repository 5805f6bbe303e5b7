"""What the block builder drops inside the article: boilerplate told by its shape.

Boilerplate that survived cleaning because it sits inside the article's container:
boxes and lists that are mostly links (inline "related stories"), boxes of teasers,
short blocks whose whole text is a boilerplate phrase ("Advertisement", "Share this
article"), tiny images; and, from the finished body, a leftover byline line and the
headline or a short block repeated. Also here: a list of cards (products, results),
whose links are its text. Thresholds are data in :mod:`articlex._rules.content`, phrases
in :mod:`articlex._rules.phrases`.
"""

from __future__ import annotations

from lxml import etree

from articlex._fields.authors import is_byline_line
from articlex._models import Block, Heading, Paragraph
from articlex._rules import content as rules
from articlex._rules import focus, phrases
from articlex._survey import TextStats
from articlex._text import class_id, collapse_ws

__all__ = [
    "drop_header_lines",
    "drop_repeats",
    "drop_tail",
    "is_annotated_list",
    "is_boilerplate_line",
    "is_boilerplate_text",
    "is_card_list",
    "is_link_box",
    "is_link_list",
    "is_teaser_box",
    "is_teaser_list",
    "says_article_body",
]


def is_boilerplate_text(text: str, link_share: float, link_density: float | None = None) -> bool:
    """Whether a paragraph saying ``text`` (``link_share`` of it link text) is
    boilerplate: a boilerplate line (:func:`is_boilerplate_line`), or a short paragraph
    that is (nearly) all link (``link_density`` of it, LINK_PARAGRAPH_DENSITY unless
    given)."""
    if is_boilerplate_line(text, link_share):
        return True
    dense = rules.LINK_PARAGRAPH_DENSITY if link_density is None else link_density
    return link_share >= dense and len(text) <= rules.LINK_PARAGRAPH_MAX_CHARS


def is_boilerplate_line(text: str, link_share: float) -> bool:
    """Whether a paragraph, or one line of it (a ``<br>`` apart), saying ``text`` is
    boilerplate by its words: a phrase, a tag line, a dateline, a shortcode, or a pointer
    to another story (``link_share`` of its paragraph in links)."""
    if len(text) <= rules.SHORT_BLOCK_CHARS and (
        phrases.BOILERPLATE_BLOCK_PATTERN.match(text) or phrases.TAG_LINE_PATTERN.match(text)
    ):
        return True
    if (
        len(text) <= phrases.DATE_LINE_MAX_CHARS
        and any(map(str.isdigit, text))
        and phrases.DATE_LINE_PATTERN.match(text)
    ):
        return True
    if phrases.SHORTCODE_PATTERN.match(text):
        return True
    linked = link_share >= phrases.RELATED_LEAD_MIN_LINK_SHARE
    return linked and phrases.RELATED_LEAD_PATTERN.match(text) is not None


def is_link_list(items: list[etree._Element], stats: TextStats) -> bool:
    """A list of links to other pages: LINK_LIST_MIN_SHARE of its items (at least
    LINK_LIST_MIN_ITEMS) are links (LINK_LIST_ITEM_DENSITY of their text)."""
    if len(items) < rules.LINK_LIST_MIN_ITEMS:
        return False
    linked = sum(1 for item in items if stats.link_density(item) >= rules.LINK_LIST_ITEM_DENSITY)
    return linked >= rules.LINK_LIST_MIN_SHARE * len(items)


def is_annotated_list(items: list[etree._Element], stats: TextStats) -> bool:
    """A roundup of links, each (or most) with the author's word on it: the items' own
    text, not the links, is the article's (a box of other stories says a line at most)."""
    annotated = sum(
        1
        for item in items
        if stats.text.get(item, 0) - stats.links.get(item, 0) >= rules.ANNOTATED_ITEM_MIN_CHARS
    )
    return annotated >= rules.ANNOTATED_LIST_MIN_SHARE * len(items)


def is_link_box(element: etree._Element, stats: TextStats) -> bool:
    """A box that is mostly links (MAX_BOX_LINK_DENSITY), or partly links
    (MAX_NEGATIVE_BOX_LINK_DENSITY) with a negative class hint."""
    density = stats.link_density(element)
    if density > rules.MAX_BOX_LINK_DENSITY:
        return True
    if density > rules.MAX_NEGATIVE_BOX_LINK_DENSITY:
        hints = class_id(element)
        return bool(rules.NEGATIVE_HINTS.search(hints))
    return False


def is_teaser_list(element: etree._Element, stats: TextStats) -> bool:
    """A box of other stories: several headings, (nearly) all of them links, each with no
    more than a line of text (a product roundup links its headings too, but says more)."""
    if says_article_body(element):
        return False
    return is_teaser_box(element, stats, *stats.count_headings(element))


def says_article_body(element: etree._Element) -> bool:
    """The element's markup calls it the article body: never a box of other stories."""
    return (element.get("itemprop") or "").lower() == rules.ARTICLE_BODY_ITEMPROP


def is_teaser_box(element: etree._Element, stats: TextStats, headings: int, linked: int) -> bool:
    """:func:`is_teaser_list` once the headings of ``element`` are counted."""
    if linked < rules.TEASER_MIN_HEADINGS or linked < rules.LINK_LIST_MIN_SHARE * headings:
        return False
    unlinked = stats.text.get(element, 0) - stats.links.get(element, 0)
    return unlinked <= rules.TEASER_MAX_CHARS_PER_HEADING * linked


def is_card_list(items: list[etree._Element], stats: TextStats) -> bool:
    """A list of cards: CARD_LIST_MIN_ITEMS items or more, LINK_LIST_MIN_SHARE of them
    cards (see :func:`_is_card`). The names are the items' own text, not pointers
    elsewhere: the list is read as a listing (its links stay)."""
    if len(items) < rules.CARD_LIST_MIN_ITEMS:
        return False
    cards = sum(1 for item in items if _is_card(item, stats))
    return cards >= rules.LINK_LIST_MIN_SHARE * len(items)


def _is_card(item: etree._Element, stats: TextStats) -> bool:
    """An item holding a link's text (a product's, a result's, a course's name) and
    a few details of its own, at most CARD_MAX_OWN_CHARS (a price, a rating): a
    write-up under a linked name says more."""
    linked = stats.links.get(item, 0)
    own = stats.text.get(item, 0) - linked
    return linked > 0 and 0 < own <= rules.CARD_MAX_OWN_CHARS


def drop_header_lines(blocks: list[Block], headline: str | None) -> list[Block]:
    """Drop what is left of the article's header among the first blocks of the body: the
    first byline paragraph ("Von Max Mustermann"), and in a paragraph of lines (a
    ``<br>`` apart, as table layouts write a header) the headline, byline, dateline and
    boilerplate lines ("Posted 14 March 2008")."""
    title = collapse_ws(headline).casefold() if headline else None
    head: list[Block] = []
    byline_seen = False
    for block in blocks[: rules.BYLINE_SEARCH_BLOCKS]:
        if not isinstance(block, Paragraph):
            head.append(block)
            continue
        if "\n" not in block.text:
            if not byline_seen and is_byline_line(block.text):
                byline_seen = True
            else:
                head.append(block)
            continue
        lines = [
            line
            for line in block.text.split("\n")
            if line.casefold() != title
            and not is_byline_line(line)
            and not is_boilerplate_line(line, 0.0)
        ]
        if len(lines) == block.text.count("\n") + 1:
            head.append(block)  # nothing dropped: kept as it is, spans and all
        elif lines:
            head.append(Paragraph("\n".join(lines)))
    return head + blocks[rules.BYLINE_SEARCH_BLOCKS :]


def drop_repeats(blocks: list[Block], headline: str | None) -> list[Block]:
    """Drop the headline repeated in the body, and short blocks seen before (a caption or
    a "Read more" line repeated for every photo or section is not the article)."""
    seen: set[str] = set()
    if headline:
        seen.add(collapse_ws(headline).casefold())
    kept: list[Block] = []
    for block in blocks:
        if isinstance(block, (Heading, Paragraph)):
            key = collapse_ws(block.text).casefold()
            if key in seen:
                continue
            if rules.REPEAT_MIN_CHARS <= len(key) <= rules.REPEAT_MAX_CHARS:
                seen.add(key)
        kept.append(block)
    return kept


def drop_tail(blocks: list[Block]) -> list[Block]:
    """Leave out the trail of short blocks after the article's last paragraph of prose
    (tags, share lines, "more" links), for ``focus="precision"``."""
    end = len(blocks)
    while end and not (
        isinstance(blocks[end - 1], Paragraph)
        and len(blocks[end - 1].text) >= focus.PRECISION_PROSE_CHARS
    ):
        if len(blocks[end - 1].text) >= focus.PRECISION_TAIL_MAX_CHARS:
            break
        end -= 1
    return blocks[:end] if end else blocks
