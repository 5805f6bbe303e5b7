"""Microdata (``itemprop``) outside ``<meta>``: ``<span itemprop="author">``, ``<time
itemprop="datePublished" datetime=...>``, nested ``itemscope`` persons.

Values are read the way the microdata spec says (``content``, ``datetime``, ``href``,
``src``, else the text); a property whose element is itself an ``itemscope`` yields its
``name`` sub-property when it has one (``author`` -> the person's name).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from articlex._meta._values import KeyedValues
from articlex._text import collapse_ws, inner_text

__all__ = ["Microdata", "read_microdata"]

#: Where an element's microdata value lives, by tag, before falling back to its text.
_VALUE_ATTRS: dict[str, str] = {
    "meta": "content",
    "time": "datetime",
    "a": "href",
    "link": "href",
    "area": "href",
    "img": "src",
    "audio": "src",
    "video": "src",
    "source": "src",
    "data": "value",
    "meter": "value",
}
#: Longest text value kept (a whole article body marked ``articleBody`` is not wanted here).
MAX_VALUE_CHARS = 1000
#: The elements below the root with an ``itemprop``, in document order (the attribute axis
#: is the quickest query: a third less time than ``iterfind(".//*[@itemprop]")``).
_ITEMPROP_XPATH = etree.XPath("descendant::*/@itemprop/..")


@dataclass(frozen=True)
class Microdata(KeyedValues):
    """Property name (lower-cased) -> values in page order, with their elements."""

    values: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    elements: dict[str, tuple[etree._Element, ...]] = field(default_factory=dict)


class _Values(Mapping[str, tuple[str, ...]]):
    """Each property's values, read from its elements when first asked for: the fields
    ask for a few properties (``author``, ``datePublished``, ``publisher``...), and the
    value of another (``mainEntityOfPage``, ``text``) may be a whole section's text.
    Ask while the tree is intact, as the fields do."""

    def __init__(self, elements: dict[str, tuple[etree._Element, ...]]) -> None:
        self._elements = elements
        self._read: dict[str, tuple[str, ...]] = {}

    def __getitem__(self, key: str) -> tuple[str, ...]:
        found = self._read.get(key)
        if found is None:
            found = self._read[key] = tuple(map(_value, self._elements[key]))
        return found

    def __contains__(self, key: object) -> bool:
        return key in self._elements

    def __iter__(self) -> Iterator[str]:
        return iter(self._elements)

    def __len__(self) -> int:
        return len(self._elements)

    def __repr__(self) -> str:
        return repr(dict(self))


def _value(element: etree._Element) -> str:
    tag = element.tag if isinstance(element.tag, str) else ""
    if element.get("content") is not None:
        return collapse_ws(element.get("content") or "")
    attr = _VALUE_ATTRS.get(tag)
    if attr and element.get(attr):
        return collapse_ws(element.get(attr) or "")
    if element.get("itemscope") is not None:
        for child in element.iter():
            if child is not element and (child.get("itemprop") or "").lower() == "name":
                return _value(child)
    return collapse_ws(inner_text(element, " "))[:MAX_VALUE_CHARS]


def read_microdata(root: etree._Element) -> Microdata:
    """Every ``itemprop`` value of the document, in page order (each property's read
    when first asked for)."""
    elements: dict[str, list[etree._Element]] = {}
    for element in _elements(_ITEMPROP_XPATH(root)):
        names = (element.get("itemprop") or "").lower().split()
        if not names or names == ["articlebody"]:
            continue
        for name in names:
            elements.setdefault(name, []).append(element)
    found = {k: tuple(v) for k, v in elements.items()}
    return Microdata(_Values(found), found)


def _elements(result: Any) -> Iterator[etree._Element]:
    """The elements of an XPath result."""
    if isinstance(result, list):
        for item in result:
            if isinstance(item, etree._Element):
                yield item
