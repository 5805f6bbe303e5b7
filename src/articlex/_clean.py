"""Stage 3, clean: remove what surrounds an article, recording what went and why.

Two passes over the tree articlex owns:

1. tags that never hold article text (scripts, styles, forms' inputs, media) go at once,
   in C, with :func:`lxml.etree.strip_elements`;
2. one walk from ``<body>`` removes boilerplate by HTML semantics (``nav``, ``aside``,
   ``footer``), ARIA role, visibility, and ``class``/``id`` tokens, each rule carrying
   the *kind* of boilerplate it finds (see :mod:`articlex._rules.boilerplate`). A removed
   element's subtree is not visited.

``relaxed=True`` keeps only the semantic rules: the retry pass uses it when the strict
pass removed the article itself (a wrapper called ``page-with-sidebar``, say).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from lxml import etree

from articlex._models import Removal
from articlex._rules import boilerplate as rules
from articlex._text import collapse_ws, inner_text
from articlex._xml import xml_safe

__all__ = ["ClassVerdicts", "CleanResult", "clean"]

#: Memo of one walk: ``class`` and ``id`` text -> the boilerplate kind and reason its
#: tokens give (or ``None``). Pages repeat a few class names hundreds of times, and the
#: token regex is the cleaner's costliest step; the memo lives as long as one call.
ClassVerdicts = dict[str, tuple[str, str] | None]

#: Characters of ``class`` + ``id`` examined (pathological attributes are cut there).
MAX_CLASS_ID_CHARS = 256
#: Characters of removed text shown in an explanation.
PREVIEW_CHARS = 80


@dataclass(frozen=True)
class CleanResult:
    """What the cleaner removed (filled only when asked to explain)."""

    removed: tuple[Removal, ...]


def clean(root: etree._Element, *, relaxed: bool = False, explain: bool = False) -> CleanResult:
    """Remove non-content and boilerplate elements from ``root`` in place."""
    etree.strip_elements(root, *rules.NON_CONTENT_TAGS, with_tail=False)
    body = root.find("body")
    start = body if body is not None else root
    doomed = _find_boilerplate(start, relaxed, _count_paragraphs(start))
    removed: list[Removal] = []
    for element, kind, reason in doomed:
        if explain and _has_text(element):
            removed.append(_describe(element, kind, reason))
        drop_element(element)
    return CleanResult(tuple(removed))


def _count_paragraphs(element: etree._Element, stop_at: int | None = None) -> int:
    """Paragraph marks below ``element``: ``<p>``, and ``<br>`` for pages written without."""
    count = 0
    for _ in element.iter("p", "br"):
        count += 1
        if stop_at is not None and count >= stop_at:
            break
    return count


def _find_boilerplate(
    start: etree._Element, relaxed: bool, page_paragraphs: int
) -> list[tuple[etree._Element, str, str]]:
    doomed: list[tuple[etree._Element, str, str]] = []
    memo: ClassVerdicts = {}
    stack = [start]
    while stack:
        parent = stack.pop()
        for child in parent:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            verdict = classify(child, tag, relaxed, page_paragraphs, memo)
            if verdict is None:
                if tag not in rules.OPAQUE_TAGS:
                    stack.append(child)
            else:
                doomed.append((child, *verdict))
    return doomed


def classify(
    element: etree._Element,
    tag: str,
    relaxed: bool = False,
    page_paragraphs: int = 0,
    memo: ClassVerdicts | None = None,
) -> tuple[str, str] | None:
    """``(kind, reason)`` if ``element`` is boilerplate, else ``None``; ``memo`` keeps the
    class-token verdicts of one walk."""
    kind = rules.BOILERPLATE_TAGS.get(tag)
    if kind is not None:
        return _class_kind(element) or kind, f"<{tag}> element"
    attrib = element.attrib
    if not attrib:
        return None
    role = attrib.get("role")
    if role is not None:
        kind = rules.BOILERPLATE_ROLES.get(role.strip().lower())
        if kind is not None:
            return kind, f"role={role}"
    if "hidden" in attrib or attrib.get("aria-hidden") == "true":
        return "hidden", "hidden attribute"
    style = attrib.get("style")
    if style is not None and rules.HIDDEN_STYLE_PATTERN.search(style):
        return "hidden", "inline style hides it"
    if tag == "form" and _is_small_form(element):
        return _class_kind(element) or "form", "<form> element"
    if relaxed or tag in rules.PROTECTED_TAGS or tag in rules.OPAQUE_TAGS:
        return None
    verdict = _class_verdict(element, memo)
    if verdict is not None and verdict[0] in rules.PROSE_GUARDED_KINDS and _holds_prose(element):
        return None
    if verdict is not None and verdict[0] in rules.TITLE_HEADER_KINDS and _heads_a_section(element):
        return None
    if verdict is not None and verdict[0] not in rules.STRONG_KINDS:
        needed = max(rules.PROTECT_MIN_PARAGRAPHS, rules.PROTECT_PARAGRAPH_SHARE * page_paragraphs)
        if _count_paragraphs(element, stop_at=int(needed) + 1) >= needed:
            return None  # holds most of the page's paragraphs: the article's wrapper
    return verdict


def _heads_a_section(element: etree._Element) -> bool:
    """A header with a sub-heading and no ``<h1>`` titles a part of the article."""
    if element.find(".//h1") is not None:
        return False
    return any(True for _ in element.iter("h2", "h3", "h4", "h5", "h6"))


def _holds_prose(element: etree._Element) -> bool:
    long_paragraphs = 0
    for paragraph in element.iter("p"):
        if sum(len(t) for t in paragraph.itertext()) >= rules.PROSE_GUARD_CHARS:
            long_paragraphs += 1
            if long_paragraphs >= rules.PROSE_GUARD_PARAGRAPHS:
                return True
    return False


def _class_id_text(element: etree._Element) -> str:
    attrib = element.attrib
    cls = attrib.get("class") or ""
    ident = attrib.get("id") or ""
    if not cls and not ident:
        return ""
    text = f"{cls} {ident}"[:MAX_CLASS_ID_CHARS].lower()
    return rules.MODIFIER_TOKEN_PATTERN.sub(" ", text)


def _best_match(text: str) -> re.Match[str] | None:
    """The match of the most specific kind (rules are listed most specific first), so
    ``single-footer related-sec`` is "related", not "footer"."""
    best: re.Match[str] | None = None
    for match in rules.CLASS_ID_PATTERN.finditer(text):
        if best is None or rules.KIND_PRIORITY[_kind(match)] < rules.KIND_PRIORITY[_kind(best)]:
            best = match
    return best


def _kind(match: re.Match[str]) -> str:
    return (match.lastgroup or "").replace("_", "-")


def _class_kind(element: etree._Element) -> str | None:
    text = _class_id_text(element)
    match = _best_match(text) if text else None
    return _kind(match) if match else None


def _class_verdict(
    element: etree._Element, memo: ClassVerdicts | None = None
) -> tuple[str, str] | None:
    attrib = element.attrib
    key = f"{attrib.get('class') or ''}\0{attrib.get('id') or ''}"
    if memo is not None and key in memo:
        verdict = memo[key]
    else:
        verdict = _text_verdict(_class_id_text(element))
        if memo is not None:
            memo[key] = verdict
    if verdict is None or verdict[0] in rules.STRONG_KINDS:
        return verdict
    if (element.get("itemprop") or "").lower() == "articlebody":
        return None
    return verdict


def _text_verdict(text: str) -> tuple[str, str] | None:
    """The verdict of a class/id text alone (the element's ``itemprop`` aside)."""
    if not text:
        return None
    match = _best_match(text)
    if match is None:
        return None
    kind = _kind(match)
    if kind not in rules.STRONG_KINDS and rules.CONTENT_RESCUE_PATTERN.search(text):
        return None
    return kind, f"class/id token {match.group(0)!r}"


def _is_small_form(form: etree._Element) -> bool:
    limit = rules.PAGE_FORM_MIN_PARAGRAPHS
    return sum(1 for _ in islice(form.iter("p"), limit)) < limit


def _has_text(element: etree._Element) -> bool:
    return any(text.strip() for text in element.itertext())


def _describe(element: etree._Element, kind: str, reason: str) -> Removal:
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
