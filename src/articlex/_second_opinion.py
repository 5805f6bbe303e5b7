"""Stage 4c, second opinions on the scorer's choice, blind to what markup says.

A stream of teasers outscoring the article beside it is not scored; a winner holding no
prose gives way to the prose beside it; a wrapper winning on its class hints alone gives
way to the story inside it; an article cut into sections none of which scores much alone
is taken whole (:func:`widen`). Thresholds live in :mod:`articlex._rules.content`.
"""

from __future__ import annotations

from operator import itemgetter

from lxml import etree

from articlex._rules import content as rules
from articlex._score import class_weight
from articlex._survey import ScoredText, TextStats

__all__ = [
    "CitedLinks",
    "adds_few_links",
    "by_score",
    "holds",
    "narrow",
    "outscores_an_article",
    "prose_of",
    "widen",
    "with_prose",
    "within",
]


def outscores_an_article(
    best: etree._Element, scores: dict[etree._Element, float], stats: TextStats
) -> bool:
    """Whether ``best`` is a stream of teasers outscoring an article beside it: a
    candidate neither inside nor around it, and no stream itself, scoring
    TEASER_RIVAL_SHARE of it and holding TEASER_RIVAL_TEXT_SHARE of its text. A stream
    holds TEASER_STREAM_MIN_HEADINGS headings or more, LINK_LIST_MIN_SHARE of them
    links: every teaser's title links its story."""
    if not _is_teaser_stream(best, stats):
        return False
    around = set(best.iterancestors())
    floor = rules.TEASER_RIVAL_SHARE * scores[best]
    for element, score in by_score(scores)[1 : rules.TOP_CANDIDATES]:
        if score < floor:
            break
        if element in around or within(element, best):
            continue
        held = stats.text.get(element, 0)
        if held >= rules.TEASER_RIVAL_TEXT_SHARE * stats.text.get(best, 0) and not (
            _is_teaser_stream(element, stats)
        ):
            return True
    return False


def by_score(scores: dict[etree._Element, float]) -> list[tuple[etree._Element, float]]:
    """The candidates and their scores, best first."""
    return sorted(scores.items(), key=itemgetter(1), reverse=True)


def _hintless_score(
    best: etree._Element, scores: dict[etree._Element, float], stats: TextStats
) -> float:
    """What ``best`` would score without its class and id hints (discounted, as its
    score is, by its link density)."""
    return scores[best] - class_weight(best, {}) * (1.0 - stats.link_density(best))


def with_prose(
    best: etree._Element,
    scores: dict[etree._Element, float],
    stats: TextStats,
    prose: dict[etree._Element, int],
) -> etree._Element:
    """A best holding no prose at all (a box of headlines whose class and id hint at
    content) gives way to the first of the next candidates beside it that holds more
    prose than the best holds text and outscores the best's score without its hints
    (an ancestor's prose may be the best's own run of headlines)."""
    if prose.get(best, 0):
        return best
    hintless = _hintless_score(best, scores, stats)
    for element, score in by_score(scores)[1 : rules.TOP_CANDIDATES]:
        if score <= hintless:
            break
        if prose.get(element, 0) >= stats.text.get(best, 0) and not holds(element, best):
            return element
    return best


def narrow(
    best: etree._Element,
    scores: dict[etree._Element, float],
    stats: TextStats,
    prose: dict[etree._Element, int],
    start: etree._Element,
) -> tuple[etree._Element, etree._Element]:
    """A wrapper that wins on its class hints alone gives way to the one candidate
    inside it that holds prose and scores almost as much (NARROW_SCORE_SHARE), more than
    the wrapper's score without its hints, on a small share of its text
    (NARROW_MAX_TEXT_SHARE): the rest of the wrapper's text earned it next to nothing
    (teasers, a comment thread). Not when a rival beside that candidate in the wrapper
    scores close to it (NARROW_RIVAL_SHARE): then the wrapper holds an article in parts.
    Returns the candidate and the element the search for a better ancestor must stay
    below: the wrapper, or ``start`` when ``best`` stands."""
    best_score, best_text = scores[best], stats.text.get(best, 0)
    hintless = _hintless_score(best, scores, stats)
    candidates = by_score(scores)
    for element, score in candidates[1 : rules.TOP_CANDIDATES]:
        if score < rules.NARROW_SCORE_SHARE * best_score or score <= hintless:
            break
        if (
            prose.get(element, 0)
            and stats.text.get(element, 0) <= rules.NARROW_MAX_TEXT_SHARE * best_text
            and holds(best, element)
        ):
            if _has_rival(element, score, best, candidates):
                break
            return element, best
    return best, start


def _has_rival(
    element: etree._Element,
    score: float,
    wrapper: etree._Element,
    ranked: list[tuple[etree._Element, float]],
) -> bool:
    """Whether a candidate beside ``element`` in ``wrapper`` scores NARROW_RIVAL_SHARE of
    its ``score`` (``ranked``: every candidate, best first)."""
    for other, other_score in ranked[1:]:
        if other_score < rules.NARROW_RIVAL_SHARE * score:
            return False
        if _beside(other, element, wrapper):
            return True
    return False


def within(element: etree._Element, ancestor: etree._Element) -> bool:
    return element is ancestor or holds(ancestor, element)


def _is_teaser_stream(element: etree._Element, stats: TextStats) -> bool:
    headings, linked = stats.count_headings(element)
    return linked >= rules.TEASER_STREAM_MIN_HEADINGS and linked >= (
        rules.LINK_LIST_MIN_SHARE * headings
    )


def holds(ancestor: etree._Element, element: etree._Element) -> bool:
    """Whether ``element`` lies inside ``ancestor``."""
    return any(node is ancestor for node in element.iterancestors())


def _beside(other: etree._Element, element: etree._Element, wrapper: etree._Element) -> bool:
    """Whether ``other`` is inside ``wrapper`` but neither holds nor is held by ``element``."""
    return (
        other is not element
        and holds(wrapper, other)
        and not holds(other, element)
        and not holds(element, other)
    )


def prose_of(start: etree._Element, found: list[ScoredText]) -> dict[etree._Element, int]:
    """How many characters of prose each element holds: paragraphs of PROSE_MIN_CHARS
    or more, not mostly links, counted in every ancestor up to ``start``."""
    prose: dict[etree._Element, int] = {}
    for first, text, link_share in found:
        length = len(text.strip())
        if length >= rules.PROSE_MIN_CHARS and link_share <= rules.PROSE_MAX_LINK_SHARE:
            _credit(prose, first, start, length)
    return prose


def _credit(
    counts: dict[etree._Element, int], first: etree._Element, start: etree._Element, amount: int
) -> None:
    """Add ``amount`` to ``first`` and each of its ancestors up to ``start``."""
    node: etree._Element | None = first
    while node is not None:
        counts[node] = counts.get(node, 0) + amount
        node = None if node is start else node.getparent()


class CitedLinks:
    """How many characters of link text each element holds in the entries of a
    reference list (CITATION_PATTERN), counted in every ancestor up to ``start``: linked
    titles and DOIs are part of the article, not a box of links beside it. Counted on
    the first question: most pages never ask."""

    def __init__(self, start: etree._Element, found: list[ScoredText]) -> None:
        self._start, self._found = start, found
        self._counts: dict[etree._Element, int] | None = None

    def of(self, element: etree._Element) -> int:
        if self._counts is None:
            self._counts = self._count()
        return self._counts.get(element, 0)

    def _count(self) -> dict[etree._Element, int]:
        cited: dict[etree._Element, int] = {}
        for first, text, link_share in self._found:
            if link_share and rules.CITATION_PATTERN.search(text) is not None:
                _credit(cited, first, self._start, round(link_share * len(text.strip())))
        return cited


def _widen_link_share(node: etree._Element) -> float:
    """The share of links the text ``node`` adds may hold for :func:`widen` to take
    it: MAIN_WIDEN_MAX_ADDED_LINK_SHARE for the region the page declares its main
    content (``<main>``, ``role="main"``), else WIDEN_MAX_ADDED_LINK_SHARE."""
    if node.tag == "main" or (node.get("role") or "").strip().lower() == "main":
        return rules.MAIN_WIDEN_MAX_ADDED_LINK_SHARE
    return rules.WIDEN_MAX_ADDED_LINK_SHARE


def widen(
    best: etree._Element,
    top: etree._Element,
    stats: TextStats,
    prose: dict[etree._Element, int],
    cited: CitedLinks,
) -> etree._Element:
    """A second opinion on the scorer's choice, blind to markup: an article cut into
    many sections, none of them scoring much alone, is taken whole. Of the ancestors of
    ``best`` up to ``top`` where it holds under WIDEN_MAX_SHARE of the prose
    (WIDEN_LARGE_MAX_SHARE when they add WIDEN_LARGE_MIN_ADDED_PROSE of it) and what
    they add is almost free of links, the one whose prose most outweighs the rest of its text
    (NON_PROSE_WEIGHT) replaces it, if it outweighs ``best``'s."""

    def worth(element: etree._Element) -> float:
        held = prose.get(element, 0)
        return held - rules.NON_PROSE_WEIGHT * (stats.text.get(element, 0) - held)

    def outweighs(node: etree._Element) -> bool:
        held = prose.get(node, 0)
        if own_prose < rules.WIDEN_MAX_SHARE * held:
            return True
        added = held - own_prose
        return added >= rules.WIDEN_LARGE_MIN_ADDED_PROSE and (
            own_prose < rules.WIDEN_LARGE_MAX_SHARE * held
        )

    own_prose = prose.get(best, 0)
    chosen, chosen_worth = best, worth(best)
    node = best.getparent()
    while node is not None:
        if (
            outweighs(node)
            and adds_few_links(node, best, stats, cited, _widen_link_share(node))
            and worth(node) > chosen_worth
        ):
            chosen, chosen_worth = node, worth(node)
        if node is top:
            break
        node = node.getparent()
    return chosen


def adds_few_links(
    ancestor: etree._Element,
    element: etree._Element,
    stats: TextStats,
    cited: CitedLinks,
    share: float = rules.WIDEN_MAX_ADDED_LINK_SHARE,
) -> bool:
    """Whether the text ``ancestor`` holds beyond ``element`` is almost free of links
    (at most ``share`` of it), those of a reference list (``cited``) aside: more of an
    article, not a box of links beside it."""
    added = stats.text.get(ancestor, 0) - stats.text.get(element, 0)
    added_links = stats.links.get(ancestor, 0) - stats.links.get(element, 0)
    added_links -= cited.of(ancestor) - cited.of(element)
    return added_links <= share * added
