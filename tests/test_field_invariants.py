"""Invariants the field readers' shortcuts rely on."""

from __future__ import annotations

from itertools import combinations

from lxml import html

from articlex._fields.authors import bylines
from articlex._meta import INDEXED_TAGS, read_page_data


def test_byline_candidates_by_class_alone_or_with_id() -> None:
    root = html.fromstring(
        "<html><body><h1>T</h1><p class='byline'>A</p><p id='Writer'>B</p>"
        "<p class='x' id='y-line'>C</p><p class='y' id='-line'>D</p>"
        "<a href='/author/jane'>J</a><span itemprop='creator'>K</span>"
        "<a rel='author' href='#'>L</a><p class='plain'>M</p></body></html>"
    )
    texts = [e.text for e in bylines.candidates(root)]
    assert texts == ["T", "A", "B", "C", "J", "K", "L"]


def test_tagged_is_root_iter() -> None:
    root = html.fromstring(
        "<html><head><title>t</title><meta name='a' content='b'><link rel='x' href='y'>"
        "<script>1</script></head><body><h1>H</h1><a href='/1'>1</a><time>2</time>"
        "<div><a href='/2'>2</a><h1>H2</h1><time>3</time></div></body></html>"
    )
    page = read_page_data(root, "https://example.com/")
    for size in (1, 2, 3):
        for tags in combinations(sorted(INDEXED_TAGS), size):
            assert list(page.tagged(root, *tags)) == list(root.iter(*tags)), tags
    assert list(page.tagged(root, "h2")) == list(root.iter("h2"))
    other = html.fromstring("<html><body><h1>x</h1></body></html>")
    assert list(page.tagged(other, "h1")) == list(other.iter("h1"))
