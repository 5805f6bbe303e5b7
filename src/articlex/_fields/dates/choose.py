"""Choosing among the candidates: the first of the strongest structured source, the best
ranked markup date, the URL's date over a weak one, the cross-check of a structured date
against what the page shows, and the most precise of the values that agree."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from articlex._fields.dates.values import (
    Candidate,
    Kind,
    before,
    days_apart,
    precision,
    same_moment,
)
from articlex._models import Source
from articlex._rules import dates as rules

__all__ = ["best_dom", "cross_check", "first", "prefer_url", "refine", "trusted", "url_candidate"]


def first(candidates: list[Candidate], kind: Kind) -> Candidate | None:
    """The structured date of ``kind`` from the strongest source, the first it gives."""
    pool = [c for c in candidates if c.kind == kind]
    return min(pool, key=lambda c: (c.tier, c.position)) if pool else None


def _rank(candidate: Candidate) -> int:
    """Order of preference of a markup/text date: near the headline and labelled first,
    then a labelled date elsewhere, then a bare date near the headline...; last, a date
    written in the text of a link (most often another article's)."""
    if candidate.linked:
        return rules.RANK_LINKED
    if candidate.near:
        return rules.RANK_NEAR[candidate.tier]
    return rules.RANK_ELSEWHERE[candidate.tier]


def best_dom(candidates: list[Candidate], kind: Kind) -> Candidate | None:
    """The best ranked markup/text date of ``kind`` (an unlabelled one counts as a
    publication date): then one labelled so, the nearest the headline, the most precise,
    a ``datetime`` attribute over its visible text."""
    pool = [c for c in candidates if c.kind == kind]
    if kind == "published":
        pool += [c for c in candidates if c.kind == "unknown"]
    if not pool:
        return None
    return min(
        pool,
        key=lambda c: (
            _rank(c),
            0 if c.kind == kind else 1,
            abs(c.position),
            -precision(c.value),
            0 if c.source is Source.DOM else 1,
        ),
    )


def prefer_url(published: Candidate | None, from_url: dt.date | None) -> Candidate | None:
    """The URL's date instead of a missing markup date, or of a weak one (ranked
    :data:`~articlex._rules.dates.URL_BEATS_RANK` or worse) that disagrees with it."""
    if from_url is not None and (
        published is None
        or (
            _rank(published) >= rules.URL_BEATS_RANK
            and days_apart(published.value, from_url) > rules.CONTRADICTION_DAYS
        )
    ):
        return url_candidate(from_url)
    return published


def url_candidate(value: dt.date) -> Candidate:
    return Candidate(value, Source.URL, "published")


def cross_check(
    published: Candidate,
    modified: Candidate | None,
    visible: Candidate | None,
    from_url: dt.date | None,
) -> Candidate:
    """Replace a structured publication date that the page itself contradicts: by the
    visible one when the URL confirms it or the two are a stale distance apart (unless
    the visible one is the modification date: hAtom themes mark an update
    ``published updated``), by the URL's when the structured one is later and is the
    modification date or stale."""
    value = published.value
    is_modified = modified is not None and modified.value == value
    if (
        visible is not None
        and modified is not None
        and days_apart(visible.value, modified.value) == 0
    ):
        visible = None  # the page shows its update, whatever its markup calls it
    if visible is not None and days_apart(visible.value, value) > rules.CONTRADICTION_DAYS:
        confirmed = (
            from_url is not None and days_apart(visible.value, from_url) <= rules.CONTRADICTION_DAYS
        )
        if confirmed or days_apart(visible.value, value) > rules.STALE_DAYS:
            return visible
    if (
        from_url is not None
        and before(from_url, value)
        and days_apart(from_url, value) > rules.CONTRADICTION_DAYS
        and (is_modified or days_apart(from_url, value) > rules.STALE_DAYS)
    ):
        return url_candidate(from_url)
    return published


def trusted(candidate: Candidate) -> bool:
    """Good enough to lend its precision to another: the article's JSON-LD, a meta tag,
    or markup near the headline outside links."""
    if candidate.source in (Source.JSON_LD, Source.META):
        return candidate.tier <= rules.TRUSTED_TIER
    return candidate.near and not candidate.linked


def refine(chosen: Candidate, others: Iterable[Candidate]) -> Candidate:
    """The best candidate saying the same as ``chosen``: a naive time or a bare day is
    upgraded by an agreeing value with an offset, a visible text by the machine-readable
    attribute or structured value it shows."""
    best = chosen
    for other in others:
        if other.kind not in (chosen.kind, "unknown") or not same_moment(best.value, other.value):
            continue
        gain = precision(other.value) - precision(best.value)
        if gain > 0 or (
            gain == 0 and best.source is Source.TEXT and other.source is not Source.TEXT
        ):
            best = other
    return best
