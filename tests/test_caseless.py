"""A :class:`Caseless` rule finds what its case-insensitive pattern finds, in any text.

The quick form (a case-sensitive search of the lower-cased text, when it is ASCII) is
checked against the plain one, ``pattern.search(text)``, on texts built from the rules'
own words in mixed case, and with the letters that IGNORECASE folds into ASCII ones.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articlex._rules import content, tags
from articlex._rules.caseless import Caseless

#: The case-insensitive rules searched through Caseless.
RULES: tuple[re.Pattern[str], ...] = (
    content.POSITIVE_HINTS,
    content.NEGATIVE_HINTS,
    tags.TAG_HREF_PATTERN,
    tags.CATEGORY_HREF_PATTERN,
)
#: Letters IGNORECASE matches with ASCII ones, though ``str.lower`` keeps them apart.
FOLDED = "ſK\u0130\u0131"


def _words(pattern: re.Pattern[str]) -> list[str]:
    return sorted({w for w in re.split(r"[^a-z0-9_-]+", pattern.pattern) if len(w) > 1})


def _texts(pattern: re.Pattern[str]) -> st.SearchStrategy[str]:
    piece = st.one_of(
        st.sampled_from(_words(pattern)).flatmap(
            lambda word: st.sampled_from([word, word.upper(), word.title()])
        ),
        st.sampled_from(["/", "-", "_", " ", "?", "=", "&", "#", "x", "1", *FOLDED]),
    )
    return st.lists(piece, max_size=8).map("".join)


@pytest.mark.parametrize("pattern", RULES, ids=lambda p: p.pattern[:24])
def test_caseless_search_is_the_patterns(pattern: re.Pattern[str]) -> None:
    caseless = Caseless(pattern)

    @settings(max_examples=300, deadline=None, derandomize=True)
    @given(_texts(pattern))
    def check(text: str) -> None:
        assert caseless.search(text) == (pattern.search(text) is not None)

    check()


def test_caseless_takes_only_lower_case_insensitive_patterns() -> None:
    with pytest.raises(ValueError):
        Caseless(re.compile("tags"))
    with pytest.raises(ValueError):
        Caseless(re.compile(r"tag\S", re.IGNORECASE))
