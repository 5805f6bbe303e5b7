"""Stage 3, clean: remove what surrounds an article, recording what went and why.

Two passes over the tree articlex owns:

1. tags that never hold article text (scripts, styles, forms' inputs, media) go at once,
   in C, with :func:`lxml.etree.strip_elements`;
2. one walk from ``<body>`` removes boilerplate by HTML semantics (``nav``, ``aside``,
   ``footer``), ARIA role, visibility, and ``class``/``id`` tokens, each rule carrying
   the *kind* of boilerplate it finds (see :mod:`articlex._rules.boilerplate`). A removed
   element's subtree is not visited.

``relaxed=True`` keeps only the semantic rules: the retry pass uses it when the strict
pass removed the article itself (a wrapper called ``page-with-sidebar``, say). With
``drop_comments`` it still drops comment threads by their class names: a short post
above a long thread is not lost to the thread.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Protocol, cast

from lxml import etree

from articlex._models import Removal
from articlex._rules import boilerplate as rules
from articlex._rules.class_id_dispatch import best_match, may_match
from articlex._rules.markup import MAX_CLASS_ID_CHARS
from articlex._rules.phrases import opens_comments
from articlex._text import collapse_ws, inner_text, serialised_text
from articlex._xml import xml_safe

__all__ = ["ClassVerdicts", "CleanResult", "clean"]

#: Memo of one extraction's walks: ``(class, id)`` values -> the boilerplate kind and
#: reason their tokens give (or ``None``). Pages repeat a few class names hundreds of
#: times, and each is read once.
ClassVerdicts = dict[tuple[str, str], tuple[str, str] | None]

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
    _strip_wrappers(start, _MainText(start))
    paragraphs = list(start.iter("p", "br"))
    holders = _paragraph_holders(start, paragraphs)
    kinds = (rules.THREAD_KINDS if drop_comments else frozenset()) if relaxed else None
    wrappers = _paragraph_holders(start, paragraphs, _wrapper_paragraphs(len(paragraphs)))
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


def _paragraph_holders(
    start: etree._Element, paragraphs: list[etree._Element], needed: float | None = None
) -> set[etree._Element]:
    """The elements that may hold enough of the page's ``paragraphs`` (all of them below
    ``start``, in document order) for :func:`_guarded` to spare them as the article's
    wrapper (or ``needed`` of them, above zero: what :meth:`_MainText.held_by` asks
    for); counting the paragraphs of any other is wasted (a sidebar's can take a walk
    over thousands of links). An element's paragraphs come one after another in document
    order, and any ``needed`` of them in a row include one of every ``needed``-th
    paragraph: only the elements above one of those (itself included) can qualify."""
    if needed is None:
        needed = _needed_paragraphs(len(paragraphs))
    step = max(1, math.ceil(needed))
    holders: set[etree._Element] = set()
    for pivot in paragraphs[step - 1 :: step]:
        node: etree._Element | None = pivot
        while node is not None and node not in holders:
            holders.add(node)
            node = None if node is start else node.getparent()
    return holders


def _needed_paragraphs(page_paragraphs: int) -> float:
    """How many paragraphs spare an element from a (non-strong) class/id rule."""
    return max(rules.PROTECT_MIN_PARAGRAPHS, rules.PROTECT_PARAGRAPH_SHARE * page_paragraphs)


def _wrapper_paragraphs(page_paragraphs: int) -> float:
    """How many paragraph marks an element needs for :meth:`_MainText.held_by` to weigh
    its text, on a page of PROTECT_MIN_PARAGRAPHS marks or more."""
    return rules.WRAPPER_MIN_PARAGRAPH_SHARE * page_paragraphs


def _count_paragraphs(element: etree._Element, stop_at: int | None = None) -> int:
    """Paragraph marks below ``element``: ``<p>``, and ``<br>`` for pages written without."""
    count = 0
    for _ in element.iter("p", "br"):
        count += 1
        if stop_at is not None and count >= stop_at:
            break
    return count


#: Attributes that may condemn an element whatever its tag and class (see _marked).
_MARK_ATTRIBUTES: frozenset[str] = frozenset({"role", "hidden", "aria-hidden", "style"})
#: Tags no class/id rule applies to.
_CLASS_EXEMPT: frozenset[str] = rules.PROTECTED_TAGS | rules.OPAQUE_TAGS


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
    main_text = _MainText(start, page_paragraphs, wrappers)  # the page's wrapper stays
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
            or _is_slideshow(child, verdict[0])
            or not main_text.held_by(child)
        ):
            if verdict[0] in rules.THREAD_KINDS and _opens_comments(child):
                continue  # the block builder ends the article at it
            doomed.append((child, *verdict))
            walker.skip_subtree()
        elif child.tag in rules.OPAQUE_TAGS:
            walker.skip_subtree()
    return doomed


class _MainText:
    """Tells whether an element holds most of the page's text that is not link text:
    then it is the page's own wrapper, whatever its markup says (an unclosed
    ``<header>``, an ASP.NET page inside one ``<form>``, an article hidden until a script
    shows it), and is not removed whole. The page's count is made on the first ask."""

    def __init__(
        self,
        start: etree._Element,
        paragraphs: int = 0,
        holders: set[etree._Element] | None = None,
    ) -> None:
        self._start = start
        self._page: int | None = None
        self._paragraphs = paragraphs  # the page's paragraph marks, when counted
        # The elements that may hold enough of them (see _paragraph_holders), if known.
        self._holders = holders

    def held_by(self, element: etree._Element) -> bool:
        # An element with few of the page's paragraph marks holds little of its prose:
        # no text to count (most pages' menus, footers and boxes stop here).
        if self._paragraphs >= rules.PROTECT_MIN_PARAGRAPHS:
            if self._holders is not None and element not in self._holders:
                return False  # too few of them below it to count them
            needed_marks = _wrapper_paragraphs(self._paragraphs)
            if _count_paragraphs(element, stop_at=math.ceil(needed_marks)) < needed_marks:
                return False
        # Its text with its links bounds its text without: most elements tested (ads,
        # menus, share bars) fail on it, and need no look at their links.
        held = _chars(serialised_text(element))
        if held < rules.WRAPPER_TEXT_SHARE * rules.WRAPPER_MIN_CHARS:
            return False  # too little for any page: no count of the page's needed
        if self._page is None:
            self._page = _unlinked_chars(self._start)
        needed = rules.WRAPPER_TEXT_SHARE * self._page
        if self._page < rules.WRAPPER_MIN_CHARS or held < needed:
            return False
        return _unlinked_chars(element) >= needed


def _strip_wrappers(start: etree._Element, main_text: _MainText) -> None:
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


def _chars(text: str) -> int:
    """Characters of ``text`` that are not ASCII whitespace (what a page's layout adds)."""
    return len(text) - sum(map(text.count, _LAYOUT_WHITESPACE))


#: Whitespace characters that page markup is laid out with.
_LAYOUT_WHITESPACE = (" ", "\n", "\t", "\r")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
#: The text nodes inside links below an element, gathered in one query.
_LINK_TEXTS = etree.XPath(".//a//text()", smart_strings=False)


def _unlinked_chars(element: etree._Element) -> int:
    """Characters below ``element`` that are not whitespace, less those inside links."""
    linked = "".join(cast("list[str]", _LINK_TEXTS(element)))
    return _chars(serialised_text(element)) - _chars(linked)


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


def classify(
    element: etree._Element,
    tag: str,
    kinds: frozenset[str] | None = None,
    page_paragraphs: int = 0,
    memo: ClassVerdicts | None = None,
    holders: set[etree._Element] | None = None,
) -> tuple[str, str] | None:
    """``(kind, reason)`` if ``element`` is boilerplate, else ``None``; ``kinds``: those
    its class/id tokens may condemn (``None``: all); ``memo`` keeps the
    class-token verdicts of one walk, ``holders`` are the elements that may hold most of
    the page's paragraphs (see :func:`_paragraph_holders`; ``None``: any may)."""
    kind = rules.BOILERPLATE_TAGS.get(tag)
    if kind is not None:
        if tag in rules.TITLED_PROSE_TAGS and _holds_titled_prose(element):
            return None
        return _class_kind(element) or kind, f"<{tag}> element"
    names = element.keys()
    if not names:
        return None
    if not _MARK_ATTRIBUTES.isdisjoint(names):
        verdict = _marked(element)
        if verdict is not None:
            return verdict
    if tag == "form" and _is_small_form(element):
        return _class_kind(element) or "form", "<form> element"
    if tag in _CLASS_EXEMPT or ("class" not in names and "id" not in names):
        return None
    if kinds is not None and not kinds:
        return None
    verdict = _class_verdict(element, memo)
    if verdict is not None and kinds is not None and verdict[0] not in kinds:
        return None
    return None if verdict is None else _guarded(element, verdict, page_paragraphs, holders)


def _marked(element: etree._Element) -> tuple[str, str] | None:
    """The verdict of the attributes that condemn an element whatever its tag and class
    (:data:`_MARK_ATTRIBUTES`): a boilerplate ARIA role, or hidden."""
    role = element.get("role")
    if role is not None:
        kind = rules.BOILERPLATE_ROLES.get(role.strip().lower())
        if kind is not None:
            return kind, f"role={role}"
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        if _holds_prose(element):
            return None  # an accordion's or a tab set's section, shown on a click
        return "hidden", "hidden attribute"
    style = element.get("style")
    if style is not None and rules.HIDDEN_STYLE_PATTERN.search(style):
        return "hidden", "inline style hides it"
    return None


def _guarded(
    element: etree._Element,
    verdict: tuple[str, str],
    page_paragraphs: int,
    holders: set[etree._Element] | None = None,
) -> tuple[str, str] | None:
    """The class/id ``verdict`` on ``element``, unless the element shows it is content:
    marked as the article body, holding prose, heading a section, or holding most of
    the page's paragraphs (strong kinds are not spared by any of these)."""
    kind = verdict[0]
    if kind in rules.STRONG_KINDS or _is_slideshow(element, kind):
        return verdict
    if (element.get("itemprop") or "").lower() == "articlebody":
        return None
    if kind in rules.PROSE_GUARDED_KINDS and _holds_prose(element):
        return None
    if kind in rules.TITLE_HEADER_KINDS and _heads_a_section(element):
        return None
    if kind in rules.LINE_KINDS and (
        _wraps_a_text(element) or _holds_prose(element) or _wraps_a_post(element)
    ):
        return None
    if holders is not None and element not in holders:
        return verdict  # too few of the page's paragraphs below it to count them
    needed = _needed_paragraphs(page_paragraphs)
    if _count_paragraphs(element, stop_at=int(needed) + 1) >= needed:
        return None  # holds most of the page's paragraphs: the article's wrapper
    return verdict


def _wraps_a_text(element: etree._Element) -> bool:
    """A byline, date or caption is a line: an element of their kinds holding a long
    text besides its links wraps more than a line (Blogger's ``date-outer`` holds the
    day's posts)."""
    limit = rules.LINE_KIND_MAX_CHARS
    return _chars(serialised_text(element)) >= limit and _unlinked_chars(element) >= limit


def _wraps_a_post(element: etree._Element) -> bool:
    """A byline, date or caption is a line: an element of their kinds around a blog
    engine's post entry (see POST_ENTRY_PATTERN) wraps the post, however short it is
    (Blogger's ``date-outer`` holds the day's date and its posts)."""
    return any(
        rules.POST_ENTRY_PATTERN.search(inner.get("class") or "")
        for inner in element.iterdescendants()
    )


def _heads_a_section(element: etree._Element) -> bool:
    """A header with a sub-heading and no ``<h1>`` titles a part of the article."""
    if element.find(".//h1") is not None:
        return False
    return any(True for _ in element.iter("h2", "h3", "h4", "h5", "h6"))


def _holds_titled_prose(element: etree._Element) -> bool:
    """Whether ``element`` holds the page's title (an ``<h1>``) and prose below it."""
    return element.find(".//h1") is not None and _holds_prose(element)


def _is_slideshow(element: etree._Element, kind: str) -> bool:
    """Whether ``element``, of a slideshow kind, holds long paragraphs, all of them in
    its slides: captions (see SLIDESHOW_KINDS)."""
    if kind not in rules.SLIDESHOW_KINDS:
        return False
    found = False
    for paragraph in element.iter("p"):
        if sum(len(t) for t in paragraph.itertext()) < rules.PROSE_GUARD_CHARS:
            continue
        if not _in_slide(paragraph, element):
            return False
        found = True
    return found


def _in_slide(paragraph: etree._Element, slideshow: etree._Element) -> bool:
    node = paragraph.getparent()
    while node is not None and node is not slideshow:
        if node.tag in rules.SLIDE_TAGS:
            return True
        node = node.getparent()
    return False


def _holds_prose(element: etree._Element) -> bool:
    long_paragraphs = 0
    for paragraph in element.iter("p"):
        if sum(len(t) for t in paragraph.itertext()) >= rules.PROSE_GUARD_CHARS:
            long_paragraphs += 1
            if long_paragraphs >= rules.PROSE_GUARD_PARAGRAPHS:
                return True
    return False


def _pair_match(cls: str, ident: str) -> tuple[str, str, str] | None:
    """``(kind, token, text)``: the best rule a ``class`` and ``id`` pair matches, and the
    text read: both values, cut, lower-cased, without the tokens that only describe a
    state or a layout. Most pairs can match no rule: the prefilter tells before the
    modifier tokens go (removing a token makes no match)."""
    text = f"{cls} {ident}"[:MAX_CLASS_ID_CHARS].lower()
    if not may_match(text):
        return None
    text = rules.MODIFIER_TOKEN_PATTERN.sub(" ", text)
    match = best_match(text)
    return None if match is None else (*match, text)


def _class_kind(element: etree._Element) -> str | None:
    cls = element.get("class") or ""
    ident = element.get("id") or ""
    match = _pair_match(cls, ident) if cls or ident else None
    return match[0] if match else None


def _class_verdict(
    element: etree._Element, memo: ClassVerdicts | None = None
) -> tuple[str, str] | None:
    """The verdict of the element's class and id alone (memoised in ``memo``)."""
    cls = element.get("class") or ""
    ident = element.get("id") or ""
    if memo is None:
        return _pair_verdict(cls, ident)
    key = (cls, ident)
    if key not in memo:
        memo[key] = _pair_verdict(cls, ident)
    verdict = memo[key]
    return verdict if verdict is None else _reconsidered(element, cls, ident, verdict)


def _reconsidered(
    element: etree._Element, cls: str, ident: str, verdict: tuple[str, str]
) -> tuple[str, str] | None:
    """The pair's ``verdict``, read again without what the element shows says nothing
    of it: an id naming a section after its title (:func:`_names_its_heading`), or the
    taxonomy tokens of the post entry holding the page's title (``category-social-media``
    on WordPress's ``post_class``: what the post is about, not what the element is)."""
    if ident and _names_its_heading(element, ident):
        ident = ""
    elif rules.POST_ENTRY_PATTERN.search(cls) and element.find(".//h1") is not None:
        cls = rules.TAXONOMY_TOKEN_PATTERN.sub(" ", cls)
    else:
        return verdict
    return _pair_verdict(cls, ident)


def _opens_comments(element: etree._Element) -> bool:
    """Whether ``element`` is the heading of a comment section ("Comments", "14
    Responses"): old blog engines set the comments after it as its siblings, with no
    element of their own; kept, it tells the block builder where the article ends."""
    return element.tag in _HEADINGS and opens_comments(collapse_ws(inner_text(element)))


def _names_its_heading(element: etree._Element, ident: str) -> bool:
    """Whether ``ident`` names a section of a document by its title: the element's own
    heading links to it (``<section id="sharing-your-work"><h2>Sharing your work<a
    href="#sharing-your-work">¶</a>``, ``<h2 id="related-projects">...``), as the
    permalinks of documentation generators do. Such an id says nothing of what the
    element is."""
    heading = element if element.tag in _HEADINGS else None
    if heading is None:  # a section's heading opens it
        opening = islice(element.iter(), rules.SECTION_HEADING_MAX_DEPTH)
        heading = next((node for node in opening if node.tag in _HEADINGS), None)
    if heading is None:
        return False
    target = f"#{ident}"
    return any(link.get("href") == target for link in heading.iter("a"))


def _pair_verdict(cls: str, ident: str) -> tuple[str, str] | None:
    """The verdict of a ``class`` and ``id`` pair alone (the element aside)."""
    match = _pair_match(cls, ident)
    if match is None:
        return _id_verdict(ident)
    kind, token, text = match
    if kind not in rules.STRONG_KINDS and rules.CONTENT_RESCUE_PATTERN.search(text):
        return None
    return kind, f"class/id token {token!r}"


def _id_verdict(ident: str) -> tuple[str, str] | None:
    """The verdict of an ``id`` that names a page region by itself (``id="header"``):
    a page has one such region, the site's; the same word as a class also names an
    article's own header."""
    kind = rules.REGION_IDS.get(ident.strip().lower())
    return None if kind is None else (kind, f"id {ident!r}")


def _is_small_form(form: etree._Element) -> bool:
    limit = rules.PAGE_FORM_MIN_PARAGRAPHS
    return sum(1 for _ in islice(form.iter("p"), limit)) < limit


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
