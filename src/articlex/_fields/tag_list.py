"""The page's tag list: the links a page shows as the article's tags, read from its markup.

A tag list is a block of links marked as tags (``rel="tag"``, a tag-list class), linking
to tag pages (``/tag/<slug>``), or headed by a "Tags:" label; lists after the headline are
the article's, those in boilerplate never count (see docs/fields.md). Rules in
:mod:`articlex._rules.tags`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from typing import cast

from lxml import etree

from articlex._fields import Verdicts
from articlex._fields.terms import TermBoilerplate
from articlex._meta import PageData
from articlex._rules import tags as rules
from articlex._text import class_id, collapse_ws, serialised_text

__all__ = ["dom_tags"]


@dataclass
class _Group:
    """The links of one block (their nearest block ancestor) with a text: one candidate
    tag list."""

    element: etree._Element
    position: int  # of its first link with a text, in document order
    #: Each link, its text, and whether it is marked as a tag or links to a tag page.
    links: list[tuple[etree._Element, str, bool]] = field(default_factory=list)
    marked: bool = False  # a rel=tag link, or a tag-list class
    by_href: bool = False  # a link to a tag page
    labelled: bool = False  # a "Tags:" label before its first link


#: An element and its position in document order (links and ``<h1>`` headings counted).
_Placed = tuple[int, etree._Element]


def dom_tags(root: etree._Element, page: PageData, verdicts: Verdicts | None) -> list[str]:
    """The texts of the page's tag list(s), in page order: the lists marked as tags or
    labelled, else the first list found by its links' addresses alone; those after the
    headline when there are any."""
    blocks, headings = _link_blocks(page.tagged(root, "a", "h1"))
    foreign = TermBoilerplate(verdicts)
    classed: dict[etree._Element, bool] = {}  # see _has_tag_class
    strong: list[tuple[int, list[str]]] = []
    weak: list[tuple[int, list[str]]] = []
    for block, links in blocks.items():
        # A block is in boilerplate when its parent is; its own verdict is asked for
        # only when it holds a list (few do).
        parent = block.getparent()
        if parent is not None and foreign(parent):
            continue
        group = _read_group(block, links, classed)
        if group is None or foreign(block):
            continue
        texts = [text for _, text, tagged in group.links if tagged or group.labelled]
        if group.marked or group.labelled:
            strong.append((group.position, texts))
        elif _link_share(group) >= rules.MIN_TAG_LIST_LINK_SHARE:
            weak.append((group.position, texts))
    # Blocks were met in the order of their first link of any kind; a list's place is
    # that of its first link with a text.
    strong.sort(key=lambda item: item[0])
    weak.sort(key=lambda item: item[0])
    chosen = strong or weak
    if chosen:
        headline_at = next((at for at, h1 in headings if not foreign(h1)), None)
        if headline_at is not None:
            # Lists after the headline are the article's; those above it are site menus.
            chosen = [item for item in chosen if item[0] > headline_at] or chosen
    if not strong:
        chosen = chosen[:1]  # unmarked lists: the nearest one; the others are menus
    return [text for _, texts in chosen for text in texts]


def _link_blocks(
    elements: Iterable[etree._Element],
) -> tuple[dict[etree._Element, list[_Placed]], list[_Placed]]:
    """The page's links and ``<h1>`` headings (``elements``), in page order (positions
    count both): the links by their block (their nearest ancestor of a ``GROUP_TAGS``
    tag, else the link itself), and the headings."""
    blocks: dict[etree._Element, list[_Placed]] = {}
    headings: list[_Placed] = []
    for position, element in enumerate(elements):
        if element.tag == "h1":
            headings.append((position, element))
            continue
        block = element.getparent()
        while block is not None and block.tag not in rules.GROUP_TAGS:
            block = block.getparent()
        blocks.setdefault(element if block is None else block, []).append((position, element))
    return blocks, headings


def _read_group(
    block: etree._Element, links: list[_Placed], classed: dict[etree._Element, bool]
) -> _Group | None:
    """The block's tag-list candidate: its links with a text, except category links;
    ``None`` when none is marked as a tag, links to a tag page, or follows a label
    (``classed``: see :func:`_has_tag_class`)."""
    kinds = [
        (at, link, kind)
        for at, link in links
        if (kind := _tag_link_kind(link, classed)) is not None
    ]
    if not any(marked or by_href for _, _, (marked, by_href) in kinds):
        # Only a label before its first link with a text can make a list of it.
        first = next((link for _, link, _ in kinds if _link_text(link)), None)
        if first is None or not _is_labelled(block, first):
            return None
    group: _Group | None = None
    for position, link, (marked, by_href) in kinds:
        text = _link_text(link)
        if not text:
            continue
        if group is None:
            group = _Group(block, position)
        group.links.append((link, text, marked or by_href))
        group.marked |= marked
        group.by_href |= by_href
    if group is None:
        return None
    group.labelled = _is_labelled(block, group.links[0][0])
    if not (group.marked or group.by_href or group.labelled):
        return None
    return group


def _tag_link_kind(
    link: etree._Element, classed: dict[etree._Element, bool]
) -> tuple[bool, bool] | None:
    """Whether a link is marked as a tag (``rel="tag"``, a tag-list class) and, if not,
    whether it links to a tag page; ``None`` for a link to a category, never a tag."""
    rel = (link.get("rel") or "").lower().split()
    href = link.get("href") or ""
    if rules.CATEGORY_REL in rel or (
        rules.TAG_REL not in rel and rules.CATEGORY_HREF_PATTERN.search(href)
    ):
        return None
    marked = rules.TAG_REL in rel or _has_tag_class(link, classed)
    return marked, not marked and bool(rules.TAG_HREF_PATTERN.search(href))


def _has_tag_class(link: etree._Element, classed: dict[etree._Element, bool]) -> bool:
    """The link or one of its ``TAG_CLASS_DEPTH`` nearest ancestors has a class or id
    naming a tag list; ``classed``: what is known of single elements so far (the links
    of one list share their ancestors)."""
    node: etree._Element | None = link
    for _ in range(rules.TAG_CLASS_DEPTH + 1):
        if node is None:
            return False
        named = classed.get(node)
        if named is None:
            names = class_id(node)
            named = classed[node] = bool(rules.TAG_CLASS_PATTERN.search(names.lower()))
        if named:
            return True
        node = node.getparent()
    return False


def _link_text(link: etree._Element) -> str:
    """A link's text, or "" when it is too long to be a tag."""
    raw = serialised_text(link)
    if len(raw) > rules.MAX_LINK_CHARS_READ:
        return ""
    text = collapse_ws(raw)
    return text if len(text) <= rules.MAX_TERM_CHARS else ""


def _link_share(group: _Group) -> float:
    """The share of the block's text that is its links' texts."""
    total = len(collapse_ws(serialised_text(group.element)))
    linked = sum(len(text) for _, text, _ in group.links)
    return linked / total if total else 0.0


# --- labels --------------------------------------------------------------------------------


def _is_labelled(block: etree._Element, first_link: etree._Element) -> bool:
    """The nearest text before the list's first link is a "Tags:" label, looking no
    higher than :data:`~articlex._rules.tags.LABEL_LEVELS` levels above the list."""
    node = first_link
    levels = 0
    while True:
        for previous in node.itersiblings(preceding=True):
            piece = _short_text(previous)
            if piece is None:
                return False  # a long text stands between: no label
            if piece:
                return _is_label(piece)
        parent = node.getparent()
        if parent is None:
            return False
        if parent.text and parent.text.strip():
            return _is_label(parent.text)
        if levels >= rules.LABEL_LEVELS:
            return False
        if parent is block or levels:
            levels += 1
        node = parent


def _is_label(text: str) -> bool:
    text = text.strip()
    return 0 < len(text) <= rules.MAX_LABEL_CHARS and bool(rules.TAG_LABEL_PATTERN.match(text))


def _short_text(element: etree._Element) -> str | None:
    """The stripped text of ``element`` and its tail; ``None`` when longer than a label
    (reading no more than ``MAX_LABEL_CHARS_READ`` characters of it)."""
    pieces: list[str] = []
    size = 0
    texts = cast("Iterator[str]", element.itertext()) if isinstance(element.tag, str) else iter(())
    for text in chain(texts, (element.tail or "",)):
        size += len(text)
        if size > rules.MAX_LABEL_CHARS_READ:
            return None
        pieces.append(text)
    joined = collapse_ws("".join(pieces))
    return joined if len(joined) <= rules.MAX_LABEL_CHARS else None
