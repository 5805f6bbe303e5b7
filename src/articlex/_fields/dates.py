"""Publication and modification dates."""

from __future__ import annotations

import datetime as dt

from lxml import etree

from articlex._fields import Found
from articlex._meta import PageData

__all__ = ["find_dates"]

DateValue = dt.datetime | dt.date


def find_dates(
    root: etree._Element, page: PageData
) -> tuple[Found[DateValue] | None, Found[DateValue] | None]:
    """``(published, modified)`` (placeholder: filled in by the dates work)."""
    return None, None
