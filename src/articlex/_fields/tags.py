"""Tags and categories, kept apart.

*Tags* are the article's keywords (people, places, topics); *categories* are the sections
of the site it is filed under. Both are read from the intact tree and the page's
structured data; each source gives a list, and the **first source giving a non-empty list
wins**. Sources are not merged: on metadata-dev (18 pages with gold tags), taking the
first non-empty source scores a mean tags F1 of 0.874; merging every source scores 0.700
(the ``keywords`` meta adds the site's keyword list), and merging all but ``keywords``
0.871, no better for a less predictable result.

Tags, in order of precedence:

1. JSON-LD ``keywords`` of the article object (a list, or one comma-separated string);
2. ``<meta property="article:tag">`` (repeated, or one comma-separated value);
3. ``<meta name="news_keywords">`` (article-specific by Google News' definition);
4. the page's tag list: ``rel="tag"`` links, links inside an element whose class names a
   tag list (``post-tags``, ``tag-bar``...), links after a "Tags:" / "TAGGED:" /
   "Topics:" label, and lists made mostly of links to tag pages (``/tag/<slug>``,
   ``?keyword=``). Lists in site headers, navigation, sidebars, related-story cards,
   comments and tag clouds never count; an article's own footer does;
5. ``<meta name="keywords">``, a last resort: it is often the site's keyword list, so it is
   ignored when it holds more than :data:`MAX_SITE_KEYWORDS` entries.

Categories, in order of precedence: JSON-LD ``articleSection`` -> ``article:section`` ->
breadcrumbs (a JSON-LD ``BreadcrumbList``, then a breadcrumb trail in the page), without
their "Home" crumb and without the article itself -> ``rel="category"`` links.

Every value is cleaned the same way: entities decoded, whitespace collapsed, a "Tag:"
label removed; empty values, "null"-like placeholders, machine tokens (``Lite:true``),
URLs, values longer than :data:`~articlex._rules.tags.MAX_TERM_CHARS` characters and the
site's own name are dropped; duplicates (case-insensitive) keep their first place.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from typing import Any, cast

from lxml import etree

from articlex._fields import Boilerplate, Found, Verdicts
from articlex._meta import PageData
from articlex._meta.jsonld import types_of
from articlex._models import Source
from articlex._rules import tags as rules
from articlex._text import NOT_INSIDE_WS_RUN, collapse_ws, inner_text, serialised_text
from articlex._urls import host_of, join_url, split_url

__all__ = ["PageKeys", "clean_terms", "find_categories", "find_tags"]

#: A ``<meta name="keywords">`` with more entries than this is the site's keyword list.
MAX_SITE_KEYWORDS = 20
#: Characters of ``class`` + ``id`` examined (as the cleaner does).
_MAX_CLASS_ID_CHARS = 256
#: JSON-LD types that describe the page itself when no article object does.
_PAGE_TYPES = frozenset({"webpage", "itempage", "collectionpage", "videoobject", "recipe"})
#: Host labels that are not the site's name (``www.example.co.uk`` -> ``example``).
_HOST_NOISE = frozenset({"www", "m", "amp", "com", "co", "org", "net", "gov", "ac", "edu"})
_NON_WORD = re.compile(r"\W+")
#: The words of either href pattern's prefilter (see ``TAG_HREF_WORDS``), tested at once.
_HREF_WORDS = rules.CATEGORY_HREF_WORDS + rules.TAG_HREF_WORDS
Terms = tuple[str, ...]


# --- tags ----------------------------------------------------------------------------------


def find_tags(
    root: etree._Element,
    page: PageData,
    verdicts: Verdicts | None = None,
    keys: PageKeys | None = None,
) -> Found[Terms] | None:
    """The article's tags, from the first source that has any (see the module docs).
    ``verdicts``: the extraction's cleaner verdicts, when its other fields share them
    (see :class:`~articlex._fields.Verdicts`); ``keys``: the page's :class:`PageKeys`,
    when the categories share them."""
    keys = PageKeys(page) if keys is None else keys
    sources: tuple[tuple[Source, Callable[[], list[str]]], ...] = (
        (Source.JSON_LD, lambda: _jsonld_values(page, "keywords")),
        (Source.META, lambda: _meta_values(page, "article:tag")),
        (Source.META, lambda: _meta_values(page, "news_keywords")),
        (Source.DOM, lambda: _dom_tags(root, page, verdicts)),
        (Source.META, lambda: _site_keywords(page)),
    )
    return _first(sources, keys.drop)


def _site_keywords(page: PageData) -> list[str]:
    values = _meta_values(page, "keywords")
    return values if len(values) <= MAX_SITE_KEYWORDS else []


# --- categories ----------------------------------------------------------------------------


def find_categories(
    root: etree._Element,
    page: PageData,
    verdicts: Verdicts | None = None,
    keys: PageKeys | None = None,
) -> Found[Terms] | None:
    """The article's sections, from the first source that has any (see the module docs).
    ``verdicts`` and ``keys``: as for :func:`find_tags`."""
    keys = PageKeys(page) if keys is None else keys
    links = _PageLinks(root, page)
    sources: tuple[tuple[Source, Callable[[], list[str]]], ...] = (
        (Source.JSON_LD, lambda: _jsonld_values(page, "articleSection")),
        (Source.META, lambda: _meta_values(page, "article:section")),
        (Source.JSON_LD, lambda: _jsonld_breadcrumbs(page, keys)),
        (Source.DOM, lambda: _dom_breadcrumbs(links, page, keys)),
        (Source.DOM, lambda: _category_links(links, verdicts)),
    )
    return _first(sources, keys.drop)


class PageKeys:
    """The keys (:func:`term_key`) of the names a page's terms are told from: the site's
    names, which no tag or category is, and the article's titles, which no category is
    (nor a breadcrumb's crumb). Read when first asked for, once per extraction when the
    tags and the categories share them (they cost URL and JSON-LD reads)."""

    def __init__(self, page: PageData) -> None:
        self._page = page
        self._titles: frozenset[str] | None = None
        self._drop: frozenset[str] | None = None

    def titles(self) -> frozenset[str]:
        """Keys of the article's titles."""
        if self._titles is None:
            self._titles = _title_keys(self._page)
        return self._titles

    def drop(self) -> frozenset[str]:
        """Keys of the values no tag or category may be: the site's names and titles."""
        if self._drop is None:
            self._drop = _site_keys(self._page) | self.titles()
        return self._drop


# --- cleaning ------------------------------------------------------------------------------


def clean_terms(values: Iterable[str], drop: frozenset[str] = frozenset()) -> Terms:
    """Clean, filter and deduplicate (case-insensitively, first wins) a list of terms;
    ``drop`` holds :func:`term_key` of values to leave out (the site's name)."""
    seen: set[str] = set()
    kept: list[str] = []
    for value in values:
        term = _clean_term(value)
        if term is None:
            continue
        key = term_key(term)
        folded = term.casefold()
        if not key or key in drop or folded in seen:
            continue
        seen.add(folded)
        kept.append(term)
    return tuple(kept)


def term_key(text: str) -> str:
    """``text`` reduced to its letters and digits, case-folded (for comparing names)."""
    return _NON_WORD.sub("", text).casefold()


def _clean_term(value: str) -> str | None:
    """``value`` cleaned, or ``None`` when it is no term. The label, address and machine
    token patterns run only on terms holding a character each of their matches holds
    (most terms are plain words)."""
    term = collapse_ws(html.unescape(value)) if "&" in value else collapse_ws(value)
    term = term.strip(",;|·•#»›>").strip()
    if rules.TERM_LABEL_CHAR in term:
        term = rules.TERM_LABEL_PATTERN.sub("", term)
    if (
        not term
        or len(term) > rules.MAX_TERM_CHARS
        or term.casefold() in rules.JUNK_TERMS
        or (_holds_any(term, rules.URL_LIKE_CHARS) and rules.URL_LIKE_PATTERN.match(term))
        or (_holds_any(term, rules.MACHINE_TOKEN_CHARS) and rules.MACHINE_TOKEN_PATTERN.match(term))
        or rules.MORE_LINK_PATTERN.search(term)
    ):
        return None
    return term


def _holds_any(text: str, chars: tuple[str, str]) -> bool:
    """``text`` holds one of two characters (the prefilter of a term pattern)."""
    return chars[0] in text or chars[1] in text


def _first(
    sources: Iterable[tuple[Source, Callable[[], list[str]]]],
    read_drop: Callable[[], frozenset[str]],
) -> Found[Terms] | None:
    """The cleaned terms of the first source giving any. The keys to drop (see
    :func:`clean_terms`) are read only once a source gives values: most sources of most
    pages give none, and the names behind the keys cost URL and JSON-LD reads."""
    drop: frozenset[str] | None = None
    for source, read in sources:
        values = read()
        if not values:
            continue
        if drop is None:
            drop = read_drop()
        terms = clean_terms(values, drop)
        if terms:
            return Found(terms, source)
    return None


def _site_keys(page: PageData) -> frozenset[str]:
    """Keys of the names the site goes by: metadata names and its host name."""
    names: list[str] = [n for n in (page.meta.first("og:site_name", "application-name"),) if n]
    for obj in page.jsonld.articles():
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            names.append(publisher["name"])
    if page.url:
        host = host_of(page.url).split(".")
        names += [label for label in host[:-1] if label not in _HOST_NOISE]
    return frozenset(k for k in (term_key(n) for n in names) if k)


def _title_keys(page: PageData) -> frozenset[str]:
    """Keys of the article's titles (a breadcrumb's last crumb is often the article)."""
    titles = [page.meta.title, page.meta.first("og:title", "twitter:title")]
    for obj in page.jsonld.articles():
        headline = obj.get("headline") or obj.get("name")
        if isinstance(headline, str):
            titles.append(headline)
    return frozenset(k for k in (term_key(t) for t in titles if t) if k)


# --- structured data -------------------------------------------------------------------------


def _split(value: str) -> list[str]:
    """One string holding a list: split on ``;`` when it has any, else on commas; a
    Chinese or Japanese list without either is split on spaces."""
    if "&" in value:
        value = html.unescape(value)
    if ";" in value or "；" in value:
        return re.split(rf"{NOT_INSIDE_WS_RUN}\s*[;；]\s*", value)
    parts = rules.LIST_SEPARATOR_PATTERN.split(value)
    if len(parts) == 1 and " " in value.strip() and rules.CJK_PATTERN.search(value):
        return value.split()
    return parts


def _meta_values(page: PageData, key: str) -> list[str]:
    """A meta key's values. ``article:tag`` is meant to be repeated, one tag each ("Mayer,
    Marissa" is one tag then), but a single one is often a comma-separated list; other
    keys hold lists, each value split."""
    values = [v for v in page.meta.all(key) if v.strip()]
    if key == "article:tag" and len(values) > 1:
        return values
    return [term for value in values for term in _split(value)]


def _jsonld_terms(value: Any) -> list[str]:
    if isinstance(value, str):
        return _split(value)
    if isinstance(value, dict):
        name = value.get("name") or value.get("termCode")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        if len(value) == 1 and isinstance(value[0], str):
            return _split(value[0])
        terms: list[str] = []
        for item in value:
            if isinstance(item, str):
                terms.append(item)
            elif isinstance(item, dict):
                terms += _jsonld_terms(item)
        return terms
    return []


def _page_objects(page: PageData) -> Iterator[dict[str, Any]]:
    """The article objects, else the objects describing the page itself."""
    found = False
    for obj in page.jsonld.articles():
        found = True
        yield obj
    if not found:
        for obj in page.jsonld.objects:
            if types_of(obj) & _PAGE_TYPES:
                yield obj


def _jsonld_values(page: PageData, key: str) -> list[str]:
    for obj in _page_objects(page):
        terms = _jsonld_terms(obj.get(key))
        if terms:
            return terms
    return []


def _jsonld_breadcrumbs(page: PageData, keys: PageKeys) -> list[str]:
    for obj in page.jsonld.objects:
        if "breadcrumblist" not in types_of(obj):
            continue
        items = obj.get("itemListElement")
        if not isinstance(items, list):
            continue
        crumbs: list[tuple[float, str, str | None]] = []
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                continue
            name, url = _crumb_name_url(item)
            position = item.get("position")
            order = float(position) if isinstance(position, (int, float)) else float(index)
            if name:
                crumbs.append((order, name, url))
        crumbs.sort(key=lambda crumb: crumb[0])
        names = _crumb_names([(name, url) for _, name, url in crumbs], page, keys)
        if names:
            return names
    return []


def _crumb_name_url(item: dict[str, Any]) -> tuple[str | None, str | None]:
    target = item.get("item")
    name = item.get("name")
    url: str | None = None
    if isinstance(target, dict):
        name = name or target.get("name")
        url = target.get("@id") or target.get("url")
    elif isinstance(target, str):
        url = target
    return (
        name if isinstance(name, str) else None,
        url if isinstance(url, str) else None,
    )


def _crumb_names(crumbs: list[tuple[str, str | None]], page: PageData, keys: PageKeys) -> list[str]:
    """Crumbs without the home page and without the article's own page (by its URL, or
    by its title: the crumb starts a title of the page and covers most of it)."""
    here = _path_of(page.url, page.url)
    titles = keys.titles()
    kept: list[str] = []
    for index, (name, url) in enumerate(crumbs):
        path = _path_of(url, page.url) if url else None
        if index == 0 and (rules.HOME_CRUMB_PATTERN.match(name) or path == "/"):
            continue
        if path is not None and here is not None and path == here:
            continue
        key = term_key(name)
        if key and any(
            t.startswith(key) and len(key) >= rules.TITLE_CRUMB_SHARE * len(t) for t in titles
        ):
            continue
        kept.append(name)
    return kept


def _path_of(url: str | None, base: str | None) -> str | None:
    if not url:
        return None
    resolved = join_url(base, url.strip())
    parts = split_url(resolved) if resolved is not None else None
    if parts is None:
        return None
    return (parts.path.rstrip("/") or "/") if parts.netloc or parts.path else None


# --- the page's markup -------------------------------------------------------------------------

#: What names a breadcrumb trail in one of :data:`_BREADCRUMB_ATTRS` (matches both
#: "breadcrumb" and "Breadcrumb").
_BREADCRUMB_WORD = "readcrumb"
#: The attributes that may name a breadcrumb trail (not ``href`` or ``src``).
_BREADCRUMB_ATTRS = ("class", "id", "itemtype", "typeof", "aria-label")
#: ``href`` prefixes of links that lead to no other page (tools, anchors, scripts).
_NOT_PAGE_LINKS = ("#", "javascript:", "mailto:", "?")
#: ``element.values()``, typed as a parsed page gives them (``str``, never ``bytes``): a
#: ``cast`` at each call would cost a Python call per element of the walks using it.
_VALUES = cast("Callable[[etree._Element], list[str]]", etree._Element.values)


#: ``element.getparent()`` as a function, for the level-at-a-time climbs (``map`` runs it
#: in C over a whole level).
_PARENT = cast("Callable[[etree._Element], etree._Element | None]", etree._Element.getparent)


class _PageLinks:
    """The page's links (all of them, in page order, from the tree's root), read for the
    category sources when first asked for."""

    def __init__(self, root: etree._Element, page: PageData) -> None:
        self._root = root.getroottree().getroot()
        self._page = page
        self._links: list[etree._Element] | None = None

    def all(self) -> list[etree._Element]:
        """Every link of the page, in page order."""
        if self._links is None:
            self._links = list(self._page.tagged(self._root, "a"))
        return self._links

    def trails(self) -> list[etree._Element]:
        """The page's breadcrumb trails holding links, in page order (see
        :func:`_find_trails`)."""
        return _find_trails(self.all())

    def category_links(self) -> list[etree._Element]:
        """The page's ``rel="category"`` links, in page order (the ``in`` test first:
        most links have no such ``rel``, and theirs is not split)."""
        return [
            link
            for link in self.all()
            if (rel := link.get("rel")) and "ategor" in rel and "category" in rel.lower().split()
        ]


def _dom_breadcrumbs(links: _PageLinks, page: PageData, keys: PageKeys) -> list[str]:
    """The links of the page's first breadcrumb trail that has any."""
    for trail in links.trails():
        found = list(trail.iter("a"))
        if len(found) > rules.MAX_CRUMBS:
            continue  # a menu
        crumbs = [
            (collapse_ws(inner_text(a, " ")), href)
            for a in found
            if not (href := (a.get("href") or "").strip()).startswith(_NOT_PAGE_LINKS)
        ]
        names = _crumb_names([(name, href) for name, href in crumbs if name], page, keys)
        if names:
            return names
    return []


def _find_trails(links: list[etree._Element]) -> list[etree._Element]:
    """The breadcrumb trails holding ``links``, in page order: the elements naming a
    trail that are not inside another one (a trail's items are part of it, even when
    the outer trail turns out to be a menu).

    A trail without links gives no crumb, so trails are looked for among the links and
    their ancestors only. Those are found a level at a time, and their attribute values
    searched all at once (``map`` and ``join`` run in C): on most pages none names a
    trail, and no element costs a Python step (a climb from each link cost one per link
    and per ancestor)."""
    elements = [*links, *_ancestors(links)]
    values = list(map("\0".join, map(_VALUES, elements)))
    if _BREADCRUMB_WORD not in "\1".join(values):
        return []
    named = {
        element
        for element, joined in zip(elements, values, strict=True)
        if _BREADCRUMB_WORD in joined and _names_breadcrumb(element)
    }
    outer = [trail for trail in named if named.isdisjoint(trail.iterancestors())]
    if len(outer) > 1:
        # Trails do not nest: in page order, as their first links are.
        outer.sort(key=lambda trail: links.index(next(trail.iter("a"))))
    return outer


def _ancestors(elements: list[etree._Element]) -> set[etree._Element]:
    """The ancestors of ``elements``, found a level at a time: each level is the parents
    of the last one not met before (one ``map`` in C per level, no Python step per
    element)."""
    met: set[etree._Element] = set()
    level: Iterable[etree._Element] = elements
    while True:
        found = set(map(_PARENT, level))
        found.discard(None)  # above the root
        parents = cast("set[etree._Element]", found) - met
        if not parents:
            return met
        met |= parents
        level = parents


def _names_breadcrumb(element: etree._Element) -> bool:
    """One of :data:`_BREADCRUMB_ATTRS` names a breadcrumb trail."""
    return any(_BREADCRUMB_WORD in (element.get(name) or "") for name in _BREADCRUMB_ATTRS)


def _category_links(links: _PageLinks, verdicts: Verdicts | None) -> list[str]:
    """``rel="category"`` (WordPress: ``rel="category tag"``) links of the document
    outside boilerplate (an article's own footer is no boilerplate here, as for tags)."""
    foreign = _ForeignCache(verdicts)
    return [
        collapse_ws(inner_text(link, " ")) for link in links.category_links() if not foreign(link)
    ]


@dataclass
class _Group:
    """Links sharing their nearest block ancestor: one candidate tag list."""

    element: etree._Element
    position: int  # of its first link, in document order
    links: list[tuple[etree._Element, str, bool]] = field(default_factory=list)
    marked: bool = False  # a rel=tag link, or a tag-list class
    by_href: bool = False  # a link to a tag page


#: An element and its position in document order (links and ``<h1>`` headings counted).
_Placed = tuple[int, etree._Element]
#: A link that may be a tag: its position, the link, and whether it is marked as a tag
#: (``rel=tag``, a tag-list class) or, else, links to a tag page.
_Link = tuple[int, etree._Element, bool, bool]


def _dom_tags(root: etree._Element, page: PageData, verdicts: Verdicts | None) -> list[str]:
    """The texts of the page's tag list(s) (see the module docs), in page order.

    Most links of a page sit in menus, footers and story lists: boilerplate blocks are
    set aside first (cheaply: below a boilerplate container nothing more is read), and
    of the other blocks, the links' texts are read only when one of them is marked as a
    tag or links to a tag page, or when the first one is labelled."""
    blocks, headings = _link_blocks(page.tagged(root, "a", "h1"))
    foreign = _ForeignCache(verdicts)
    tag_classes = _TagClasses()
    strong: list[tuple[int, list[str]]] = []
    weak: list[tuple[int, list[str]]] = []
    for block, found in blocks.items():
        # ``foreign(block)`` is its parent's flag or its own verdict: the parent's (shared
        # by sibling blocks) first, the block's own only once it holds a candidate list
        # (few do; judging each block cost a verdict per block).
        parent = block.getparent()
        if parent is not None and foreign(parent):
            continue
        read = _read_group(block, _tag_links(found, tag_classes))
        if read is None or foreign(block):
            continue
        group, labelled = read
        texts = [text for _, text, tagged in group.links if tagged or labelled]
        if group.marked or labelled:
            strong.append((group.position, texts))
        elif _link_share(group) >= rules.MIN_TAG_LIST_LINK_SHARE:
            weak.append((group.position, texts))
    # A list's place is that of its first link with a text: sort the lists back into page
    # order (blocks were met in the order of their first link of any kind).
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
    links: Iterable[etree._Element],
) -> tuple[dict[etree._Element, list[_Placed]], list[_Placed]]:
    """The page's ``links`` and ``<h1>`` headings, in page order (positions count both):
    the links by their nearest block ancestor, and the headings."""
    blocks: dict[etree._Element, list[_Placed]] = {}
    headings: list[_Placed] = []
    group_tags = rules.GROUP_TAGS
    for position, link in enumerate(links):
        if link.tag == "h1":
            headings.append((position, link))
            continue
        # The nearest block ancestor (inline, with getparent(): this runs for every link,
        # and an ``iterancestors()`` iterator costs more than the one or two steps up).
        node = link.getparent()
        while node is not None and node.tag not in group_tags:
            node = node.getparent()
        block = link if node is None else node
        found = blocks.get(block)
        if found is None:
            blocks[block] = [(position, link)]
        else:
            found.append((position, link))
    return blocks, headings


def _tag_links(links: list[_Placed], tag_classes: _TagClasses) -> list[_Link]:
    """The links that may be tags (no category links), with what marks them."""
    kept: list[_Link] = []
    for position, link in links:
        rel_value = link.get("rel")
        rel = rel_value.lower().split() if rel_value else ()
        href = link.get("href") or ""
        lowered = href.lower() if href.isascii() else None
        # Most hrefs hold none of the words of either pattern: one test rules out both,
        # and such a link is neither a category's nor a tag page's.
        if lowered is not None and not _holds_word(lowered, _HREF_WORDS):
            if "category" not in rel:
                kept.append((position, link, "tag" in rel or tag_classes(link), False))
            continue
        if "category" in rel or (
            "tag" not in rel
            and _href_matches(href, lowered, rules.CATEGORY_HREF_WORDS, rules.CATEGORY_HREF_PATTERN)
        ):
            continue
        marked = "tag" in rel or tag_classes(link)
        by_href = not marked and _href_matches(
            href, lowered, rules.TAG_HREF_WORDS, rules.TAG_HREF_PATTERN
        )
        kept.append((position, link, marked, by_href))
    return kept


def _href_matches(
    href: str, lowered: str | None, words: tuple[str, ...], pattern: re.Pattern[str]
) -> bool:
    """The case-insensitive ``pattern`` matches ``href``. ``lowered`` is the lower-cased
    ``href`` when it is ASCII: a match then holds one of the ``words`` (those of the
    pattern) in it, and most links are ruled out by that alone, without the pattern."""
    if lowered is not None and not _holds_word(lowered, words):
        return False
    return bool(pattern.search(href))


def _holds_word(text: str, words: tuple[str, ...]) -> bool:
    """One of ``words`` is in ``text``: a pattern's prefilter. An ``in`` test per word
    (a C search each) is several times faster than one search of their alternation,
    which ``re`` tries at every character; and this loop than ``any()`` over a generator."""
    for word in words:  # noqa: SIM110 - see above
        if word in text:
            return True
    return False


def _read_group(block: etree._Element, links: list[_Link]) -> tuple[_Group, bool] | None:
    """The block's tag-list candidate (its links with a text, each with its text) and
    whether a "Tags:" label heads it; ``None`` for a block that cannot be a tag list. A
    block without a marked or tag-page link counts only when labelled, which its first
    link with a text tells: its other links are read only then. Each link's text is
    read once (``texts``, in the order of ``links``)."""
    labelled: bool | None = None
    texts: list[str] = []
    for _, _, marked, by_href in links:
        if marked or by_href:
            break
    else:
        first: etree._Element | None = None
        for _, link, _, _ in links:
            text = _link_text(link)
            texts.append(text)
            if text:
                first = link
                break
        if first is None:
            return None
        labelled = _is_labelled(block, first)
        if not labelled:
            return None
    group: _Group | None = None
    for index, (position, link, marked, by_href) in enumerate(links):
        text = texts[index] if index < len(texts) else _link_text(link)
        if not text:
            continue
        if group is None:
            group = _Group(block, position)
        group.links.append((link, text, marked or by_href))
        group.marked |= marked
        group.by_href |= by_href
    if group is None:
        return None
    if labelled is None:
        labelled = _is_labelled(block, group.links[0][0])
    if not (group.marked or group.by_href or labelled):
        return None
    return group, labelled


def _link_text(link: etree._Element) -> str:
    """A link's text, or "" when it is too long to be a tag. A link without children
    (most are) is its ``text``: a serialisation costs several times more."""
    raw = serialised_text(link) if len(link) else link.text or ""
    if len(raw) > rules.MAX_LINK_CHARS_READ:
        return ""
    text = collapse_ws(raw)
    return text if len(text) <= rules.MAX_TERM_CHARS else ""


class _TagClasses:
    """Whether a link, or one of its ``TAG_CLASS_DEPTH`` nearest ancestors, has a
    tag-list class, for one :func:`_dom_tags` call: memoised per element (the links of
    one list share their ancestors) and per ``class``/``id`` pair (list items repeat
    theirs)."""

    def __init__(self) -> None:
        self._elements: dict[etree._Element, bool] = {}
        self._names: dict[tuple[str | None, str | None], bool] = {}

    def __call__(self, link: etree._Element) -> bool:
        # The link itself is met once (no memo); its ancestors are shared. An element
        # without ``class`` and ``id`` (most of them) is settled inline, without a call.
        cls, ident = link.get("class"), link.get("id")
        if (cls or ident) and self._of(cls, ident):
            return True
        elements = self._elements
        node = link.getparent()
        for _ in range(rules.TAG_CLASS_DEPTH):
            if node is None:
                return False
            known = elements.get(node)
            if known is None:
                cls, ident = node.get("class"), node.get("id")
                known = elements[node] = bool(cls or ident) and self._of(cls, ident)
            if known:
                return True
            node = node.getparent()
        return False

    def _of(self, cls: str | None, ident: str | None) -> bool:
        """:func:`_is_tag_class`, memoised per pair (list items repeat theirs)."""
        key = (cls, ident)
        known = self._names.get(key)
        if known is None:
            known = self._names[key] = _is_tag_class(cls, ident)
        return known


def _is_tag_class(cls: str | None, ident: str | None) -> bool:
    """A class and id naming a tag list. The lower-cased text is first searched for one
    of the words every tag-list class holds (:data:`~articlex._rules.tags.TAG_CLASS_WORDS`);
    most elements stop there."""
    names = f"{cls or ''} {ident or ''}"[:_MAX_CLASS_ID_CHARS].lower()
    return _holds_word(names, rules.TAG_CLASS_WORDS) and bool(rules.TAG_CLASS_PATTERN.search(names))


def _is_label(text: str | None) -> bool:
    if not text:
        return False
    text = text.strip()
    return 0 < len(text) <= rules.MAX_LABEL_CHARS and bool(rules.TAG_LABEL_PATTERN.match(text))


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


def _short_text(element: etree._Element) -> str | None:
    """The stripped text of ``element`` and its tail; ``None`` when longer than a label.
    An element without children (most siblings before a link are) reads its two texts
    without an iterator."""
    if isinstance(element.tag, str) and not len(element):
        leaf = (element.text or "") + (element.tail or "")
        if len(leaf) > 4 * rules.MAX_LABEL_CHARS:
            return None
        joined = collapse_ws(leaf)
        return joined if len(joined) <= rules.MAX_LABEL_CHARS else None
    pieces: list[str] = []
    size = 0
    texts = cast("Iterator[str]", element.itertext()) if isinstance(element.tag, str) else iter(())
    for text in chain(texts, (element.tail or "",)):
        size += len(text)
        if size > 4 * rules.MAX_LABEL_CHARS:
            return None
        pieces.append(text)
    joined = collapse_ws("".join(pieces))
    return joined if len(joined) <= rules.MAX_LABEL_CHARS else None


def _link_share(group: _Group) -> float:
    total = len(collapse_ws(serialised_text(group.element)))
    linked = sum(len(text) for _, text, _ in group.links)
    return linked / total if total else 0.0


class _ForeignCache(Boilerplate):
    """Whether an element sits in a part of the page that is not the article (see
    :data:`~articlex._rules.tags.TAG_FOREIGN_KINDS`), memoised along shared ancestors
    (and the cleaner's verdicts, shared when the extraction passes its ``verdicts``)."""

    def __init__(self, verdicts: Verdicts | None = None) -> None:
        super().__init__(rules.TAG_FOREIGN_KINDS, verdicts)

    def own(self, node: etree._Element) -> bool:
        verdict = self.verdict(node)
        if (
            verdict is not None
            and verdict[0] in rules.TAG_FOREIGN_KINDS
            and not (verdict[0] == "footer" and _in_article(node))
        ):
            return True
        # A tag cloud or widget, whatever the cleaner says of it (tested last: the many
        # elements condemned above need no class text built).
        cls, ident = node.get("class"), node.get("id")
        if not cls and not ident:
            return False
        names = f"{cls or ''} {ident or ''}"[:_MAX_CLASS_ID_CHARS].lower()
        return _holds_word(names, rules.TAG_CLOUD_WORDS)


def _in_article(node: etree._Element) -> bool:
    """``node`` is inside an ``<article>`` or an element typed as an article."""
    for ancestor in node.iterancestors():
        if ancestor.tag == "article" or "article" in (ancestor.get("itemtype") or "").lower():
            return True
    return False
