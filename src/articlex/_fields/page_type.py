"""The page's kind (``Article.page_type``): what it declares, else what its shape says.

The declared types are read from the intact tree with the other fields; the body's shape
(a list of teasers, its paragraphs) and the fields found (a date, authors) are known only
at the end, so the choice is made there, by :func:`choose_page_type`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import cast

from lxml import etree

from articlex._fields import Found
from articlex._meta import PageData
from articlex._meta.jsonld import ARTICLE_TYPES, types_of
from articlex._models import Source
from articlex._rules import page_type as rules
from articlex._urls import host_of, site_host, split_url

__all__ = ["PageSignals", "choose_page_type", "read_page_signals"]

_ITEMTYPES = etree.XPath("//@itemtype", smart_strings=False)
#: The host of an absolute or network-path link (no ``urlsplit`` per heading).
_LINK_HOST = re.compile(r"(?:https?:)?//([^/?#:@]+)", re.IGNORECASE)


@dataclass(frozen=True)
class PageSignals:
    """What the intact page says of its kind: its JSON-LD types, its microdata item
    types and its ``og:type`` (as ``og:<value>``), all lower case, and how many
    products it declares; how many posts are marked up as such, ``<pre>`` blocks; and,
    outside its navigation, header, footer and sidebars, ``<time>`` elements,
    sub-headings, sub-headings linking to another page, those of them linking to another
    site, sub-headings linking to a place in the page (a documentation page's
    permalinks) and links. Then the page's URL: the words of the last segment of its
    path (a story's slug has several), whether the path is the site's root; and whether
    its ``<meta>`` give a publication time."""

    jsonld: frozenset[str]
    microdata: frozenset[str]
    og_type: str
    posts: int
    code_blocks: int
    products: int = 0
    times: int = 0
    headings: int = 0
    linked_headings: int = 0
    anchored_headings: int = 0
    offsite_headings: int = 0
    links: int = 0
    slug_words: int = 0
    home: bool = False
    published_meta: bool = False


def read_page_signals(root: etree._Element, page: PageData) -> PageSignals:
    jsonld: set[str] = set()
    products = 0
    for obj in page.jsonld.objects:
        types = types_of(obj)
        jsonld |= types
        products += bool(types & rules.PRODUCT_TYPES)
    itemtypes = _item_types(root, page)
    og_type = (page.meta.first("og:type") or "").strip().lower()
    # One walk for the sub-headings, the code blocks and the frame's links; the <time>
    # elements and the page's links were kept by the walk that read the page's data.
    # The walk meets each outermost frame before what it holds: the headings, frames and
    # <time> elements in it are set apart then (``framed``), not each asked for its
    # ancestors. ``above``: a frame around ``root`` (never around a page's root).
    headings = code_blocks = linked = anchored = offsite = frame_links = 0
    host = site_host(host_of(page.url))
    above = _in_frame(root)
    framed: set[etree._Element] = set()
    for element in root.iter(*rules.SUB_HEADINGS, rules.CODE_BLOCK_TAG, *rules.FRAME_TAGS):
        tag = element.tag
        if tag == rules.CODE_BLOCK_TAG:
            code_blocks += 1
            continue
        if above or element in framed:
            continue
        if tag in rules.FRAME_TAGS:  # the outermost only: its links are all counted
            frame_links += sum(1 for _ in element.iter("a"))
            framed.update(element.iter(*rules.SUB_HEADINGS, "time", *rules.FRAME_TAGS))
            continue
        headings += 1
        target = _link_target(element)
        if target is None:
            continue
        if target.startswith("#"):
            anchored += 1
            continue
        linked += 1
        offsite += _is_offsite(target, host)
    slug_words, home = _url_shape(page.url)
    return PageSignals(
        jsonld=frozenset(jsonld),
        microdata=frozenset(itemtypes),
        og_type=f"og:{og_type}" if og_type else "",
        posts=sum(1 for name in itemtypes if name in rules.POST_ITEM_TYPES),
        products=products + sum(1 for name in itemtypes if name in rules.PRODUCT_TYPES),
        code_blocks=code_blocks,
        times=0 if above else sum(1 for time in page.tagged(root, "time") if time not in framed),
        headings=headings,
        linked_headings=linked,
        anchored_headings=anchored,
        offsite_headings=offsite,
        links=page.tags.count("a") - frame_links,
        slug_words=slug_words,
        home=home,
        published_meta=page.meta.first(*rules.PUBLISHED_META_KEYS) is not None,
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
    return next(element.iterancestors(*rules.FRAME_TAGS), None) is not None


def _link_target(heading: etree._Element) -> str | None:
    """Where a heading links (its own link, or the link around it), if anywhere."""
    for link in heading.iter("a"):  # a heading is never a link: its descendants
        href = link.get("href")
        if href is not None:
            return href.strip()
    around = next(heading.iterancestors("a"), None)
    return None if around is None else (around.get("href") or "").strip()


def _is_offsite(href: str, host: str) -> bool:
    """Whether ``href`` leads to another site than ``host`` (a subdomain of the same
    site, or of which the page is one, is the same site)."""
    match = _LINK_HOST.match(href)
    if match is None or not host:
        return False
    other = site_host(match.group(1))
    return not (other == host or other.endswith("." + host) or host.endswith("." + other))


def _url_shape(url: str | None) -> tuple[int, bool]:
    """The words of the last segment of ``url``'s path, and whether the path is the
    site's root (``(0, False)`` without a URL)."""
    parts = split_url(url) if url else None
    if parts is None or not parts.netloc:
        return 0, False
    segments = [segment for segment in parts.path.split("/") if segment]
    if not segments:
        return 0, True
    return len(rules.SLUG_WORD_PATTERN.findall(segments[-1].rsplit(".", 1)[0])), False


def choose_page_type(
    signals: PageSignals,
    *,
    listing: bool,
    dated: bool,
    signed: bool,
    body_chars: int,
    prose_chars: int = 0,
    thread_address: bool = False,
) -> tuple[Found[str], bool]:
    """The page's kind, from ``signals`` and what extraction found: whether the body is
    a list of teasers (``listing``), whether the page has a date and authors, the
    body's length and its paragraphs' (``prose_chars``), whether its address has the shape
    of a forum's threads (``thread_address``); declared types come first, the
    page's shape next, then the signs of an article are weighed. With it, whether the
    kind rests on evidence: ``other`` does only on a page calling itself a website, not
    on a page that merely lacks an article's signs."""
    declared = signals.jsonld | signals.microdata
    named = declared | {signals.og_type}
    says_article = bool(declared & ARTICLE_TYPES) and not declared & rules.DOCUMENTATION_TYPES
    declared_source = Source.JSON_LD if signals.jsonld else Source.MICRODATA
    # A FAQ's questions and answers are the page's own, not a thread's posts.
    faq = bool(declared & rules.FAQ_TYPES)
    forum_types = rules.FORUM_TYPES - rules.FAQ_ITEM_TYPES if faq else rules.FORUM_TYPES
    if declared & forum_types:
        return Found("forum", _source_of(signals, forum_types)), True
    if not says_article:
        if named & rules.PRODUCT_TYPES:
            # Several things for sale declared are a category's or a shop's list.
            several = signals.products >= rules.LISTING_MIN_PRODUCTS
            return Found(
                "listing" if several else "product", _source_of(signals, rules.PRODUCT_TYPES)
            ), True
        posts = signals.posts >= rules.FORUM_MIN_POSTS and not faq
        if posts and signals.og_type not in rules.ARTICLE_OG_TYPES:
            return Found("forum", Source.MICRODATA), True
    if listing:
        return Found("listing", Source.DOM), True
    if not says_article and named & rules.LISTING_TYPES:
        return Found("listing", _source_of(signals, rules.LISTING_TYPES)), True
    if declared & rules.DOCUMENTATION_TYPES:
        return Found("documentation", declared_source), True
    shape = _kind_by_shape(signals, says_article, dated, signed, prose_chars, thread_address)
    if shape is not None:
        return Found(shape, Source.DOM), True
    if says_article:
        return Found("article", declared_source), True
    if signals.code_blocks >= rules.DOCUMENTATION_MIN_CODE_BLOCKS and not dated:
        return Found("documentation", Source.DOM), True
    if _article_signs(signals, dated, signed, body_chars, prose_chars) >= rules.ARTICLE_MIN_SIGNS:
        og_article = signals.og_type in rules.ARTICLE_OG_TYPES
        return Found("article", Source.META if og_article else Source.DOM), True
    if signals.links >= rules.LISTING_MIN_LINKS:
        return Found("listing", Source.DOM), True
    site = signals.og_type in rules.SITE_OG_TYPES
    return Found("other", Source.META if site else Source.DOM), site


def _kind_by_shape(
    signals: PageSignals,
    says_article: bool,
    dated: bool,
    signed: bool,
    prose: int,
    thread_address: bool = False,
) -> str | None:
    """The kind the page's shape tells, before an article type it declares is believed:
    several dated posts on a page with a date and authors or at a thread's address,
    off the site's front page (a thread);
    sub-headings that mostly link to the site's other pages with little prose each (a
    list of pages, not a write-up of each item); sub-headings mostly with permalinks
    (documentation), unless the page is a dated article or a dated, signed post (its
    table of contents)."""
    if not says_article:
        posted = (dated and signed) or thread_address
        thread = signals.times >= rules.FORUM_MIN_TIMES and posted
        if thread and not signals.home and signals.og_type not in rules.ARTICLE_OG_TYPES:
            return "forum"
        linked = signals.linked_headings
        if (
            linked >= rules.LISTING_MIN_LINKED_HEADINGS
            and linked >= rules.LISTING_LINKED_SHARE * signals.headings
            and signals.offsite_headings <= rules.LISTING_MAX_OFFSITE_SHARE * linked
            and prose < rules.LISTING_MAX_PROSE_PER_ITEM * linked
        ):
            return "listing"
    anchored = signals.anchored_headings
    if (
        anchored >= rules.DOCUMENTATION_MIN_ANCHORED
        and anchored >= rules.DOCUMENTATION_ANCHORED_SHARE * signals.headings
        and not (dated and (says_article or signed))
    ):
        return "documentation"
    return None


def _article_signs(
    signals: PageSignals, dated: bool, signed: bool, body_chars: int, prose: int
) -> int:
    """How many of an article's signs a page declaring no kind shows (see
    ARTICLE_MIN_SIGNS): a date, an author, ``og:type`` article, a publication time in
    its ``<meta>``, a URL ending in a slug of words, ``prose`` (the body's paragraphs)
    between its sub-headings rather than short sections, a long body; a home page and
    a JSON-LD page type without an article's count against."""
    signs = int(dated) + int(signed) + int(signals.published_meta)
    signs += signals.og_type in rules.ARTICLE_OG_TYPES
    signs += signals.slug_words >= rules.SLUG_MIN_WORDS
    signs += prose >= rules.PROSE_PER_SECTION_CHARS * (signals.headings + 1)
    signs += body_chars >= rules.LONG_BODY_CHARS
    signs -= bool(signals.jsonld & rules.PLAIN_PAGE_TYPES)
    return signs - rules.HOME_PAGE_WEIGHT * signals.home


def _source_of(signals: PageSignals, types: frozenset[str]) -> Source:
    if signals.jsonld & types:
        return Source.JSON_LD
    if signals.microdata & types:
        return Source.MICRODATA
    return Source.META
