"""Property-based robustness tests of :func:`articlex.extract`.

Random documents (realistic element trees with metadata, JSON-LD that may be broken,
dates in many formats and languages, encodings), random text and bytes, and real pages
damaged byte by byte all go through :func:`tests.robustness.contract.check_extract`:
an Article that keeps every documented invariant (and renders to a dict, JSON, Markdown
and safe HTML), or an ``InputError``/``InvalidOptionError`` with a message; the same
result twice. A failure prints the ``Call`` that reproduces it (and a
``@reproduce_failure`` blob); each finding is pinned below with ``@example``.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree

import articlex
from articlex import ExtractOptions
from tests.robustness.contract import check_extract, tree_of
from tests.robustness.strategies import (
    Call,
    binary_calls,
    html_documents,
    mutated_page_calls,
    text_calls,
    tree_calls,
)

ROBUST = settings(
    deadline=None,
    max_examples=150,
    print_blob=True,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)

# Findings, minimised (tests/robustness/test_fuzz_findings.py has them with their content).
_FINDING_IPV6_URL = Call("<p>x</p>", {"url": "http://["})
_FINDING_IPV6_CANONICAL = Call('<link rel="canonical" href="http://[x"><p>x</p>', {})
_FINDING_IPV6_OG_IMAGE = Call('<meta property="og:image" content="http://[x"><p>x</p>', {})
_FINDING_DEEP_CONTROL = Call("<p>a\x1fb</p>" + "<div>" * 300, {})
_FINDING_DEEP_CONTROL_ATTR = Call(
    '<p title="\x1f">x</p>' + "<div>" * 20, {"options": ExtractOptions(max_depth=16)}
)
_FINDING_DEEP_ATTRIBUTE_NAME = Call("<html \u26a1><body><p>x</p>" + "<div>" * 300, {})
_FINDING_DEEP_TAG_NAME = Call("<p>x<o:p></o:p></p>" + "<div>" * 300, {})
_FINDING_TAIL_CONTROL = Call("<nav></nav>\x0c", {})
_FINDING_UNDEFINED_CHARSET = Call(b"<p>\xff</p>", {"content_type": "text/html; charset=undefined"})
_FINDING_UNDEFINED_META = Call(b'<meta charset="undefined"><p>\xff</p>', {})
_FINDING_JSONLD_SURROGATE = Call(
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "A \\ud800"}'
    "</script><p>x</p>",
    {},
)


@ROBUST
@given(tree_calls())
@example(_FINDING_IPV6_URL)
@example(_FINDING_IPV6_CANONICAL)
@example(_FINDING_IPV6_OG_IMAGE)
@example(_FINDING_DEEP_CONTROL)
@example(_FINDING_DEEP_CONTROL_ATTR)
@example(_FINDING_DEEP_ATTRIBUTE_NAME)
@example(_FINDING_DEEP_TAG_NAME)
@example(_FINDING_TAIL_CONTROL)
@example(_FINDING_UNDEFINED_CHARSET)
@example(_FINDING_UNDEFINED_META)
@example(_FINDING_JSONLD_SURROGATE)
def test_generated_documents_keep_the_contract(call: Call) -> None:
    check_extract(call.html, **call.kwargs)


@ROBUST
@given(text_calls())
def test_arbitrary_text_keeps_the_contract(call: Call) -> None:
    check_extract(call.html, **call.kwargs)


@ROBUST
@given(binary_calls())
def test_arbitrary_bytes_keep_the_contract(call: Call) -> None:
    check_extract(call.html, **call.kwargs)


@settings(ROBUST, max_examples=100)
@given(mutated_page_calls())
@example(Call(b"<nav></nav>\x0c" + b"<p>x</p>" * 3, {}))
def test_damaged_real_pages_keep_the_contract(call: Call) -> None:
    check_extract(call.html, **call.kwargs)


def _plain_text(text: str) -> bool:
    """No control character or lone surrogate: the str and UTF-8 byte paths see the same."""
    return not any(
        (ord(ch) < 32 and ch not in "\t\n\r\f") or "\ud800" <= ch <= "\udfff" or ch == "\x7f"
        for ch in text
    )


@settings(ROBUST, max_examples=100)
@given(html_documents().filter(_plain_text))
def test_str_and_its_utf8_bytes_give_the_same_article(html: str) -> None:
    as_text = check_extract(html)
    as_bytes = check_extract(html.encode("utf-8"))
    if as_text is None or as_bytes is None:
        assert (as_text is None) == (as_bytes is None)
        return
    left, right = as_text.to_dict(), as_bytes.to_dict()
    left.pop("warnings")
    right.pop("warnings")
    assert left == right


@settings(ROBUST, max_examples=60)
@given(html_documents())
@example("<div><nav>menu</nav>\x0c<p>text</p></div>")
def test_a_caller_tree_is_never_modified(html: str) -> None:
    try:
        tree = tree_of(html)
    except (etree.ParserError, ValueError):  # lxml finds no element: nothing to pass
        return
    before = etree.tostring(tree.getroottree())
    check_extract(tree)
    check_extract(tree.getroottree())
    assert etree.tostring(tree.getroottree()) == before


wrong_types = st.one_of(
    st.integers(), st.floats(), st.none(), st.lists(st.binary(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.text(max_size=3), max_size=2),
)  # fmt: skip


@settings(ROBUST, max_examples=50)
@given(wrong_types, st.sampled_from(("html", "url", "content_type", "options")))
def test_wrong_argument_types_raise_type_error(value: Any, argument: str) -> None:
    html: Any = value if argument == "html" else "<p>Some text of a page.</p>"
    kwargs = {} if argument == "html" else {argument: value}
    if value is None and argument != "html":
        return  # None is the default of every keyword argument
    with pytest.raises(TypeError) as caught:
        articlex.extract(html, **kwargs)
    assert str(caught.value)
