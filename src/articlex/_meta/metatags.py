"""``<meta>``, ``<link rel>``, ``<title>`` and ``<html lang>``: read once into plain maps.

Keys are lower-cased ``name``/``property``/``itemprop`` values (``og:title``,
``article:published_time``, ``author``...); every value of a repeated key is kept, in page
order (``article:tag`` is repeated by design).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from lxml import etree

from articlex._meta._values import KeyedValues
from articlex._text import collapse_ws, inner_text

__all__ = ["MetaTags", "metatags_of", "read_metatags"]

_META_KEY_ATTRS = ("property", "name", "itemprop", "http-equiv")


@dataclass(frozen=True)
class MetaTags(KeyedValues):
    """Plain values of the page's head."""

    values: dict[str, tuple[str, ...]] = field(default_factory=dict)
    links: dict[str, tuple[str, ...]] = field(default_factory=dict)
    title: str | None = None
    lang: str | None = None


def read_metatags(root: etree._Element) -> MetaTags:
    """Collect meta/link/title values from anywhere in the document (heads are messy)."""
    return metatags_of(root, root.iter("meta", "link", "title"))


def metatags_of(root: etree._Element, elements: Iterable[etree._Element]) -> MetaTags:
    """The values of ``elements``, the ``<meta>``, ``<link>`` and ``<title>`` elements of
    ``root`` in page order (:func:`~articlex._meta.read_page_data` finds them in the same
    walk as the scripts)."""
    values: dict[str, list[str]] = {}
    links: dict[str, list[str]] = {}
    title: str | None = None
    for element in elements:
        tag = element.tag
        if tag == "meta":
            # Some CMSs write ``value=`` where the standard says ``content=``.
            content = element.get("content")
            if content is None:
                content = element.get("value")
            if content is None:
                continue
            content = collapse_ws(content)
            for attr in _META_KEY_ATTRS:
                key = element.get(attr)
                if key:
                    values.setdefault(key.strip().lower(), []).append(content)
                    break
        elif tag == "link":
            href = (element.get("href") or "").strip()
            for rel in (element.get("rel") or "").lower().split():
                if href:
                    links.setdefault(rel, []).append(href)
        elif title is None:
            text = collapse_ws(inner_text(element))
            title = text or None
    return MetaTags(
        {k: tuple(v) for k, v in values.items()},
        {k: tuple(v) for k, v in links.items()},
        title,
        (root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or None),
    )
