"""Comment threads told by their structure: repeated posts, each with a reply link.

Class names find most threads (``comments``, ``commentlist``); some templates give them
none that say so (``c-item``, ``entry-list``, a bare ``<ol>``). What every thread has is
a run of posts that each carry a link to answer them. The rules are data in
:mod:`articlex._rules.threads`.
"""

from __future__ import annotations

from lxml import etree

from articlex._clean import describe_removal, drop_element
from articlex._models import Removal
from articlex._rules import threads as rules
from articlex._rules.boilerplate import PROTECTED_TAGS
from articlex._text import collapse_ws, inner_text

__all__ = ["cut_threads", "find_threads"]


def cut_threads(
    containers: tuple[etree._Element, ...], explain: bool
) -> tuple[Removal, ...] | None:
    """Drop the comment threads found in (or being) the located ``containers``; what went
    (described when ``explain``), or ``None`` when there was none. Only the containers
    are searched: a thread elsewhere is not in the body anyway, and most of a page's
    links are elsewhere."""
    found = {
        thread
        for container in containers
        for thread in find_threads(container, itself=True)
        if thread.tag not in PROTECTED_TAGS
    }
    if not found:
        return None
    removed = tuple(
        describe_removal(thread, "comments", "posts with reply links")
        for thread in found
        if explain
    )
    for thread in found:
        drop_element(thread)
    return removed


def find_threads(start: etree._Element, *, itself: bool = False) -> set[etree._Element]:
    """The outermost elements below ``start`` (or ``start`` ``itself``) holding
    MIN_THREAD_POSTS posts or more: distinct children that each hold a reply link and
    some text besides."""
    marks = [element for element in start.iter("a", "button") if _is_reply_mark(element)]
    if len(marks) < rules.MIN_THREAD_POSTS:
        return set()
    posts: dict[etree._Element, set[etree._Element]] = {}  # element -> children with marks
    for mark in marks:
        child, node = mark, mark.getparent()
        while node is not None:
            posts.setdefault(node, set()).add(child)
            if node is start:
                break
            child, node = node, node.getparent()
    marked = set(marks)
    threads = {
        node
        for node, children in posts.items()
        if (itself or node is not start) and _holds_posts(children, marked)
    }
    return {node for node in threads if not any(a in threads for a in node.iterancestors())}


def _is_reply_mark(element: etree._Element) -> bool:
    """A link or button answering a post, by its text or its address."""
    href = element.get("href")
    if href and ("reply" in href or "Reply" in href) and rules.REPLY_HREF_PATTERN.search(href):
        return True
    text = inner_text(element)
    if not text or len(text) > rules.REPLY_MAX_CHARS:
        return False
    lowered = text.strip(rules.REPLY_TEXT_STRIP).lower()
    return lowered in rules.REPLY_TEXTS or lowered.startswith(rules.REPLY_TEXT_PREFIXES)


def _holds_posts(children: set[etree._Element], marks: set[etree._Element]) -> bool:
    """Whether MIN_THREAD_POSTS of ``children`` hold text beyond their reply ``marks``."""
    if len(children) < rules.MIN_THREAD_POSTS:
        return False
    posts = 0
    for child in children:
        text = len(collapse_ws(inner_text(child)))
        links = sum(
            len(collapse_ws(inner_text(mark)))
            for mark in child.iter("a", "button")
            if mark in marks
        )
        if text - links >= rules.MIN_POST_TEXT_CHARS:
            posts += 1
            if posts >= rules.MIN_THREAD_POSTS:
                return True
    return False
