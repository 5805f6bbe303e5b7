"""Page-level fields: site name, description, lead image, language, canonical URL.

Each reads structured data first and the markup second; URLs are made absolute against
the page URL. Precedence (first valid wins):

- ``site_name``: ``og:site_name`` -> JSON-LD article ``publisher`` -> JSON-LD
  ``WebSite`` / ``Organization`` name -> ``application-name`` and the other app-name
  metas -> microdata ``publisher`` -> the part of ``<title>`` beside the headline, when
  the publisher's name is not given anywhere else. A bare domain name is passed over
  when a proper name is also given.
- ``description``: ``og:description`` -> ``<meta name=description>`` ->
  ``twitter:description`` -> JSON-LD ``description``.
- ``lead_image``: ``og:image`` (``:url``, ``:secure_url``) -> ``twitter:image`` ->
  JSON-LD ``image`` / ``thumbnailUrl`` -> microdata ``image`` -> (in the pipeline) the
  body's first figure. Only http(s) URLs.
- ``language``: ``<html lang>`` -> ``Content-Language`` -> ``og:locale`` -> the
  ``language`` / ``dc.language`` metas -> JSON-LD ``inLanguage``; normalised to BCP 47
  (``en_US`` -> ``en-US``).
- ``canonical_url``: ``<link rel=canonical>`` -> ``og:url`` -> JSON-LD ``url`` /
  ``mainEntityOfPage``.
"""

from __future__ import annotations

import re
from typing import Any

from articlex._fields import Found
from articlex._meta import PageData
from articlex._meta.jsonld import types_of
from articlex._models import Source
from articlex._text import NOT_INSIDE_WS_RUN, collapse_ws
from articlex._urls import web_url

__all__ = [
    "find_canonical_url",
    "find_description",
    "find_language",
    "find_lead_image",
    "find_site_name",
]

#: A site name longer than this is a sentence, not a name.
MAX_SITE_NAME_CHARS = 60
#: A company's legal form at the end of its name: the publication is called without it.
#: (Never started inside a run of spaces: linear time, see NOT_INSIDE_WS_RUN.)
_LEGAL_SUFFIX = re.compile(
    rf"{NOT_INSIDE_WS_RUN},?\s+"
    r"(?:Inc|Incorporated|LLC|L\.L\.C|Ltd|Limited|GmbH|AG|S\.A|SA|S\.L|BV|B\.V|"
    r"Pty Ltd|PLC|plc|Corp|Corporation|Co)\.?$"
)
_SRCSET_HEAD = re.compile(r"^(\S+)\s+\d+(?:\.\d+)?[wx]\b")
_DOMAIN_NAME = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.IGNORECASE)
_LANGUAGE = re.compile(r"^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})*$")
#: (Never started inside a run of spaces: linear time, see NOT_INSIDE_WS_RUN.)
_TITLE_SEPARATORS = re.compile(rf"{NOT_INSIDE_WS_RUN}\s+[|–—·•:»/-]\s+")


def _absolute(url: str, base: str | None) -> str | None:
    """An http(s) URL resolved against the page's; other schemes (``javascript:``,
    ``data:``...) and malformed URLs give ``None``."""
    url = url.strip()
    srcset = _SRCSET_HEAD.match(url)  # "a.jpg 3600w, b.jpg 1200w": the first image
    if srcset:
        url = srcset.group(1)
    return web_url(url, base)


#: How many nested objects/lists are followed to reach a JSON-LD string value.
MAX_JSONLD_NESTING = 4


def _jsonld_str(value: Any) -> str | None:
    """The first string of a JSON-LD value (a name, a URL), following a few nested objects
    and lists; a loop, not recursion: hostile JSON nests thousands deep."""
    for _ in range(MAX_JSONLD_NESTING + 1):
        if isinstance(value, str):
            return collapse_ws(value) or None
        if isinstance(value, dict):
            value = value.get("name") or value.get("url") or value.get("@id")
        elif isinstance(value, list) and value:
            value = value[0]
        else:
            return None
    return None


#: Meta names that carry the publication's name, after ``og:site_name``.
_SITE_NAME_KEYS = (
    "application-name", "publisher", "dc.publisher", "twitter:app:name:iphone",
    "twitter:app:name:googleplay", "al:iphone:app_name", "al:android:app_name",
    "apple-mobile-web-app-title",
)  # fmt: skip


def _is_domain(name: str) -> bool:
    """``Bloomberg.com``, ``NPR.org``: a web address, not what the publication calls itself."""
    return bool(_DOMAIN_NAME.match(name))


def _site_name_candidates(page: PageData) -> list[Found[str]]:
    found: list[Found[str]] = []
    value = page.meta.first("og:site_name")
    if value:
        found.append(Found(value, Source.META))
    for obj in page.jsonld.articles():
        name = _jsonld_str(obj.get("publisher"))
        if name and not name.startswith(("http", "#")):
            found.append(Found(name, Source.JSON_LD))
    for obj in page.jsonld.objects:
        if types_of(obj) & {"website", "organization", "newsmediaorganization"}:
            name = _jsonld_str(obj.get("name"))
            if name:
                found.append(Found(name, Source.JSON_LD))
    value = page.meta.first(*_SITE_NAME_KEYS)
    if value:
        found.append(Found(value, Source.META))
    value = page.microdata.first("publisher")
    if value and len(value) <= MAX_SITE_NAME_CHARS:
        found.append(Found(value, Source.MICRODATA))
    return found


def find_site_name(page: PageData, headline: str | None) -> Found[str] | None:
    """The first candidate in precedence order, passing over a bare domain name when a
    proper name is also given; a company's legal suffix ("Inc", "GmbH") is dropped."""
    candidates = _site_name_candidates(page)
    chosen = next((c for c in candidates if not _is_domain(c.value)), None)
    if chosen is None:
        chosen = candidates[0] if candidates else _site_from_title(page.meta.title, headline)
    if chosen is None:
        return None
    name = _LEGAL_SUFFIX.sub("", chosen.value).strip()
    return Found(name or chosen.value, chosen.source)


def _site_from_title(title: str | None, headline: str | None) -> Found[str] | None:
    if not title or not headline:
        return None
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return None
    key = collapse_ws(headline).casefold()
    first, last = collapse_ws(parts[0]), collapse_ws(parts[-1])
    if first.casefold() == key and len(last) <= MAX_SITE_NAME_CHARS:
        return Found(last, Source.META)
    if last.casefold() == key and len(first) <= MAX_SITE_NAME_CHARS:
        return Found(first, Source.META)
    return None


def find_description(page: PageData) -> Found[str] | None:
    value = page.meta.first("og:description", "description", "twitter:description")
    if value:
        return Found(value, Source.META)
    for obj in page.jsonld.articles():
        text = _jsonld_str(obj.get("description"))
        if text:
            return Found(text, Source.JSON_LD)
    return None


def find_lead_image(page: PageData) -> Found[str] | None:
    for key in ("og:image", "og:image:url", "og:image:secure_url", "twitter:image"):
        for value in page.meta.all(key):
            url = _absolute(value, page.url)
            if url:
                return Found(url, Source.META)
    for obj in page.jsonld.articles():
        image = obj.get("image") or obj.get("thumbnailUrl")
        if isinstance(image, dict):
            image = image.get("url") or image.get("contentUrl")
        elif isinstance(image, list) and image:
            first = image[0]
            image = first.get("url") if isinstance(first, dict) else first
        if isinstance(image, str):
            url = _absolute(image, page.url)
            if url:
                return Found(url, Source.JSON_LD)
    image_prop = page.microdata.first("image")
    found = _absolute(image_prop, page.url) if image_prop else None
    return Found(found, Source.MICRODATA) if found else None


def normalise_language(value: str) -> str | None:
    """``en_US`` / ``EN-us`` -> ``en-US``; ``None`` when it is not a language tag."""
    value = value.strip().split(",")[0].strip()
    if not _LANGUAGE.match(value):
        return None
    parts = re.split(r"[-_]", value)
    head = parts[0].lower()
    rest = [p.upper() if len(p) == 2 else p.title() if len(p) == 4 else p for p in parts[1:]]
    return "-".join([head, *rest])


def find_language(page: PageData) -> Found[str] | None:
    if page.meta.lang:
        lang = normalise_language(page.meta.lang)
        if lang:
            return Found(lang, Source.DOM)
    for key in ("content-language", "og:locale", "language", "dc.language"):
        value = page.meta.first(key)
        lang = normalise_language(value) if value else None
        if lang:
            return Found(lang, Source.META)
    for obj in page.jsonld.articles():
        value = _jsonld_str(obj.get("inLanguage"))
        lang = normalise_language(value) if value else None
        if lang:
            return Found(lang, Source.JSON_LD)
    return None


def find_canonical_url(page: PageData) -> Found[str] | None:
    for href in page.meta.links.get("canonical", ()):
        url = _absolute(href, page.url)
        if url:
            return Found(url, Source.DOM)
    value = page.meta.first("og:url")
    url = _absolute(value, page.url) if value else None
    if url:
        return Found(url, Source.META)
    for obj in page.jsonld.articles():
        candidate = _jsonld_str(obj.get("url") or obj.get("mainEntityOfPage"))
        url = _absolute(candidate, page.url) if candidate else None
        if url:
            return Found(url, Source.JSON_LD)
    return None
