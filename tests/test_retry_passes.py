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
