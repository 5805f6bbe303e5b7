"""Reading one byline element: its class words, its size, and its text as names.

A byline element mixes names with parts that are not names (an avatar, a job title, a
date, social links); their class names tell them apart, and element boundaries separate
one name from the next ("Jane Doe" "John Roe" in two links is two names).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import cast

from lxml import etree

from articlex._rules import authors as rules
from articlex._text import class_id, collapse_ws

__all__ = ["class_id", "is_name_element", "near", "not_a_name", "segments", "text_len"]

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_CLASS_WORDS = re.compile(r"[a-z]+")


def _class_text(element: etree._Element) -> str:
    """Class and id, lower case, camelCase humps split, modifier classes dropped."""
    raw = class_id(element)
    return _CAMEL.sub(" ", rules.MODIFIERS.sub(" ", raw)).lower() if raw.strip() else ""


def is_name_element(element: etree._Element) -> bool:
    """The element's class says it holds a name ("byline__name", "authorName")."""
    text = _class_text(element)
    return bool(text) and bool(rules.NAME_CLASS.search(text))


def not_a_name(element: etree._Element) -> bool:
    """The element's class says it is a part of a byline that is not a name."""
    text = _class_text(element)
    if not text or rules.NAME_CLASS.search(text):
        return False  # "byline__name", "authorName": a name, whatever else it says
    if rules.NOT_A_NAME.search(text):
        return True
    return any(w in rules.NOT_A_NAME_WORDS for w in _CLASS_WORDS.findall(text))


def text_len(element: etree._Element, limit: int) -> int:
    """Characters of text in ``element``, counted up to just past ``limit``."""
    total = 0
    for text in cast("Iterator[str]", element.itertext()):
        total += len(text.strip())
        if total > limit:
            break
    return total


def segments(element: etree._Element) -> str:
    """The element's text with " | " where an element boundary separates two texts,
    without the parts that are not names (dates, job titles, avatars, social links)."""
    out: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.text:
            out.append(node.text)
        for child in node:
            tag = child.tag
            if isinstance(tag, str) and tag not in rules.SKIPPED_TAGS:
                if not not_a_name(child):
                    gap = " " if tag in rules.INLINE_TAGS else " | "
                    out.append(gap)
                    walk(child)
                    out.append(gap)
                else:  # a name element inside ("author__bio > author__name") still counts
                    inner = next((d for d in child.iterdescendants() if is_name_element(d)), None)
                    if inner is not None:
                        out.append(" | ")
                        walk(inner)
                        out.append(" | ")
            if child.tail:
                out.append(child.tail)

    walk(element)
    return collapse_ws("".join(out))


def _common_ancestor(a: etree._Element, b: etree._Element) -> etree._Element | None:
    ancestors = {a, *a.iterancestors()}
    return next((n for n in (b, *b.iterancestors()) if n in ancestors), None)


def near(a: etree._Element, b: etree._Element) -> bool:
    """``a`` and ``b`` sit in one small container (one byline naming several people)."""
    common = _common_ancestor(a, b)
    return common is not None and text_len(common, rules.MAX_BYLINE_CHARS) <= rules.MAX_BYLINE_CHARS
