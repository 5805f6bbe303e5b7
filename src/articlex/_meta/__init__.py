"""Structured data read once per page, before cleaning, shared by every field extractor.

One module per syntax (``jsonld``, ``metatags``, ``microdata``), each returning plain data; the
:class:`PageData` bundle is what the field extractors in :mod:`articlex._fields` read.

Each walk of a whole tree costs about as much as reading a page's meta tags, so the one walk
that finds the scripts and head elements also keeps the few elements that the field
extractors look for in page order (headings, ``<time>``, links: see
:data:`INDEXED_TAGS`); :meth:`PageData.tagged` hands them out without another walk.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import compress
from operator import attrgetter

from lxml import etree

from articlex._meta.jsonld import JsonLd, jsonld_of_scripts
from articlex._meta.metatags import MetaTags, metatags_of
from articlex._meta.microdata import Microdata, read_microdata

__all__ = ["INDEXED_TAGS", "PageData", "read_page_data"]

#: Tags of the elements :func:`read_page_data` keeps, in page order, from its walk of the
#: intact tree: those of the structured data, and those the field extractors look for
#: (the headings a headline is shown in, ``<time>`` for the dates, links for tags,
#: categories).
INDEXED_TAGS: frozenset[str] = frozenset(
    {"script", "meta", "link", "title", "h1", "h2", "h3", "time", "a"}
)
_HEAD_TAGS = frozenset({"meta", "link", "title"})
_TAG_OF = attrgetter("tag")


@dataclass(frozen=True)
class PageData:
    """The page's structured data; ``root`` and ``elements``: the intact tree it was read
    from and its :data:`INDEXED_TAGS` elements in page order (``None`` when not read),
    ``tags`` their tags (read once: each lookup filters them all)."""

    jsonld: JsonLd
    meta: MetaTags
    microdata: Microdata
    url: str | None = None
    root: etree._Element | None = field(default=None, repr=False, compare=False)
    elements: tuple[etree._Element, ...] | None = field(default=None, repr=False, compare=False)
    tags: tuple[str, ...] = field(default=(), repr=False, compare=False)

    def tagged(self, root: etree._Element, *tags: str) -> Iterator[etree._Element]:
        """The elements of ``root`` whose tag is one of ``tags``, in page order, as
        ``root.iter(*tags)`` gives them: from the elements kept when the page was read
        (``root`` must be the tree they were read from, still intact, as it is while
        the fields are read), else by a walk of ``root``."""
        wanted = frozenset(tags)
        elements = self.elements
        if (
            elements is None
            or root is not self.root
            or len(self.tags) != len(elements)
            or not wanted <= INDEXED_TAGS
        ):
            return root.iter(*tags)
        return compress(elements, map(wanted.__contains__, self.tags))


def read_page_data(root: etree._Element, url: str | None = None) -> PageData:
    """Read JSON-LD, ``<meta>``/``<link>``/``<title>`` and microdata from the intact tree,
    keeping its :data:`INDEXED_TAGS` elements (found in one walk)."""
    elements = tuple(root.iter(*INDEXED_TAGS))
    tags = tuple(map(_TAG_OF, elements))  # the loops over them run in C
    return PageData(
        jsonld=jsonld_of_scripts(compress(elements, map("script".__eq__, tags))),
        meta=metatags_of(root, compress(elements, map(_HEAD_TAGS.__contains__, tags))),
        microdata=read_microdata(root),
        url=url,
        root=root,
        elements=elements,
        tags=tags,
    )
