"""Captions: one per figure of the article, credit apart, image URL absolute.

Collected on the intact tree *before* cleaning (the cleaner removes caption elements
outside ``<figure>``), each candidate remembering its ancestors; once the body is
located, :func:`select_captions` keeps those inside the article's scope.

Where captions are found, in page order:

- ``<figure>`` with its ``<figcaption>`` (or a caption-classed element inside it);
- a caption box holding its image (WordPress ``.wp-caption`` with ``.wp-caption-text``,
  ``div.image-with-caption``...);
- an element with a caption class, or ``itemprop="caption"``, right next to an image
  (theme markup such as ``div.feat-caption > span.caption-text + em.attribution`` after
  the featured image), and a lone credit element (``span.photo-credit``) right after one;
- the JSON-LD ``image.caption`` of the article's lead image, unless the page shows the
  same caption.

Captions inside boilerplate (related-story cards, sidebars, comments: see
:func:`~articlex._fields.in_boilerplate`) are skipped.

The credit is read from the markup first: elements whose class names a credit
(``credit``, ``attribution``, ``caption__source``, ``photographer``...) or ``<cite>``.
Without such markup it is split from the text (see :func:`split_credit`): a labelled
credit at the end ("Photo: X", "Photo by X", "Credit X", "(Bild: X)", "Foto: X"), a
parenthesised agency or name ("(Getty Images)", "(AP Photo/Name)", "(Lucy Akins)"), or a
last line of the form "Name/Agency" ("The Canadian Press/Riley Smith"). Credits lose
their label and brackets; a caption that is only a credit keeps an empty ``text``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import compress, islice
from typing import Any, cast

from lxml import etree

from articlex._attributes import GET, IN_PAGE_ORDER
from articlex._fields import Boilerplate, Verdicts
from articlex._meta import ElementClasses, PageData
from articlex._meta.jsonld import read_jsonld
from articlex._meta.metatags import MetaTags
from articlex._meta.microdata import Microdata
from articlex._models import Caption
from articlex._rules import captions as rules
from articlex._text import collapse_ws, inner_text, text_weight
from articlex._urls import split_url, web_url

__all__ = [
    "CaptionCandidate",
    "caption_and_credit",
    "collect_captions",
    "image_url",
    "jsonld_captions",
    "select_captions",
    "split_credit",
]

_IMAGE_TAGS = ("img", "amp-img")
_SIZE_SUFFIX = re.compile(r"[-_@]\d+x\d*(?=\.\w+$)|[-_@]\d+w(?=\.\w+$)")
#: The tags of the elements that may start a caption: figures, and the tags a caption or
#: credit element may have (others are never read, see ``_read_candidate``), chosen in C.
_CANDIDATE_TAGS = ("figure", *sorted(rules.CAPTION_TAGS))
#: The candidates taken by their tag alone.
_FIGURE_TAG_SET = frozenset(("figure", "figcaption"))
_CANDIDATE_TAG_SET = frozenset(_CANDIDATE_TAGS)
#: The elements (the root included) with an ``itemprop``, when the page's microdata was
#: not read from the tree (an attribute step is the quickest query: one walk in C).
_ITEMPROP_XPATH = etree.XPath("descendant-or-self::*/@itemprop/..")


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
    """Every figure caption of the page, in page order, after the JSON-LD caption of the
    lead image. Pass the page's ``page`` data when at hand: without it, the JSON-LD
    scripts are read again; and the extraction's cleaner verdicts, ``verdicts``, when its
    other fields share them (see :class:`~articlex._fields.Verdicts`)."""
    if page is None:
        page = PageData(read_jsonld(root), MetaTags(), Microdata(), base_url)
    found: list[CaptionCandidate] = list(jsonld_captions(page))
    ranks = _SiblingRanks()
    done: set[etree._Element] = set()
    images: set[etree._Element] = set()
    boilerplate = Boilerplate(verdicts=verdicts)
    for element in _candidates(root, page):
        if _inside(element, done):
            continue
        read = _read_candidate(element)
        if read is None or (read.image is not None and read.image in images):
            continue  # no caption here, or a second one for an image (a mobile copy)
        caption = read.caption(base_url)
        if caption is None:
            continue
        holder = read.holder
        done.add(holder)
        if read.image is not None:
            images.add(read.image)
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


class _SiblingRanks:
    """Each element's rank among its preceding siblings of the same tag, id and class,
    counted incrementally per parent and tag: a parent's children of one tag are listed
    in C and read once, only as far as the furthest one asked about (a gallery of
    thousands of figures is not recounted for every caption, which was quadratic; a
    page's one caption does not read the siblings after its ancestors, nor those of
    another tag)."""

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
    return _SIZE_SUFFIX.sub("", name)


# --- reading one candidate ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Found:
    """Where one caption is: the element standing for the whole figure (not read again),
    the caption element inside it, its image; ``credit_only`` for a lone credit."""

    holder: etree._Element
    inner: etree._Element
    image: etree._Element | None
    credit_only: bool = False

    def caption(self, base_url: str | None) -> Caption | None:
        url = image_url(self.image, base_url) if self.image is not None else None
        if self.credit_only:
            credit = _credit_text(collapse_ws(_text_of(self.inner, set())))
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


def _read_candidate(element: etree._Element) -> _Found | None:
    tag = element.tag
    if tag == "figure":
        inner = _caption_child(element)
        return _Found(element, inner, _first_image(element)) if inner is not None else None
    if tag not in rules.CAPTION_TAGS:
        return None
    if _is_caption(element):
        image = _first_image(element)
        if image is not None:  # a caption box holding its image (``.wp-caption``)
            inner = _caption_child(element)
            if inner is None or _longer_than(element, rules.MAX_BOX_CHARS):
                return None
            return _Found(element, inner, image)
        near = _nearby_image(element)
        if near is None:
            return None
        # "<img><p class=caption>..</p><span class=credit>..</span>": read both, as a box.
        box = _box_with(element, _is_credit)
        return _Found(box if box is not None else element, element, near)
    if _is_credit(element):
        # A credit right after its image ("<img><span class=photo-credit>"), with or
        # without a caption beside it.
        previous = element.getprevious()
        image = _image_in(previous) if previous is not None else None
        if image is None:
            return None
        box = _box_with(element, _is_caption)
        if box is not None:
            caption = next(node for node in box if node is not element and _is_caption(node))
            return _Found(box, caption, image)
        return _Found(element, element, image, credit_only=True)
    return None


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
        tokens = _class_tokens(node)  # most nodes (images, sources) have none
        if tag == "button" or (
            tokens
            and any(
                rules.HIDDEN_CLASS_PATTERN.match(token) or _is_caption_control(token)
                for token in tokens
            )
        ):
            if inner in _ancestors_up_to(node, holder):
                skip.add(node)  # "hide caption", "Media caption": labels of a widget
            continue
        if tag in rules.CREDIT_TAGS or (
            tokens and any(rules.CREDIT_CLASS_PATTERN.search(token) for token in tokens)
        ):
            skip.add(node)
            text = collapse_ws(_text_of(node, set()))
            if text:
                credits.append(text)
    text = collapse_ws(_text_of(inner, skip))
    if rules.CAPTION_JUNK_PATTERN.match(text):
        text = ""
    credit = _credit_text(" ".join(_unique(credits))) if credits else None
    if credit:
        if text.endswith(credit):
            text = text[: -len(credit)]
        return _tidy_caption(text), credit
    return split_credit(text)


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
    block children and ``<br>`` separate words."""
    parts: list[str] = []
    _gather(element, skip, parts)
    return "".join(parts)


def _gather(element: etree._Element, skip: set[etree._Element], parts: list[str]) -> None:
    if element.text and element.tag not in ("script", "style"):
        parts.append(element.text)
    for child in element:
        if isinstance(child.tag, str) and child not in skip:
            if child.tag in ("br", "p", "div", "li"):
                parts.append(" ")
            _gather(child, skip, parts)
        if child.tail:
            parts.append(child.tail)


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


# --- credits ---------------------------------------------------------------------------------


def split_credit(text: str) -> tuple[str, str | None]:
    """Split a caption's text into ``(caption, credit)`` by its wording alone."""
    text = collapse_ws(text)
    if not text:
        return "", None
    for match in rules.CREDIT_START_PATTERN.finditer(text):
        tail = text[match.start() :]
        if len(tail) <= rules.MAX_LABELLED_CREDIT_CHARS and not _has_sentence_stop(tail):
            credit = _credit_text(tail)
            if credit:
                return _tidy_caption(text[: match.start()]), credit
    paren = rules.TRAILING_PAREN_CREDIT.search(text)
    if paren:
        inside = paren.group("credit")
        if "/" in inside or rules.AGENCY_PATTERN.search(inside) or rules.NAME_PATTERN.match(inside):
            credit = _credit_text(inside)
            if credit:
                return _tidy_caption(text[: paren.start()]), credit
    starts = [0] + [m.end() for m in rules.SENTENCE_END_PATTERN.finditer(text)]
    for start in starts:  # the longest tail first: "Photo by A. Smith/Reuters"
        tail = text[start:].strip()
        if _is_slash_credit(tail):
            return _tidy_caption(text[:start]), _credit_text(tail)
    if (
        len(text) <= rules.MAX_AGENCY_CAPTION_CHARS
        and rules.AGENCY_PATTERN.search(text)
        and rules.CREDIT_PART_PATTERN.match(text.replace(" via ", " of "))
    ):
        return "", _credit_text(text)  # "Getty Images", "Chesnot via Getty Images"
    return text, None


def _has_sentence_stop(tail: str) -> bool:
    return bool(rules.SENTENCE_STOP_PATTERN.search(tail.rstrip(". ")))


def _is_slash_credit(tail: str) -> bool:
    if "/" not in tail or len(tail) > rules.MAX_CREDIT_CHARS or _has_sentence_stop(tail):
        return False
    if not any(ch.isupper() for ch in tail):
        return False
    parts = [p.strip() for p in tail.split("/")]
    if len(parts) < 2 or not all(parts):
        return False
    return all(
        (" " not in part and any(ch.isalpha() for ch in part))
        or rules.CREDIT_PART_PATTERN.match(part)
        for part in parts
    )


def _credit_text(raw: str) -> str | None:
    """A credit without its label ("Photo by", "Credit", "©") and brackets."""
    credit = collapse_ws(raw).strip(" ()[]")
    previous = None
    while previous != credit:  # "CreditCredit", "(Photo: X)"
        previous = credit
        credit = rules.CREDIT_LABEL_PATTERN.sub("", credit).strip(" ()[].,;:|–—-")
    if not credit or len(credit) > rules.MAX_CREDIT_CHARS:
        return None
    return credit


def _tidy_caption(text: str) -> str:
    return text.rstrip(" |/–—-(,;:[").strip()


def _unique(values: list[str]) -> list[str]:
    kept: list[str] = []
    for value in values:
        if value not in kept:
            kept.append(value)
    return kept


# --- images ------------------------------------------------------------------------------------


def _first_image(element: etree._Element) -> etree._Element | None:
    """The element's first image that is not an icon; an image inside ``<noscript>``
    wins (lazy-loading scripts leave the real one there, a blurred preview outside)."""
    first: etree._Element | None = None
    for image in element.iter(*_IMAGE_TAGS):
        if _is_tiny(image):
            continue
        parent = image.getparent()
        if parent is not None and parent.tag == "noscript":
            return image
        if first is None:
            first = image
    return first


def _image_in(element: etree._Element) -> etree._Element | None:
    if not isinstance(element.tag, str):
        return None
    if element.tag in _IMAGE_TAGS:
        return None if _is_tiny(element) else element
    return _first_image(element)


def _nearby_image(caption: etree._Element) -> etree._Element | None:
    """The image a caption element describes: in a sibling just before it (or just after
    it), looking up to ``IMAGE_SEARCH_LEVELS`` levels up, never across text."""
    node = caption
    for level in range(rules.IMAGE_SEARCH_LEVELS):
        for sibling in _near_siblings(node, following=level == 0):
            if _longer_than(sibling, rules.MAX_TEXT_BETWEEN):
                break  # text, not an image box, stands next to the caption
            image = _image_in(sibling)
            if image is not None:
                return image
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "article", "main", "html"):
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
    size = len((parent.text or "").strip())
    for other in parent:
        if other is not child and isinstance(other.tag, str) and other.tag not in _IMAGE_TAGS:
            if _longer_than(other, rules.MAX_TEXT_BETWEEN):
                return True
            size += len(collapse_ws(inner_text(other)))
        size += len((other.tail or "").strip())
        if size > rules.MAX_TEXT_BETWEEN:
            return True
    return False


def _longer_than(element: etree._Element, limit: int) -> bool:
    """``element`` holds more than ``limit`` characters of text (whitespace runs count as
    one), reading no further than needed."""
    size = 0
    for piece in cast("Iterator[str]", element.itertext()):
        size += len(piece) if not piece.isspace() else 1
        if size > limit:
            return len(collapse_ws(inner_text(element))) > limit
    return False


def _is_tiny(image: etree._Element) -> bool:
    for attr in ("width", "height"):
        value = (image.get(attr) or "").strip().removesuffix("px")
        if value.isdigit() and int(value) < rules.MIN_IMAGE_SIZE:
            return True
    return False


def image_url(image: etree._Element, base_url: str | None) -> str | None:
    """The image's real source (lazy-loading attributes first, then ``src``, then the
    widest ``srcset`` candidate), absolute against ``base_url``."""
    for attr in rules.IMAGE_SOURCE_ATTRS:
        value = (image.get(attr) or "").strip()
        if (
            value
            and not rules.PLACEHOLDER_SRC_PATTERN.search(value)
            and not rules.NOT_A_URL_PATTERN.search(value)
        ):
            return _absolute(value, base_url)
    sources = [image]
    parent = image.getparent()
    if parent is not None and parent.tag == "picture":
        sources += list(parent.iter("source"))
    for source in sources:
        for attr in rules.SRCSET_ATTRS:
            best = _widest(source.get(attr) or "")
            if best:
                return _absolute(best, base_url)
    return None


#: Candidates of a ``srcset``: commas that end a "URL [descriptor]" pair, not the comma
#: inside a ``data:`` URL (``data:image/png;base64,AAA 800w``).
_SRCSET_SPLIT = re.compile(r",(?=\s|$)|(?<=\d[wx]),")


def _widest(srcset: str) -> str | None:
    best: tuple[float, str] | None = None
    for candidate in _SRCSET_SPLIT.split(srcset):
        parts = candidate.split()
        if not parts or rules.NOT_A_URL_PATTERN.search(parts[0]):
            continue
        size = 0.0
        if len(parts) > 1 and parts[1][:-1].replace(".", "", 1).isdigit():
            size = float(parts[1][:-1]) * (1 if parts[1].endswith("w") else 1000)
        if best is None or size > best[0]:
            best = (size, parts[0])
    return best[1] if best else None


def _absolute(url: str, base_url: str | None) -> str | None:
    return web_url(url, base_url)


# --- JSON-LD --------------------------------------------------------------------------------------


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
            Caption(caption, credit, _absolute(url, page.url) if isinstance(url, str) else None),
            frozenset(),
            structured=True,
        )
        return


#: How many nested objects are followed to reach a JSON-LD caption's text.
MAX_JSONLD_NESTING = 4


def _jsonld_text(value: Any) -> str | None:
    """A JSON-LD caption's text; a loop, not recursion: hostile JSON nests deeply."""
    for _ in range(MAX_JSONLD_NESTING + 1):
        if isinstance(value, str):
            return collapse_ws(value) or None
        if not isinstance(value, dict):
            return None
        value = value.get("text") or value.get("name")
    return None


# --- helpers ------------------------------------------------------------------------------------


def _candidates(root: etree._Element, page: PageData) -> Iterator[etree._Element]:
    """Every element of ``root``'s document that may start a caption, in document order:
    figures, figcaptions, elements whose class names a caption or a credit ("aption"
    matches "caption" and "Caption", "redit" "credit" and "Credit") and
    ``itemprop="caption"``.

    The page's classes, when read already (see :meth:`PageData.classes`), are tested
    once per distinct class, and the figures found in C. Else this runs for most
    elements of the page, in one walk: each reads its class; only one whose class names
    neither reads its tag (figures rarely have such a class). The few
    ``itemprop="caption"`` elements are set apart beforehand (see :func:`_marked`)."""
    top = root.getroottree().getroot()
    marked = _marked(top, page)
    read = page.classes_read(top)
    if read is not None:
        yield from _classed_candidates(top, read, marked)
        return
    get = GET
    figure_tags = _FIGURE_TAG_SET
    for element in top.iter(*_CANDIDATE_TAGS):
        cls = get(element, b"class")
        if (
            (cls is not None and ("aption" in cls or "redit" in cls))
            or element.tag in figure_tags
            or (marked and element in marked)
        ):
            yield element


def _classed_candidates(
    top: etree._Element, read: ElementClasses, marked: set[etree._Element]
) -> list[etree._Element]:
    """:func:`_candidates` from the page's elements and classes (``read``)."""
    elements, classes = read
    named = {
        name for name in set(classes) if name is not None and ("aption" in name or "redit" in name)
    }
    found: list[Any] = []  # (an XPath variable)
    if named:
        tags = _CANDIDATE_TAG_SET
        found += (e for e in compress(elements, map(named.__contains__, classes)) if e.tag in tags)
    found += top.iter(*_FIGURE_TAG_SET)
    found += marked
    return cast("list[etree._Element]", IN_PAGE_ORDER(top, found=found))


def _marked(top: etree._Element, page: PageData) -> set[etree._Element]:
    """The ``itemprop="caption"`` elements of the document whose root is ``top`` (of a
    tag that may hold a caption): from the page's microdata when it was read from this
    tree (it lists every element with an ``itemprop``), else from an attribute query."""
    special: set[etree._Element] = set()
    if page.root is top and page.elements is not None:
        marked: Iterable[etree._Element] = page.microdata.elements.get("caption", ())
        if top.get("itemprop") == "caption":  # the microdata lists descendants only
            special.add(top)
    else:
        marked = cast("list[etree._Element]", _ITEMPROP_XPATH(top))
    for element in marked:
        if element.get("itemprop") == "caption" and element.tag in _CANDIDATE_TAG_SET:
            special.add(element)
    return special


def _class_tokens(element: etree._Element) -> list[str]:
    return (element.get("class") or "").lower().split()


def _is_caption_token(token: str) -> bool:
    return "caption" in token and not rules.CAPTION_CLASS_EXCLUDED.search(token)


def _is_caption_control(token: str) -> bool:
    """``hide-caption``, ``caption-toggle``: a control of the caption widget."""
    return "caption" in token and bool(rules.CAPTION_CLASS_EXCLUDED.search(token))


def _inside(element: etree._Element, done: set[etree._Element]) -> bool:
    if not done:
        return False
    return element in done or any(ancestor in done for ancestor in element.iterancestors())


#: What is not a letter or a digit: ``\w`` is exactly what ``str.isalnum`` accepts, plus
#: the underscore.
_NOT_ALNUM = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    """``text`` case-folded, letters and digits only."""
    return _NOT_ALNUM.sub("", text.casefold())


def _caption_key(caption: Caption) -> str:
    return _key(f"{caption.text} {caption.credit or ''}")


def _children_of_tag(parent: etree._Element, tag: Any) -> Iterator[etree._Element]:
    """The children of ``parent`` of tag ``tag``, listed in C; a tag name lxml refuses
    to match (libxml2 keeps control characters in the names of broken markup) is
    compared child by child instead."""
    try:
        return parent.iterchildren(tag)
    except ValueError:
        return (child for child in parent if child.tag == tag)
