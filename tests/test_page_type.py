"""Article.page_type: what the page declares first, else what its shape says."""

from __future__ import annotations

import articlex
from articlex._fields.page_type import PageSignals, choose_page_type

PROSE = (
    "<p>The new ferry timetable starts on Monday, with an extra morning crossing on "
    "weekdays and a later last boat on Fridays and Saturdays through the summer.</p>"
    "<p>The operator said the changes follow a survey of regular passengers, most of whom "
    "asked for an earlier arrival on the mainland before the first trains leave.</p>"
    "<p>Season tickets bought before the change remain valid, and the harbour car park "
    "will open half an hour earlier to match the first departure of the day.</p>"
)


MORE_PROSE = (
    "<p>Islanders who commute to the hospital and the college on the mainland welcomed the "
    "earlier boat, which lands twenty minutes before the first bus to the town centre.</p>"
    "<p>The late Friday and Saturday sailings will run from June to September, and the "
    "operator will decide in the autumn whether to keep them through the winter.</p>"
)


def _page(head: str, body: str) -> str:
    return f"<html><head><title>T</title>{head}</head><body>{body}</body></html>"


def _jsonld(kind: str) -> str:
    return f'<script type="application/ld+json">{{"@type": "{kind}", "name": "x"}}</script>'


def test_declared_kinds_are_believed() -> None:
    for kind, expected in [
        ("DiscussionForumPosting", "forum"),
        ("QAPage", "forum"),
        ("Product", "product"),
        ("CollectionPage", "listing"),
        ("TechArticle", "documentation"),
        ("NewsArticle", "article"),
    ]:
        article = articlex.extract(_page(_jsonld(kind), f"<main>{PROSE}</main>"))
        assert article.page_type == expected, kind
        assert article.provenance["page_type"] is articlex.Source.JSON_LD


def test_a_review_declaring_an_article_and_its_product_is_an_article() -> None:
    head = _jsonld("Review") + _jsonld("Product") + _jsonld("NewsArticle")
    article = articlex.extract(_page(head, f"<article>{PROSE}</article>"))
    assert article.page_type == "article"
    assert article.is_probably_article


def test_documentation_told_by_its_heading_permalinks() -> None:
    sections = "".join(
        f'<h2 id="s{n}">Step {n}<a class="headerlink" href="#s{n}">#</a></h2>{PROSE}'
        for n in range(1, 4)
    )
    article = articlex.extract(_page("", f"<main>{sections}</main>"))
    assert article.page_type == "documentation"
    assert not article.is_probably_article
    assert any(w.code is articlex.WarningCode.NOT_AN_ARTICLE for w in article.warnings)


def test_a_thread_of_dated_posts_is_a_forum() -> None:
    posts = "".join(
        f'<div class="post"><span class="user">member{n}</span>'
        f'<time datetime="2025-03-0{n}">March {n}</time>{PROSE}</div>'
        for n in range(1, 5)
    )
    article = articlex.extract(_page('<meta property="og:type" content="website">', posts))
    assert article.page_type == "forum"
    assert "The new ferry timetable starts on Monday" in article.body


def test_a_short_undated_company_page_is_other() -> None:
    body = (
        "<main><h1>Harbour Ferries</h1><p>Reliable crossings to the islands since 1962, "
        "for passengers, cars and freight, every day of the year.</p></main>"
    )
    article = articlex.extract(_page('<meta property="og:type" content="website">', body))
    assert article.page_type == "other"
    assert not article.is_probably_article


def test_a_dated_signed_post_declaring_nothing_is_an_article() -> None:
    body = (
        '<article><h1>Ferry timetable changes</h1><p class="byline">By Ann Lee</p>'
        f'<time datetime="2025-03-01">1 March 2025</time>{PROSE}{MORE_PROSE}</article>'
    )
    article = articlex.extract(_page("", body))
    assert article.page_type == "article"
    assert article.is_probably_article


def test_declared_kinds_come_before_the_body_shape() -> None:
    signals = PageSignals(
        jsonld=frozenset({"product"}), microdata=frozenset(), og_type="", posts=0,
        code_blocks=0,
    )  # fmt: skip
    kind, _ = choose_page_type(signals, listing=True, dated=False, signed=False, body_chars=0)
    assert kind.value == "product"
    plain = PageSignals(frozenset(), frozenset(), "", 0, 0)
    kind, _ = choose_page_type(plain, listing=True, dated=True, signed=True, body_chars=9000)
    assert kind.value == "listing"


def test_other_without_evidence_leaves_the_page_an_article() -> None:
    """A short page declaring nothing is ``other`` for want of an article's signs, but
    that is no evidence against it: no not-an-article warning."""
    body = "<main><p>" + PROSE.split("<p>")[1].split("</p>", maxsplit=1)[0] + "</p></main>"
    article = articlex.extract(_page("", body))
    assert article.page_type == "other"
    assert not any(w.code is articlex.WarningCode.NOT_AN_ARTICLE for w in article.warnings)


def test_page_type_is_left_out_when_not_asked_for() -> None:
    options = articlex.ExtractOptions(fields=frozenset({"headline", "body"}))
    article = articlex.extract(_page(_jsonld("Product"), f"<main>{PROSE}</main>"), options=options)
    assert article.page_type is None
    assert "page_type" not in article.provenance


def test_microdata_item_types_count_on_a_page_with_microdata_properties() -> None:
    typed = '<div itemscope itemtype="https://schema.org/Product">'
    named = typed + f'<h1 itemprop="name">Harbour Ferries season ticket</h1>{PROSE}</div>'
    article = articlex.extract(_page("", f"<main>{named}</main>"))
    assert article.page_type == "product"
    assert article.provenance["page_type"] is articlex.Source.MICRODATA
    # A type without a single property is a theme's wrapper, not a declaration.
    bare = typed + f"<h1>Harbour Ferries season ticket</h1>{PROSE}</div>"
    assert articlex.extract(_page("", f"<main>{bare}</main>")).page_type != "product"
