"""The canonical URL: the page's own address as it declares it, absolute.

Sources in order: ``<link rel="canonical">``, ``og:url``, then the JSON-LD ``url`` /
``mainEntityOfPage``; http(s) URLs only (see docs/fields.md).
"""

from __future__ import annotations

from articlex._fields import Found
from articlex._fields.declared import jsonld_string, page_url
from articlex._meta import PageData
from articlex._models import Source

__all__ = ["find_canonical_url"]


def find_canonical_url(page: PageData) -> Found[str] | None:
    """The first canonical URL the page declares."""
    for href in page.meta.links.get("canonical", ()):
        url = page_url(href, page.url)
        if url:
            return Found(url, Source.DOM)
    value = page.meta.first("og:url")
    url = page_url(value, page.url) if value else None
    if url:
        return Found(url, Source.META)
    for obj in page.jsonld.articles():
        candidate = jsonld_string(obj.get("url") or obj.get("mainEntityOfPage"))
        url = page_url(candidate, page.url) if candidate else None
        if url:
            return Found(url, Source.JSON_LD)
    return None
