"""The regrouped class/id matching gives what the rule table itself says.

``_rules.class_id_dispatch.best_match`` answers from a prefilter and a pattern derived
from ``_rules.boilerplate``'s rule table (its rules dispatched by first character). Here
each answer is checked against the plain reading of the table: every match of
``plain_class_id_pattern``, the most specific kind winning.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articlex._rules import boilerplate as rules
from articlex._rules.class_id_dispatch import CLASS_ID_PREFILTER, best_match

#: The table read plainly: the reference every answer is checked against.
CLASS_ID_PATTERN = rules.plain_class_id_pattern()


def reference(text: str) -> tuple[str, str] | None:
    """``(kind, token)`` straight from CLASS_ID_PATTERN: first match of the best kind."""
    best: tuple[str, str] | None = None
    for match in CLASS_ID_PATTERN.finditer(text):
        kind = (match.lastgroup or "").replace("_", "-")
        if best is None or rules.KIND_PRIORITY[kind] < rules.KIND_PRIORITY[best[0]]:
            best = (kind, match.group(0))
    return best


def _fragments() -> list[str]:
    """The words of the rule table, as a page's class names would spell them."""
    words: set[str] = set()
    for alternatives in rules.CLASS_ID_RULES.values():
        for rule in alternatives:
            words.update(w for w in re.split(r"[^a-z0-9_-]+", rule) if w)
    return sorted(words)


FRAGMENTS = _fragments()
#: Everyday class names that match no rule, and characters at token edges.
OTHERS = ["flex", "col-md-8", "wp-block-group", "is", "has", "js", "x", "1", "é", "post", "ads"]
SEPARATORS = [" ", "-", "_", "", ".", "\t", "\xa0", ":", "/", "\n"]


def test_every_rule_word_alone_and_inside_tokens() -> None:
    for word in FRAGMENTS:
        for text in (word, f"site-{word}", f"{word}-box", f"x {word} y", f"a{word}", f"{word}2"):
            assert best_match(text) == reference(text), text


@settings(max_examples=600, deadline=None, derandomize=True)
@given(
    st.lists(
        st.tuples(st.sampled_from(FRAGMENTS + OTHERS), st.sampled_from(SEPARATORS)),
        max_size=6,
    )
)
def test_random_class_strings_from_rule_words(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + separator for word, separator in parts).lower()
    assert best_match(text) == reference(text), text


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(alphabet="abcdefghilmnoprstuvw-_ 0123456789", max_size=40))
def test_random_letter_soup(text: str) -> None:
    assert best_match(text) == reference(text), text


@pytest.mark.parametrize(
    "text", ["flex", "col-md-8", "wp-block-group", "container row", "entry-content", "post"]
)
def test_the_prefilter_turns_away_everyday_names(text: str) -> None:
    """Names no rule matches mostly hold no rule's start either: the prefilter settles
    them (were it to let everything through, the tests above could not tell)."""
    assert reference(text) is None
    assert CLASS_ID_PREFILTER.search(" " + text) is None
