"""Stage 4, locate the body: choose the article's containers.

The page is surveyed (:mod:`articlex._survey`) and its candidates scored
(:mod:`articlex._score`); second opinions correct the choice
(:mod:`articlex._second_opinion`). The best container is promoted to an ancestor when
several close competitors or twins share it, widened when it holds a small share of the
page's prose, and joined by siblings that look like more of the same article. All
weights live in :mod:`articlex._rules.content`.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from articlex._rules import content as rules
from articlex._score import score_candidates
from articlex._second_opinion import (
    CitedLinks,
    adds_few_links,
    by_score,
    holds,
    narrow,
    outscores_an_article,
    prose_of,
    widen,
    with_prose,
    within,
)
from articlex._survey import TextStats, survey
from articlex._text import inner_text

__all__ = ["Located", "locate_body"]


@dataclass(frozen=True)
class Located:
    """The containers holding the article, in document order, and the stats used."""

    elements: tuple[etree._Element, ...]
    stats: TextStats

    def holds_text(self) -> bool:
        return any(self.stats.text.get(element, 0) for element in self.elements)

    def text_and_links(self) -> tuple[int, int]:
        """The characters of text the containers hold, and how many of them are in links."""
        text, links = self.stats.text, self.stats.links
        return (
            sum(text.get(element, 0) for element in self.elements),
            sum(links.get(element, 0) for element in self.elements),
        )


def _promote(
    best: etree._Element,
    scores: dict[etree._Element, float],
    start: etree._Element,
    prose: dict[etree._Element, int],
    stats: TextStats,
    cited: CitedLinks,
) -> etree._Element:
    ranked = by_score(scores)
    # The next candidates besides best (which an earlier step may have taken lower down).
    others = [item for item in ranked if item[0] is not best][: rules.TOP_CANDIDATES - 1]
    best_score = scores[best]
    competitors = [
        element
        for element, score in others
        if best_score > 0 and score / best_score >= rules.COMPETITOR_SHARE
    ]
    twins_home = _twins_ancestor(best, best_score, others, start, prose, stats, cited)
    if twins_home is not None:
        best = twins_home
    elif len(competitors) >= rules.MIN_COMPETITORS - 1:
        ancestor_sets = [set(element.iterancestors()) for element in competitors]
        parent = best.getparent()
        while parent is not None and parent is not start:
            sharing = sum(1 for ancestors in ancestor_sets if parent in ancestors)
            if sharing + 1 >= rules.MIN_COMPETITORS:
                best = parent
                break
            parent = parent.getparent()
    # Walk up while the parent scores better (the article was split into parts).
    last = scores.get(best, 0.0)
    threshold = last / rules.PARENT_SCORE_DIVISOR
    parent = best.getparent()
    while parent is not None and parent is not start:
        if parent not in scores:
            parent = parent.getparent()
            continue
        parent_score = scores[parent]
        if parent_score < threshold:
            break
        if parent_score > last:
            best = parent
            break
        last = parent_score
        parent = parent.getparent()
    # A lone child says nothing its parent does not.
    parent = best.getparent()
    while parent is not None and parent is not start and len(parent) == 1:
        best = parent
        parent = best.getparent()
    return best


def _twins_ancestor(
    best: etree._Element,
    best_score: float,
    others: list[tuple[etree._Element, float]],
    start: etree._Element,
    prose: dict[etree._Element, int],
    stats: TextStats,
    cited: CitedLinks,
) -> etree._Element | None:
    """The nearest ancestor of ``best`` shared with its twins, if within TWIN_MAX_LEVELS
    and what it adds is mostly free of links (TWIN_MAX_ADDED_LINK_SHARE): twins are
    candidates of the same tag and class, scoring TWIN_SCORE_SHARE of it and holding
    TWIN_PROSE_SHARE of its prose. An article cut into chunks by ads or a layout grid repeats its
    container's markup; one close competitor is enough to tell it."""
    best_class = best.get("class")
    if not best_class:
        return None
    best_prose = prose.get(best, 0)
    twins = [
        element
        for element, score in others
        if element.tag == best.tag
        and element.get("class") == best_class
        and score >= rules.TWIN_SCORE_SHARE * best_score
        and prose.get(element, 0) >= rules.TWIN_PROSE_SHARE * best_prose
    ]
    if not twins:
        return None
    chains = [frozenset(twin.iterancestors()) for twin in twins]
    for level, ancestor in enumerate(best.iterancestors(), 1):
        if level > rules.TWIN_MAX_LEVELS or ancestor is start:
            return None
        if all(ancestor in chain for chain in chains):
            shared = adds_few_links(ancestor, best, stats, cited, rules.TWIN_MAX_ADDED_LINK_SHARE)
            return ancestor if shared else None
    return None


def _with_siblings(
    best: etree._Element, scores: dict[etree._Element, float], stats: TextStats
) -> tuple[etree._Element, ...]:
    parent = best.getparent()
    if parent is None:
        return (best,)
    best_score = scores.get(best, 0.0)
    threshold = max(rules.SIBLING_MIN_SCORE, best_score * rules.SIBLING_SHARE)
    best_class = best.get("class") or ""
    chosen: list[etree._Element] = []
    for sibling in parent:
        if sibling is best:
            chosen.append(sibling)
            continue
        if not isinstance(sibling.tag, str):
            continue
        same_class = bool(best_class) and sibling.get("class") == best_class
        bonus = best_score * rules.SIBLING_SHARE if same_class else 0.0
        if sibling in scores and scores[sibling] + bonus >= threshold:
            chosen.append(sibling)
        elif sibling.tag == "p" and _is_prose(sibling, stats):
            chosen.append(sibling)
    return tuple(chosen)


def _is_prose(paragraph: etree._Element, stats: TextStats) -> bool:
    length = stats.text.get(paragraph, 0)
    density = stats.link_density(paragraph)
    if length > rules.SIBLING_PARAGRAPH_CHARS:
        return density < rules.SIBLING_MAX_LINK_DENSITY
    if length == 0 or density > 0:
        return False
    text = inner_text(paragraph).rstrip()
    return text.endswith(".") or ". " in text


def locate_body(root: etree._Element, *, weigh_classes: bool = True) -> Located | None:
    """Find the containers holding the article, or ``None`` when nothing scores."""
    body = root.find("body")
    start = body if body is not None else root
    stats, found = survey(start)
    scores = score_candidates(start, stats, found, weigh_classes)
    if not scores:
        return None
    best = max(scores, key=scores.__getitem__)
    if outscores_an_article(best, scores, stats):
        # A stream of teasers: its paragraphs are no article's, and not scored.
        found = [item for item in found if not within(item[0], best)]
        scores = score_candidates(start, stats, found, weigh_classes)
        best = max(scores, key=scores.__getitem__)
    prose = prose_of(start, found)
    cited = CitedLinks(start, found)
    chosen = with_prose(best, scores, stats, prose)
    if chosen is not best:  # the box of headlines, and what wraps it alone, are out
        boxed = {best, *(node for node in best.iterancestors() if not holds(node, chosen))}
        scores = {element: score for element, score in scores.items() if element not in boxed}
        best = chosen
    best, ceiling = narrow(best, scores, stats, prose, start)
    best = _promote(best, scores, ceiling, prose, stats, cited)
    best = widen(best, ceiling, stats, prose, cited)
    if best is not ceiling and ceiling is not start:
        scores = {best: scores.get(best, 0.0)}  # what the wrapper held besides stays out
    return Located(_with_siblings(best, scores, stats), stats)
