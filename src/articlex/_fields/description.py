"""The description: the standfirst or summary the page declares.

Sources in order: ``og:description``, ``<meta name="description">``,
``twitter:description``, then the JSON-LD ``description`` (see docs/fields.md).
"""

from __future__ import annotations

from articlex._fields import Found
from articlex._fields.declared import jsonld_string
from articlex._meta import PageData
from articlex._models import Source
from articlex._rules import page_fields as rules

__all__ = ["find_description"]


def find_description(page: PageData) -> Found[str] | None:
    """The first description the page declares."""
    value = page.meta.first(*rules.DESCRIPTION_META_KEYS)
    if value:
        return Found(value, Source.META)
    for obj in page.jsonld.articles():
        text = jsonld_string(obj.get("description"))
        if text:
            return Found(text, Source.JSON_LD)
    return None
