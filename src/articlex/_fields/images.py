"""Which image a figure shows, and the real URL of an image element.

Lazy-loading pages keep the real source in ``data-*`` attributes, a placeholder in
``src``; a ``srcset`` gives its widest candidate. Rules in :mod:`articlex._rules.captions`.
"""

from __future__ import annotations

import re

from lxml import etree

from articlex._rules import captions as rules
from articlex._urls import web_url

__all__ = ["first_image", "image_in", "image_url", "is_tiny"]

#: Candidates of a ``srcset``: commas that end a "URL [descriptor]" pair, not the comma
#: inside a ``data:`` URL (``data:image/png;base64,AAA 800w``).
_SRCSET_SPLIT = re.compile(r",(?=\s|$)|(?<=\d[wx]),")


def image_url(image: etree._Element, base_url: str | None) -> str | None:
    """The image's real source (lazy-loading attributes first, then ``src``, then the
    widest ``srcset`` candidate), absolute against ``base_url``."""
    for attr in rules.IMAGE_SOURCE_ATTRS:
        value = (image.get(attr) or "").strip()
        if (
            value
            and not rules.PLACEHOLDER_SRC_PATTERN.search(value)
            and not rules.NOT_A_URL_PATTERN.search(value)
        ):
            return web_url(value, base_url)
    sources = [image]
    parent = image.getparent()
    if parent is not None and parent.tag == "picture":
        sources += list(parent.iter("source"))
    for source in sources:
        for attr in rules.SRCSET_ATTRS:
            best = _widest(source.get(attr) or "")
            if best:
                return web_url(best, base_url)
    return None


def _widest(srcset: str) -> str | None:
    """The URL of the widest candidate of a ``srcset`` (a density beats any width)."""
    best: tuple[float, str] | None = None
    for candidate in _SRCSET_SPLIT.split(srcset):
        parts = candidate.split()
        if not parts or rules.NOT_A_URL_PATTERN.search(parts[0]):
            continue
        size = 0.0
        if len(parts) > 1 and parts[1][:-1].replace(".", "", 1).isdigit():
            scale = 1 if parts[1].endswith("w") else rules.SRCSET_DENSITY_WIDTH
            size = float(parts[1][:-1]) * scale
        if best is None or size > best[0]:
            best = (size, parts[0])
    return best[1] if best else None


def first_image(element: etree._Element) -> etree._Element | None:
    """The element's first image that is not an icon; an image inside ``<noscript>``
    wins (lazy-loading scripts leave the real one there, a blurred preview outside)."""
    first: etree._Element | None = None
    for image in element.iter(*rules.IMAGE_TAGS):
        if is_tiny(image):
            continue
        parent = image.getparent()
        if parent is not None and parent.tag == "noscript":
            return image
        if first is None:
            first = image
    return first


def image_in(element: etree._Element) -> etree._Element | None:
    """``element`` when it is an image that is not an icon, else its first such image."""
    if not isinstance(element.tag, str):
        return None
    if element.tag in rules.IMAGE_TAGS:
        return None if is_tiny(element) else element
    return first_image(element)


def is_tiny(image: etree._Element) -> bool:
    """An icon or a tracker: a declared width or height below ``MIN_IMAGE_SIZE``. The
    block builder drops such images too."""
    for attr in ("width", "height"):
        value = (image.get(attr) or "").strip().removesuffix("px")
        if value.isdigit() and int(value) < rules.MIN_IMAGE_SIZE:
            return True
    return False
