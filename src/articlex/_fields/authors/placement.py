"""Where a byline sits: the headline it is read around, and how far from the article.

Names are never taken from comments, related stories, sidebars, share bars, teaser cards,
embedded posts or figures. The cleaner's rules decide (as in
:func:`articlex._fields.in_boilerplate`), with three exceptions for bylines: an author
box is searched (it names the article's author, but ranks low), a container holding the
headline is the article's own header whatever its class names say, and a meta line that
also carries share or comment-count class names is the meta line.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

from lxml import etree

from articlex._fields import FOREIGN_KINDS, InheritedValue, Verdicts
from articlex._fields.authors.elements import text_len
from articlex._fields.authors.organisations import norm
from articlex._meta import PageData
from articlex._rules import authors as rules
from articlex._text import class_id

__all__ = ["CLEAN", "FOREIGN", "WEAK", "Where", "headline", "in_teaser"]

#: How far from the article an element is: CLEAN, WEAK (in an author box, a headline
#: footer, an ``<aside>`` inside the article: ranked after the others) or FOREIGN
#: (comments, related stories, sidebars, share bars...: never read).
CLEAN, WEAK, FOREIGN = 0, 1, 2
#: The cleaner's kinds no name is taken from.
_FOREIGN_KINDS = (FOREIGN_KINDS - rules.SEARCHED_FOREIGN_KINDS) | rules.MORE_FOREIGN_KINDS


class Where(InheritedValue[int]):
    """How far from the article elements are (CLEAN, WEAK, FOREIGN), memoised; an element
    is as far as its parent, or more."""

    absorbing = FOREIGN

    def __init__(self, headline: etree._Element | None, verdicts: Verdicts) -> None:
        super().__init__(CLEAN)
        self._headers = set(headline.iterancestors()) if headline is not None else set()
        self._verdicts = verdicts

    def combine(self, inherited: int, own: int) -> int:
        return max(inherited, own)

    def own(self, node: etree._Element) -> int:
        return CLEAN if node in self._headers else self._tier(node)

    def _tier(self, node: etree._Element) -> int:
        tag = node.tag
        if not isinstance(tag, str):
            return CLEAN
        if tag in rules.FOREIGN_TAGS or rules.EMBED.search(class_id(node)):
            return FOREIGN  # a photo credit, a quotation, an embedded post
        verdict = self._verdicts(node, tag)
        if verdict is None:
            return CLEAN
        kind = verdict[0]
        if kind in rules.MISTAKABLE_KINDS and rules.META_LINE.search(class_id(node).lower()):
            return CLEAN
        if kind in rules.WEAK_KINDS:
            return WEAK
        if kind == "sidebar" and tag == "aside":  # the meta column of some layouts
            inside = any(a.tag in rules.ARTICLE_TAGS for a in node.iterancestors())
            return WEAK if inside else FOREIGN
        return FOREIGN if kind in _FOREIGN_KINDS else CLEAN


def in_teaser(element: etree._Element, headers: set[etree._Element]) -> bool:
    """``element`` is part of another story's teaser card: it sits in a link holding more
    than a byline (an author's link sits inside the byline, not around it), or in a
    small ``<article>`` that does not hold the headline but a linked heading
    (``headers``: the headline's ancestors)."""
    for link in element.iterancestors("a"):
        if link.get("href"):
            most = text_len(element, rules.MAX_BYLINE_CHARS) + rules.TEASER_EXTRA_CHARS
            if text_len(link, most) > most:
                return True
            return any(True for _ in link.iter(*rules.TEASER_LINK_HEADINGS))
    card = next(element.iterancestors("article"), None)
    if card is None or card in headers:
        return False
    if text_len(card, rules.MAX_CARD_CHARS) > rules.MAX_CARD_CHARS:
        return False
    return any(h.find(".//a[@href]") is not None for h in card.iter(*rules.TEASER_CARD_HEADINGS))


def headline(root: etree._Element, page: PageData) -> etree._Element | None:
    """The ``<h1>`` showing the page's title, else the longest one (not the logo)."""
    titles = [page.meta.first("og:title", "twitter:title"), page.meta.title]
    titles += [o.get("headline") for o in page.jsonld.articles()]
    shortest = rules.MIN_TITLE_KEY_CHARS
    keys = [norm(t) for t in titles if isinstance(t, str) and len(norm(t)) >= shortest]
    longest: tuple[int, etree._Element | None] = (0, None)
    for h1 in page.tagged(root, "h1"):
        key = norm("".join(cast("Iterator[str]", h1.itertext())))
        if len(key) < shortest:
            continue
        if any(
            t in key or (key in t and len(t) <= rules.MAX_TITLE_PER_HEADING * len(key))
            for t in keys
        ):
            return h1
        if len(key) > longest[0]:
            longest = (len(key), h1)
    return longest[1]
