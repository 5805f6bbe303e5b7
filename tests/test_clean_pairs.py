"""The cleaner's verdict of a class/id pair is the rule table's, read plainly.

``_classify._pair_verdict`` reads a pair through the matching derived from the table
(``_rules.class_id_dispatch``: a prefilter, the rules dispatched by first character).
Here each verdict is checked against the plain reading: ``MODIFIER_TOKEN_PATTERN`` on
the text, every match of ``plain_class_id_pattern`` (the most specific kind winning, its
first match), and the content rescue, on hand-written shapes, random class strings and
the class/id pairs of the test pages.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from articlex._classify import _pair_verdict
from articlex._rules import boilerplate as rules
from articlex._rules.class_id_dispatch import best_match
from articlex._rules.markup import MAX_CLASS_ID_CHARS
from tests.conftest import load_fixtures
from tests.test_class_id_dispatch import reference as reference_match  # the table, plainly


def _reference_verdict(cls: str, ident: str) -> tuple[str, str] | None:
    """The verdict of a pair as the rules say it, with no shortcut."""
    text = f"{cls} {ident}"[:MAX_CLASS_ID_CHARS].lower()
    text = rules.MODIFIER_TOKEN_PATTERN.sub(" ", text)
    match = reference_match(text)
    if match is None:
        # An id naming a region of the frame by itself (REGION_IDS).
        region = rules.REGION_IDS.get(ident.strip().lower())
        return None if region is None else (region, f"id {ident!r}")
    kind, token = match
    if kind not in rules.STRONG_KINDS and rules.CONTENT_RESCUE_PATTERN.search(text):
        return None
    return kind, f"class/id token {token!r}"


def _words() -> list[str]:
    """The words of the rule table and of the modifier and rescue patterns."""
    sources = [rule for alternatives in rules.CLASS_ID_RULES.values() for rule in alternatives]
    sources += [rules.MODIFIER_TOKEN_PATTERN.pattern, rules.CONTENT_RESCUE_PATTERN.pattern]
    return sorted({word for rule in sources for word in re.split(r"[^a-z0-9]+", rule) if word})


WORDS = _words()
#: Characters at token edges: separators, word characters no rule starts with, unicode.
JOINERS = [" ", "-", "_", "", ".", "\t", "\xa0", ":", "/", "\n", "--", "-_", "é", "2", "q"]
#: Suffixes the suffix rules (``\w+-ad``...) need, and near misses.
SUFFIXES = ["-ad", "-ads", "_ad", "-cta", "-menu", "-form", "-rail", "-caption", "-adx", "_ads"]
#: Odd tokens: unicode letters and digits, capitals, long runs, pages' everyday names.
ODD = ["Ünïcode", "ΣΤΗΛΗ", "٣", "x" * 40, "_" * 5, "AD", "Share", "col-md-8", "wp-block-group"]
MODIFIERS = ["is-", "has-", "js-", "l-", "u_", "no_", "page-template-", "sticky-", "with-"]


def test_hand_written_shapes() -> None:
    shapes = [
        "", " ", "ad", "top-ad", "top_ad", "dfp-ad", "x-top-ad", "_x-ad", "é-ad", "2-ad",
        "q-menu main-menu", "comment-form", "is-sidebar-right", "js-share share",
        "article-header", "entry-content related", "post-123 type-post hentry",
        "widget widget_text sidebar-ad", "hidden-xs", "hidden", "x hide y", "ad-slot\tad",
        "site-caption wp-caption-text", "footer-menu footer", "a" * 300 + " ad",
        "single-footer related-sec", "content-sidebar", "ΣΤΗΛΗ-ad", "--ad", "-_ad",
    ]  # fmt: skip
    for cls in shapes:
        for ident in ("", "main", "nav", "top_ad", "x"):
            assert _pair_verdict(cls, ident) == _reference_verdict(cls, ident), (cls, ident)
            text = f"{cls} {ident}".lower()
            assert best_match(text) == reference_match(text), text


_TOKEN = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(ODD),
    st.tuples(st.sampled_from(WORDS + ODD), st.sampled_from(SUFFIXES)).map("".join),
    st.tuples(st.sampled_from(MODIFIERS), st.sampled_from(WORDS)).map("".join),
    st.text(alphabet="abcdeilmnoprstuvw-_é0 ", max_size=12),
)


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(
    st.lists(st.tuples(_TOKEN, st.sampled_from(JOINERS)), max_size=8),
    st.sampled_from(["", "main", "sidebar", "x_ad", "Content", "is-nav"]),
)
def test_random_pairs(parts: list[tuple[str, str]], ident: str) -> None:
    cls = "".join(token + joiner for token, joiner in parts)
    assert _pair_verdict(cls, ident) == _reference_verdict(cls, ident), (cls, ident)


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(st.lists(st.tuples(_TOKEN, st.sampled_from(JOINERS)), max_size=8))
def test_any_text_matches_as_the_table(parts: list[tuple[str, str]]) -> None:
    """The regrouped matching reads any text as the plain pattern does (same matches,
    same kinds, same tokens)."""
    text = "".join(token + joiner for token, joiner in parts).lower()
    assert best_match(text) == reference_match(text), text


def test_every_pair_of_the_test_pages() -> None:
    """Real-looking pages: every class/id pair of every element, as the cleaner reads it."""
    pairs: set[tuple[str, str]] = set()
    for fixture in load_fixtures():
        for element in lxml_html.fromstring(fixture.html).iter():
            if isinstance(element.tag, str):
                pairs.add((element.get("class") or "", element.get("id") or ""))
    assert len(pairs) > 100
    for cls, ident in sorted(pairs):
        assert _pair_verdict(cls, ident) == _reference_verdict(cls, ident), (cls, ident)
