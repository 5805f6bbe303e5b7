"""The headline: the visible ``<h1>`` when metadata agrees, else metadata, else ``<title>``.

Precedence: an ``<h1>`` whose text matches a metadata title (JSON-LD ``headline``,
``og:title``, ``twitter:title``, ``<title>``, compared without site suffixes) -> JSON-LD
``headline`` -> ``og:title`` / ``twitter:title`` -> the only ``<h1>`` -> ``<title>``, each
stripped of a " | Site" / " - Section" suffix.
"""

from __future__ import annotations

import re

from lxml import etree

from articlex._fields import Found
from articlex._meta import PageData
from articlex._models import Source
from articlex._text import collapse_ws, inner_text

__all__ = ["find_headline", "strip_site_suffix"]

#: Separators between a title and the site or section name appended to it.
_TITLE_SEPARATORS = re.compile(r"\s+[|–—·•:»/-]\s+|\s+::\s+|\s+-{2}\s+")
#: A headline longer than this is not a headline.
MAX_HEADLINE_CHARS = 400


def strip_site_suffix(title: str, site_name: str | None = None) -> str:
    """Drop " | Site name" / " - Section" parts, keeping the longest segment."""
    title = collapse_ws(title)
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) == 1:
        return title
    if site_name:
        site = collapse_ws(site_name).casefold()
        kept = [p for p in parts if p.casefold() != site]
        if len(kept) == 1:
            return kept[0]
        if kept and len(kept) < len(parts):
            parts = kept
    return max(parts, key=len)


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()


def _jsonld_headline(page: PageData) -> str | None:
    for obj in page.jsonld.articles():
        value = obj.get("headline") or obj.get("name")
        if isinstance(value, str) and value.strip():
            return collapse_ws(value)
    return None


def _h1_texts(root: etree._Element) -> list[str]:
    texts = []
    for h1 in root.iter("h1"):
        text = collapse_ws(inner_text(h1, " "))
        if text and len(text) <= MAX_HEADLINE_CHARS:
            texts.append(text)
    return texts


def headline_element(root: etree._Element, headline: str) -> etree._Element | None:
    """The ``<h1>`` (else any heading) showing ``headline``, if the page shows it."""
    key = _key(headline)
    for heading in root.iter("h1", "h2", "h3"):
        if _key(inner_text(heading, " ")) == key:
            return heading
    return None


def find_headline(root: etree._Element, page: PageData) -> Found[str] | None:
    """The article's headline and where it came from, or ``None``."""
    meta = page.meta
    site = meta.first("og:site_name", "application-name")
    jsonld = _jsonld_headline(page)
    og = meta.first("og:title", "twitter:title")
    titles = [t for t in (jsonld, og, meta.title) if t]
    keys = {_key(strip_site_suffix(t, site)) for t in titles} | {_key(t) for t in titles}
    h1s = _h1_texts(root)
    for text in h1s:
        if _key(text) in keys:
            return Found(text, Source.DOM)
    if jsonld:
        return Found(strip_site_suffix(jsonld, site), Source.JSON_LD)
    if og:
        return Found(strip_site_suffix(og, site), Source.META)
    if len(h1s) == 1:
        return Found(h1s[0], Source.DOM)
    if meta.title:
        return Found(strip_site_suffix(meta.title, site), Source.META)
    return None
