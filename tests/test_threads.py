"""Comment threads told by their structure: repeated posts, each with a reply link."""

from __future__ import annotations

from lxml import etree, html

import articlex
from articlex._threads import find_threads
from tests.conftest import FIXTURES

PAGE = (FIXTURES / "unnamed_comment_thread" / "page.html").read_text(encoding="utf-8")


def _body(markup: str) -> etree._Element:
    body = html.fromstring(markup).find("body")
    assert body is not None
    return body


def test_the_list_of_posts_is_the_thread() -> None:
    threads = find_threads(_body(PAGE))
    assert [(t.tag, t.get("class")) for t in threads] == [("ol", "c-list")]


def test_reply_buttons_without_posts_make_no_thread() -> None:
    """A toolbar of "Reply" buttons, or posts holding a name and a date alone, are
    no thread: each post needs text of its own."""
    items = "".join(
        f"<li><span>Ann {n}</span> <time>1 day ago</time> <a href='#'>Reply</a></li>"
        for n in range(6)
    )
    assert find_threads(_body(f"<html><body><ul>{items}</ul></body></html>")) == set()


def test_reply_links_by_address_and_in_other_languages() -> None:
    posts = "".join(
        f"<div class='eintrag'><b>Leser {n}</b><p>Das sehe ich ganz anders, der Markt "
        f"bringt nur mehr Verkehr in die Altstadt und nichts sonst.</p>"
        f"<a href='{href}'>{text}</a></div>"
        for n, (href, text) in enumerate(
            [("?replytocom=12#respond", "↳"), ("#", "Antworten"), ("#", "Répondre")]
        )
    )
    page = f"<html><body><div class='liste'>{posts}</div></body></html>"
    assert [t.get("class") for t in find_threads(_body(page))] == ["liste"]


def test_a_forum_thread_page_keeps_its_posts() -> None:
    """On a thread page (a forum's address), the posts are the text: no structure
    makes them comments."""
    url = "https://forum.quayside.example/threads/harbour-street-market.4411/"
    body = articlex.extract(PAGE, url=url).body
    assert "Fifteen minutes for the park-and-ride is optimistic" in body
