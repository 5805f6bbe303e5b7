"""The headline: visible heading against metadata titles, suffixes, logos and labels."""

from __future__ import annotations

import pytest
from lxml import etree

import articlex
from articlex import Source
from articlex._fields import Verdicts
from articlex._fields.headline import (
    _agrees,
    _Headings,
    _key,
    _starts_with_words,
    _TitleKeys,
    headline_element,
    strip_site_suffix,
)
from articlex._meta import read_page_data
from articlex._rules.headline import MIN_AGREEING_CHARS
from articlex._text import inline_text

BODY = "<p>" + "The council met on Tuesday and voted on the budget for next year. " * 6 + "</p>"


def page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}<article>{BODY}</article></body></html>"


CASES = [
    pytest.param(
        page("<title>Council Passes the Budget | Town Herald</title>", "<p>No heading.</p>"),
        "Council Passes the Budget",
        Source.META,
        id="title-suffix-dropped",
    ),
    pytest.param(
        page(
            "<title>Council Passes Budget - Town Herald</title>"
            '<meta property="og:title" content="Council passes budget">',
            '<div class="c-entry-hero__header-wrap"><h1>Council Passes Budget</h1></div>',
        ),
        "Council Passes Budget",
        Source.DOM,
        id="agreeing-h1-inside-an-article-header",
    ),
    pytest.param(
        page(
            "<title>draft-ietf-budget-04 - Budget Protocol</title>"
            '<meta name="DC.title" content="Budget Protocol">',
            "",
        ),
        "Budget Protocol",
        Source.META,
        id="dublin-core-title",
    ),
    pytest.param(
        page(
            "<title>Notes from a Small Town: Council Passes the Budget</title>"
            '<meta property="og:title" content="Council Passes the Budget">',
            "<div><h1>Notes from a Small Town</h1></div>",
        ),
        "Council Passes the Budget",
        Source.META,
        id="blog-name-h1-making-up-the-title-with-og-title",
    ),
    pytest.param(
        page(
            "<title>ファインの新聞ストッカーは引越しにも使える！ 新聞も家具も簡単に固定"
            " | 日本版</title>",
            '<div class="Header_Logo__x1"><h1>lifehacker</h1></div>'
            "<h1>ファインの新聞ストッカーは引越しにも使える！ 家具の固定も簡単</h1>",
        ),
        "ファインの新聞ストッカーは引越しにも使える！ 家具の固定も簡単",
        Source.DOM,
        id="logo-h1-skipped-and-cjk-h1-counts-its-characters",
    ),
    pytest.param(
        page(
            "<title>Council passes the budget after a long night of debate</title>",
            "<h1>Original text</h1>",
        ),
        "Council passes the budget after a long night of debate",
        Source.META,
        id="short-h1-sharing-no-word-with-the-title-is-a-label",
    ),
    pytest.param(
        page(
            "<title>Budget Day</title>"
            '<meta property="og:title" content="Council Passes the 2027 Town Budget">',
            "<h2>Council Passes the 2027 Town Budget ~ a new levy ~</h2>",
        ),
        "Council Passes the 2027 Town Budget ~ a new levy ~",
        Source.DOM,
        id="heading-adding-a-subtitle-to-the-og-title",
    ),
    pytest.param(
        page(
            '<title>x</title><meta property="og:title" content="Council Passes the Budget">',
            "<h2>Council Passes the BudgetTown Herald</h2><h2>Other news</h2>",
        ),
        "Council Passes the Budget",
        Source.META,
        id="heading-glued-to-a-logo-word-does-not-agree",
    ),
    pytest.param(
        page(
            '<title>x</title><meta property="og:site_name" content="Town Herald">'
            '<meta property="og:title" content="Council Passes the Budget:Town Herald">',
            "",
        ),
        "Council Passes the Budget",
        Source.META,
        id="site-name-glued-to-the-og-title-without-spaces",
    ),
    pytest.param(
        page(
            '<meta property="og:site_name" content="Town Herald">'
            "<title>Council Passes the Budget_Town Herald</title>",
            "",
        ),
        "Council Passes the Budget",
        Source.META,
        id="site-name-glued-to-the-title-without-spaces",
    ),
    pytest.param(
        page(
            '<meta property="og:site_name" content="Herald">'
            '<meta property="og:title" content="Q&amp;A:Why the Town Needs a Herald">',
            "",
        ),
        "Q&A:Why the Town Needs a Herald",
        Source.META,
        id="glued-separator-kept-when-the-end-is-not-the-site-name-alone",
    ),
]


@pytest.mark.parametrize(("html", "headline", "source"), CASES)
def test_headline(html: str, headline: str, source: Source) -> None:
    article = articlex.extract(html)
    assert article.headline == headline
    assert article.provenance["headline"] == source


def test_headline_element_is_the_first_heading_showing_the_headline() -> None:
    """A heading whose text is the headline as it is, or the same words otherwise
    punctuated or cased; the first such in page order, among ``<h1>``-``<h3>`` only."""
    root = etree.HTML(
        "<body><h4>Council passes budget</h4><h2>Other news</h2>"
        "<h3>COUNCIL <b>passes</b> -- budget!</h3><h1>Council passes budget</h1></body>"
    )
    element = headline_element(root, "Council passes budget")
    assert element is not None and element.tag == "h3"
    assert headline_element(root, "Other news") is root.find(".//h2")
    assert headline_element(root, "Budget") is None


def _agrees_by_keys(heading: str, titles: list[str], site: str | None) -> bool:
    """The agreement test as first written: every title's keys compared."""
    key = _key(heading)
    if len(key) < MIN_AGREEING_CHARS:
        return False
    for title in titles:
        full, stripped = _key(title), _key(strip_site_suffix(title, site))
        if key in (full, stripped) or _starts_with_words(full, key):
            return True
        if _starts_with_words(key, full):
            return True
    return False


def test_a_heading_agrees_with_a_title_as_the_keys_say() -> None:
    """A heading equal to a title agrees without reading the titles' keys, as the keys
    would decide (one of too few letters never does); a repeated title changes nothing."""
    headings = [
        "Council passes budget", "COUNCIL passes budget!", "Budget!", "News!", "!!!!!!!!!!!",
        "Council passes budget: what it means", "Council passes", "Budget | The Herald", "",
    ]  # fmt: skip
    titles = [
        "Council passes budget", "Budget | The Herald", "Council passes budget | The Herald",
        "News!", "!!!!!!!!!!!", "Council passes budget: what it means for you",
    ]  # fmt: skip
    for heading in headings:
        for first in titles:
            for second in titles:
                listed = [first, second, first]
                expected = _agrees_by_keys(heading, listed, "The Herald")
                assert _agrees(heading, _TitleKeys(listed, "The Herald")) == expected


def test_headings_are_read_as_far_as_asked_and_the_same_for_every_caller() -> None:
    """Each caller of the lazily read headings sees them all, in page order, whichever
    read first and however far."""
    root = etree.HTML(
        "<body><h2>First section heading</h2><h2></h2><h2>Second <i>section</i> heading</h2>"
        f"<div><h2>Third heading</h2></div>{BODY}</body>"
    )
    headings = _Headings(root, read_page_data(root), Verdicts())
    eager = [(h, inline_text(h)) for h in root.iter("h2") if inline_text(h)]
    first = headings.texts("h2")
    assert next(first) == eager[0]
    assert list(headings.texts("h2")) == eager
    assert [eager[0], *first] == eager
    assert list(headings.texts("h1")) == []


def test_a_headings_permalink_sign_is_not_in_the_headline() -> None:
    page = (
        "<html><head><title>Evolve: Shared Mutable History — Docs</title></head><body>"
        "<div class='section' id='evolve-shared-mutable-history'><h1>Evolve: Shared Mutable "
        "History<a class='headerlink' href='#evolve-shared-mutable-history'>¶</a></h1>"
        "<p>Once you have mastered the art of mutable history in a single repository, you "
        "can move up to the next level: shared mutable history.</p></div></body></html>"
    )
    assert articlex.extract(page).headline == "Evolve: Shared Mutable History"
