"""The cleaner's verdict on one element: is it boilerplate, and of which kind.

By its tag (``nav``, ``aside``, ``footer``, a small ``form``), its ARIA role, its
visibility, or the tokens of its ``class`` and ``id`` (matched through
:mod:`articlex._rules.class_id_dispatch`), unless a guard (:mod:`articlex._guards`)
shows it is content. The rules are data in :mod:`articlex._rules.boilerplate`.
"""

from __future__ import annotations

from itertools import islice

from lxml import etree

from articlex._guards import HEADINGS, guarded, holds_prose, holds_titled_prose
from articlex._rules import boilerplate as rules
from articlex._rules.class_id_dispatch import best_match, may_match
from articlex._rules.markup import MAX_CLASS_ID_CHARS

__all__ = ["ClassVerdicts", "classify"]

#: Memo of one extraction's walks: ``(class, id)`` values -> the boilerplate kind and
#: reason their tokens give (or ``None``). Pages repeat a few class names hundreds of
#: times, and each is read once.
ClassVerdicts = dict[tuple[str, str], tuple[str, str] | None]

#: Attributes that may condemn an element whatever its tag and class (see _marked).
_MARK_ATTRIBUTES: frozenset[str] = frozenset({"role", "hidden", "aria-hidden", "style"})
#: Tags no class/id rule applies to.
_CLASS_EXEMPT: frozenset[str] = rules.PROTECTED_TAGS | rules.OPAQUE_TAGS


def classify(
    element: etree._Element,
    tag: str,
    kinds: frozenset[str] | None = None,
    page_paragraphs: int = 0,
    memo: ClassVerdicts | None = None,
    holders: set[etree._Element] | None = None,
) -> tuple[str, str] | None:
    """``(kind, reason)`` if ``element`` is boilerplate, else ``None``; ``kinds``: those
    its class/id tokens may condemn (``None``: all); ``memo`` keeps the class/id
    verdicts of one extraction, ``holders`` are the elements that may hold most of the
    page's paragraphs (see :func:`articlex._guards.paragraph_holders`; ``None``: any
    may)."""
    kind = rules.BOILERPLATE_TAGS.get(tag)
    if kind is not None:
        if tag in rules.TITLED_PROSE_TAGS and holds_titled_prose(element):
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
    return None if verdict is None else guarded(element, verdict, page_paragraphs, holders)


def _marked(element: etree._Element) -> tuple[str, str] | None:
    """The verdict of the attributes that condemn an element whatever its tag and class
    (:data:`_MARK_ATTRIBUTES`): a boilerplate ARIA role, or hidden."""
    role = element.get("role")
    if role is not None:
        kind = rules.BOILERPLATE_ROLES.get(role.strip().lower())
        if kind is not None:
            return kind, f"role={role}"
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        if holds_prose(element):
            return None  # an accordion's or a tab set's section, shown on a click
        return "hidden", "hidden attribute"
    style = element.get("style")
    if style is not None and rules.HIDDEN_STYLE_PATTERN.search(style):
        return "hidden", "inline style hides it"
    return None


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


def _names_its_heading(element: etree._Element, ident: str) -> bool:
    """Whether ``ident`` names a section of a document by its title: the element's own
    heading links to it (``<section id="sharing-your-work"><h2>Sharing your work<a
    href="#sharing-your-work">¶</a>``, ``<h2 id="related-projects">...``), as the
    permalinks of documentation generators do. Such an id says nothing of what the
    element is."""
    heading = element if element.tag in HEADINGS else None
    if heading is None:  # a section's heading opens it
        opening = islice(element.iter(), rules.SECTION_HEADING_MAX_DEPTH)
        heading = next((node for node in opening if node.tag in HEADINGS), None)
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
