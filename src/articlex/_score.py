"""Stage 4b, score the candidate containers, Readability's way.

Every paragraph earns points for its length and commas and hands them to its ancestors
(less the further up); a container's total is discounted by the share of its text that
is link text, and raised or lowered by what its class, id, tag and ``itemprop`` say.
"""

from __future__ import annotations

from typing import cast

from lxml import etree

from articlex._rules import content as rules
from articlex._survey import ScoredText, TextStats

__all__ = ["HintWeights", "class_weight", "score_candidates"]


#: Memo of one scoring: a ``class`` or ``id`` value -> the weight its hints give. Wrappers
#: repeat their class names, and the hint regexes are the costliest step of a new score.
HintWeights = dict[str, float]


def class_weight(element: etree._Element, memo: HintWeights) -> float:
    """What the ``class``, ``id`` and ``itemprop`` of ``element`` add to its score. Its
    attributes are read in one call (most candidates have one or two), not looked up
    three times; the weights are whole numbers, so their order of addition is moot."""
    weight = 0.0
    for name, value in cast("list[tuple[str, str]]", element.items()):  # HTML: all str
        if name in {"class", "id"}:
            if value:
                hinted = memo.get(value)
                if hinted is None:
                    hinted = memo[value] = _hint_weight(value)
                weight += hinted
        elif name == "itemprop" and value.lower() == rules.ARTICLE_BODY_ITEMPROP:
            weight += rules.ARTICLE_BODY_BONUS
    return weight


def _hint_weight(value: str) -> float:
    """What one ``class`` or ``id`` value adds: ``-CLASS_WEIGHT`` for a negative hint,
    ``+CLASS_WEIGHT`` for a positive one (both cancel out)."""
    negative, positive = rules.NEGATIVE_HINTS, rules.POSITIVE_HINTS
    if value.isascii():
        value = value.lower()
        negative, positive = rules.NEGATIVE_HINTS_LOWER, rules.POSITIVE_HINTS_LOWER
    weight = 0.0
    if negative.search(value):
        weight -= rules.CLASS_WEIGHT
    if positive.search(value):
        weight += rules.CLASS_WEIGHT
    return weight


def score_candidates(
    start: etree._Element, stats: TextStats, found: list[ScoredText], weigh_classes: bool
) -> dict[etree._Element, float]:
    """Every paragraph's points, shared among its first ancestors (from ``found``: each
    paragraph's text and the first of them)."""
    scores: dict[etree._Element, float] = {}
    memo: HintWeights = {}
    min_chars, chars_per_point, max_points = (
        rules.MIN_PARAGRAPH_CHARS, rules.CHARS_PER_POINT, rules.MAX_LENGTH_POINTS
    )  # fmt: skip
    commas, comma, shares = rules.COMMA_CHARS, rules.ASCII_COMMA, rules.ANCESTOR_SHARES
    base_scores = rules.TAG_BASE_SCORES
    for first, text, _ in found:
        length = len(text.strip())
        if length < min_chars:
            continue
        # ASCII text can hold no other comma than ASCII_COMMA: one count for it.
        points = 1.0 + (text.count(comma) if text.isascii() else sum(map(text.count, commas)))
        points += min(length // chars_per_point, max_points)
        ancestor: etree._Element | None = first
        for share in shares:
            if ancestor is None:
                break
            tag = ancestor.tag
            if not isinstance(tag, str):
                break
            score = scores.get(ancestor)
            if score is None:  # a new candidate: what its tag and class say
                score = float(base_scores.get(tag, 0))
                if weigh_classes:
                    score += class_weight(ancestor, memo)
            scores[ancestor] = score + points * share
            if ancestor is start:
                break
            ancestor = ancestor.getparent()
    text_get, links_get = stats.text.get, stats.links.get
    for element, score in scores.items():
        total = text_get(element, 0)  # stats.link_density, inline
        scores[element] = score * (1.0 - (links_get(element, 0) / total if total else 0.0))
    return scores
