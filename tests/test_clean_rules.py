"""The cleaner's fast class/id matching gives what the rule table itself says.

``_clean._best_match`` answers from patterns derived from ``_rules.boilerplate``'s rule
table (dispatched by first character, behind a prefilter of the literal starts the rules
need). Here each answer is checked against the plain reading of the table: every match
of ``plain_class_id_pattern``, the most specific kind winning.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from articlex._clean import (
    _best_match,
    _count_paragraphs,
    _needed_paragraphs,
    _pair_match,
    _paragraph_holders,
    _wrapper_paragraphs,
)
from articlex._rules import boilerplate as rules
from articlex._rules.markup import MAX_CLASS_ID_CHARS

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
    for alternatives in rules._CLASS_ID_RULES.values():
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
            assert _best_match(text) == reference(text), text


@settings(max_examples=600, deadline=None, derandomize=True)
@given(
    st.lists(
        st.tuples(st.sampled_from(FRAGMENTS + OTHERS), st.sampled_from(SEPARATORS)),
        max_size=6,
    )
)
def test_random_class_strings_from_rule_words(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + separator for word, separator in parts).lower()
    assert _best_match(text) == reference(text), text


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(alphabet="abcdefghilmnoprstuvw-_ 0123456789", max_size=40))
def test_random_letter_soup(text: str) -> None:
    assert _best_match(text) == reference(text), text


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([*FRAGMENTS, *OTHERS, "is-", "js-", "has-", "l-", "u_"]),
            st.sampled_from(SEPARATORS),
        ),
        max_size=6,
    )
)
def test_pair_match_reads_the_text_the_rules_read(parts: list[tuple[str, str]]) -> None:
    """The prefilter runs before the modifier tokens go: it must turn nothing away that
    would match once they have gone."""
    cls = "".join(word + separator for word, separator in parts)
    text = rules.MODIFIER_TOKEN_PATTERN.sub(" ", f"{cls} x"[:MAX_CLASS_ID_CHARS].lower())
    found = _pair_match(cls, "x")
    assert (found[:2] if found else None) == reference(text), cls


#: The content rescue as first written, testing a token's start with a lookbehind.
RESCUE_REFERENCE = re.compile(
    r"(?<![\w-])(?:article|content|main|body|post|entry|story)(?![\w-])|(?<![a-z0-9])"
    r"(?:(?:article|entry|post|story|main|page|single|blog|news)[-_]?(?:body|content|text|"
    r"main)|articlebody|storybody|(?:main|primary|page)[-_]?content)(?![a-z0-9])"
)
RESCUE_WORDS = ["article", "content", "main", "body", "post", "entry", "story", "page"]


@settings(max_examples=400, deadline=None, derandomize=True)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([*RESCUE_WORDS, "primary", "text", "x", "é", "header"]),
            st.sampled_from(SEPARATORS),
        ),
        max_size=5,
    )
)
def test_content_rescue_as_first_written(parts: list[tuple[str, str]]) -> None:
    """The rescue consumes the character before a token (the text has a space in front)."""
    text = "".join(word + separator for word, separator in parts)
    expected = RESCUE_REFERENCE.search(text) is not None
    assert (rules.CONTENT_RESCUE_PATTERN.search(" " + text) is not None) == expected, text


def _tree(shape: list[int]) -> etree._Element:
    """A body of nested ``div``/``p``/``br`` from ``shape``: each number opens a div (0),
    adds a paragraph (1) or a line break (2) or closes the current div (3)."""
    body = etree.Element("body")
    node = body
    for step in shape:
        if step == 0:
            node = etree.SubElement(node, "div")
        elif step in (1, 2):
            etree.SubElement(node, "p" if step == 1 else "br")
        elif node is not body:
            parent = node.getparent()
            assert parent is not None  # every div opened here sits in the body
            node = parent
    return body


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.integers(min_value=0, max_value=3), max_size=60))
def test_paragraph_holders_include_every_element_holding_enough(shape: list[int]) -> None:
    """The guard counts only below the holders: none that holds enough may be missing."""
    body = _tree(shape)
    paragraphs = list(body.iter("p", "br"))
    holders = _paragraph_holders(body, paragraphs)
    needed = _needed_paragraphs(len(paragraphs))
    for element in body.iter():
        if _count_paragraphs(element) >= needed:
            assert element in holders, etree.tostring(body)
    # The same for the page wrapper test's share, which it asks for on a page of
    # PROTECT_MIN_PARAGRAPHS paragraph marks or more.
    if len(paragraphs) >= rules.PROTECT_MIN_PARAGRAPHS:
        needed = _wrapper_paragraphs(len(paragraphs))
        holders = _paragraph_holders(body, paragraphs, needed)
        for element in body.iter():
            if _count_paragraphs(element) >= needed:
                assert element in holders, etree.tostring(body)
