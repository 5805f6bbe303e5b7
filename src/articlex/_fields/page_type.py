"""The page's kind (``Article.page_type``): what it declares, else what its shape says.

The declared types are read from the intact tree with the other fields; the body's shape
(a list of teasers) and the fields found (a date, authors) are known only at the end, so
the choice is made there, by :func:`choose_page_type`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from lxml import etree

from articlex._fields import Found
from articlex._meta import PageData
from articlex._meta.jsonld import ARTICLE_TYPES, types_of
from articlex._models import Source
from articlex._rules import page_type as rules

__all__ = ["PageSignals", "choose_page_type", "read_page_signals"]

_ITEMTYPES = etree.XPath("//@itemtype", smart_strings=False)


@dataclass(frozen=True)
class PageSignals:
    """What the intact page says of its kind: its JSON-LD types, its microdata item
    types and its ``og:type`` (as ``og:<value>``), all lower case; and, outside its
    navigation, header, footer and sidebars, how many posts are marked up as such,
    ``<pre>`` blocks, ``<time>`` elements, sub-headings, sub-headings linking to another
    page and sub-headings linking to a place in the page (a documentation page's
    permalinks)."""

    jsonld: frozenset[str]
    microdata: frozenset[str]
    og_type: str
    posts: int
    code_blocks: int
    times: int = 0
    headings: int = 0
    linked_headings: int = 0
    anchored_headings: int = 0


def read_page_signals(root: etree._Element, page: PageData) -> PageSignals:
    jsonld: set[str] = set()
    for obj in page.jsonld.objects:
        jsonld |= types_of(obj)
    itemtypes = _item_types(root, page)
    og_type = (page.meta.first("og:type") or "").strip().lower()
    # One walk for the sub-headings and the code blocks; the <time> elements were kept
    # by the walk that read the page's data.
    headings = code_blocks = linked = anchored = 0
    for element in root.iter(*rules.SUB_HEADINGS, "pre"):
        if element.tag == "pre":
            code_blocks += 1
            continue
        if _in_frame(element):
            continue
        headings += 1
        target = _link_target(element)
        if target is not None:
            anchored += target.startswith("#")
            linked += not target.startswith("#")
    return PageSignals(
        jsonld=frozenset(jsonld),
        microdata=frozenset(itemtypes),
        og_type=f"og:{og_type}" if og_type else "",
        posts=sum(1 for name in itemtypes if name in rules.POST_ITEM_TYPES),
        code_blocks=code_blocks,
        times=sum(1 for time in page.tagged(root, "time") if not _in_frame(time)),
        headings=headings,
        linked_headings=linked,
        anchored_headings=anchored,
    )


def _item_types(root: etree._Element, page: PageData) -> list[str]:
    """The microdata item types of the page (the last segment of each ``itemtype``),
    looked for only on a page with microdata properties: a type with none is a theme's
    wrapper (WPHeader, WebPage), and the search walks every attribute of the page."""
    if not page.microdata.values:
        return []
    values = cast(list[str], _ITEMTYPES(root))
    return [value.strip().lower().rstrip("/").rsplit("/", 1)[-1] for value in values]


def _in_frame(element: etree._Element) -> bool:
    """Whether ``element`` sits in the page's frame: navigation, header, footer, aside."""
    return any(True for _ in element.iterancestors(*rules.FRAME_TAGS))


def _link_target(heading: etree._Element) -> str | None:
    """Where a heading links (its own link, or the link around it), if anywhere."""
    link = heading.find(".//a[@href]")
    if link is None:
        link = next(heading.iterancestors("a"), None)
    return None if link is None else (link.get("href") or "").strip()


def choose_page_type(
    signals: PageSignals, *, listing: bool, dated: bool, signed: bool, body_chars: int
) -> tuple[Found[str], bool]:
    """The page's kind, from ``signals`` and what extraction found: whether the body is
    a list of teasers (``listing``), whether the page has a date and authors, and the
    body's length; declared types come first, the page's shape next. With it, whether
    the kind rests on evidence: ``other`` does only on a page calling itself a website,
    not on a short page that merely lacks an article's signs."""
    declared = signals.jsonld | signals.microdata
    named = declared | {signals.og_type}
    says_article = bool(declared & ARTICLE_TYPES) and not declared & rules.DOCUMENTATION_TYPES
    declared_source = Source.JSON_LD if signals.jsonld else Source.MICRODATA
    if declared & rules.FORUM_TYPES:
        return Found("forum", _source_of(signals, rules.FORUM_TYPES)), True
    if not says_article:
        if named & rules.PRODUCT_TYPES:
            return Found("product", _source_of(signals, rules.PRODUCT_TYPES)), True
        if signals.posts >= rules.FORUM_MIN_POSTS and signals.og_type not in rules.ARTICLE_OG_TYPES:
            return Found("forum", Source.MICRODATA), True
    if listing:
        return Found("listing", Source.DOM), True
    if not says_article and named & rules.LISTING_TYPES:
        return Found("listing", _source_of(signals, rules.LISTING_TYPES)), True
    if declared & rules.DOCUMENTATION_TYPES:
        return Found("documentation", declared_source), True
    shape = _kind_by_shape(signals, says_article, dated)
    if shape is not None:
        return Found(shape, Source.DOM), True
    if says_article:
        return Found("article", declared_source), True
    if signals.code_blocks >= rules.DOCUMENTATION_MIN_CODE_BLOCKS and not dated:
        return Found("documentation", Source.DOM), True
    if signals.og_type in rules.ARTICLE_OG_TYPES and (dated or signed):
        return Found("article", Source.META), True
    site = signals.og_type in rules.SITE_OG_TYPES
    if ((dated or signed) and body_chars >= rules.SIGNED_ARTICLE_MIN_BODY_CHARS) or (
        body_chars >= rules.ARTICLE_MIN_BODY_CHARS and not site
    ):
        return Found("article", Source.DOM), True
    return Found("other", Source.META if site else Source.DOM), site


def _kind_by_shape(signals: PageSignals, says_article: bool, dated: bool) -> str | None:
    """The kind the page's shape tells, before an article type it declares is believed:
    several dated posts (a thread), sub-headings that mostly link elsewhere (a list of
    pages), sub-headings with permalinks (documentation)."""
    if not says_article:
        if signals.times >= rules.FORUM_MIN_TIMES and signals.og_type not in rules.ARTICLE_OG_TYPES:
            return "forum"
        if (
            signals.linked_headings >= rules.LISTING_MIN_LINKED_HEADINGS
            and signals.linked_headings >= rules.LISTING_LINKED_SHARE * signals.headings
        ):
            return "listing"
    if signals.anchored_headings >= rules.DOCUMENTATION_MIN_ANCHORED and not (
        says_article and dated
    ):
        return "documentation"
    return None


def _source_of(signals: PageSignals, types: frozenset[str]) -> Source:
    if signals.jsonld & types:
        return Source.JSON_LD
    if signals.microdata & types:
        return Source.MICRODATA
    return Source.META
