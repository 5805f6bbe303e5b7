"""Captions: one per figure of the article, credit apart, image URL absolute.

Collected on the intact tree *before* cleaning (the cleaner removes caption elements
outside ``<figure>``), each candidate remembering where it is; once the body is located,
:func:`select_captions` keeps those inside the article's scope (see docs/fields.md).
Where a caption is in the markup: :mod:`~articlex._fields.caption_markup`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from lxml import etree

from articlex._fields import Boilerplate, Verdicts
from articlex._fields.caption_credits import split_credit
from articlex._fields.caption_markup import candidate_elements, read_caption_place
from articlex._meta import PageData
from articlex._meta.jsonld import read_jsonld
from articlex._meta.metatags import MetaTags
from articlex._meta.microdata import Microdata
from articlex._models import Caption
from articlex._rules import captions as rules
from articlex._text import collapse_ws
from articlex._urls import split_url, web_url

__all__ = [
    "CaptionCandidate",
    "captions_from_jsonld",
    "collect_captions",
    "jsonld_captions",
    "select_captions",
]


@dataclass(frozen=True)
class CaptionCandidate:
    """A caption found in the page and the elements that contained it.

    ``structured`` candidates come from JSON-LD: they have no place in the page and are
    kept unless the page shows the same caption.
    """

    caption: Caption
    ancestors: frozenset[etree._Element]
    structured: bool = False
    #: The page's root element, and the place of the figure in the intact page as
    #: (tag, id, class, rank among same-named siblings) from the root down: how the
    #: candidate is found again in a re-parsed copy of the page.
    root: etree._Element | None = None
    path: tuple[tuple[Any, ...], ...] = ()


def collect_captions(
    root: etree._Element,
    base_url: str | None,
    page: PageData | None = None,
    verdicts: Verdicts | None = None,
) -> list[CaptionCandidate]:
    """Every figure caption of the page outside boilerplate, in page order, after the
    JSON-LD caption of the lead image. Pass the page's ``page`` data when at hand:
    without it, the JSON-LD scripts are read again; and the extraction's cleaner
    verdicts, ``verdicts``, when its other fields share them (see
    :class:`~articlex._fields.Verdicts`)."""
    if page is None:
        page = PageData(read_jsonld(root), MetaTags(), Microdata(), base_url)
    found: list[CaptionCandidate] = list(jsonld_captions(page))
    ranks = _SiblingRanks()
    done: set[etree._Element] = set()
    images: set[etree._Element] = set()
    boilerplate = Boilerplate(verdicts=verdicts)
    for element in candidate_elements(root):
        if _inside(element, done):
            continue
        place = read_caption_place(element)
        if place is None or (place.image is not None and place.image in images):
            continue  # no caption here, or a second one for an image (a mobile copy)
        caption = place.caption(base_url)
        if caption is None:
            continue
        holder = place.holder
        done.add(holder)
        if place.image is not None:
            images.add(place.image)
        if not boilerplate(holder):
            ancestors = frozenset((holder, *holder.iterancestors()))
            found.append(
                CaptionCandidate(caption, ancestors, root=root, path=_signature_path(holder, ranks))
            )
    return found


def select_captions(
    candidates: list[CaptionCandidate], scope: etree._Element | None
) -> tuple[Caption, ...]:
    """The candidates inside ``scope`` (the article's element), in page order, after the
    JSON-LD lead-image caption when the page does not show it already."""
    shown: list[Caption] = []
    if scope is not None:
        inside = _scope_test(scope, candidates)
        for candidate in candidates:
            caption = candidate.caption
            if candidate.structured or not inside(candidate):
                continue
            if shown and _same_figure(shown[-1], caption):
                continue  # the same figure twice in a row (desktop and mobile copies)
            shown.append(caption)
    seen = {_caption_key(c) for c in shown} | {_key(c.text) for c in shown if c.text}
    images = {c.image_url for c in shown if c.image_url}
    lead = [
        c.caption
        for c in candidates
        if c.structured
        and _caption_key(c.caption) not in seen
        and _key(c.caption.text) not in seen
        and c.caption.image_url not in images
    ]
    return tuple(lead[:1] + shown) if shown or lead else ()


def captions_from_jsonld(candidates: list[CaptionCandidate], captions: tuple[Caption, ...]) -> bool:
    """Every selected caption is a JSON-LD one (the page shows none itself): the
    ``captions`` field's provenance is then ``json-ld``, not ``dom``."""
    structured = {id(c.caption) for c in candidates if c.structured}
    return bool(captions) and all(id(caption) in structured for caption in captions)


def _inside(element: etree._Element, done: set[etree._Element]) -> bool:
    """``element`` is, or is inside, a caption's holder already read."""
    if not done:
        return False  # none read yet (no climb)
    return element in done or any(ancestor in done for ancestor in element.iterancestors())


def _scope_test(
    scope: etree._Element, candidates: list[CaptionCandidate]
) -> Callable[[CaptionCandidate], bool]:
    """How to tell a candidate inside ``scope``. When the body was found on a re-parsed
    copy of the page (a relaxed retry), ``scope`` belongs to another tree: a candidate is
    then inside when its path (see :attr:`CaptionCandidate.path`) starts with the scope's,
    which relaxed cleaning does not change (it removes elements, never moves them)."""
    scope_root = scope.getroottree().getroot()
    if all(c.root is None or c.root is scope_root for c in candidates):
        return lambda candidate: scope in candidate.ancestors
    wanted = _signature_path(scope)
    return lambda candidate: candidate.path[: len(wanted)] == wanted


# --- where a figure is, in a copy of the page ----------------------------------------------


class _SiblingRanks:
    """Each element's rank among its preceding siblings of the same tag, id and class,
    counted per parent and tag as far as the furthest one asked about: a gallery of
    thousands of figures is counted once, not once per caption (quadratic time)."""

    def __init__(self) -> None:
        self._ranks: dict[etree._Element, int] = {}
        #: Each element's signature path, once built (see :func:`_signature_path`).
        self.paths: dict[etree._Element, tuple[tuple[Any, ...], ...]] = {}
        #: Per parent and tag, its children of that tag not read yet and the count of
        #: each (id, class) so far.
        self._pending: dict[
            tuple[etree._Element, Any], tuple[Iterator[etree._Element], _Counts]
        ] = {}

    def rank(self, node: etree._Element, parent: etree._Element) -> int:
        """``node``'s rank among the children of ``parent`` of its signature."""
        known = self._ranks.get(node)
        if known is not None:
            return known
        tag = node.tag
        pending = self._pending.get((parent, tag))
        if pending is None:
            pending = self._pending[parent, tag] = (_children_of_tag(parent, tag), {})
        children, seen = pending
        ranks = self._ranks
        for child in children:
            signature = (child.get("id"), child.get("class"))
            rank = ranks[child] = seen.get(signature, 0)
            seen[signature] = rank + 1
            if child is node:
                return rank
        return 0


#: How many children of one tag of each (id, class) a parent has shown so far.
_Counts = dict[tuple[Any, ...], int]


def _signature_path(
    element: etree._Element, ranks: _SiblingRanks | None = None
) -> tuple[tuple[Any, ...], ...]:
    """(tag, id, class, rank among same-signature preceding siblings) from the root down.

    Pass one ``ranks`` for the captions of a page: it keeps each element's path, so a
    caption's path is built from its nearest ancestor already placed (a gallery's
    captions share the page's wrappers) rather than from the root."""
    memo = _SiblingRanks() if ranks is None else ranks
    paths = memo.paths
    chain: list[etree._Element] = []
    node: etree._Element | None = element
    while node is not None and node not in paths:
        chain.append(node)
        node = node.getparent()
    path = paths[node] if node is not None else ()
    for item in reversed(chain):
        parent = item.getparent()
        rank = memo.rank(item, parent) if parent is not None else 0
        path = paths[item] = (*path, (item.tag, item.get("id"), item.get("class"), rank))
    return path


def _children_of_tag(parent: etree._Element, tag: Any) -> Iterator[etree._Element]:
    """The children of ``parent`` of tag ``tag``; a tag name lxml refuses to match
    (libxml2 keeps control characters in the names of broken markup) is compared child
    by child instead."""
    try:
        return parent.iterchildren(tag)
    except ValueError:
        return (child for child in parent if child.tag == tag)


# --- the same caption twice ----------------------------------------------------------------


def _same_figure(first: Caption, second: Caption) -> bool:
    """Two captions of one figure: same words, same image file (another crop or size)."""
    return (
        bool(first.text)
        and (first.text, first.credit) == (second.text, second.credit)
        and _image_name(first.image_url) == _image_name(second.image_url)
    )


def _image_name(url: str | None) -> str:
    """The file name of an image URL without its size suffix (``photo-640x480.jpg``)."""
    if not url:
        return ""
    parts = split_url(url)
    name = parts.path.rsplit("/", 1)[-1].lower() if parts else ""
    return rules.IMAGE_SIZE_SUFFIX_PATTERN.sub("", name)


#: What is not a letter or a digit: ``\w`` is exactly what ``str.isalnum`` accepts, plus
#: the underscore.
_NOT_ALNUM = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    """``text`` case-folded, letters and digits only."""
    return _NOT_ALNUM.sub("", text.casefold())


def _caption_key(caption: Caption) -> str:
    return _key(f"{caption.text} {caption.credit or ''}")


# --- JSON-LD ---------------------------------------------------------------------------------


def jsonld_captions(page: PageData) -> Iterator[CaptionCandidate]:
    """The caption of the article's lead image in JSON-LD (``image.caption``), if any."""
    by_id = {obj["@id"]: obj for obj in page.jsonld.objects if isinstance(obj.get("@id"), str)}
    for article in page.jsonld.articles():
        image = article.get("image")
        if isinstance(image, list):
            image = image[0] if image else None
        if isinstance(image, dict) and "caption" not in image and isinstance(image.get("@id"), str):
            image = by_id.get(image["@id"], image)
        if not isinstance(image, dict):
            continue
        text = _jsonld_text(image.get("caption"))
        if not text:
            continue
        caption, credit = split_credit(text)
        url = image.get("url") or image.get("contentUrl")
        yield CaptionCandidate(
            Caption(caption, credit, web_url(url, page.url) if isinstance(url, str) else None),
            frozenset(),
            structured=True,
        )
        return


def _jsonld_text(value: Any) -> str | None:
    """A JSON-LD caption's text; a loop, not recursion: hostile JSON nests deeply."""
    for _ in range(rules.MAX_JSONLD_NESTING + 1):
        if isinstance(value, str):
            return collapse_ws(value) or None
        if not isinstance(value, dict):
            return None
        value = value.get("text") or value.get("name")
    return None
