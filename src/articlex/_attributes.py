"""Attribute values gathered by one query, for the field scans that look for a few marked
elements.

An attribute step (``descendant-or-self::*/@id``) walks the tree once and gives the
values in page order, each knowing its element (``getparent()``). The byline scan
(:mod:`articlex._fields.authors`) and the date markup scan (:mod:`articlex._fields.dates`)
test each distinct value once and look only at the elements whose value names what they
look for, instead of reading every element's attributes one by one; :data:`IN_PAGE_ORDER`
puts the elements found back in page order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import cast

from lxml import etree

__all__ = [
    "CLASS_VALUES",
    "GET",
    "ID_VALUES",
    "IN_PAGE_ORDER",
    "ITEMPROP_VALUES",
    "REL_VALUES",
    "attribute_values",
    "owners",
]

#: ``element.get(name)``, typed as a parsed page gives it (``str``, never ``bytes``), so
#: that the walks using it need no ``cast`` at each call. They pass the name as UTF-8
#: bytes, which lxml takes as it is; the value is ``str`` all the same.
GET = cast("Callable[[etree._Element, bytes], str | None]", etree._Element.get)

#: The values of one attribute of the elements below a start (the start included).
CLASS_VALUES = etree.XPath("descendant-or-self::*/@class")
ID_VALUES = etree.XPath("descendant-or-self::*/@id")
ITEMPROP_VALUES = etree.XPath("descendant-or-self::*/@itemprop")
REL_VALUES = etree.XPath("descendant-or-self::*/@rel")
#: The elements of ``$found`` in page order, each once (XPath sorts its node-sets).
IN_PAGE_ORDER = etree.XPath("$found")


def attribute_values(
    query: etree.XPath, start: etree._Element
) -> list[etree._ElementUnicodeResult]:
    """The attribute values an attribute query finds below ``start``."""
    return cast("list[etree._ElementUnicodeResult]", query(start))


def owners(values: Iterable[etree._ElementUnicodeResult]) -> list[etree._Element]:
    """The elements of attribute values (an attribute always has its element)."""
    return cast("list[etree._Element]", [value.getparent() for value in values])
