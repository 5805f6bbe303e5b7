"""Small text helpers shared by the stages (whitespace, previews)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import cast

from lxml import etree

__all__ = ["collapse_ws", "inner_text", "text_weight"]

_WS = re.compile(r"\s+")


def collapse_ws(text: str) -> str:
    """Collapse every run of whitespace (including NBSP) to one space and trim."""
    return _WS.sub(" ", text).strip()


#: Ideographic and syllabic scripts say in one character what Latin says in about three.
_DENSE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
DENSE_CHAR_WEIGHT = 3


def text_weight(text: str) -> int:
    """Length of ``text`` in Latin-equivalent characters (CJK characters count triple), so
    that length thresholds mean the same amount of text in every script."""
    return len(text) + (DENSE_CHAR_WEIGHT - 1) * len(_DENSE_SCRIPT.findall(text))


def inner_text(element: etree._Element, separator: str = "") -> str:
    """All text below ``element``, joined by ``separator`` (HTML trees hold only ``str``)."""
    return separator.join(cast("Iterator[str]", element.itertext()))
