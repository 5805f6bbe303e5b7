"""The language: a BCP 47 tag as the page declares it, never detected from the text.

Sources in order: ``<html lang>``, ``Content-Language``, ``og:locale``, the ``language``
metas, then the JSON-LD ``inLanguage`` (see docs/fields.md). Rules in
:mod:`articlex._rules.page_fields`.
"""

from __future__ import annotations

import re

from articlex._fields import Found
from articlex._fields.declared import jsonld_string
from articlex._meta import PageData
from articlex._models import Source
from articlex._rules import page_fields as rules

__all__ = ["find_language", "normalise_language"]


def find_language(page: PageData) -> Found[str] | None:
    """The first language tag the page declares, normalised."""
    if page.meta.lang:
        lang = normalise_language(page.meta.lang)
        if lang:
            return Found(lang, Source.DOM)
    for key in rules.LANGUAGE_META_KEYS:
        value = page.meta.first(key)
        lang = normalise_language(value) if value else None
        if lang:
            return Found(lang, Source.META)
    for obj in page.jsonld.articles():
        value = jsonld_string(obj.get("inLanguage"))
        lang = normalise_language(value) if value else None
        if lang:
            return Found(lang, Source.JSON_LD)
    return None


def normalise_language(value: str) -> str | None:
    """``en_US`` / ``EN-us`` -> ``en-US``; ``None`` when it is not a language tag."""
    value = value.strip().split(",")[0].strip()
    if not rules.LANGUAGE_TAG_PATTERN.match(value):
        return None
    parts = re.split(r"[-_]", value)
    head = parts[0].lower()
    rest = [_cased(part) for part in parts[1:]]
    return "-".join([head, *rest])


def _cased(subtag: str) -> str:
    """A subtag in BCP 47 case: a region upper case, a script title case."""
    if len(subtag) == rules.REGION_SUBTAG_CHARS:
        return subtag.upper()
    if len(subtag) == rules.SCRIPT_SUBTAG_CHARS:
        return subtag.title()
    return subtag
