"""Tags: the article's keywords (people, places, topics), kept apart from its categories.

Sources in order, the first giving any wins: JSON-LD ``keywords``, ``article:tag``,
``news_keywords``, the page's tag list, then ``<meta name="keywords">`` unless it is the
site's long keyword list (see docs/fields.md). Rules in :mod:`articlex._rules.tags`.
"""

from __future__ import annotations

from lxml import etree

from articlex._fields import Found, Verdicts
from articlex._fields.tag_list import dom_tags
from articlex._fields.terms import (
    PageKeys,
    Terms,
    TermSource,
    first_terms,
    jsonld_values,
    meta_values,
)
from articlex._meta import PageData
from articlex._models import Source
from articlex._rules import tags as rules

__all__ = ["find_tags"]


def find_tags(
    root: etree._Element,
    page: PageData,
    verdicts: Verdicts | None = None,
    keys: PageKeys | None = None,
) -> Found[Terms] | None:
    """The article's tags, from the first source that has any. ``verdicts``: the
    extraction's cleaner verdicts, when its other fields share them (see
    :class:`~articlex._fields.Verdicts`); ``keys``: the page's :class:`PageKeys`, when the
    categories share them."""
    keys = PageKeys(page) if keys is None else keys
    sources: tuple[TermSource, ...] = (
        (Source.JSON_LD, lambda: jsonld_values(page, "keywords")),
        (Source.META, lambda: meta_values(page, "article:tag")),
        (Source.META, lambda: meta_values(page, "news_keywords")),
        (Source.DOM, lambda: dom_tags(root, page, verdicts)),
        (Source.META, lambda: _site_keywords(page)),
    )
    return first_terms(sources, keys)


def _site_keywords(page: PageData) -> list[str]:
    """``<meta name="keywords">``, unless it holds more than ``MAX_SITE_KEYWORDS`` entries
    (the site's keyword list, not the article's)."""
    values = meta_values(page, "keywords")
    return values if len(values) <= rules.MAX_SITE_KEYWORDS else []
