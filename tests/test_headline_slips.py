"""Headline slips, one page written for each class: a headline taken for the blog's logo,
the site's name or a tagline left on a visible heading, and the article's title in a
masthead passed over."""

from __future__ import annotations

import pytest
from lxml import etree

import articlex
from articlex import Source
from articlex._fields.headline import headline_element, repeated_text

BODY = "<p>" + "The council met on Tuesday and voted on the budget for next year. " * 6 + "</p>"


def page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}<article>{BODY}</article></body></html>"


CASES = [
    pytest.param(
        page(
            "<title>Types of Service | Full Guide to Dining Formats</title>",
            "<div class='post-header'><h1>Types of Service: Dining Styles from Casual to Fine</h1>"
            "</div>",
        ),
        None,
        "Types of Service: Dining Styles from Casual to Fine",
        Source.DOM,
        id="heading-starting-with-the-titles-short-first-part-is-no-logo",
    ),
    pytest.param(
        page(
            "<title>Town Herald | Council passes the budget after a long debate</title>",
            "<div><h1>Town Herald</h1></div>",
        ),
        None,
        "Council passes the budget after a long debate",
        Source.META,
        id="heading-equal-to-the-titles-short-first-part-is-the-logo",
    ),
    pytest.param(
        page(
            "<title>Retirement Planning Calculator</title>",
            "<h1>Retirement Planning Calculator - Smith Tools</h1>",
        ),
        "https://www.smith-tools.com/calculators/retirement",
        "Retirement Planning Calculator",
        Source.DOM,
        id="host-name-written-out-after-a-heading-is-the-site",
    ),
    pytest.param(
        page(
            '<meta property="og:title" content="Budget Passes After a Long Night - Herald">',
            "<p>No heading.</p>",
        ),
        "https://herald.example/2026/budget",
        "Budget Passes After a Long Night",
        Source.META,
        id="host-name-after-an-og-title-is-the-site",
    ),
    pytest.param(
        page(
            "<title>Movers</title>",
            "<h1>Best Residential Movers in the City 2025 | Top 19 Companies</h1>",
        ),
        None,
        "Best Residential Movers in the City 2025",
        Source.DOM,
        id="tagline-after-a-bar-in-a-heading-is-dropped",
    ),
    pytest.param(
        page("<title>Opinion</title>", "<h1>Opinion | Why Third Grade Matters So Much</h1>"),
        None,
        "Why Third Grade Matters So Much",
        Source.DOM,
        id="kicker-before-a-bar-in-a-heading-is-dropped",
    ),
    pytest.param(
        page(
            "<title>Car Rental or Car Hire - Which One Is Right?</title>",
            "<h1>Car Rental or Car Hire - Which One Is Right?</h1>",
        ),
        None,
        "Car Rental or Car Hire - Which One Is Right?",
        Source.DOM,
        id="dash-in-a-heading-is-prose-and-kept",
    ),
    pytest.param(
        page(
            "<title>Which Marketing Certification is Best?</title>",
            "<header class='page-masthead'><h1>Marketing Certifications and Certificates</h1>"
            "</header>",
        ),
        None,
        "Marketing Certifications and Certificates",
        Source.DOM,
        id="only-h1-in-an-article-masthead-is-the-headline",
    ),
    pytest.param(
        page(
            "<title>Macbeth Inspired T-Shirt from the Affair</title>",
            "<div id='header'><h1><a href='/'>Tcritic &#8211; The T-Shirt Blog Covering Nerd"
            " Fashion</a></h1></div>",
        ),
        "http://tcritic.example/archives/macbeth-inspired-t-shirt/",
        "Macbeth Inspired T-Shirt from the Affair",
        Source.META,
        id="h1-starting-with-the-hosts-name-is-the-logo",
    ),
    pytest.param(
        page(
            "<title>What happened with the Arch Linux ISO in 2024</title>",
            "<div class='brand'><h1>Arch Linux</h1></div>",
        ),
        "https://archlinux.example/news/iso-2024/",
        "What happened with the Arch Linux ISO in 2024",
        Source.META,
        id="h1-spelling-the-hosts-name-in-words-is-the-logo",
    ),
    pytest.param(
        page(
            "<title>Which Marketing Certification is Best?</title>",
            "<header class='site-header'><h1 class='logo'>Noble Marketing School</h1></header>",
        ),
        None,
        "Which Marketing Certification is Best?",
        Source.META,
        id="logo-h1-in-the-site-header-is-still-no-headline",
    ),
]


@pytest.mark.parametrize(("html", "url", "headline", "source"), CASES)
def test_headline(html: str, url: str | None, headline: str, source: Source) -> None:
    article = articlex.extract(html, url=url)
    assert article.headline == headline
    assert article.provenance["headline"] == source


def test_a_heading_cut_at_its_bar_is_still_the_headline_shown() -> None:
    """The body leaves out the heading the headline was cut from, as it leaves out a
    heading showing the headline whole."""
    html = (
        "<html><head><title>Movers</title></head><body><article>"
        "<h1>Best Residential Movers in the City 2025 | Top 19 Companies</h1>"
        f"{BODY}</article></body></html>"
    )
    article = articlex.extract(html)
    assert article.headline == "Best Residential Movers in the City 2025"
    assert "Top 19 Companies" not in article.body


def test_the_heading_showing_the_headline_whole_wins_over_one_it_was_cut_from() -> None:
    """Only a headline read from a heading (``cut``) is looked for in the headings it may
    have been cut from; one read from the metadata is shown whole or not at all."""
    root = etree.HTML(
        "<body><h1>Git Branching - Branches in a Nutshell</h1>"
        "<h2>Branches in a Nutshell</h2></body>"
    )
    shown = headline_element(root, "Branches in a Nutshell", cut=True)
    assert shown is not None and shown.tag == "h2"
    assert repeated_text(shown, "Branches in a Nutshell") == "Branches in a Nutshell"
    cut_from = etree.HTML("<body><h1>Git Branching - Branches in a Nutshell</h1></body>")
    assert headline_element(cut_from, "Branches in a Nutshell") is None  # a title's headline
    heading = headline_element(cut_from, "Branches in a Nutshell", cut=True)
    assert heading is not None and heading.tag == "h1"
    assert repeated_text(heading, "Branches in a Nutshell") == (
        "Git Branching - Branches in a Nutshell"
    )
    assert headline_element(cut_from, "Branches in a", cut=True) is None  # no separator
