"""Authors: clean person names from JSON-LD, meta tags, microdata and bylines."""

from __future__ import annotations

from lxml import etree

from articlex._fields import Found
from articlex._meta import PageData

__all__ = ["find_authors"]


def find_authors(root: etree._Element, page: PageData) -> Found[tuple[str, ...]] | None:
    """The article's authors (placeholder: filled in by the authors work)."""
    return None
