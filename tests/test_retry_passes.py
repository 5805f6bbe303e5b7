"""The retry passes: a short post keeps its comment thread out; a thread page keeps it."""

from __future__ import annotations

import re

import articlex
from tests.conftest import FIXTURES

FORUM = (FIXTURES / "forum_thread_comments" / "page.html").read_text(encoding="utf-8")
OPENING_POST = "My 2009 hatchback stalls at idle after a cold start"
REPLY = "Coolant temperature sensor would be my first guess."
PLAIN_URL = "https://garagetalk.example/48211-stalling-at-idle-on-cold-mornings-only/"
DECLARED = (
    '<script type="application/ld+json">{"@context": "https://schema.org", '
    '"@type": "DiscussionForumPosting", "headline": "Stalling at idle on cold mornings only"}'
    "</script></head>"
)


def test_a_thread_page_without_a_thread_address_loses_its_thread() -> None:
    """The control of the next test: with neither a forum's address nor a declared
    type, the thread is taken for a comment section and the short box beside it wins."""
    body = articlex.extract(FORUM, url=PLAIN_URL).body
    assert OPENING_POST not in body
    assert "Recently browsing" in body


def test_a_page_declaring_a_discussion_keeps_its_thread() -> None:
    html = FORUM.replace("</head>", DECLARED, 1)
    body = articlex.extract(html, url=PLAIN_URL).body
    assert OPENING_POST in body
    assert REPLY in body


def test_a_thread_with_no_post_beside_it_is_still_the_body() -> None:
    """Without even a short post elsewhere, the thread is all the page says."""
    html = re.sub(r'<div class="browsing">.*?</div>', "", FORUM, flags=re.S)
    html = re.sub(r'<p class="topic-stats">.*?</p>', "", html, flags=re.S)
    body = articlex.extract(html, url=PLAIN_URL).body
    assert OPENING_POST in body


def _post_then_replies(heading: str) -> str:
    post = (
        "My 2009 hatchback stalls at idle after a cold start, only below about five "
        "degrees. It restarts at once and runs fine once warm, and the idle air valve was "
        "cleaned last month. Any ideas before I start replacing sensors at random?"
    )
    replies = "".join(
        f"<div class='reply'><p>{text}</p><p class='by'>Posted by: {name}</p></div>"
        for name, text in [
            ("Ruth", "Coolant temperature sensor would be my first guess, check it cold."),
            ("Old wrench", "Check the connector too: on that engine the plug corrodes."),
            ("Dieselpunk", "New sensor fitted, three cold mornings without a stall."),
        ]
    )
    return (
        f"<html><body><div class='main'><h1>Stalling at idle</h1><p>{post}</p>"
        f"<h2>{heading}</h2>{replies}</div></body></html>"
    )


def test_a_comment_sections_heading_ends_the_article() -> None:
    body = articlex.extract(_post_then_replies("3 Comments"), url=PLAIN_URL).body
    assert "replacing sensors at random?" in body
    assert "Coolant temperature sensor" not in body


def test_on_a_thread_page_the_replies_after_their_heading_stay() -> None:
    url = "https://garagetalk.example/forums/topic/48211-stalling-at-idle/"
    body = articlex.extract(_post_then_replies("3 Replies"), url=url).body
    assert "Coolant temperature sensor" in body


def test_a_post_made_of_links_is_read_as_a_list() -> None:
    """A news round-up is a list of linked headlines, each a line: every block goes as
    a link list, and the container is read as a list rather than left empty."""
    items = [
        "Streaming service shares fall as a rival plans a free tier",
        "Playlist start-up opens its creator tools to the public",
        "Festival promoters report record early ticket sales",
        "Independent label signs distribution deal in Asia",
        "Vinyl pressing plant doubles its capacity",
        "Songwriters' group calls for new royalty rules",
    ]
    links = "".join(
        f"<li><a href='/news/{n}'>{text}</a> (Music Wire)</li>" for n, text in enumerate(items)
    )
    page = (
        "<html><body><div class='page'><div class='entry'><h1>The week in review</h1>"
        f"<p><a href='/briefing'>Our news briefing from around the web</a>:</p><ul>{links}</ul>"
        "</div><div class='sidebar'><h3>Archives</h3><ul><li><a href='/2012/10/'>October</a>"
        "</li></ul></div></div></body></html>"
    )
    article = articlex.extract(page, url="https://musicnews.example/2012/10/the-week-in-review/")
    assert "Vinyl pressing plant doubles its capacity" in article.body
    assert "Archives" not in article.body


def test_a_listing_whose_every_text_is_a_link_is_read_as_a_list() -> None:
    """A section page whose titles and summaries are all inside links: scoring discounts
    link text to nothing, and only the date line is left. The block holding the page's
    link text is read as a list instead."""
    reviews = [
        ("The tale of a rabbit's friend", "A life of the author reveals a naturalist first."),
        ("Beyond the valley of the trolls", "A winter book, and a quieter one, reissued."),
        ("A map of the old city", "Forty walks through the lanes behind the docks."),
        ("The last lighthouse keepers", "Oral history from the northern islands, at last."),
        ("Salt and smoke", "A cookbook that is mostly a memoir, and better for it."),
        ("Letters from the front", "A soldier's letters home, edited by his niece."),
    ]
    items = "".join(
        f"<div class='row'><h3><a href='/books/{n}'>{title}</a></h3>"
        f"<h4><a href='/books/{n}'>book review</a></h4>"
        f"<p><a href='/books/{n}'>{summary} {summary}</a></p></div>"
        for n, (title, summary) in enumerate(reviews)
    )
    page = (
        "<html><body><div id='nav'><a href='/'>Home</a> <a href='/film'>Film</a></div>"
        "<div id='subHeader'><span>Tuesday, 26th December 2006</span></div>"
        f"<div id='container'><div id='content'><div id='main'>{items}"
        "</div></div></div></body></html>"
    )
    article = articlex.extract(page, url="https://living.example/books/")
    assert "A cookbook that is mostly a memoir" in article.body
    assert "The last lighthouse keepers" in article.body
    assert not article.is_probably_article
