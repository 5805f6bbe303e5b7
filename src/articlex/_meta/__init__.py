"""Structured data read once per page, before cleaning, shared by every field extractor.

One module per syntax (``jsonld``, ``metatags``, ``microdata``), each returning plain data; the
:class:`PageData` bundle is what the field extractors in :mod:`articlex._fields` read.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from articlex._meta.jsonld import JsonLd, read_jsonld
from articlex._meta.metatags import MetaTags, read_metatags
from articlex._meta.microdata import Microdata, read_microdata

__all__ = ["PageData", "read_page_data"]


@dataclass(frozen=True)
class PageData:
    """The page's structured data."""

    jsonld: JsonLd
    meta: MetaTags
    microdata: Microdata
    url: str | None = None


def read_page_data(root: etree._Element, url: str | None = None) -> PageData:
    """Read JSON-LD, ``<meta>``/``<link>``/``<title>`` and microdata from the intact tree."""
    return PageData(
        jsonld=read_jsonld(root), meta=read_metatags(root), microdata=read_microdata(root), url=url
    )
