"""Stage 5, blocks: turn the located containers into typed blocks, in reading order.

The walk keeps headings, paragraphs, lists, quotes, tables, code and figures. Inline
content (text, links, emphasis, ``<br>``) is gathered into paragraphs, so text written
straight into a ``<div>`` becomes paragraphs too. Whitespace reads as a browser shows it
(:func:`articlex._text.rendered_paragraphs`): the source's line breaks are spaces, a
``<br>`` is a line break, two in a row end a paragraph, and ``<pre>`` keeps its own.

Boilerplate that survived cleaning because it sits *inside* the article container is
dropped as the walk meets it, by its shape rather than its name (the tests are in
:mod:`articlex._block_filters`): boxes and lists that are mostly links (inline "related
stories"), link-only paragraphs, short blocks whose whole text is a boilerplate phrase
("Advertisement", "Share this article"), and the headline repeated.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import accumulate

from lxml import etree

from articlex._block_filters import (
    drop_header_lines,
    drop_repeats,
    drop_tail,
    is_annotated_list,
    is_boilerplate_text,
    is_card_list,
    is_link_box,
    is_link_list,
    is_teaser_box,
    is_teaser_list,
    says_article_body,
)
from articlex._fields.caption_markup import caption_and_credit
from articlex._fields.images import image_url, is_tiny
from articlex._inline import Mark, mark_tags, marked_paragraphs
from articlex._models import (
    Block,
    Code,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    SpanKind,
    Table,
)
from articlex._options import ExtractOptions
from articlex._rules import content as rules
from articlex._rules import focus, phrases
from articlex._survey import TextStats
from articlex._text import (
    LINE_BREAK,
    collapse_ws,
    inner_text,
    rendered_paragraphs,
    without_permalink,
)
from articlex._urls import web_url

__all__ = ["BlockContext", "build_blocks"]

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_LIST_TAGS = frozenset({"ul", "ol"})
_SKIP_TAGS = frozenset({"hr", "head", "title", "hgroup"})
_ROW_GROUPS = frozenset({"thead", "tbody", "tfoot"})
_ROW_TAGS = _ROW_GROUPS | {"tr"}
_CELL_TAGS = frozenset({"td", "th"})
#: Children that end a run of inline content: blocks, and images (figures of their own).
_RUN_BREAKING_TAGS = rules.BLOCK_TAGS | {"img", "picture"}


@dataclass(slots=True)
class _Run:
    """Inline content being gathered into a paragraph.

    One run serves a whole walk: a container's inline content ends at its first block
    child and at its end, where the run is flushed (emptied), so a nested container
    always starts from an empty run."""

    parts: list[str] = field(default_factory=list)
    link_chars: int = 0
    images: list[etree._Element] = field(default_factory=list)
    #: The inline elements whose marks are asked for (:func:`articlex._inline.mark_tags`),
    #: and the marks met: (first part, part after the last, kind, element).
    mark_tags: dict[str, SpanKind] = field(default_factory=dict)
    marks: list[tuple[int, int, SpanKind, etree._Element]] = field(default_factory=list)


@dataclass
class BlockContext:
    """What the walk needs besides the tree."""

    stats: TextStats
    options: ExtractOptions
    base_url: str | None = None
    headline: str | None = None
    blocks: list[Block] = field(default_factory=list)
    #: Whether the container being walked holds enough linked headings for a box of
    #: other stories anywhere inside it: a box's headings are among its container's, so
    #: without them no box inside it needs the test (nor its walk over the headings).
    teasers: bool = True
    #: Whether the containers are a list of other pages (teasers, results, items): then
    #: their links are the content, and no link-density test drops any of it.
    listing: bool = False
    #: Whether the page is a thread of posts (a forum's): its replies are its text.
    thread: bool = False
    #: The run of inline content the walk is gathering (see :class:`_Run`).
    run: _Run = field(default_factory=_Run, init=False)
    #: How many blocks came before the heading of a comment section, once one is met.
    comments_at: int | None = field(default=None, init=False)

    #: Whether link boxes and lists inside the containers are kept (``focus="recall"``).
    keep_links: bool = field(default=False, init=False)

    def __post_init__(self) -> None:
        self.run.mark_tags = mark_tags(self.options)
        self.keep_links = self.options.focus == "recall"


def build_blocks(elements: Iterable[etree._Element], context: BlockContext) -> list[Block]:
    """Blocks of the article held by ``elements`` (the located containers), in order.

    The located containers were chosen as the article: no link-box test for them. A
    container that is a list of teasers beside the article is left out; when all of
    them are, the page is a listing, and the teasers are its main text."""
    stats = context.stats
    located = [(element, *stats.count_headings(element)) for element in elements]
    teaser_boxes = [
        not says_article_body(element) and is_teaser_box(element, stats, headings, linked)
        for element, headings, linked in located
    ]
    context.listing = context.listing or all(teaser_boxes)
    for (element, _, linked), teaser_box in zip(located, teaser_boxes, strict=True):
        if teaser_box and not (context.listing or context.keep_links):
            continue
        context.teasers = linked >= rules.TEASER_MIN_HEADINGS
        tag = element.tag
        if tag in rules.CONTAINER_TAGS or tag not in rules.BLOCK_TAGS:
            # A container, or an element whose tag is no HTML block (<text>, <x-app>).
            _container(element, context)
        else:
            _block(element, context)
    blocks = context.blocks
    if context.comments_at:  # the article ends where its comment section starts
        blocks = blocks[: context.comments_at]
    blocks = drop_header_lines(drop_repeats(blocks, context.headline), context.headline)
    return drop_tail(blocks) if context.options.focus == "precision" else blocks


# --- dispatch ------------------------------------------------------------------------------


def _block(element: etree._Element, ctx: BlockContext) -> None:
    tag = element.tag
    if tag == "p":  # a paragraph: no test of a box applies to it
        _container(element, ctx)
        return
    if not isinstance(tag, str) or tag in _SKIP_TAGS or _is_title_header(element):
        return
    if tag in _HEADINGS:
        _heading(element, _HEADINGS[tag], ctx)
    elif tag in _LIST_TAGS:
        _list(element, ctx)
    elif tag == "blockquote":
        _quote(element, ctx)
    elif tag == "pre":
        text = inner_text(element).strip("\n")
        if text.strip():
            ctx.blocks.append(Code(text))
    elif tag == "table":
        _table(element, ctx)
    elif tag == "figure":
        _figure(element, ctx)
    elif tag == "img":
        _image(element, ctx)
    elif (
        ctx.listing
        or ctx.keep_links
        or not (
            is_link_box(element, ctx.stats) or (ctx.teasers and is_teaser_list(element, ctx.stats))
        )
    ):
        _container(element, ctx)


def _is_title_header(element: etree._Element) -> bool:
    """The article's own ``<header>`` (title, standfirst, byline): it holds the ``<h1>``.
    A live blog entry's ``<header>`` with its ``<h2>`` is content and stays."""
    return element.tag == "header" and element.find(".//h1") is not None


def _container(element: etree._Element, ctx: BlockContext) -> None:
    run = ctx.run  # empty: see _Run
    parts = run.parts
    if element.text:
        parts.append(element.text)
    for child in element:
        tag = child.tag
        if isinstance(tag, str):
            if tag == "br":
                parts.append(LINE_BREAK)
            elif tag in _RUN_BREAKING_TAGS or (len(child) and _has_block_descendant(child)):
                if parts or run.images:
                    _flush(run, ctx)
                if tag == "p" or tag not in _RUN_BREAKING_TAGS:
                    # A paragraph (no test of _block applies to it), or an inline
                    # element holding blocks.
                    _container(child, ctx)
                elif tag == "picture":
                    _image(child, ctx)
                else:
                    _block(child, ctx)
            else:
                _inline(child, run)
        if child.tail:
            parts.append(child.tail)
    if parts or run.images:
        _flush(run, ctx)


def _inline(element: etree._Element, run: _Run) -> None:
    parts = run.parts
    first = len(parts)
    text = element.text
    if text:
        parts.append(text)
    for child in element:
        tag = child.tag
        if tag == "br":
            parts.append(LINE_BREAK)
        elif tag == "img":
            run.images.append(child)
        elif isinstance(tag, str):
            _inline(child, run)
        tail = child.tail
        if tail:
            parts.append(tail)
    tag = element.tag
    if tag == "a":
        run.link_chars += len(collapse_ws("".join(parts[first:])))
    if run.mark_tags and tag in run.mark_tags:
        run.marks.append((first, len(parts), run.mark_tags[tag], element))


def _has_block_descendant(element: etree._Element) -> bool:
    return any(
        isinstance(d.tag, str) and d.tag in rules.BLOCK_TAGS for d in element.iterdescendants()
    )


# --- paragraphs ----------------------------------------------------------------------------


def _flush(run: _Run, ctx: BlockContext) -> None:
    """Turn ``run`` into paragraphs (its images into figures) and empty it: one run serves
    a whole container, instead of a new one after every block."""
    images = run.images
    if images:
        for image in images:
            _image(image, ctx)
        images.clear()
    parts = run.parts
    raw = "".join(parts)
    if run.marks:
        paragraphs = marked_paragraphs(raw, _resolved_marks(run, ctx))
    else:
        paragraphs = [(text, ()) for text in rendered_paragraphs(raw)]
    parts.clear()
    link_chars = run.link_chars
    run.link_chars = 0
    if paragraphs:
        chars = sum(len(text) for text, _ in paragraphs)
        link_share = 0.0 if ctx.listing or ctx.keep_links else min(1.0, link_chars / chars)
        dense = focus.PRECISION_LINK_PARAGRAPH_DENSITY if ctx.options.focus == "precision" else None
        for text, spans in paragraphs:
            if not is_boilerplate_text(text, link_share, dense):
                ctx.blocks.append(Paragraph(text, spans))


def _resolved_marks(run: _Run, ctx: BlockContext) -> list[Mark]:
    """The run's marks as offsets into its raw text, links with their web URL (a link to
    another scheme is left out); the marks are emptied."""
    offsets = [0, *accumulate(map(len, run.parts))]
    marks: list[Mark] = []
    for first, after, kind, element in run.marks:
        href = None
        if kind == "link":
            href = web_url(element.get("href") or "", ctx.base_url)
            if href is None:
                continue
        marks.append((offsets[first], offsets[after], kind, href))
    run.marks.clear()
    return marks


# --- headings, lists, quotes ----------------------------------------------------------------


def _opens_comments(text: str, ctx: BlockContext) -> bool:
    """Whether a heading saying ``text`` opens the page's comment section ("14
    Comments", "Leave a Reply"): what follows it is the readers', not the article's
    (on a thread page, the replies are the text)."""
    return ctx.comments_at is None and not ctx.thread and phrases.opens_comments(text)


def _heading(element: etree._Element, level: int, ctx: BlockContext) -> None:
    text = without_permalink(element, collapse_ws(inner_text(element, " ")))
    if not text:
        return
    if _opens_comments(text, ctx):
        ctx.comments_at = len(ctx.blocks)
        return
    if not ctx.listing and ctx.stats.link_density(element) >= rules.LINK_PARAGRAPH_DENSITY:
        return  # a linked headline of another story
    if len(text) <= rules.SHORT_BLOCK_CHARS and phrases.BOILERPLATE_BLOCK_PATTERN.match(text):
        return
    ctx.blocks.append(Heading(text, level))


def _list(element: etree._Element, ctx: BlockContext) -> None:
    items = [child for child in element if child.tag == "li"]
    if not items:
        _container(element, ctx)
        return
    if not (ctx.listing or ctx.keep_links) and (
        is_link_list(items, ctx.stats)
        or (is_link_box(element, ctx.stats) and not is_annotated_list(items, ctx.stats))
        or (ctx.teasers and is_teaser_list(element, ctx.stats))
    ):
        return
    if any(_is_structured_item(item) for item in items):
        # A list of cards is read as a listing, the rest of the container is not.
        cards = not ctx.listing and is_card_list(items, ctx.stats)
        if cards:
            ctx.listing = True
        for item in items:
            _container(item, ctx)
        if cards:
            ctx.listing = False
        return
    texts = tuple(t for t in (collapse_ws(inner_text(item, " ")) for item in items) if t)
    if texts:
        ctx.blocks.append(ListBlock(texts, ordered=element.tag == "ol"))


def _is_structured_item(item: etree._Element) -> bool:
    """A list item holding headings or several paragraphs is a section, not an item."""
    paragraphs = 0
    for child in item:
        if child.tag in _HEADINGS or child.tag in ("figure", "table"):
            return True
        if child.tag in ("p", "div"):
            paragraphs += 1
    return paragraphs >= rules.STRUCTURED_ITEM_MIN_PARAGRAPHS


def _quote(element: etree._Element, ctx: BlockContext) -> None:
    inner = BlockContext(
        ctx.stats, ctx.options, ctx.base_url, teasers=ctx.teasers, listing=ctx.listing
    )
    _container(element, inner)
    texts = [block.text for block in inner.blocks if not isinstance(block, Figure)]
    if texts:
        ctx.blocks.append(Quote("\n\n".join(texts)))


# --- tables --------------------------------------------------------------------------------


def _table(element: etree._Element, ctx: BlockContext) -> None:
    if _is_layout_table(element):
        _layout_table(element, ctx)
        return
    if not ctx.options.include_tables or (
        not (ctx.listing or ctx.keep_links) and is_link_box(element, ctx.stats)
    ):
        return
    rows: list[tuple[str, ...]] = []
    header_rows = 0
    for row in _own_rows(element):
        cells = tuple(collapse_ws(inner_text(cell, " ")) for cell in _cells(row))
        if not any(cells):
            continue
        if len(rows) == header_rows and (
            (row.getparent() is not None and row.getparent().tag == "thead")  # type: ignore[union-attr]
            or all(cell.tag == "th" for cell in row if isinstance(cell.tag, str))
        ):
            header_rows += 1
        rows.append(cells)
    if rows:
        caption_el = element.find("caption")
        caption = collapse_ws(inner_text(caption_el, " ")) if caption_el is not None else None
        ctx.blocks.append(Table(tuple(rows), header_rows, caption or None))


def _own_rows(table: etree._Element) -> list[etree._Element]:
    """The rows of ``table`` itself (directly or in its row groups), not of a table
    nested in one of its cells."""
    rows: list[etree._Element] = []
    for child in table:
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in _ROW_GROUPS:
            rows.extend(row for row in child if row.tag == "tr")
    return rows


def _layout_table(element: etree._Element, ctx: BlockContext) -> None:
    """A layout table's own content in order: its cells walked as containers, and what
    broken markup put between its rows (a ``<center>`` around a table, say) as blocks.
    A table nested in a cell is walked by that cell: each text comes out once."""
    for child in element:
        tag = child.tag
        if tag in _CELL_TAGS:
            _container(child, ctx)
        elif tag in _ROW_TAGS:
            _layout_table(child, ctx)
        elif isinstance(tag, str):
            _block(child, ctx)


def _is_layout_table(table: etree._Element) -> bool:
    """Tables used for page layout hold blocks of prose, not data: a table nested in
    them, a block in a cell, or (with no header cell or caption to say it is data) a
    single row or a single column, as Readability tells them."""
    if table.find(".//table") is not None:
        return True
    for cell in table.iter("td"):
        if any(child.tag in ("p", "div", "h1", "h2", "h3", "ul") for child in cell):
            return True
    if table.find(".//th") is not None or table.find("caption") is not None:
        return False
    rows = _own_rows(table)
    return len(rows) <= 1 or all(len(_cells(row)) <= 1 for row in rows)


def _cells(row: etree._Element) -> list[etree._Element]:
    return [cell for cell in row if cell.tag in _CELL_TAGS]


# --- figures -------------------------------------------------------------------------------


def _figure(element: etree._Element, ctx: BlockContext) -> None:
    images = list(element.iter("img"))
    caption_el = element.find(".//figcaption")
    caption: str | None = None
    credit: str | None = None
    if caption_el is not None:
        caption, credit = caption_and_credit(element, caption_el)
    if not images and caption_el is None:
        _container(element, ctx)
        return
    if _holds_paragraphs(element, caption_el, ctx.stats):
        _container(element, ctx)  # a figure that swallowed the text after it, or a quote
        return
    if not ctx.options.include_figures:
        return
    image = images[0] if images else None
    ctx.blocks.append(
        Figure(
            image_url=image_url(image, ctx.base_url) if image is not None else None,
            caption=caption,
            credit=credit,
            alt=(image.get("alt") or None) if image is not None else None,
        )
    )


def _holds_paragraphs(
    figure: etree._Element, caption: etree._Element | None, stats: TextStats
) -> bool:
    """Whether ``figure`` holds FIGURE_MAX_PARAGRAPHS paragraphs of prose outside its
    caption: then it is no figure but text (an unclosed figure, a quotation)."""
    found = 0
    for paragraph in figure.iter("p"):
        if stats.text.get(paragraph, 0) < rules.PROSE_MIN_CHARS:
            continue
        if caption is not None and any(a is caption for a in paragraph.iterancestors()):
            continue
        found += 1
        if found >= rules.FIGURE_MAX_PARAGRAPHS:
            return True
    return False


def _image(element: etree._Element, ctx: BlockContext) -> None:
    if not ctx.options.include_figures:
        return
    image = element if element.tag == "img" else element.find(".//img")
    if image is None or is_tiny(image):
        return
    url = image_url(image, ctx.base_url)
    if url:
        ctx.blocks.append(Figure(image_url=url, alt=image.get("alt") or None))
