"""Authors: clean person names from JSON-LD, meta tags, microdata, bylines and text.

The first source naming at least one *person* wins; a source naming only organisations
or user names is kept aside, and used only when no later source names a person. The
sources, their order and how names are cleaned are specified in ``docs/fields.md``; the
word lists and limits are in :mod:`articlex._rules.authors`. None is keyed to a site.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from articlex._fields import Found, Verdicts
from articlex._fields.authors.bylines import from_dom, from_text
from articlex._fields.authors.names import is_byline_line, split_byline
from articlex._fields.authors.organisations import Name, merge, persons, site_of
from articlex._fields.authors.placement import Where, headline
from articlex._fields.authors.structured import from_jsonld, from_meta, from_microdata
from articlex._meta import PageData
from articlex._models import Source

__all__ = ["find_authors", "is_byline_line", "split_byline"]


def find_authors(
    root: etree._Element, page: PageData, verdicts: Verdicts | None = None
) -> Found[tuple[str, ...]] | None:
    """The article's authors and their source, or ``None``. ``verdicts``: the
    extraction's memo of the cleaner's verdicts, shared with the other fields."""
    fallback: Found[tuple[str, ...]] | None = None
    for source, names in _sources(root, page, Verdicts() if verdicts is None else verdicts):
        found = persons(names)
        if found:
            return Found(found, source)
        if names and fallback is None:
            fallback = Found(tuple(n.text for n in merge(names)), source)
    return fallback


def _sources(
    root: etree._Element, page: PageData, verdicts: Verdicts
) -> Iterator[tuple[Source, list[Name]]]:
    """Each source's names, in order of precedence, read as the search gets to it."""
    site = site_of(page)
    yield Source.JSON_LD, from_jsonld(page, site)
    yield Source.META, from_meta(page, site)
    h1 = headline(root, page)  # the page's markup, read around its headline
    where = Where(h1, verdicts)
    yield Source.MICRODATA, from_microdata(page, site, where)
    yield Source.DOM, from_dom(root, h1, site, where)
    yield Source.TEXT, from_text(root, h1, site, where)
