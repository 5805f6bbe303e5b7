"""The cleaner reads a class/id pair as the rules say, and counts paragraphs where needed.

The pair's text is read without its modifier tokens (checked against the plain reading
of the table, ``tests.test_class_id_dispatch.reference``); the content rescue spares
what names the article; the paragraph guard counts only below the elements that may
hold enough.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from articlex._classify import _pair_match
from articlex._guards import (
    count_paragraphs,
    needed_paragraphs,
    paragraph_holders,
    wrapper_paragraphs,
)
from articlex._rules import boilerplate as rules
from articlex._rules.markup import MAX_CLASS_ID_CHARS
from tests.test_class_id_dispatch import FRAGMENTS, OTHERS, SEPARATORS, reference


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
    """The pair is matched as the rules read it: cut, lower-cased, without its modifier
    tokens."""
    cls = "".join(word + separator for word, separator in parts)
    text = rules.MODIFIER_TOKEN_PATTERN.sub(" ", f"{cls} x"[:MAX_CLASS_ID_CHARS].lower())
    found = _pair_match(cls, "x")
    assert (found[:2] if found else None) == reference(text), cls


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
    holders = paragraph_holders(body, paragraphs)
    needed = needed_paragraphs(len(paragraphs))
    for element in body.iter():
        if count_paragraphs(element) >= needed:
            assert element in holders, etree.tostring(body)
    # The same for the page wrapper test's share, which it asks for on a page of
    # PROTECT_MIN_PARAGRAPHS paragraph marks or more.
    if len(paragraphs) >= rules.PROTECT_MIN_PARAGRAPHS:
        needed = wrapper_paragraphs(len(paragraphs))
        holders = paragraph_holders(body, paragraphs, needed)
        for element in body.iter():
            if count_paragraphs(element) >= needed:
                assert element in holders, etree.tostring(body)


@pytest.mark.parametrize(
    ("text", "rescued"),
    [
        ("entry-content related", True),
        ("article sidebar-ad", True),
        ("post_body share", True),
        ("main-content", True),
        ("article-header", False),
        ("content-sidebar", False),
        ("subcontent", False),
        ("x-article", False),
    ],
)
def test_content_rescue(text: str, rescued: bool) -> None:
    """Whole-token ``article``/``content``/... or a body compound save an element; a
    compound naming something else (``article-header``) does not."""
    assert (rules.CONTENT_RESCUE_PATTERN.search(text) is not None) is rescued
