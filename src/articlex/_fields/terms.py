"""What tags and categories share: term lists read, cleaned and chosen, and where not to look.

Both fields take the first source giving a non-empty list of clean terms; sources are not
merged (see docs/fields.md for the sources and why). Rules in :mod:`articlex._rules.tags`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from lxml import etree

from articlex._fields import Boilerplate, Found, Verdicts
from articlex._meta import PageData
from articlex._meta.jsonld import types_of
from articlex._models import Source
from articlex._rules import tags as rules
from articlex._rules.markup import MAX_CLASS_ID_CHARS
from articlex._text import collapse_ws
from articlex._urls import host_of

__all__ = [
    "PageKeys",
    "TermBoilerplate",
    "TermSource",
    "Terms",
    "clean_terms",
    "first_terms",
    "jsonld_values",
    "meta_values",
    "split_terms",
    "term_key",
]

Terms = tuple[str, ...]
#: A source of terms: where it reads, and how (called only while no earlier source gave any).
TermSource = tuple[Source, Callable[[], list[str]]]
_NON_WORD = re.compile(r"\W+")


def first_terms(sources: Iterable[TermSource], keys: PageKeys) -> Found[Terms] | None:
    """The cleaned terms of the first source giving any, without the page's names
    (``keys.drop()``, see :func:`clean_terms`)."""
    for source, read in sources:
        values = read()
        if values:
            terms = clean_terms(values, keys.drop())
            if terms:
                return Found(terms, source)
    return None


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
    """``value`` with entities decoded, whitespace collapsed and a "Tag:" label removed;
    ``None`` when it is no term (empty, a placeholder, too long, an address, a machine
    token, a "more" link)."""
    term = collapse_ws(html.unescape(value)).strip(rules.TERM_EDGE_CHARS).strip()
    term = rules.TERM_LABEL_PATTERN.sub("", term)
    if (
        not term
        or len(term) > rules.MAX_TERM_CHARS
        or term.casefold() in rules.JUNK_TERMS
        or rules.URL_LIKE_PATTERN.match(term)
        or rules.MACHINE_TOKEN_PATTERN.match(term)
        or rules.MORE_LINK_PATTERN.search(term)
    ):
        return None
    return term


class PageKeys:
    """The keys (:func:`term_key`) of the names a page's terms are told from: the site's
    names, which no tag or category is, and the article's titles, which no category is
    (nor a breadcrumb's crumb). Read when first asked for, and once per extraction when
    the tags and the categories share one ``PageKeys``."""

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


def _site_keys(page: PageData) -> frozenset[str]:
    """Keys of the names the site goes by: metadata names and its host name."""
    names: list[str] = [n for n in (page.meta.first(*rules.SITE_NAME_META_KEYS),) if n]
    for obj in page.jsonld.articles():
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            names.append(publisher["name"])
    if page.url:
        host = host_of(page.url).split(".")
        names += [label for label in host[:-1] if label not in rules.HOST_NOISE_LABELS]
    return frozenset(k for k in (term_key(n) for n in names) if k)


def _title_keys(page: PageData) -> frozenset[str]:
    """Keys of the article's titles (a breadcrumb's last crumb is often the article)."""
    titles = [page.meta.title, page.meta.first(*rules.TITLE_META_KEYS)]
    for obj in page.jsonld.articles():
        headline = obj.get("headline") or obj.get("name")
        if isinstance(headline, str):
            titles.append(headline)
    return frozenset(k for k in (term_key(t) for t in titles if t) if k)


# --- structured data -----------------------------------------------------------------------


def split_terms(value: str) -> list[str]:
    """One string holding a list: split on semicolons when it has any, else on commas;
    a Chinese or Japanese list without either is split on spaces."""
    value = html.unescape(value)
    parts = rules.SEMICOLON_SEPARATOR_PATTERN.split(value)
    if len(parts) > 1:
        return parts
    parts = rules.LIST_SEPARATOR_PATTERN.split(value)
    if len(parts) == 1 and " " in value.strip() and rules.CJK_PATTERN.search(value):
        return value.split()
    return parts


def meta_values(page: PageData, key: str) -> list[str]:
    """A meta key's values. ``article:tag`` is meant to be repeated, one tag each ("Mayer,
    Marissa" is one tag then), but a single one is often a comma-separated list; other
    keys hold lists, each value split."""
    values = [v for v in page.meta.all(key) if v.strip()]
    if key == "article:tag" and len(values) > 1:
        return values
    return [term for value in values for term in split_terms(value)]


def jsonld_values(page: PageData, key: str) -> list[str]:
    """The terms under ``key`` in the first JSON-LD object of the page that has any."""
    for obj in _page_objects(page):
        terms = _jsonld_terms(obj.get(key))
        if terms:
            return terms
    return []


def _jsonld_terms(value: Any) -> list[str]:
    if isinstance(value, str):
        return split_terms(value)
    if isinstance(value, dict):
        name = value.get("name") or value.get("termCode")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        if len(value) == 1 and isinstance(value[0], str):
            return split_terms(value[0])
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
            if types_of(obj) & rules.PAGE_OBJECT_TYPES:
                yield obj


# --- where term links are not read ---------------------------------------------------------


class TermBoilerplate(Boilerplate):
    """Whether an element sits in a part of the page whose links are not this article's
    terms: boilerplate of :data:`~articlex._rules.tags.TAG_FOREIGN_KINDS` (a footer only
    outside the article: its own footer is where its tags are), or a tag cloud or widget,
    whatever the cleaner says of it. Memoised for one extraction, like
    :class:`~articlex._fields.Boilerplate`."""

    def __init__(self, verdicts: Verdicts | None = None) -> None:
        super().__init__(rules.TAG_FOREIGN_KINDS, verdicts)

    def own(self, node: etree._Element) -> bool:
        verdict = self.verdict(node)
        if (
            verdict is not None
            and verdict[0] in rules.TAG_FOREIGN_KINDS
            and not (verdict[0] == "footer" and _in_article_tag_or_itemtype(node))
        ):
            return True
        cls, ident = node.get("class"), node.get("id")
        if not cls and not ident:
            return False
        names = f"{cls or ''} {ident or ''}"[:MAX_CLASS_ID_CHARS].lower()
        return any(word in names for word in rules.TAG_CLOUD_WORDS)


def _in_article_tag_or_itemtype(node: etree._Element) -> bool:
    """``node`` is inside an ``<article>`` or an element whose ``itemtype`` names an
    article (``schema.org/Article``, ``NewsArticle``...). Not the dates' test, which
    also takes an hAtom ``hentry`` or a ``BlogPosting`` item."""
    for ancestor in node.iterancestors():
        if ancestor.tag == "article" or "article" in (ancestor.get("itemtype") or "").lower():
            return True
    return False
