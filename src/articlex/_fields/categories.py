"""Categories: the site sections an article is filed under, kept apart from its tags.

Sources in order, the first giving any wins: JSON-LD ``articleSection``, ``article:section``,
breadcrumbs (JSON-LD ``BreadcrumbList``, then a trail in the page) and ``rel="category"``
links (see docs/fields.md). Rules in :mod:`articlex._rules.tags`.
"""

from __future__ import annotations

from typing import Any, cast

from lxml import etree

from articlex._fields import Found, Verdicts
from articlex._fields.terms import (
    PageKeys,
    TermBoilerplate,
    Terms,
    TermSource,
    first_terms,
    jsonld_values,
    meta_values,
    term_key,
)
from articlex._meta import PageData
from articlex._meta.jsonld import types_of
from articlex._models import Source
from articlex._rules import tags as rules
from articlex._text import collapse_ws, inner_text
from articlex._urls import join_url, split_url

__all__ = ["find_categories"]


def find_categories(
    root: etree._Element,
    page: PageData,
    verdicts: Verdicts | None = None,
    keys: PageKeys | None = None,
) -> Found[Terms] | None:
    """The article's sections, from the first source that has any. ``verdicts``: the
    extraction's cleaner verdicts, when its other fields share them (see
    :class:`~articlex._fields.Verdicts`); ``keys``: the page's :class:`PageKeys`, when the
    tags share them."""
    keys = PageKeys(page) if keys is None else keys
    links = _PageLinks(root, page)
    sources: tuple[TermSource, ...] = (
        (Source.JSON_LD, lambda: jsonld_values(page, "articleSection")),
        (Source.META, lambda: meta_values(page, "article:section")),
        (Source.JSON_LD, lambda: _jsonld_breadcrumbs(page, keys)),
        (Source.DOM, lambda: _dom_breadcrumbs(links, page, keys)),
        (Source.DOM, lambda: _category_links(links, verdicts)),
    )
    return first_terms(sources, keys)


class _PageLinks:
    """The page's links (all of them, in page order, from the tree's root), read for the
    DOM sources when first asked for."""

    def __init__(self, root: etree._Element, page: PageData) -> None:
        self._root = root.getroottree().getroot()
        self._page = page
        self._links: list[etree._Element] | None = None

    def all(self) -> list[etree._Element]:
        """Every link of the page, in page order."""
        if self._links is None:
            self._links = list(self._page.tagged(self._root, "a"))
        return self._links


# --- breadcrumbs ---------------------------------------------------------------------------


def _jsonld_breadcrumbs(page: PageData, keys: PageKeys) -> list[str]:
    """The crumbs of the page's first JSON-LD ``BreadcrumbList`` that has any (see
    :func:`_crumb_names`), in the order of their ``position``."""
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


def _dom_breadcrumbs(links: _PageLinks, page: PageData, keys: PageKeys) -> list[str]:
    """The links of the page's first breadcrumb trail that has any (see
    :func:`_crumb_names`); a trail of more than ``MAX_CRUMBS`` links is a menu."""
    for trail in _find_trails(links.all()):
        found = list(trail.iter("a"))
        if len(found) > rules.MAX_CRUMBS:
            continue
        crumbs = [
            (collapse_ws(inner_text(a, " ")), href)
            for a in found
            if not (href := (a.get("href") or "").strip()).startswith(rules.NOT_PAGE_LINKS)
        ]
        names = _crumb_names([(name, href) for name, href in crumbs if name], page, keys)
        if names:
            return names
    return []


def _find_trails(links: list[etree._Element]) -> list[etree._Element]:
    """The breadcrumb trails holding ``links``, in page order: the links and their
    ancestors naming a trail that are not inside another one (a trail's items are part
    of it, even when the outer trail turns out to be a menu)."""
    named: set[etree._Element] = set()
    seen: set[etree._Element] = set()
    for link in links:
        element: etree._Element | None = link
        # Up to the first element looked at from an earlier link (its ancestors were too).
        while element is not None and element not in seen:
            seen.add(element)
            # Most elements hold the word in no attribute: one look at their values.
            values = cast("list[str]", element.values())
            if values and rules.BREADCRUMB_WORD in " ".join(values) and _names_breadcrumb(element):
                named.add(element)
            element = element.getparent()
    outer = [trail for trail in named if named.isdisjoint(trail.iterancestors())]
    outer.sort(key=lambda trail: links.index(next(trail.iter("a"))))
    return outer


def _names_breadcrumb(element: etree._Element) -> bool:
    """One of :data:`~articlex._rules.tags.BREADCRUMB_ATTRS` names a breadcrumb trail."""
    return any(
        name in rules.BREADCRUMB_ATTRS and rules.BREADCRUMB_WORD in value
        for name, value in element.items()
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


# --- category links ------------------------------------------------------------------------


def _category_links(links: _PageLinks, verdicts: Verdicts | None) -> list[str]:
    """The texts of the page's ``rel="category"`` links (WordPress: ``rel="category tag"``)
    outside boilerplate (an article's own footer is no boilerplate here, as for tags)."""
    foreign = TermBoilerplate(verdicts)
    return [
        collapse_ws(inner_text(link, " "))
        for link in links.all()
        if rules.CATEGORY_REL in (link.get("rel") or "").lower().split() and not foreign(link)
    ]
