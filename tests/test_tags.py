"""Tags and categories: their sources and precedence, the page's own tag lists against
site-wide ones, breadcrumbs, cleaning, provenance, and the founding sample."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from lxml import html as lxml_html

import articlex
from articlex import Source
from articlex._fields.categories import find_categories
from articlex._fields.tags import find_tags
from articlex._fields.terms import PageKeys, clean_terms, term_key
from articlex._meta import read_page_data
from articlex._text import serialised_text
from articlex.demo import SAMPLE_URL, sample_html
from tests.test_founding import VARIANTS

FIXTURES = Path(__file__).parent / "fixtures"
URL = "https://www.harbourledger.example/news/2025/03/ferry-vote/"
HEADLINE = "Harbour town votes to keep its ferry running"

BODY = """
<p>Residents of Port Calloway voted on Tuesday night to keep the island ferry running for
at least another five years, ending a bitter eighteen-month dispute over who should pay for
the ageing vessel.</p>
<p>The council had proposed replacing the service with a twice-weekly charter boat, arguing
that the ferry, which first sailed in 1987, now costs more to insure and repair than it
earns in fares.</p>
<p>The vote passed by 412 to 139. The council will now apply for a regional transport grant,
and fares will rise by fifty pence from September to cover the rest of the shortfall.</p>
"""


def page(head: str = "", *, before: str = "", after: str = "", aside: str = "") -> str:
    """A small news page: ``head`` markup, then the article with ``before`` (above the
    body) and ``after`` (below it) inside ``<article>``, then ``aside`` in a sidebar."""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{HEADLINE} | Harbour Ledger</title>
<meta property="og:site_name" content="Harbour Ledger">
{head}
</head><body>
<header class="site-header"><a href="/">Harbour Ledger</a>
<nav class="main-nav"><a href="/topics/politics/">Politics</a>
<a href="/tag/weather/">Weather</a></nav>
</header>
<main><article class="story">
<h1>{HEADLINE}</h1>
{before}
<div class="story-body">{BODY}</div>
{after}
</article>
<aside class="sidebar">{aside}</aside></main>
<footer class="site-footer"><a href="/about/">About us</a></footer>
</body></html>"""


def jsonld(data: dict[str, Any]) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def extract(html: str) -> articlex.Article:
    return articlex.extract(html, url=URL)


# --- tags: structured data --------------------------------------------------------------------


def test_jsonld_keywords_as_a_comma_separated_string() -> None:
    head = jsonld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": HEADLINE,
            "keywords": "Ferries, Port Calloway,  Local politics ,, Transport",
        }
    )
    article = extract(page(head))
    assert article.tags == ("Ferries", "Port Calloway", "Local politics", "Transport")
    assert article.provenance["tags"] is Source.JSON_LD


def test_jsonld_keywords_as_a_list_keep_commas_inside_names() -> None:
    head = jsonld(
        {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebSite", "name": "Harbour Ledger"},
                {
                    "@type": "NewsArticle",
                    "headline": HEADLINE,
                    "keywords": ["Ferries", "Marsh, Ellen", "ferries", "Transport"],
                },
            ],
        }
    )
    assert extract(page(head)).tags == ("Ferries", "Marsh, Ellen", "Transport")


def test_jsonld_keywords_win_over_meta_and_page_lists() -> None:
    head = jsonld({"@type": "NewsArticle", "headline": HEADLINE, "keywords": ["Ferries"]})
    head += '<meta property="article:tag" content="Boats">'
    after = '<footer class="entry-footer"><a href="/tag/harbour/" rel="tag">Harbour</a></footer>'
    assert extract(page(head, after=after)).tags == ("Ferries",)


def test_repeated_article_tag_values_are_one_tag_each() -> None:
    head = "".join(
        f'<meta property="article:tag" content="{tag}">'
        for tag in ("Ferries", "Mayer, Marissa", "Local politics", "FERRIES")
    )
    article = extract(page(head))
    assert article.tags == ("Ferries", "Mayer, Marissa", "Local politics")
    assert article.provenance["tags"] is Source.META


def test_a_single_article_tag_value_is_a_comma_separated_list() -> None:
    head = '<meta property="article:tag" content="Ferries,Local politics,Transport">'
    assert extract(page(head)).tags == ("Ferries", "Local politics", "Transport")


def test_news_keywords_before_the_page_lists_and_the_keywords_meta() -> None:
    head = (
        '<meta name="keywords" content="news, ferry">'
        '<meta name="news_keywords" content="Ferries; Port Calloway; Council">'
    )
    assert extract(page(head)).tags == ("Ferries", "Port Calloway", "Council")


def test_keywords_meta_is_the_last_resort_and_a_site_wide_list_is_ignored() -> None:
    small = '<meta name="keywords" content="ferries, council, Port Calloway">'
    assert extract(page(small)).tags == ("ferries", "council", "Port Calloway")
    site_wide = ", ".join(f"keyword {n}" for n in range(30))
    article = extract(page(f'<meta name="keywords" content="{site_wide}">'))
    assert article.tags == ()
    assert "tags" not in article.provenance


def test_values_are_cleaned() -> None:
    long_value = "A sentence that is far too long to be a tag on any reasonable news site"
    head = jsonld(
        {
            "@type": "NewsArticle",
            "headline": HEADLINE,
            "keywords": [
                "  Ferries\n ",
                "https://www.harbourledger.example/tag/ferries/",
                "null",
                "Harbour Ledger",
                "harbourledger",
                long_value,
                "Lite:true",
                "Tag:Transport",
                "Food &amp; Drink",
                HEADLINE,
            ],
        }
    )
    assert extract(page(head)).tags == ("Ferries", "Transport", "Food & Drink")


def test_clean_terms_dedupes_case_insensitively_in_order() -> None:
    assert clean_terms(["Ferries", "ferries", " FERRIES ", "Boats"]) == ("Ferries", "Boats")
    assert clean_terms(["Harbour Ledger", "Boats"], frozenset({term_key("Harbour Ledger")})) == (
        "Boats",
    )


# --- tags: the page's lists --------------------------------------------------------------------


def test_rel_tag_links_in_the_article_footer() -> None:
    after = """<footer class="entry-footer">
      <a href="/tag/ferries/" rel="tag">Ferries</a>
      <a href="/tag/port-calloway/" rel="tag">Port Calloway</a>
      <a href="/category/news/" rel="category tag">News</a>
    </footer>"""
    article = extract(page(after=after))
    assert article.tags == ("Ferries", "Port Calloway")
    assert article.provenance["tags"] is Source.DOM
    assert article.categories == ("News",)


def test_a_tagged_label_list_without_any_markup_hint() -> None:
    after = """<div class="story-foot"><strong>TAGGED:</strong>
      <a href="/search?q=ferries">Ferries</a>, <a href="/search?q=council">Council</a>,
      <a href="/search?q=transport">Transport</a></div>"""
    assert extract(page(after=after)).tags == ("Ferries", "Council", "Transport")


@pytest.mark.parametrize("label", ["Tags:", "Topics", "Tagged with", "Schlagworte:"])
def test_labels_before_a_list(label: str) -> None:
    after = f"""<div><h3>{label}</h3><ul>
      <li><a href="/s/ferries">Ferries</a></li><li><a href="/s/boats">Boats</a></li></ul></div>"""
    assert extract(page(after=after)).tags == ("Ferries", "Boats")


def test_a_sidebar_tag_cloud_is_never_the_article_s_tags() -> None:
    cloud = """<div class="widget widget_tag_cloud"><h2>Tags</h2><div class="tagcloud">
      <a href="/tag/tides/" class="tag-cloud-link">Tides</a>
      <a href="/tag/weather/" class="tag-cloud-link">Weather</a></div></div>"""
    assert extract(page(aside=cloud)).tags == ()
    after = '<p class="post-tags"><a href="/tag/ferries/">Ferries</a></p>'
    assert extract(page(after=after, aside=cloud)).tags == ("Ferries",)


def test_related_story_cards_and_site_menus_are_ignored() -> None:
    after = """<section class="related-posts"><div class="card">
      <a href="/2024/ferry-fares/">Ferry fares to rise</a>
      <a href="/tag/fares/" rel="tag">Fares</a></div></section>"""
    assert extract(page(after=after)).tags == ()


def test_lists_of_links_to_tag_pages() -> None:
    after = """<div class="story-links">
      <a href="/tag/ferries/">Ferries</a> <a href="/tag/council/">Council</a></div>"""
    assert extract(page(after=after)).tags == ("Ferries", "Council")
    prose = (
        '<p>Read more about <a href="/tag/ferries/">ferries</a> in our archive of reporting.</p>'
    )
    assert extract(page(after=prose)).tags == ()


def test_blog_fixture_without_structured_data() -> None:
    html = (FIXTURES / "tags_blog_dom" / "source.html").read_bytes()
    article = articlex.extract(
        html, url="https://muddytrowel.example/2024/03/three-winters-of-no-dig-beds/"
    )
    assert article.tags == ("No-dig", "Mulch", "Cardboard", "Soil health")
    assert article.provenance["tags"] is Source.DOM
    assert article.categories == ("Gardening", "Soil")


# --- categories -------------------------------------------------------------------------------


def test_article_section_from_jsonld_first() -> None:
    head = jsonld(
        {"@type": "NewsArticle", "headline": HEADLINE, "articleSection": ["Local", "Transport"]}
    )
    head += '<meta property="article:section" content="News">'
    article = extract(page(head))
    assert article.categories == ("Local", "Transport")
    assert article.provenance["categories"] is Source.JSON_LD


def test_article_section_meta() -> None:
    article = extract(page('<meta property="article:section" content="Local">'))
    assert article.categories == ("Local",)
    assert article.provenance["categories"] is Source.META


def test_jsonld_breadcrumbs_without_home_and_without_the_article() -> None:
    head = jsonld(
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": 3, "name": HEADLINE, "item": URL},
                {
                    "@type": "ListItem",
                    "position": 1,
                    "name": "Home",
                    "item": "https://www.harbourledger.example/",
                },
                {
                    "@type": "ListItem",
                    "position": 2,
                    "item": {"@id": "https://www.harbourledger.example/news/", "name": "News"},
                },
            ],
        }
    )
    assert extract(page(head)).categories == ("News",)


def test_dom_breadcrumbs_without_home_and_without_the_article() -> None:
    before = f"""<nav class="breadcrumb" aria-label="breadcrumb"><ol>
      <li><a href="/">Harbour Ledger home</a></li>
      <li><a href="/news/">News</a></li>
      <li><a href="/news/local/">Local</a></li>
      <li><a href="{URL}">{HEADLINE}</a></li></ol></nav>"""
    article = extract(page(before=before))
    assert article.categories == ("News", "Local")
    assert article.provenance["categories"] is Source.DOM


def test_a_menu_with_a_breadcrumb_class_is_not_a_trail() -> None:
    links = "".join(f'<a href="/s{n}/">Section {n}</a>' for n in range(10))
    assert extract(page(before=f'<div class="breadcrumb-menu">{links}</div>')).categories == ()


def test_a_trail_inside_a_menu_is_part_of_it_and_a_later_trail_counts() -> None:
    """A trail named inside a breadcrumb menu belongs to the menu (left out with it); the
    next trail in page order is read, whichever attribute names it."""
    links = "".join(f'<a href="/s{n}/">Section {n}</a>' for n in range(10))
    menu = f"""<div class="breadcrumb-menu">{links}
      <ol class="breadcrumb"><li><a href="/inner/">Inner</a></li></ol></div>"""
    trail = """<div itemtype="https://schema.org/BreadcrumbList">
      <a href="/">Home</a> &gt; <a href="/world/">World</a></div>"""
    later = '<nav aria-label="breadcrumb"><a href="/">Home</a> <a href="/sport/">Sport</a></nav>'
    assert extract(page(before=menu + trail + later)).categories == ("World",)
    assert extract(page(before=menu, after=later)).categories == ("Sport",)


def test_no_tags_and_no_categories() -> None:
    article = extract(page())
    assert article.tags == ()
    assert article.categories == ()
    assert "tags" not in article.provenance
    assert "categories" not in article.provenance


# --- the founding sample ------------------------------------------------------------------------

FOUNDING_TAGS = (
    "Canada",
    "Canadian Politics",
    "Featured Canadian News",
    "Top Canadian News",
    "US",
    "World News",
)


def test_founding_sample_tags_and_categories() -> None:
    article = articlex.extract(sample_html(), url=SAMPLE_URL)
    assert article.tags == FOUNDING_TAGS
    assert article.provenance["tags"] is Source.JSON_LD
    assert article.categories == ("Canada", "World News")


def test_page_keys_shared_by_tags_and_categories_change_nothing() -> None:
    """One :class:`PageKeys` for both fields (as an extraction passes it) gives what
    each field reads with its own."""
    root = lxml_html.fromstring(VARIANTS["no-structured-data"])
    page_data = read_page_data(root, SAMPLE_URL)
    keys = PageKeys(page_data)
    assert find_tags(root, page_data, keys=keys) == find_tags(root, page_data)
    assert find_categories(root, page_data, keys=keys) == find_categories(root, page_data)
    assert keys.drop() == PageKeys(page_data).drop()
    assert "canada" not in keys.drop()


def test_founding_sample_without_structured_data_reads_the_page() -> None:
    article = articlex.extract(VARIANTS["no-structured-data"], url=SAMPLE_URL)
    assert article.tags == FOUNDING_TAGS
    assert article.provenance["tags"] is Source.DOM
    assert article.categories == ("Canada",)  # the breadcrumb: Home > Canada > (the article)


def test_an_element_text_is_its_xpath_string_value() -> None:
    """The tag lists read an element's text by libxml2's text serialisation: the string
    value XPath's ``string()`` gives, with comments and processing instructions left
    out and an entity reference node's replacement text in."""
    root = lxml_html.fromstring(
        "<html><body><ul><li><a href='/t/a'><span>Some</span> tag <b>name</b></a></li>"
        "<li><a href='/t/b'>x<!-- note --><?pi y?>z<i>q</i></a></li></ul></body></html>"
    )
    next(root.iter("i")).append(etree.Entity("amp"))
    string_value = etree.XPath("string()")
    for element in root.iter(etree.Element):  # elements only, the comment left out
        assert serialised_text(element) == string_value(element)
