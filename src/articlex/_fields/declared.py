"""One value a page declares, as the page-level fields read it: a string, or a web URL.

Shared by the site name, description, lead image, language and canonical URL finders.
"""

from __future__ import annotations

import re
from typing import Any

from articlex._rules import page_fields as rules
from articlex._text import collapse_ws
from articlex._urls import web_url

__all__ = ["jsonld_string", "page_url"]

#: The first candidate of a ``srcset`` given where one URL is expected.
_SRCSET_HEAD = re.compile(r"^(\S+)\s+\d+(?:\.\d+)?[wx]\b")


def page_url(url: str, base: str | None) -> str | None:
    """An http(s) URL resolved against the page's; other schemes (``javascript:``,
    ``data:``...) and malformed URLs give ``None``."""
    url = url.strip()
    srcset = _SRCSET_HEAD.match(url)  # "a.jpg 3600w, b.jpg 1200w": the first image
    if srcset:
        url = srcset.group(1)
    return web_url(url, base)


def jsonld_string(value: Any) -> str | None:
    """The first string of a JSON-LD value (a name, a URL), following a few nested objects
    and lists; a loop, not recursion: hostile JSON nests thousands deep."""
    for _ in range(rules.MAX_JSONLD_NESTING + 1):
        if isinstance(value, str):
            return collapse_ws(value) or None
        if isinstance(value, dict):
            value = value.get("name") or value.get("url") or value.get("@id")
        elif isinstance(value, list) and value:
            value = value[0]
        else:
            return None
    return None
