"""The site name: what the publication calls itself, without a legal suffix.

Sources in order: ``og:site_name``, the JSON-LD publisher and ``WebSite`` /
``Organization`` names, the app-name metas, microdata ``publisher``, then the part of the
``<title>`` beside the headline; a bare domain gives way to a proper name given elsewhere
(see docs/fields.md). Rules in :mod:`articlex._rules.page_fields`.
"""

from __future__ import annotations

from articlex._fields import Found
from articlex._fields.declared import jsonld_string
from articlex._meta import PageData
from articlex._meta.jsonld import types_of
from articlex._models import Source
from articlex._rules import page_fields as rules
from articlex._text import collapse_ws

__all__ = ["find_site_name"]


def find_site_name(page: PageData, headline: str | None) -> Found[str] | None:
    """The first candidate in precedence order, passing over a bare domain name when a
    proper name is also given; a company's legal suffix ("Inc", "GmbH") is dropped."""
    candidates = _candidates(page)
    chosen = next((c for c in candidates if not rules.DOMAIN_NAME_PATTERN.match(c.value)), None)
    if chosen is None:
        chosen = candidates[0] if candidates else _site_from_title(page.meta.title, headline)
    if chosen is None:
        return None
    name = rules.LEGAL_SUFFIX_PATTERN.sub("", chosen.value).strip()
    return Found(name or chosen.value, chosen.source)


def _candidates(page: PageData) -> list[Found[str]]:
    """The names the page's metadata gives, in precedence order."""
    found: list[Found[str]] = []
    value = page.meta.first("og:site_name")
    if value:
        found.append(Found(value, Source.META))
    for obj in page.jsonld.articles():
        name = jsonld_string(obj.get("publisher"))
        if name and not name.startswith(("http", "#")):
            found.append(Found(name, Source.JSON_LD))
    for obj in page.jsonld.objects:
        if types_of(obj) & rules.SITE_JSONLD_TYPES:
            name = jsonld_string(obj.get("name"))
            if name:
                found.append(Found(name, Source.JSON_LD))
    value = page.meta.first(*rules.SITE_NAME_META_KEYS)
    if value:
        found.append(Found(value, Source.META))
    value = page.microdata.first("publisher")
    if value and len(value) <= rules.MAX_SITE_NAME_CHARS:
        found.append(Found(value, Source.MICRODATA))
    return found


def _site_from_title(title: str | None, headline: str | None) -> Found[str] | None:
    """The part of the ``<title>`` beside the headline: its first or last segment, when
    the other one is the headline."""
    if not title or not headline:
        return None
    parts = rules.TITLE_SEPARATOR_PATTERN.split(title)
    if len(parts) < 2:
        return None
    key = collapse_ws(headline).casefold()
    first, last = collapse_ws(parts[0]), collapse_ws(parts[-1])
    if first.casefold() == key and len(last) <= rules.MAX_SITE_NAME_CHARS:
        return Found(last, Source.META)
    if last.casefold() == key and len(first) <= rules.MAX_SITE_NAME_CHARS:
        return Found(first, Source.META)
    return None
