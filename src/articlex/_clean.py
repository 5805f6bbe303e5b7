"""Stage 3, clean: remove what surrounds an article, recording what went and why.

Two passes over the tree articlex owns:

1. tags that never hold article text (scripts, styles, forms' inputs, media) go at once,
   with :func:`lxml.etree.strip_elements`;
2. one walk from ``<body>`` removes boilerplate by HTML semantics (``nav``, ``aside``,
   ``footer``), ARIA role, visibility, and ``class``/``id`` tokens, each rule carrying
   the *kind* of boilerplate it finds (:mod:`articlex._classify`), unless the element
   shows it is content (:mod:`articlex._guards`). A removed element's subtree is not
   visited.

``relaxed=True`` keeps only the semantic rules: the retry pass uses it when the strict
pass removed the article itself (a wrapper called ``page-with-sidebar``, say). With
``drop_comments`` it still drops comment threads by their class names: a short post
above a long thread is not lost to the thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Protocol, cast

from lxml import etree

from articlex._classify import ClassVerdicts, classify
from articlex._guards import (
    MainText,
    is_comments_heading,
    is_slideshow,
    paragraph_holders,
    wrapper_paragraphs,
)
from articlex._models import Removal
from articlex._rules import boilerplate as rules
from articlex._text import collapse_ws, inner_text
from articlex._xml import xml_safe

__all__ = ["CleanResult", "clean", "describe_removal", "drop_element"]

#: Characters of removed text shown in an explanation.
PREVIEW_CHARS = 80


@dataclass(frozen=True)
class CleanResult:
    """What the cleaner removed (filled only when asked to explain)."""

    removed: tuple[Removal, ...]


def clean(
    root: etree._Element,
    *,
    relaxed: bool = False,
    drop_comments: bool = False,
    explain: bool = False,
    memo: ClassVerdicts | None = None,
) -> CleanResult:
    """Remove non-content and boilerplate elements from ``root`` in place. ``memo``: the
    class/id verdicts the fields' tests already gave on this page (they depend on the
    two values alone, so any walk of the extraction may share them). A ``relaxed`` walk
    ignores class and id, except comment threads' when ``drop_comments``."""
    etree.strip_elements(root, *rules.NON_CONTENT_TAGS, with_tail=False)
    body = root.find("body")
    start = body if body is not None else root
    _strip_wrappers(start, MainText(start))
    paragraphs = list(start.iter("p", "br"))
    holders = paragraph_holders(start, paragraphs)
    kinds = (rules.THREAD_KINDS if drop_comments else frozenset()) if relaxed else None
    wrappers = paragraph_holders(start, paragraphs, wrapper_paragraphs(len(paragraphs)))
    doomed = _find_boilerplate(start, kinds, len(paragraphs), holders, memo, wrappers)
    removed: tuple[Removal, ...] = ()
    if explain:
        # Described before any goes: a doomed element holds no other, so the drops do
        # not change what one says; listed in the order of the walk explanations keep.
        order = _stack_order(start)
        in_order = sorted(doomed, key=lambda item: order(item[0]))
        removed = tuple(describe_removal(*item) for item in in_order if _has_text(item[0]))
    for element, _, _ in doomed:
        drop_element(element)  # in any order: each tail lands where it would anyway
    return CleanResult(removed)


class _Walker(Protocol):
    """:func:`lxml.etree.iterwalk` over ``start`` events (missing from lxml's stubs)."""

    def __iter__(self) -> Iterator[tuple[str, etree._Element]]: ...

    def skip_subtree(self) -> None: ...


def _find_boilerplate(
    start: etree._Element,
    kinds: frozenset[str] | None,
    page_paragraphs: int,
    holders: set[etree._Element] | None = None,
    memo: ClassVerdicts | None = None,
    wrappers: set[etree._Element] | None = None,
) -> list[tuple[etree._Element, str, str]]:
    """Boilerplate elements below ``start``, in document order, as :func:`classify`
    judges them; the subtree of one (or of an opaque element) is not visited. ``kinds``:
    the kinds of boilerplate class/id tokens may condemn (``None``: all; a relaxed walk,
    none or comment threads only)."""
    doomed: list[tuple[etree._Element, str, str]] = []
    main_text = MainText(start, page_paragraphs, wrappers)  # the page's wrapper stays
    if memo is None:
        memo = {}
    # Elements only (the tag filter keeps comments and the like out of the walk).
    walker = cast(_Walker, etree.iterwalk(start, events=("start",), tag=etree.Element))
    events = iter(walker)
    next(events)  # ``start`` itself
    for _, child in events:
        verdict = classify(child, child.tag, kinds, page_paragraphs, memo, holders)
        if verdict is not None and (
            verdict[0] in rules.UNSPARED_KINDS
            or is_slideshow(child, verdict[0])
            or not main_text.held_by(child)
        ):
            if verdict[0] in rules.THREAD_KINDS and is_comments_heading(child):
                continue  # the block builder ends the article at it
            doomed.append((child, *verdict))
            walker.skip_subtree()
        elif child.tag in rules.OPAQUE_TAGS:
            walker.skip_subtree()
    return doomed


def _strip_wrappers(start: etree._Element, main_text: MainText) -> None:
    """Remove the elements of WRAPPER_TAGS (a ``<button>``, a ``<noscript>``), but keep
    the content of one that holds most of the page's text (a ``<button>`` left open
    around the page, the ``<noscript>`` copy of a page a script would draw): that one
    becomes a plain ``<div>``, its attributes dropped."""
    for element in start.iter(*rules.WRAPPER_TAGS):
        # Only one holding blocks can hold a page (most buttons hold a label or an icon).
        holds_blocks = any(child.tag in rules.WRAPPER_CONTENT_CHILDREN for child in element)
        if holds_blocks and main_text.held_by(element):
            element.tag = "div"
            element.attrib.clear()
    etree.strip_elements(start, *rules.WRAPPER_TAGS, with_tail=False)


def _stack_order(
    start: etree._Element,
) -> Callable[[etree._Element], tuple[tuple[int, ...], int]]:
    """The sort key of where an element comes in a last-in-first-out walk from ``start``
    that lists each element's doomed children as it visits the element (the order
    explanations have always had): after the later children of its ancestors, before
    their earlier ones. Sibling positions are counted once, in one pass (``index()``
    per element would be quadratic on a page of many siblings); depth is capped."""
    position: dict[etree._Element, int] = {}
    for parent in start.iter():
        for rank, child in enumerate(parent):
            position[child] = rank

    def key(element: etree._Element) -> tuple[tuple[int, ...], int]:
        path: list[int] = []
        node = element.getparent()
        while node is not None and node is not start:
            path.append(-position[node])  # a later child is visited first
            node = node.getparent()
        return tuple(reversed(path)), position[element]

    return key


def _has_text(element: etree._Element) -> bool:
    return any(text.strip() for text in element.itertext())


def describe_removal(element: etree._Element, kind: str, reason: str) -> Removal:
    text = collapse_ws(inner_text(element, " "))
    preview = text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"
    return Removal(kind=kind, reason=reason, tag=str(element.tag), preview=preview)


def drop_element(element: etree._Element) -> None:
    """Remove ``element`` and its subtree, keeping the text that follows it (its tail)."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = xml_safe((previous.tail or "") + tail)
        else:
            parent.text = xml_safe((parent.text or "") + tail)
    parent.remove(element)
