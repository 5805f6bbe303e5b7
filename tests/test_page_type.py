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


#: A thread's members, who sign its posts.
MEMBERS = ("Ann Lee", "Bob Marsh", "Cora Diaz", "Dan Okafor")


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


def test_a_dated_signed_post_with_heading_permalinks_is_an_article() -> None:
    """Permalinks on the sub-headings of a dated, signed post are its table of
    contents, not documentation's."""
    sections = "".join(
        f'<h2 id="s{n}">On {day}<a href="#s{n}">#</a></h2>'
        + (PROSE + MORE_PROSE).replace("Monday", day)
        for n, day in enumerate(("Monday", "Tuesday", "Friday"), start=1)
    )
    body = (
        '<article><h1>Ferry timetable changes</h1><p class="byline">By Ann Lee</p>'
        f'<time datetime="2025-03-01">1 March 2025</time>{sections}</article>'
    )
    assert articlex.extract(_page("", body)).page_type == "article"


def test_a_thread_of_dated_posts_is_a_forum() -> None:
    posts = "".join(
        f'<div class="post"><span class="author">{name}</span>'
        f'<time datetime="2025-03-0{n}">March {n}</time>{PROSE}</div>'
        for n, name in enumerate(MEMBERS, start=1)
    )
    article = articlex.extract(_page('<meta property="og:type" content="website">', posts))
    assert article.page_type == "forum"
    assert "The new ferry timetable starts on Monday" in article.body


def test_dated_items_without_their_authors_are_no_thread() -> None:
    """Dates alone are a list of dated items (events, news); a thread's posts are
    signed by their members."""
    items = "".join(
        f'<div class="item"><time datetime="2025-03-0{n}">March {n}</time>{PROSE}</div>'
        for n in range(1, 5)
    )
    article = articlex.extract(_page('<meta property="og:type" content="website">', items))
    assert article.page_type != "forum"


def test_a_faqs_questions_and_answers_are_no_thread() -> None:
    faq = "".join(
        '<div itemscope itemprop="mainEntity" itemtype="https://schema.org/Question">'
        f'<h3 itemprop="name">Question {n}?</h3>'
        '<div itemscope itemprop="acceptedAnswer" itemtype="https://schema.org/Answer">'
        f'<div itemprop="text">{PROSE}</div></div></div>'
        for n in range(1, 5)
    )
    body = f'<main itemscope itemtype="https://schema.org/FAQPage"><h1>Ferry FAQ</h1>{faq}</main>'
    assert articlex.extract(_page("", body)).page_type != "forum"
    head = _jsonld("FAQPage") + _jsonld("Question")
    assert articlex.extract(_page(head, f"<main>{PROSE}</main>")).page_type != "forum"


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


def _teaser(n: int, href: str, summary: str) -> str:
    return f'<div class="card"><h3><a href="{href}">Story number {n}</a></h3><p>{summary}</p></div>'


def test_headings_linking_to_the_sites_pages_with_short_teasers_make_a_listing() -> None:
    teasers = "".join(
        _teaser(n, f"/news/story-{n}", "A short summary of the story, in one line.")
        for n in range(1, 9)
    )
    article = articlex.extract(
        _page("", f"<main><h1>News</h1>{teasers}</main>"), url="https://example.org/news/"
    )
    assert article.page_type == "listing"


def test_a_best_of_article_linking_out_with_a_write_up_per_item_is_an_article() -> None:
    """Sub-headings linking to other sites, each over paragraphs of its own, are a
    "best of" article's items, not a list of the site's pages."""
    items = "".join(
        f'<h2><a href="https://shop{n}.example.com/boat">{n}. Ferry model {n}</a></h2>{PROSE}'
        for n in range(1, 7)
    )
    head = '<meta property="og:type" content="article">'
    body = f'<article><h1>The best ferries</h1><p class="byline">By Ann Lee</p>{items}</article>'
    url = "https://example.org/blog/the-best-ferries-for-island-trips"
    article = articlex.extract(_page(head, body), url=url)
    assert article.page_type == "article"


#: A company's page as many site builders emit it: ``og:type`` article on every page,
#: a modification time, short sections under many headings.
SERVICE = "".join(
    f"<h2>Service {n}</h2><p>We plan and run crossings for groups and events, on time.</p>"
    for n in range(1, 9)
)


def test_a_page_calling_itself_an_article_with_short_sections_is_other() -> None:
    head = (
        '<meta property="og:type" content="article">'
        '<meta property="article:modified_time" content="2025-03-01T10:00:00Z">'
    )
    body = f"<main><h1>Our services</h1>{SERVICE}</main>"
    article = articlex.extract(_page(head, body), url="https://example.com/services/")
    assert article.page_type == "other"


def test_a_story_url_a_publication_time_and_prose_make_an_article() -> None:
    """No type declared, no byline: the slug URL, the publication time in the
    ``<meta>`` and the run of long paragraphs are enough."""
    head = '<meta property="article:published_time" content="2025-03-01T10:00:00Z">'
    body = f"<main><h1>Ferry timetable changes</h1>{PROSE}{MORE_PROSE}{PROSE}</main>"
    url = "https://example.org/ferry-timetable-changes-this-summer"
    article = articlex.extract(_page(head, body), url=url)
    assert article.page_type == "article"
    assert article.provenance["page_type"] is articlex.Source.DOM


def test_a_home_page_of_prose_is_not_an_article() -> None:
    """The same prose on a site's root: a home page is the site's front, not a story."""
    head = '<meta property="og:type" content="website">'
    body = (
        f'<main><h1>Harbour Ferries</h1><p class="byline">By Ann Lee</p>{PROSE}{MORE_PROSE}</main>'
    )
    article = articlex.extract(_page(head, body), url="https://harbourferries.example/")
    assert article.page_type == "other"
    with_slug = articlex.extract(
        _page(head, body), url="https://harbourferries.example/about/our-ferries-and-their-history"
    )
    assert with_slug.page_type == "article"


def test_microdata_item_types_count_on_a_page_with_microdata_properties() -> None:
    typed = '<div itemscope itemtype="https://schema.org/Product">'
    named = typed + f'<h1 itemprop="name">Harbour Ferries season ticket</h1>{PROSE}</div>'
    article = articlex.extract(_page("", f"<main>{named}</main>"))
    assert article.page_type == "product"
    assert article.provenance["page_type"] is articlex.Source.MICRODATA
    # A type without a single property is a theme's wrapper, not a declaration.
    bare = typed + f"<h1>Harbour Ferries season ticket</h1>{PROSE}</div>"
    assert articlex.extract(_page("", f"<main>{bare}</main>")).page_type != "product"


def test_a_page_made_of_links_is_a_listing() -> None:
    """A catalogue page that is no article: its content is a grid of product links, with
    the same links in its navigation counting for nothing."""
    menu = "".join(f'<a href="/c/{n}">Category {n}</a>' for n in range(60))
    cards = "".join(
        f'<li><a href="/p/{n}"><img src="/i/{n}.jpg" alt=""></a>'
        f'<a href="/p/{n}">Rain jacket model {n}</a> <a href="/p/{n}#reviews">4.5 stars</a></li>'
        for n in range(40)
    )
    head = '<meta property="og:type" content="website">'
    body = f"<nav>{menu}</nav><main><h1>Rain jackets</h1><ul>{cards}</ul></main>"
    article = articlex.extract(_page(head, body), url="https://shop.example/c/rain-jackets")
    assert article.page_type == "listing"
    few = body.replace(cards, cards[: len(cards) // 4])
    assert articlex.extract(_page(head, few)).page_type == "other"


def test_a_few_section_permalinks_among_many_headings_make_no_documentation() -> None:
    """Documentation generators put a permalink on every heading; a landing page links
    a few of its sections from its menu."""
    sections = "".join(
        f'<h2 id="s{n}">Service {n}'
        + (f'<a href="#s{n}">#</a>' if n <= 3 else "")
        + "</h2><p>We plan and run crossings for groups and events, on time.</p>"
        for n in range(1, 11)
    )
    article = articlex.extract(_page("", f"<main><h1>Harbour Ferries</h1>{sections}</main>"))
    assert article.page_type != "documentation"


def test_a_page_declaring_a_webpage_and_no_article_needs_one_sign_more() -> None:
    """Site builders' JSON-LD declares a post an Article on its WebPage, a plain page
    the WebPage alone: that counts against the page being an article."""
    body = (
        '<main><h1>Ferry timetable changes</h1><time datetime="2025-03-01">1 March 2025</time>'
        f"{PROSE}{MORE_PROSE}</main>"
    )
    og = '<meta property="og:type" content="article">'
    url = "https://harbourferries.example/timetable/"
    assert articlex.extract(_page(og, body), url=url).page_type == "article"
    declared = articlex.extract(_page(og + _jsonld("WebPage"), body), url=url)
    assert declared.page_type == "other"


def test_several_products_declared_make_a_listing() -> None:
    """A category page declares each product it shows; a product's page declares one."""
    head = _jsonld("Product") + _jsonld("Product") + _jsonld("Product")
    article = articlex.extract(_page(head, f"<main>{PROSE}</main>"))
    assert article.page_type == "listing"
    assert article.provenance["page_type"] is articlex.Source.JSON_LD


def test_signals_leave_out_what_sits_in_the_page_s_frame() -> None:
    """Headings, ``<time>`` elements and links inside a frame (nested frames counted
    once, by the outermost) are set apart; the code blocks count wherever they are."""
    from lxml import etree

    from articlex._fields.page_type import read_page_signals
    from articlex._meta import read_page_data

    root = etree.HTML(
        "<html><body><header><nav><h2>Menu</h2><a href='/a'>A</a><time>1</time></nav>"
        "<h3>Site</h3><a href='/b'>B</a></header><main><h2><a href='#x'>Here</a></h2>"
        "<h3><a href='https://other.org/'>There</a></h3><time>2</time><pre>x</pre>"
        "<a href='/c'>C</a></main><footer><pre>y</pre><aside><h4>More</h4></aside>"
        "<a href='/d'>D</a></footer></body></html>"
    )
    signals = read_page_signals(root, read_page_data(root, "https://example.com/x"))
    assert (signals.headings, signals.anchored_headings, signals.offsite_headings) == (2, 1, 1)
    assert (signals.times, signals.links, signals.code_blocks) == (1, 3, 2)
