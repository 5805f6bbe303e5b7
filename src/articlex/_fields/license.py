"""The license: what the page says its text may be reused under.

Sources in order: the JSON-LD ``license`` of the article object, ``<link rel=license>``,
license ``<meta>`` names, an ``<a rel=license>`` link (not in a figure, a caption or a
comment: a photo's "CC BY 2.0" credit is the photo's license), a rights ``<meta>`` naming
a Creative Commons license, then a Creative Commons mark in the body's text ("This
article is republished under a CC BY-ND 4.0 license"). A Creative Commons license is
given by its short name ("CC BY-SA 4.0", "CC0 1.0"), whichever way the page gives it;
another license by its name when the link names it, else its absolute URL (see
docs/fields.md). Patterns and word lists: :mod:`articlex._rules.license`.

:func:`find_declared_license` reads what the page declares (its head and links, cheap:
the links the page data kept); :func:`find_text_license` reads the body, for the
pipeline to call once the body is known.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from lxml import etree

from articlex._fields import Found
from articlex._fields.declared import page_url
from articlex._meta import PageData
from articlex._models import Block, Source
from articlex._rules import license as rules
from articlex._text import class_id, collapse_ws, inner_text

__all__ = ["cc_name", "find_declared_license", "find_text_license", "text_mark"]

#: Block kinds whose text is the article's own (a quote, a code sample, a figure's caption
#: may carry another work's license).
_OWN_TEXT_KINDS = frozenset({"paragraph", "heading", "list", "table"})


def find_declared_license(root: etree._Element, page: PageData) -> Found[str] | None:
    """The license the page declares in its structured data, head or links."""
    for obj in page.jsonld.articles():
        for key in rules.LICENSE_JSONLD_KEYS:
            value = _jsonld_license(obj.get(key), page.url)
            if value:
                return Found(value, Source.JSON_LD)
    for href in page.meta.links.get("license", ()):
        value = _license_of(href, None, page.url)
        if value:
            return Found(value, Source.DOM)
    for key in rules.LICENSE_META_KEYS:
        for content in page.meta.all(key):
            value = _declared_value(content, page.url)
            if value:
                return Found(value, Source.META)
    for link in page.tagged(root, "a"):  # the page's links, kept when it was read
        rel = link.get("rel")
        if rel is None:
            continue
        rel_words = rel.lower().split()
        if ("license" in rel_words or "licence" in rel_words) and not _foreign(link):
            value = _license_of(link.get("href") or "", inner_text(link), page.url)
            if value:
                return Found(value, Source.DOM)
    for key in rules.RIGHTS_META_KEYS:
        for content in page.meta.all(key):
            value = text_mark(content)
            if value:
                return Found(value, Source.META)
    return None


def find_text_license(text: str, blocks: Iterable[Block]) -> Found[str] | None:
    """A Creative Commons mark in the text of the body's own blocks (``text``: the body's
    text, looked at first: most bodies name no license)."""
    if not _has_hint(text):
        return None
    for block in blocks:
        if block.kind in _OWN_TEXT_KINDS:
            value = text_mark(block.text)
            if value:
                return Found(value, Source.TEXT)
    return None


def cc_name(url: str) -> str | None:
    """The short name of the Creative Commons license a URL points to, or ``None``:
    ``https://creativecommons.org/licenses/by-nc-sa/4.0/deed.fr`` gives "CC BY-NC-SA 4.0"."""
    match = rules.CC_URL_PATTERN.search(url)
    if match is None:
        return None
    version = match.group("version")
    domain = match.group("domain")
    if domain:
        name = rules.CC_PUBLIC_DOMAIN_NAMES[domain.lower()]
    else:
        terms = match.group("terms").lower()
        if terms not in rules.CC_TERMS:
            return None
        name = "CC " + terms.upper()
    return f"{name} {version}" if version else name


def text_mark(text: str) -> str | None:
    """The short name of a Creative Commons license a text names ("CC BY-SA 4.0",
    "Creative Commons Attribution-ShareAlike 4.0 International"), or ``None``."""
    if not _has_hint(text):
        return None
    short = rules.CC_SHORT_MARK_PATTERN.search(text)
    named = rules.CC_NAME_MARK_PATTERN.search(text)
    if short and (named is None or short.start() < named.start()):
        if short.group(0).startswith("CC0"):
            return _versioned("CC0", short.group("zero_version"))
        parts = {p for p in short.group("parts").replace("-", " ").split() if p}
        return _versioned(_terms_name(parts), short.group("version"))
    if named is None:
        return None
    if named.group("zero"):
        return "CC0"
    words = named.group("parts").lower()
    parts = {short for word, short in rules.CC_NAME_TERMS if word in words}
    return _versioned(_terms_name(parts), named.group("version"))


def _has_hint(text: str) -> bool:
    return any(hint in text for hint in rules.CC_TEXT_QUICK_HINTS) and any(
        hint in text for hint in rules.CC_TEXT_HINTS
    )


def _terms_name(parts: set[str]) -> str | None:
    """``{"NC", "SA"}`` -> "CC BY-NC-SA"; ``None`` for terms no license combines."""
    terms = "by" + "".join(f"-{p.lower()}" for p in ("NC", "ND", "SA") if p in parts)
    return "CC " + terms.upper() if terms in rules.CC_TERMS else None


def _versioned(name: str | None, version: str | None) -> str | None:
    if name is None:
        return None
    return f"{name} {version.strip()}" if version else name


def _license_of(href: str, text: str | None, base: str | None) -> str | None:
    """A license link's value: the Creative Commons short name, the link's own name for
    its license, or its absolute URL."""
    url = page_url(href, base) if href.strip() else None
    if url:
        name = cc_name(url)
        if name:
            return name
    name = collapse_ws(text or "")
    if name:
        mark = text_mark(name)
        if mark:
            return mark
        if (
            name.lower().rstrip(".") not in rules.GENERIC_LINK_TEXTS
            and len(name) <= rules.MAX_LICENSE_NAME_CHARS
        ):
            return name
    return url


def _declared_value(value: str, base: str | None) -> str | None:
    """A declared license (a URL or a name) as :func:`_license_of` gives it."""
    value = collapse_ws(value)
    if not value:
        return None
    if "/" in value and " " not in value:  # a URL
        return _license_of(value, None, base)
    mark = text_mark(value)
    if mark:
        return mark
    return value if len(value) <= rules.MAX_LICENSE_NAME_CHARS else None


def _jsonld_license(value: Any, base: str | None) -> str | None:
    """A JSON-LD ``license``: a URL, a name, a ``CreativeWork`` or a list of them."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        url, name = value.get("url") or value.get("@id"), value.get("name")
        if isinstance(url, str) and (cc := cc_name(url)):
            return cc
        value = name if isinstance(name, str) and name.strip() else url
    return _declared_value(value, base) if isinstance(value, str) else None


def _foreign(element: etree._Element) -> bool:
    """The link sits in a figure, a caption, a credit or a comment: another work's."""
    node: etree._Element | None = element
    for _ in range(rules.MAX_FOREIGN_DEPTH):
        if node is None:
            return False
        if node.tag in rules.FOREIGN_LICENSE_TAGS:
            return True
        names = class_id(node)
        if rules.FOREIGN_LICENSE_CLASS_PATTERN.search(names):
            return True
        node = node.getparent()
    return False
