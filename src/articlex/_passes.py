"""The body's search: clean, locate, build blocks; the strict pass first, then retries.

Readability's loop, beside the stages it reruns: when the strict pass finds no body worth
the name, the page is parsed afresh and searched again with relaxed rules (comment
threads still kept out, then let in), and the best attempt is kept (see
:func:`find_body`). Weights and thresholds live in :mod:`articlex._rules.content`.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from articlex._blocks import BlockContext, build_blocks
from articlex._classify import ClassVerdicts
from articlex._clean import clean
from articlex._fields import Verdicts
from articlex._locate import Located, locate_body
from articlex._meta import PageData
from articlex._meta.jsonld import types_of
from articlex._models import Block, Removal
from articlex._options import ExtractOptions
from articlex._parse import Parsed
from articlex._render import body_text
from articlex._rules.content import (
    LINK_BLOCK_DESCENT_SHARE,
    LIST_REREAD_LINK_SHARE,
    LIST_REREAD_MIN_CHARS,
    MIN_BODY_CHARS,
    MIN_POST_CHARS,
    THREAD_URL_PATTERN,
)
from articlex._rules.page_type import FORUM_TYPES
from articlex._selectors import kept_elements, remove_selected
from articlex._survey import TextStats, survey
from articlex._text import text_weight
from articlex._threads import cut_threads

__all__ = ["NO_BODY", "BodyResult", "find_body", "has_thread_address", "is_short", "is_thread"]


@dataclass(frozen=True)
class _Pass:
    """One way of looking for the body: which cleaning rules and class weights apply."""

    relaxed_cleaning: bool
    weigh_classes: bool
    drop_comments: bool = False  # a relaxed pass still drops comment threads


#: The strict pass first, then ever more relaxed retries (used only when needed): those
#: keeping comment threads out, then (see _find_body) those letting them in.
_PASSES = (
    _Pass(False, True),
    _Pass(True, True, drop_comments=True),
    _Pass(True, False, drop_comments=True),
    _Pass(True, True),
    _Pass(True, False),
)


@dataclass(frozen=True)
class BodyResult:
    blocks: tuple[Block, ...]
    text: str
    removed: tuple[Removal, ...]
    pass_index: int
    anchors: tuple[etree._Element, ...] = ()  # the located containers
    listing: bool = False  # the containers are a list of teasers, results or items
    links_only: bool = False  # read as a list only because nothing else was left


#: The body of a call that asked for no field needing it.
NO_BODY = BodyResult(blocks=(), text="", removed=(), pass_index=0)


def find_body(
    parsed: Parsed,
    opts: ExtractOptions,
    url: str | None,
    headline: str | None,
    verdicts: Verdicts,
    thread: bool,
    *,
    story_signs: bool,
) -> BodyResult:
    """The first pass's body that is not short; a listing only when no pass finds an
    article's body (a story open beside a stream of teasers is the page's text) or, on a
    page with no sign of a story (``story_signs``: a date or an author), when the
    strict pass read it: the relaxed passes, which look for a story the strict cleaning
    removed, would find only what the strict pass threw out (a pop-up, a banner); a
    container whose every block went as a link list is read as a list of links (a post
    of links, a page that is a menu): on a retry, only when nothing else is longer.

    A comment thread is the body only of a ``thread`` page (a forum's), or when no
    pass keeping threads out finds even a short post (the first such is taken): the
    passes letting threads in come last."""
    best: BodyResult | None = None
    post: BodyResult | None = None
    listing: BodyResult | None = None
    links: BodyResult | None = None  # the first container read as a list of links
    # focus="recall": the cleaning is relaxed from the first pass on.
    passes = _PASSES[1:] if opts.focus == "recall" else _PASSES
    for index, how in enumerate(passes):
        if how.drop_comments and thread:
            continue
        if post is not None and how.relaxed_cleaning and not how.drop_comments:
            return listing or post
        root = parsed.root if index == 0 else parsed.reparse()
        if index:
            remove_selected(root, opts.remove)
        result = _body_pass(root, how, index, opts, url, headline, verdicts.texts, thread)
        if result.links_only and index:
            links = links or result
            continue
        if result.listing and not is_short(result.text):
            listing = listing or result
            if not story_signs and index == 0:
                return result
            continue
        if best is None or len(result.text) > len(best.text):
            best = result
        if post is None and not thread and len(result.text) >= MIN_POST_CHARS:
            post = result
        if not is_short(result.text):
            return result
    if listing is not None:
        return listing
    if best is None or (links is not None and len(links.text) > len(best.text)):
        assert links is not None  # every pass gave one or the other
        return links
    return best


def _body_pass(
    root: etree._Element,
    how: _Pass,
    index: int,
    opts: ExtractOptions,
    url: str | None,
    headline: str | None,
    memo: ClassVerdicts,
    thread: bool,
) -> BodyResult:
    kept = kept_elements(root, opts.keep)
    cleaned = clean(
        root,
        relaxed=how.relaxed_cleaning,
        drop_comments=how.drop_comments,
        explain=opts.explain,
        memo=memo,
    )
    removed = cleaned.removed
    if kept:
        return _kept_body(kept, index, opts, url, headline, removed)
    located = locate_body(root, weigh_classes=how.weigh_classes)
    if located is not None and not thread and (how.drop_comments or not how.relaxed_cleaning):
        # A comment thread its class names hide, told by its structure: cut, and the
        # body looked for again (the thread may have been all or most of the container).
        cut = cut_threads(located.elements, opts.explain)
        if cut is not None:
            removed += cut
            located = locate_body(root, weigh_classes=how.weigh_classes)
    if located is None:
        return BodyResult((), "", removed, index)
    context = BlockContext(located.stats, opts, url, headline, thread=thread)
    blocks = tuple(build_blocks(located.elements, context))
    text = body_text(blocks)
    links_only = _lost_as_links(located, blocks, text, how)
    if not links_only and len(text) < MIN_POST_CHARS:
        # Not even a short post: the page's text may all be links (a listing whose
        # every title and summary is linked), which scoring discounts to nothing.
        linked = _link_block(root, located.stats)
        if linked is not None:
            located, links_only = Located((linked,), located.stats), True
    if links_only:
        # (Nearly) all of it was dropped as link lists: the page is a list of links.
        context = BlockContext(located.stats, opts, url, headline, thread=thread, listing=True)
        blocks = tuple(build_blocks(located.elements, context))
        text = body_text(blocks)
    return BodyResult(
        blocks,
        text,
        removed,
        index,
        located.elements,
        context.listing,
        links_only,
    )


def _kept_body(
    kept: list[etree._Element],
    index: int,
    opts: ExtractOptions,
    url: str | None,
    headline: str | None,
    removed: tuple[Removal, ...],
) -> BodyResult:
    """The body of the containers the caller chose (``keep``, matched before cleaning),
    cleaned inside. A container the cleaner dropped whole is still held here, as the page
    has it: the caller asked for it."""
    stats = TextStats({}, {})
    for element in kept:
        measured, _ = survey(element)
        stats.text.update(measured.text)
        stats.links.update(measured.links)
    context = BlockContext(stats, opts, url, headline)
    blocks = tuple(build_blocks(kept, context))
    return BodyResult(blocks, body_text(blocks), removed, index, tuple(kept))


def _link_block(root: etree._Element, stats: TextStats) -> etree._Element | None:
    """The block holding the page's link text: from the body down, while one child
    holds LINK_BLOCK_DESCENT_SHARE of its parent's; when it holds LIST_REREAD_MIN_CHARS
    of link text, LIST_REREAD_LINK_SHARE of its text."""
    start = root.find("body")
    if start is None or stats.links.get(start, 0) < LIST_REREAD_MIN_CHARS:
        return None
    node = start
    while len(node):
        child = max(node, key=lambda element: stats.links.get(element, 0))
        if stats.links.get(child, 0) < LINK_BLOCK_DESCENT_SHARE * stats.links.get(node, 0):
            break
        node = child
    if node is start or stats.link_density(node) < LIST_REREAD_LINK_SHARE:
        return None
    return node


def _lost_as_links(located: Located, blocks: tuple[Block, ...], text: str, how: _Pass) -> bool:
    """Whether the containers' blocks (their body ``text``) lost (nearly) all their
    text as link lists and teasers: none left, or a short body out of a container of
    LIST_REREAD_MIN_CHARS."""
    if not blocks:
        return located.holds_text()
    if not is_short(text):
        return False
    held, linked = located.text_and_links()
    if held < LIST_REREAD_MIN_CHARS:
        return False
    return not how.relaxed_cleaning or linked >= LIST_REREAD_LINK_SHARE * held


def is_thread(page: PageData, url: str | None) -> bool:
    """Whether the page is a thread of posts (a forum's), by its declared types or the
    shape of its address: there the comment thread is the content."""
    if has_thread_address(url):
        return True
    return any(not FORUM_TYPES.isdisjoint(types_of(obj)) for obj in page.jsonld.objects)


def has_thread_address(url: str | None) -> bool:
    """Whether ``url`` has the shape forum software gives its threads."""
    return bool(url and THREAD_URL_PATTERN.search(url))


def is_short(body: str) -> bool:
    """The body weighs less than ``MIN_BODY_CHARS`` (see :func:`text_weight`). A body at
    least that long is not, whatever its script: the weight is never below the length."""
    return len(body) < MIN_BODY_CHARS and text_weight(body) < MIN_BODY_CHARS
