"""Stage 4b, score the candidate containers, Readability's way.

Every paragraph earns points for its length and commas and hands them to its ancestors
(less the further up); a container's total is discounted by the share of its text that
is link text, and raised or lowered by what its class, id, tag and ``itemprop`` say.
"""

from __future__ import annotations

from lxml import etree

from articlex._rules import content as rules
from articlex._survey import ScoredText, TextStats

__all__ = ["HintWeights", "class_weight", "score_candidates"]


#: Memo of one scoring: a ``class`` or ``id`` value -> the weight its hints give. Wrappers
#: repeat their class names, and the hint regexes are the costliest step of a new score.
HintWeights = dict[str, float]


def class_weight(element: etree._Element, memo: HintWeights) -> float:
    """What the ``class``, ``id`` and ``itemprop`` of ``element`` add to its score (the
    weights are whole numbers, so their order of addition is moot)."""
    weight = 0.0
    for value in (element.get("class"), element.get("id")):
        if value:
            if value not in memo:
                memo[value] = _hint_weight(value)
            weight += memo[value]
    if (element.get("itemprop") or "").lower() == rules.ARTICLE_BODY_ITEMPROP:
        weight += rules.ARTICLE_BODY_BONUS
    return weight


def _hint_weight(value: str) -> float:
    """What one ``class`` or ``id`` value adds: ``-CLASS_WEIGHT`` for a negative hint,
    ``+CLASS_WEIGHT`` for a positive one (both cancel out)."""
    weight = 0.0
    if rules.NEGATIVE_HINTS.search(value):
        weight -= rules.CLASS_WEIGHT
    if rules.POSITIVE_HINTS.search(value):
        weight += rules.CLASS_WEIGHT
    return weight


def score_candidates(
    start: etree._Element, stats: TextStats, found: list[ScoredText], weigh_classes: bool
) -> dict[etree._Element, float]:
    """Every paragraph's points, shared among its first ancestors (from ``found``: each
    paragraph's text and the first of them)."""
    scores: dict[etree._Element, float] = {}
    memo: HintWeights = {}
    for first, text, _ in found:
        length = len(text.strip())
        if length < rules.MIN_PARAGRAPH_CHARS:
            continue
        points = 1.0 + sum(map(text.count, rules.COMMA_CHARS))
        points += min(length // rules.CHARS_PER_POINT, rules.MAX_LENGTH_POINTS)
        ancestor: etree._Element | None = first
        for share in rules.ANCESTOR_SHARES:
            if ancestor is None or not isinstance(ancestor.tag, str):
                break
            if ancestor not in scores:  # a new candidate: what its tag and class say
                scores[ancestor] = float(rules.TAG_BASE_SCORES.get(ancestor.tag, 0))
                if weigh_classes:
                    scores[ancestor] += class_weight(ancestor, memo)
            scores[ancestor] += points * share
            if ancestor is start:
                break
            ancestor = ancestor.getparent()
    for element, score in scores.items():
        scores[element] = score * (1.0 - stats.link_density(element))
    return scores
