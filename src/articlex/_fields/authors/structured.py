"""Authors the page declares: JSON-LD, ``<meta>`` tags and microdata.

Each reader returns the names of its first value naming a person, else of its first
value naming anyone (organisations only), else nothing. The sources' orders are in
``docs/fields.md``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lxml import etree

from articlex._fields.authors.elements import near, segments
from articlex._fields.authors.names import invert
from articlex._fields.authors.organisations import Name, Site, read_names
from articlex._fields.authors.placement import FOREIGN, Where
from articlex._meta import PageData
from articlex._meta.jsonld import types_of
from articlex._rules import authors as rules

__all__ = ["from_jsonld", "from_meta", "from_microdata"]


def _jsonld_values(
    value: Any, index: dict[str, dict[str, Any]], org: bool = False, depth: int = 0
) -> Iterator[tuple[str, bool]]:
    """``(text, is_organisation)`` of each author of a JSON-LD value."""
    if depth > rules.MAX_JSONLD_DEPTH:
        return
    if isinstance(value, str):
        if value.strip() and not value.lstrip().startswith(rules.JSONLD_LINK_STARTS):
            yield value, org
    elif isinstance(value, list):
        for item in value:
            yield from _jsonld_values(item, index, org, depth + 1)
    elif isinstance(value, dict):
        types = types_of(value)
        name = value.get("name")
        if name is None and isinstance(value.get("@id"), str):
            target = index.get(value["@id"])
            if target is not None and target is not value:
                yield from _jsonld_values(target, index, org, depth + 1)
            return
        if name is None and (value.get("givenName") or value.get("familyName")):
            name = f"{value.get('givenName') or ''} {value.get('familyName') or ''}"
        is_org = bool(types & rules.ORGANISATION_TYPES) and "person" not in types
        yield from _jsonld_values(name, index, is_org, depth + 1)


def from_jsonld(page: PageData, site: Site) -> list[Name]:
    """``author`` (else ``creator``) of the article objects, then ``author`` of any other
    object but comments and media."""
    objects = page.jsonld.objects
    if not objects:
        return []
    index = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str) and "name" in o}
    articles = list(page.jsonld.articles())
    values = [a.get("author") or a.get("creator") for a in articles]
    article_ids = {id(a) for a in articles}
    values += [
        o.get("author") for o in objects
        if not types_of(o) & rules.SKIPPED_JSONLD_TYPES and id(o) not in article_ids
    ]  # fmt: skip
    weak: list[Name] = []
    for value in values:
        if not value:
            continue
        names: list[Name] = []
        for text, org in _jsonld_values(value, index):
            names.extend(read_names([text], site, strict=False, org=org))
        if any(not n.weak for n in names):
            return names
        weak = weak or names
    return weak


def from_meta(page: PageData, site: Site) -> list[Name]:
    """Names of the first key naming a person, else of the first key naming anyone."""
    weak: list[Name] = []
    for key in rules.META_AUTHOR_KEYS:
        values = [v for v in page.meta.all(key) if v and not rules.URL_VALUE.match(v.strip())]
        if not values:
            continue
        if key in rules.INVERTED_META_KEYS and len(values) > 1:
            values = [invert(v) for v in values]
        else:
            values = [invert(v) if rules.SURNAME_FIRST.match(v) else v for v in values]
        names = read_names(values, site, strict=False)
        if any(not n.weak for n in names):
            return names
        weak = weak or names
    return weak


def _item_type(element: etree._Element) -> str:
    for node in element.iterancestors():
        if node.get("itemscope") is not None:
            return (node.get("itemtype") or "").lower()
    return ""


def _microdata_text(element: etree._Element, value: str) -> str:
    """The property's value, but an author link's text rather than its ``href``, and a
    text value read with its element boundaries (so that "A | B" splits)."""
    if element.get("itemscope") is not None or element.get("content") is not None:
        return value
    if element.tag in rules.MICRODATA_VALUE_TAGS:
        return value
    return segments(element)


def from_microdata(page: PageData, site: Site, where: Where) -> list[Name]:
    """The first ``author`` (else ``creator``) property outside boilerplate and not of a
    picture, a video or a comment, with the co-authors beside it (author properties
    further down belong to the stories listed there)."""
    for prop in rules.AUTHOR_PROPERTIES:
        kept: list[tuple[etree._Element, str]] = []
        elements = page.microdata.elements.get(prop, ())
        for value, element in zip(page.microdata.all(prop), elements, strict=False):
            if _item_type(element).endswith(rules.NON_ARTICLE_ITEM_TYPES):
                continue
            if where(element) == FOREIGN:
                continue
            text = _microdata_text(element, value)
            if text and not rules.URL_VALUE.match(text):
                kept.append((element, text))
        if kept:
            first = kept[0][0]
            texts = [t for e, t in kept if e is first or near(first, e)]
            return read_names(texts, site, strict=True)
    return []
