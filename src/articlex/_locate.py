"""Stage 4, locate the body: score candidate containers and choose the article's.

Readability's idea, in one bottom-up pass: every paragraph earns points for its length
and commas and hands them to its ancestors (less the further up); a container's total is
discounted by the share of its text that is link text, and raised or lowered by what its
class, id, tag and ``itemprop`` say. The best container wins, is promoted to an ancestor
when several close competitors share it, and is joined by siblings that look like more of
the same article. All weights live in :mod:`articlex._rules.content`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import itemgetter
from typing import cast

from lxml import etree

from articlex._rules import content as rules
from articlex._text import inner_text, serialised_text

__all__ = ["Located", "TextStats", "locate_body"]


@dataclass
class TextStats:
    """Text and link-text length of every element of a subtree (characters, stripped).

    Computed once, bottom-up, after cleaning; the block builder reuses it. An element
    missing from a dict has a length of 0 (most have no link text).
    """

    text: dict[etree._Element, int] = field(default_factory=dict)
    links: dict[etree._Element, int] = field(default_factory=dict)

    def link_density(self, element: etree._Element) -> float:
        total = self.text.get(element, 0)
        return self.links.get(element, 0) / total if total else 0.0

    def count_headings(self, element: etree._Element) -> tuple[int, int]:
        """How many sub-headings ``element`` holds, and how many of them are links
        (mostly link text, or inside a link)."""
        headings = linked = 0
        for heading in element.iter("h2", "h3", "h4", "h5", "h6"):
            headings += 1
            if (
                self.link_density(heading) >= rules.LINK_PARAGRAPH_DENSITY
                or next(heading.iterancestors("a"), None) is not None
            ):
                linked += 1
        return headings, linked


#: ``(first element credited, text, share of the text in links)`` of one paragraph.
ScoredText = tuple[etree._Element, str, float]


def _survey(start: etree._Element) -> tuple[TextStats, list[ScoredText]]:
    """One pass over ``start`` and every element below it: their text and link lengths,
    and the paragraphs to score, in document order, as ``(first element credited, text)``.

    A ``<p>`` (or an all-inline ``<div>``) credits its parent first; loose text runs
    inside a container with block children credit the container itself.

    Children come before their parent (reverse document order); each adds its total
    and its tail to its parent's, and tells it whether it holds a block child or text
    of its own beside its blocks, so every node is read once. An element's entries are
    written only when it adds to what its children gave: its own text, or (a link) all
    of its text as link text; otherwise the children's sums stand as they are.
    """
    text: dict[etree._Element, int] = {}
    links: dict[etree._Element, int] = {}
    blocky: set[etree._Element] = set()  # elements with a block child
    loose: set[etree._Element] = set()  # ... with text beside their block children
    found: list[ScoredText] = []  # reversed, like the walk
    # Bound once: the loop below runs for every element of the page.
    text_get, links_get, add_blocky, add_loose = text.get, links.get, blocky.add, loose.add
    paragraph_tags, container_tags, block_tags, entity = (
        rules.PARAGRAPH_TAGS, rules.CONTAINER_TAGS, rules.BLOCK_TAGS, etree.Entity
    )  # fmt: skip
    elements = list(start.iter())  # every node: entity reference nodes too
    elements.reverse()
    # Whether an entity reference node was met yet. A paragraph's descendants come
    # before it in this walk: until one is met, none is below it, and its text is
    # libxml2's serialisation at once, without inner_text's look for one (a parsed page
    # holds none; a caller's own tree may, see inner_text).
    entities = False
    for element in elements:
        tag = element.tag
        own = element.text
        total = text_get(element, 0)
        own_length = 0
        if own:  # an entity node's text (its name, "&amp;") is never empty
            entities = entities or tag is entity
            own_length = len(own.strip())
            if own_length:
                total += own_length
                text[element] = total
        if tag == "a":
            linked = total
            if total:
                links[element] = total
        else:  # no text, no link text
            linked = links_get(element, 0) if total else 0
        parent = element.getparent()
        if element is not start and (
            tag in paragraph_tags or (tag in container_tags and element not in blocky)
        ):
            # A paragraph with no text at all scores nothing: no need to read it.
            if total:  # below start, so it has a parent
                # A childless paragraph's text is its own text (no iterator to build).
                read = inner_text if entities else serialised_text
                found.append(
                    (
                        cast("etree._Element", parent),
                        read(element) if len(element) else own or "",
                        linked / total,
                    )
                )
        elif (tag in container_tags or element is start) and (own_length or element in loose):
            found.extend((element, *run) for run in reversed(_loose_runs(element, blocky, links)))
        if element is start:
            break
        assert parent is not None  # below start
        tail_length = len(tail.strip()) if (tail := element.tail) else 0
        if tag in block_tags or element in blocky:
            add_blocky(parent)  # an inline or unknown element holding blocks is one too
        elif total and tag != "br" and isinstance(tag, str):
            add_loose(parent)  # an inline child's text (what _loose_runs reads)
        if tail_length:
            add_loose(parent)
            text[parent] = text_get(parent, 0) + total + tail_length
        elif total:
            text[parent] = text_get(parent, 0) + total
        if linked:
            links[parent] = links_get(parent, 0) + linked
    found.reverse()
    return TextStats(text, links), found


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


#: Memo of one scoring: a ``class`` or ``id`` value -> the weight its hints give. Wrappers
#: repeat their class names, and the hint regexes are the costliest step of a new score.
HintWeights = dict[str, float]


def _class_weight(element: etree._Element, memo: HintWeights) -> float:
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


def _loose_runs(
    element: etree._Element, blocky: set[etree._Element], links: dict[etree._Element, int]
) -> list[tuple[str, float]]:
    """Text written straight into a container beside block children, split at blocks
    (``blocky``: the elements holding blocks) and at double ``<br>``: the paragraphs
    Readability would wrap in ``<p>``, each with the share of its run in links (``links``:
    the children's link lengths, counted before their parent's runs are read)."""
    pieces: list[tuple[str, float]] = []
    parts: list[str] = [element.text or ""]
    linked = 0
    for child in element:
        tag = child.tag
        if tag in rules.BLOCK_TAGS or child in blocky:
            _add_pieces(parts, linked, pieces)
            parts, linked = [], 0
        elif tag == "br":
            parts.append("\n")
        elif isinstance(tag, str):
            parts.append(inner_text(child))
            linked += links.get(child, 0)
        if child.tail:
            parts.append(child.tail)
    _add_pieces(parts, linked, pieces)
    return pieces


def _add_pieces(parts: list[str], linked: int, pieces: list[tuple[str, float]]) -> None:
    """Add to ``pieces`` the paragraphs of one run (its ``parts`` joined, ``linked`` of its
    characters in links) that hold text. Most runs are the whitespace between two
    blocks: they are passed at once."""
    run = "".join(parts)
    if run and not run.isspace():
        share = min(1.0, linked / len(run.strip()))
        pieces.extend((piece, share) for piece in run.split("\n\n") if piece.strip())


def _score_candidates(
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
                    score += _class_weight(ancestor, memo)
            scores[ancestor] = score + points * share
            if ancestor is start:
                break
            ancestor = ancestor.getparent()
    text_get, links_get = stats.text.get, stats.links.get
    for element, score in scores.items():
        total = text_get(element, 0)  # stats.link_density, inline
        scores[element] = score * (1.0 - (links_get(element, 0) / total if total else 0.0))
    return scores


def _promote(
    best: etree._Element,
    scores: dict[etree._Element, float],
    start: etree._Element,
    prose: dict[etree._Element, int],
    stats: TextStats,
    cited: _CitedLinks,
) -> etree._Element:
    ranked = sorted(scores.items(), key=itemgetter(1), reverse=True)
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
    threshold = last / 3
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
    cited: _CitedLinks,
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
            shared = _adds_few_links(ancestor, best, stats, cited, rules.TWIN_MAX_ADDED_LINK_SHARE)
            return ancestor if shared else None
    return None


def _adds_few_links(
    ancestor: etree._Element,
    element: etree._Element,
    stats: TextStats,
    cited: _CitedLinks,
    share: float = rules.WIDEN_MAX_ADDED_LINK_SHARE,
) -> bool:
    """Whether the text ``ancestor`` holds beyond ``element`` is almost free of links
    (at most ``share`` of it), those of a reference list (``cited``) aside: more of an
    article, not a box of links beside it."""
    added = stats.text.get(ancestor, 0) - stats.text.get(element, 0)
    added_links = stats.links.get(ancestor, 0) - stats.links.get(element, 0)
    added_links -= cited.of(ancestor) - cited.of(element)
    return added_links <= share * added


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
    stats, found = _survey(start)
    scores = _score_candidates(start, stats, found, weigh_classes)
    if not scores:
        return None
    best = max(scores, key=scores.__getitem__)
    if _outscores_an_article(best, scores, stats):
        # A stream of teasers: its paragraphs are no article's, and not scored.
        found = [item for item in found if not _within(item[0], best)]
        scores = _score_candidates(start, stats, found, weigh_classes)
        best = max(scores, key=scores.__getitem__)
    prose = _prose(start, found)
    cited = _CitedLinks(start, found)
    chosen = _with_prose(best, scores, stats, prose)
    if chosen is not best:  # the box of headlines, and what wraps it alone, are out
        boxed = {best, *(node for node in best.iterancestors() if not _holds(node, chosen))}
        scores = {element: score for element, score in scores.items() if element not in boxed}
        best = chosen
    best, ceiling = _narrow(best, scores, stats, prose, start)
    best = _promote(best, scores, ceiling, prose, stats, cited)
    best = _widen(best, ceiling, stats, prose, cited)
    if best is not ceiling and ceiling is not start:
        scores = {best: scores.get(best, 0.0)}  # what the wrapper held besides stays out
    return Located(_with_siblings(best, scores, stats), stats)


def _outscores_an_article(
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
    ranked = sorted(scores.items(), key=itemgetter(1), reverse=True)
    for element, score in ranked[1 : rules.TOP_CANDIDATES]:
        if score < floor:
            break
        if element in around or _within(element, best):
            continue
        held = stats.text.get(element, 0)
        if held >= rules.TEASER_RIVAL_TEXT_SHARE * stats.text.get(best, 0) and not (
            _is_teaser_stream(element, stats)
        ):
            return True
    return False


def _with_prose(
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
    hintless = scores[best] - _class_weight(best, {}) * (1.0 - stats.link_density(best))
    ranked = sorted(scores.items(), key=itemgetter(1), reverse=True)
    for element, score in ranked[1 : rules.TOP_CANDIDATES]:
        if score <= hintless:
            break
        if prose.get(element, 0) >= stats.text.get(best, 0) and not _holds(element, best):
            return element
    return best


def _narrow(
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
    hintless = best_score - _class_weight(best, {}) * (1.0 - stats.link_density(best))
    ranked = sorted(scores.items(), key=itemgetter(1), reverse=True)
    for element, score in ranked[1 : rules.TOP_CANDIDATES]:
        if score < rules.NARROW_SCORE_SHARE * best_score or score <= hintless:
            break
        if (
            prose.get(element, 0)
            and stats.text.get(element, 0) <= rules.NARROW_MAX_TEXT_SHARE * best_text
            and _holds(best, element)
        ):
            if _has_rival(element, score, best, ranked):
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


def _within(element: etree._Element, ancestor: etree._Element) -> bool:
    return element is ancestor or _holds(ancestor, element)


def _is_teaser_stream(element: etree._Element, stats: TextStats) -> bool:
    headings, linked = stats.count_headings(element)
    return linked >= rules.TEASER_STREAM_MIN_HEADINGS and linked >= (
        rules.LINK_LIST_MIN_SHARE * headings
    )


def _holds(ancestor: etree._Element, element: etree._Element) -> bool:
    """Whether ``element`` lies inside ``ancestor``."""
    return any(node is ancestor for node in element.iterancestors())


def _beside(other: etree._Element, element: etree._Element, wrapper: etree._Element) -> bool:
    """Whether ``other`` is inside ``wrapper`` but neither holds nor is held by ``element``."""
    return (
        other is not element
        and _holds(wrapper, other)
        and not _holds(other, element)
        and not _holds(element, other)
    )


def _prose(start: etree._Element, found: list[ScoredText]) -> dict[etree._Element, int]:
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


class _CitedLinks:
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
    """The share of links the text ``node`` adds may hold for :func:`_widen` to take
    it: MAIN_WIDEN_MAX_ADDED_LINK_SHARE for the region the page declares its main
    content (``<main>``, ``role="main"``), else WIDEN_MAX_ADDED_LINK_SHARE."""
    if node.tag == "main" or (node.get("role") or "").strip().lower() == "main":
        return rules.MAIN_WIDEN_MAX_ADDED_LINK_SHARE
    return rules.WIDEN_MAX_ADDED_LINK_SHARE


def _widen(
    best: etree._Element,
    top: etree._Element,
    stats: TextStats,
    prose: dict[etree._Element, int],
    cited: _CitedLinks,
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
            and _adds_few_links(node, best, stats, cited, _widen_link_share(node))
            and worth(node) > chosen_worth
        ):
            chosen, chosen_worth = node, worth(node)
        if node is top:
            break
        node = node.getparent()
    return chosen
