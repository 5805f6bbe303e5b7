"""Tags and categories, kept apart."""

from __future__ import annotations

from lxml import etree

from articlex._fields import Found
from articlex._meta import PageData

__all__ = ["find_categories", "find_tags"]


def find_tags(root: etree._Element, page: PageData) -> Found[tuple[str, ...]] | None:
    """The article's tags (placeholder: filled in by the tags work)."""
    return None


def find_categories(root: etree._Element, page: PageData) -> Found[tuple[str, ...]] | None:
    """The article's categories/sections (placeholder: filled in by the tags work)."""
    return None
