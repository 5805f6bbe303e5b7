"""Small text helpers shared by the stages (whitespace, previews)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import partial
from typing import cast

from lxml import etree

from articlex._rules.markup import MAX_CLASS_ID_CHARS

__all__ = [
    "DENSE_SCRIPT_CHAR",
    "LINE_BREAK",
    "NOT_INSIDE_WS_RUN",
    "SHOWN_WORD",
    "class_id",
    "collapse_ws",
    "inline_text",
    "inner_text",
    "rendered_paragraphs",
    "serialised_text",
    "text_weight",
    "without_permalink",
]

#: Regex guard put before a pattern that starts with whitespace (``\s*,\s*``, ``\s+-\s+``):
#: no match may start on a whitespace character that follows another one. Without it,
#: ``search``/``split``/``sub`` retry the pattern from every character of a long run of
#: spaces, each retry scanning the rest of the run: quadratic time on hostile input. The
#: matches found stay the same: one starting inside a run can start at the run's first
#: character just as well (the leading ``\s*`` takes more), and a match ending in ``\s*``
#: or ``\s+`` swallows the whole run, so the next scan starts after it.
NOT_INSIDE_WS_RUN = r"(?!(?<=\s)\s)"

#: The invisible joiners and BOMs that pages sprinkle into text, collapsed as whitespace.
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
#: Whitespace, plus the invisible characters.
_WS = re.compile(rf"[\s{_INVISIBLE_CHARS}]+")
#: A word as :func:`collapse_ws` keeps it: a run of characters between whitespace.
SHOWN_WORD = re.compile(rf"[^\s{_INVISIBLE_CHARS}]+")


def class_id(element: etree._Element) -> str:
    """An element's ``class`` and ``id`` as one text, as written, cut at the shared limit
    (MAX_CLASS_ID_CHARS): what every rule on class names reads."""
    return f"{element.get('class') or ''} {element.get('id') or ''}"[:MAX_CLASS_ID_CHARS]


def collapse_ws(text: str) -> str:
    r"""Collapse every run of whitespace (including NBSP) and invisible characters to one
    space, and trim: ``_WS.sub(" ", text).strip()``.

    Nearly every text of a page passes here, and most need no change: ``str`` methods
    answer wherever they give that same result, the regex only where an invisible
    character is (tests/test_text.py holds this to the plain form). Every whitespace and
    invisible character but the plain space is unprintable, and ``str.split`` splits at
    the very characters ``\s`` matches."""
    if text.isprintable():
        if "  " not in text and text[:1] != " " and text[-1:] != " ":
            return text
        return " ".join(text.split())
    if text.isascii() or _INVISIBLE.search(text) is None:
        return " ".join(text.split())
    return _WS.sub(" ", text).strip()


#: What a ``<br>`` stands for while inline text is gathered into paragraphs: a character
#: no text of an articlex tree holds (the parser turns NUL into U+FFFD), so the breaks the
#: markup asks for are told apart from the line breaks of the page's source.
LINE_BREAK = "\x00"


def rendered_paragraphs(raw: str) -> list[str]:
    """The paragraphs a browser shows of inline text ``raw`` (``<br>`` written as
    :data:`LINE_BREAK`): whitespace collapses as CSS ``white-space: normal`` does, the
    source's line breaks included; each ``<br>`` is a line break, and two in a row (a
    blank line) end a paragraph. Lines are joined by ``"\\n"``."""
    paragraphs: list[str] = []
    lines: list[str] = []
    for line in map(collapse_ws, raw.split(LINE_BREAK)):
        if line:
            lines.append(line)
        elif lines:
            paragraphs.append("\n".join(lines))
            lines = []
    if lines:
        paragraphs.append("\n".join(lines))
    return paragraphs


#: Ideographic and syllabic scripts say in one character what Latin says in about three.
DENSE_SCRIPT_CHAR = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)
DENSE_CHAR_WEIGHT = 3


def text_weight(text: str) -> int:
    """Length of ``text`` in Latin-equivalent characters (CJK characters count triple), so
    that length thresholds mean the same amount of text in every script."""
    return len(text) + (DENSE_CHAR_WEIGHT - 1) * len(DENSE_SCRIPT_CHAR.findall(text))


#: All text below an element as libxml2 serialises it: what XPath's ``string()`` gives
#: (entity references replaced by their text), without an XPath evaluation, and what
#: :func:`inner_text` gives where no entity reference node is below.
serialised_text = cast(
    "Callable[[etree._Element], str]",
    partial(etree.tostring, method="text", encoding=str, with_tail=False),
)


def inner_text(element: etree._Element, separator: str = "") -> str:
    """All text below ``element``, joined by ``separator`` (HTML trees hold only ``str``)."""
    return separator.join(cast("Iterator[str]", element.itertext()))


#: Elements that separate words when text is read out of a heading or a line.
_BREAKING_TAGS = frozenset({"br", "p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "h4"})


def inline_text(element: etree._Element) -> str:
    """The text of a heading-like element as a reader sees it: inline pieces joined as
    they are (``<span>Fantastic Beasts</span>: A Nice`` keeps its colon tight), a space
    for ``<br>`` and block children, whitespace collapsed."""
    parts: list[str] = []
    _gather(element, parts)
    return collapse_ws("".join(parts))


def _gather(element: etree._Element, parts: list[str]) -> None:
    if element.text:
        parts.append(element.text)
    for child in element:
        tag = child.tag
        if isinstance(tag, str):
            if tag in _BREAKING_TAGS:
                parts.append(" ")
            _gather(child, parts)
            if tag in _BREAKING_TAGS:
                parts.append(" ")
        if child.tail:
            parts.append(child.tail)


def without_permalink(heading: etree._Element, text: str) -> str:
    """The heading's text without its permalink, a link to a place in the page whose
    text is a mere sign (``¶``, ``#``, ``§``): documentation generators add one to every
    heading, and a reader does not read it."""
    for link in heading.iter("a"):
        if not (link.get("href") or "").startswith("#"):
            continue
        sign = collapse_ws(inner_text(link))
        if not sign or any(ch.isalnum() for ch in sign):
            continue
        if text.endswith(sign):
            text = text[: -len(sign)].rstrip()
        elif text.startswith(sign):
            text = text[len(sign) :].lstrip()
    return text
