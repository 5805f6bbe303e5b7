"""The caller's own selectors (``ExtractOptions(remove=..., keep=...)``): elements to drop
from the page before anything reads it, and elements to take as the body's containers.

A selector is XPath when it starts as a path (``/``, ``./``, ``(``), else CSS, translated
to XPath by ``cssselect`` (the ``css`` extra: ``pip install articlex[css]``). Selectors are
checked when the options are made; an invalid one raises :class:`InvalidOptionError`
naming it. They are compiled again for each page: lxml's compiled XPath objects are not
shared between threads.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from articlex._errors import InvalidOptionError

__all__ = ["check_selectors", "kept_elements", "remove_selected"]

#: How an XPath selector starts; anything else is read as CSS.
_XPATH_STARTS = ("/", "./", "(")


def check_selectors(name: str, selectors: object) -> tuple[str, ...]:
    """``selectors`` as a tuple of valid selectors, or :class:`InvalidOptionError`."""
    if isinstance(selectors, str | bytes) or not isinstance(selectors, Iterable):
        raise TypeError(
            f"ExtractOptions.{name} must be a tuple of selectors, not {type(selectors).__name__}"
        )
    checked = tuple(selectors)
    for selector in checked:
        if not isinstance(selector, str):
            raise TypeError(f"ExtractOptions.{name}: a selector is a str, not {selector!r}")
        _compiled(selector, name)
    return checked


def _xpath_of(selector: str, option: str) -> str:
    if selector.lstrip().startswith(_XPATH_STARTS):
        return selector.strip()
    try:
        from cssselect import HTMLTranslator, SelectorError
    except ImportError:  # pragma: no cover - cssselect is installed with the dev extras
        raise InvalidOptionError(
            f"ExtractOptions.{option}: {selector!r} is a CSS selector, which needs the css "
            "extra (pip install articlex[css]); or write it as XPath (starting with / or ./)"
        ) from None
    try:
        return str(HTMLTranslator().css_to_xpath(selector))
    except SelectorError as exc:
        raise InvalidOptionError(
            f"ExtractOptions.{option}: invalid CSS selector {selector!r} ({exc})"
        ) from None


def _compiled(selector: str, option: str) -> etree.XPath:
    try:
        return etree.XPath(_xpath_of(selector, option))
    except etree.XPathSyntaxError as exc:
        raise InvalidOptionError(
            f"ExtractOptions.{option}: invalid XPath selector {selector!r} ({exc})"
        ) from None


def _selected(
    root: etree._Element, selectors: tuple[str, ...], option: str
) -> list[etree._Element]:
    """The elements any of ``selectors`` matches, in document order, outermost only."""
    found: set[etree._Element] = set()
    for selector in selectors:
        try:
            matches = _compiled(selector, option)(root)
        except etree.XPathEvalError:
            continue  # valid, but not on this page (an unknown function, say): no match
        if isinstance(matches, list):
            found.update(m for m in matches if isinstance(m, etree._Element))
    return [
        element
        for element in root.iter()
        if element in found and not any(a in found for a in element.iterancestors())
    ]


def remove_selected(root: etree._Element, selectors: tuple[str, ...]) -> None:
    """Drop from ``root`` every element ``selectors`` matches (their tails stay: the text
    after an element is not its own). The root and ``<body>`` are never dropped."""
    if not selectors:
        return
    for element in _selected(root, selectors, "remove"):
        parent = element.getparent()
        if parent is None or element.tag == "body":
            continue
        tail = element.tail
        previous = element.getprevious()
        parent.remove(element)
        if tail:
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail


def kept_elements(root: etree._Element, selectors: tuple[str, ...]) -> list[etree._Element]:
    """The elements of ``root`` ``selectors`` matches, to be taken as the body's
    containers, in document order (one inside another is part of it)."""
    return _selected(root, selectors, "keep") if selectors else []
