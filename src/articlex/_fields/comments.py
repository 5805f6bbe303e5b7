"""The page's comments, kept apart from the body (``ExtractOptions(comments=True)``,
:attr:`Article.comments`): each with its author, date, text and the comment it answers.

Read from the intact page: the first section named as comments (``SECTION_PATTERN``) that
holds any, in it every element named as one comment. An entry whose own text is nothing (beyond the
entries nested in it) wraps a comment with its replies (WordPress's ``<li>`` around its
``<article>``); a comment nested in another's wrapper answers it.
"""

from __future__ import annotations

import re

from lxml import etree

from articlex._fields.dates.reading import parse_date_value
from articlex._fields.dates.values import DateValue
from articlex._models import Comment
from articlex._rules import comments as rules
from articlex._text import class_id, collapse_ws, inner_text

__all__ = ["find_comments"]


def find_comments(root: etree._Element) -> tuple[Comment, ...]:
    """The comments of the page, in page order, or ``()``."""
    entries: list[etree._Element] = []
    for section in root.iter():
        if _names(section, rules.SECTION_PATTERN):  # the first section holding comments
            entries = [e for e in section.iterdescendants() if _is_entry(e)]
            if entries:
                break
    if not entries:
        return ()
    entry_set = set(entries)
    comments: dict[etree._Element, int] = {}  # a comment's element -> its index
    found: list[Comment] = []
    for entry in entries:
        text = _own_text(entry, entry_set)
        if len(text) < rules.MIN_COMMENT_CHARS:
            continue  # a wrapper
        author = rules.SAYS_SUFFIX.sub("", _field_text(entry, rules.AUTHOR_PATTERN, entry_set))
        comments[entry] = len(found)
        found.append(
            Comment(
                text=_comment_text(entry, entry_set),
                author=author or None,
                date=_date(entry, entry_set),
                reply_to=_answered(entry, entry_set, comments),
            )
        )
        if len(found) >= rules.MAX_COMMENTS:
            break
    return tuple(c for c in found if c.text)


def _names(element: etree._Element, pattern: re.Pattern[str]) -> bool:
    tokens = class_id(element).split()
    return any(pattern.fullmatch(token) for token in tokens)


def _is_entry(element: etree._Element) -> bool:
    if not isinstance(element.tag, str):
        return False
    if "Comment" in (element.get("itemtype") or ""):
        return True
    classes = (element.get("class") or "").split()
    if any(rules.ENTRY_CLASS_PATTERN.fullmatch(c) for c in classes):
        return True
    return rules.ENTRY_ID_PATTERN.fullmatch(element.get("id") or "") is not None


def _own(element: etree._Element, entries: set[etree._Element]) -> list[etree._Element]:
    """The elements below ``element`` that are not in a nested entry."""
    own: list[etree._Element] = []
    stack = list(element)[::-1]
    while stack:
        node = stack.pop()
        if node in entries or not isinstance(node.tag, str):
            continue
        own.append(node)
        stack.extend(list(node)[::-1])
    return own


def _own_text(element: etree._Element, entries: set[etree._Element]) -> str:
    parts = [element.text or ""]
    for node in _own(element, entries):
        parts += [node.text or "", node.tail or ""]
    return collapse_ws(" ".join(parts))


def _field_element(
    entry: etree._Element, pattern: re.Pattern[str], entries: set[etree._Element]
) -> etree._Element | None:
    for node in _own(entry, entries):
        if pattern.search(node.get("class") or "") or (
            pattern is rules.AUTHOR_PATTERN and node.get("itemprop") == "author"
        ):
            return node
    return None


def _field_text(
    entry: etree._Element, pattern: re.Pattern[str], entries: set[etree._Element]
) -> str:
    node = _field_element(entry, pattern, entries)
    return collapse_ws(inner_text(node)) if node is not None else ""


def _date(entry: etree._Element, entries: set[etree._Element]) -> DateValue | None:
    for node in _own(entry, entries):
        if node.tag == "time":
            value = parse_date_value(node.get("datetime") or inner_text(node))
            if value is not None:
                return value
    text = _field_text(entry, rules.DATE_PATTERN, entries)
    return parse_date_value(text) if text else None


def _comment_text(entry: etree._Element, entries: set[etree._Element]) -> str:
    body = _field_element(entry, rules.TEXT_PATTERN, entries)
    if body is not None:
        paragraphs = [collapse_ws(inner_text(p)) for p in body.iter("p")]
        text = "\n\n".join(p for p in paragraphs if p)
        return text or collapse_ws(inner_text(body))
    skip = {
        node
        for pattern in (rules.AUTHOR_PATTERN, rules.DATE_PATTERN)
        if (found := _field_element(entry, pattern, entries)) is not None
        for node in found.iter()
    }
    paragraphs = [
        collapse_ws(inner_text(p)) for p in _own(entry, entries) if p.tag == "p" and p not in skip
    ]
    return "\n\n".join(p for p in paragraphs if p)


def _answered(
    entry: etree._Element,
    entries: set[etree._Element],
    comments: dict[etree._Element, int],
) -> int | None:
    """The index of the comment ``entry`` answers: the nearest comment above it, or the
    comment a wrapper above it holds."""
    for ancestor in entry.iterancestors():
        if ancestor in comments:
            return comments[ancestor]
        if ancestor in entries:  # a wrapper: its comment is the first one it holds
            for node in ancestor.iterdescendants():
                if node in comments and node is not entry:
                    return comments[node]
                if node is entry:
                    break
    return None
