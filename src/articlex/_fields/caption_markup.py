"""Captions in the page's markup: which elements may hold one, and one caption's parts.

A caption sits in a ``<figure>``, a caption box holding its image, or a caption- or
credit-classed element next to an image (see docs/fields.md); its credit comes from
credit markup, else from its wording (:mod:`~articlex._fields.caption_credits`). Rules in
:mod:`articlex._rules.captions`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import cast

from lxml import etree

from articlex._fields.caption_credits import credit_text, split_credit, tidy_caption
from articlex._fields.images import first_image, image_in, image_url
from articlex._models import Caption
from articlex._rules import captions as rules
from articlex._text import collapse_ws, inner_text, text_weight

__all__ = ["CaptionPlace", "candidate_elements", "caption_and_credit", "read_caption_place"]

#: The tags of the elements that may start a caption: figures, and the tags a caption or
#: credit element may have (others are never read, see :func:`read_caption_place`).
_CANDIDATE_TAGS = ("figure", *sorted(rules.CAPTION_TAGS))
#: The candidates taken by their tag alone.
_FIGURE_TAGS = frozenset(("figure", "figcaption"))


def candidate_elements(root: etree._Element) -> Iterator[etree._Element]:
    """Every element of ``root``'s document that may start a caption, in document order:
    figures, figcaptions, elements whose class names a caption or a credit
    (``CAPTION_CLASS_FRAGMENT``, ``CREDIT_CLASS_FRAGMENT``) and ``itemprop="caption"``."""
    for element in root.getroottree().getroot().iter(*_CANDIDATE_TAGS):
        cls = element.get("class")
        if (
            (
                cls is not None
                and (rules.CAPTION_CLASS_FRAGMENT in cls or rules.CREDIT_CLASS_FRAGMENT in cls)
            )
            or element.tag in _FIGURE_TAGS
            or element.get("itemprop") == "caption"
        ):
            yield element


@dataclass(frozen=True)
class CaptionPlace:
    """Where one caption is: the element standing for the whole figure (not read again),
    the caption element inside it, its image; ``credit_only`` for a lone credit."""

    holder: etree._Element
    inner: etree._Element
    image: etree._Element | None
    credit_only: bool = False

    def caption(self, base_url: str | None) -> Caption | None:
        """The caption read here, ``None`` when it is none (a teaser card, a widget's
        label, a block of text)."""
        url = image_url(self.image, base_url) if self.image is not None else None
        if self.credit_only:
            credit = credit_text(collapse_ws(_text_of(self.inner, set())))
            return Caption("", credit, url) if credit else None
        if _in_link(self.inner, self.holder):
            return None  # a teaser card: image and title inside one link
        text, credit = caption_and_credit(self.holder, self.inner)
        if not text and not credit:
            return None
        if len(text) > rules.MAX_CAPTION_CHARS or (
            credit is None
            and (
                _mostly_links(self.inner, text)
                or (url is None and text_weight(text) < rules.MIN_IMAGELESS_CAPTION_CHARS)
            )
        ):
            return None
        return Caption(text, credit, url)


def read_caption_place(element: etree._Element) -> CaptionPlace | None:
    """The caption a candidate element starts, if any: a figure with its caption, a
    caption box, a caption or credit element beside its image."""
    tag = element.tag
    if tag == "figure":
        inner = _caption_child(element)
        return CaptionPlace(element, inner, first_image(element)) if inner is not None else None
    if tag not in rules.CAPTION_TAGS:
        return None
    if _is_caption(element):
        image = first_image(element)
        if image is not None:  # a caption box holding its image (``.wp-caption``)
            inner = _caption_child(element)
            if inner is None or _longer_than(element, rules.MAX_BOX_CHARS):
                return None
            return CaptionPlace(element, inner, image)
        near = _nearby_image(element)
        if near is None:
            return None
        # "<img><p class=caption>..</p><span class=credit>..</span>": read both, as a box.
        box = _box_with(element, _is_credit)
        return CaptionPlace(box if box is not None else element, element, near)
    if _is_credit(element):
        # A credit right after its image ("<img><span class=photo-credit>"), with or
        # without a caption beside it.
        previous = element.getprevious()
        image = image_in(previous) if previous is not None else None
        if image is None:
            return None
        box = _box_with(element, _is_caption)
        if box is not None:
            caption = next(node for node in box if node is not element and _is_caption(node))
            return CaptionPlace(box, caption, image)
        return CaptionPlace(element, element, image, credit_only=True)
    return None


def caption_and_credit(holder: etree._Element, inner: etree._Element) -> tuple[str, str | None]:
    """The caption text of ``inner`` and the credit: credit-classed elements (anywhere in
    ``holder`` but around ``inner``), else what :func:`split_credit` finds in the text.

    ``inner`` is ``holder`` or inside it, and only ``holder``'s subtree is read: the
    ancestors looked at stop at ``holder`` (the page's wrappers above it never count)."""
    skip: set[etree._Element] = set()
    credits: list[str] = []
    enclosing = {inner, *_ancestors_up_to(inner, holder)}
    for node in holder.iter():
        tag = node.tag
        if node in enclosing or not isinstance(tag, str) or _skipped(node, skip, holder):
            continue
        tokens = _class_tokens(node)
        if tag in rules.CONTROL_TAGS or any(
            rules.HIDDEN_CLASS_PATTERN.match(token) or _is_caption_control(token)
            for token in tokens
        ):
            if inner in _ancestors_up_to(node, holder):
                skip.add(node)  # "hide caption", "Media caption": labels of a widget
            continue
        if tag in rules.CREDIT_TAGS or any(
            rules.CREDIT_CLASS_PATTERN.search(token) for token in tokens
        ):
            skip.add(node)
            text = collapse_ws(_text_of(node, set()))
            if text:
                credits.append(text)
    text = collapse_ws(_text_of(inner, skip))
    if rules.CAPTION_JUNK_PATTERN.match(text):
        text = ""
    credit = credit_text(" ".join(dict.fromkeys(credits))) if credits else None
    if credit:
        if text.endswith(credit):
            text = text[: -len(credit)]
        return tidy_caption(text), credit
    return split_credit(text)


# --- caption and credit elements -----------------------------------------------------------


def _class_tokens(element: etree._Element) -> list[str]:
    return (element.get("class") or "").lower().split()


def _is_caption_token(token: str) -> bool:
    return "caption" in token and not rules.CAPTION_CLASS_EXCLUDED.search(token)


def _is_caption_control(token: str) -> bool:
    """``hide-caption``, ``caption-toggle``: a control of the caption widget."""
    return "caption" in token and bool(rules.CAPTION_CLASS_EXCLUDED.search(token))


def _is_caption(element: etree._Element) -> bool:
    return (
        element.tag == "figcaption"
        or (element.get("itemprop") or "").lower() == "caption"
        or any(_is_caption_token(token) for token in _class_tokens(element))
    )


def _is_credit(element: etree._Element) -> bool:
    return element.tag in rules.CREDIT_TAGS or any(
        rules.CREDIT_CLASS_PATTERN.search(token) for token in _class_tokens(element)
    )


def _caption_child(holder: etree._Element) -> etree._Element | None:
    """The caption element of a figure or caption box: its ``<figcaption>``, else an
    element with a caption class or ``itemprop="caption"``."""
    fallback: etree._Element | None = None
    for node in holder.iterdescendants():
        tag = node.tag
        if tag == "figcaption":
            return node
        if (
            fallback is None
            and isinstance(tag, str)
            and tag in rules.CAPTION_TAGS
            and (
                (node.get("itemprop") or "").lower() == "caption"
                or any(_is_caption_token(t) for t in _class_tokens(node))
            )
        ):
            fallback = node
    return fallback


def _box_with(
    element: etree._Element, wanted: Callable[[etree._Element], bool]
) -> etree._Element | None:
    """``element``'s parent when a sibling of ``element`` is ``wanted`` (the credit beside
    a caption, or the caption beside a credit) and the parent is no bigger than a caption."""
    parent = element.getparent()
    if parent is None or _longer_than(parent, rules.MAX_BOX_CHARS):
        return None
    for sibling in parent:
        if sibling is not element and isinstance(sibling.tag, str) and wanted(sibling):
            return parent
    return None


def _in_link(inner: etree._Element, holder: etree._Element) -> bool:
    """The caption sits inside a link (up to the figure, or just above the caption box)."""
    for ancestor in inner.iterancestors():
        if ancestor.tag == "a":
            return True
        if ancestor is holder:
            parent = holder.getparent()
            return parent is not None and parent.tag == "a"
    return False


def _mostly_links(inner: etree._Element, text: str) -> bool:
    if not text:
        return False
    linked = sum(len(collapse_ws(inner_text(a))) for a in inner.iter("a"))
    return linked >= rules.MAX_CAPTION_LINK_SHARE * len(text)


# --- the image beside a caption ------------------------------------------------------------


def _nearby_image(caption: etree._Element) -> etree._Element | None:
    """The image a caption element describes: in a sibling just before it (or just after
    it), looking up to ``IMAGE_SEARCH_LEVELS`` levels up, never across text."""
    node = caption
    for level in range(rules.IMAGE_SEARCH_LEVELS):
        for sibling in _near_siblings(node, following=level == 0):
            if _longer_than(sibling, rules.MAX_TEXT_BETWEEN):
                break  # text, not an image box, stands next to the caption
            image = image_in(sibling)
            if image is not None:
                return image
        parent = node.getparent()
        if parent is None or parent.tag in rules.IMAGE_SEARCH_STOP_TAGS:
            return None
        if _has_other_text(parent, node):
            return None  # the caption's box holds other text: stop climbing
        node = parent
    return None


def _near_siblings(node: etree._Element, following: bool) -> Iterator[etree._Element]:
    """The siblings just before ``node``, nearest first, then (for the caption element
    itself, not its boxes) the one just after it: some captions sit above the image."""
    for sibling in islice(node.itersiblings(preceding=True), rules.IMAGE_SEARCH_SIBLINGS):
        if isinstance(sibling.tag, str):
            yield sibling
    after = node.getnext() if following else None
    if after is not None and isinstance(after.tag, str):
        yield after


def _has_other_text(parent: etree._Element, child: etree._Element) -> bool:
    """``parent`` holds more than ``MAX_TEXT_BETWEEN`` characters of text besides
    ``child`` and its images."""
    size = len((parent.text or "").strip())
    for other in parent:
        tag = other.tag
        if other is not child and isinstance(tag, str) and tag not in rules.IMAGE_TAGS:
            if _longer_than(other, rules.MAX_TEXT_BETWEEN):
                return True
            size += len(collapse_ws(inner_text(other)))
        size += len((other.tail or "").strip())
        if size > rules.MAX_TEXT_BETWEEN:
            return True
    return False


# --- reading text --------------------------------------------------------------------------


def _longer_than(element: etree._Element, limit: int) -> bool:
    """``element`` holds more than ``limit`` characters of text (whitespace runs count as
    one), reading no further than needed."""
    size = 0
    for piece in cast("Iterator[str]", element.itertext()):
        size += len(piece) if not piece.isspace() else 1
        if size > limit:
            return len(collapse_ws(inner_text(element))) > limit
    return False


def _ancestors_up_to(node: etree._Element, holder: etree._Element) -> list[etree._Element]:
    """``node``'s ancestors, nearest first, up to ``holder`` (included) if it is one."""
    found: list[etree._Element] = []
    for ancestor in node.iterancestors():
        found.append(ancestor)
        if ancestor is holder:
            break
    return found


def _skipped(node: etree._Element, skip: set[etree._Element], holder: etree._Element) -> bool:
    """``node`` or one of its ancestors below ``holder`` is in ``skip`` (which holds only
    nodes below ``holder``: ``holder`` encloses the caption, never skipped)."""
    if not skip:
        return False
    if node in skip:
        return True
    for ancestor in node.iterancestors():
        if ancestor is holder:
            return False
        if ancestor in skip:
            return True
    return False


def _text_of(element: etree._Element, skip: set[etree._Element]) -> str:
    """The text below ``element`` without the subtrees in ``skip`` (their tails stay);
    ``WORD_BREAK_TAGS`` children separate words."""
    parts: list[str] = []
    _gather(element, skip, parts)
    return "".join(parts)


def _gather(element: etree._Element, skip: set[etree._Element], parts: list[str]) -> None:
    if element.text and element.tag not in ("script", "style"):
        parts.append(element.text)
    for child in element:
        if isinstance(child.tag, str) and child not in skip:
            if child.tag in rules.WORD_BREAK_TAGS:
                parts.append(" ")
            _gather(child, skip, parts)
        if child.tail:
            parts.append(child.tail)
