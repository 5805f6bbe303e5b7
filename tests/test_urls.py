"""URL fields hold web URLs only, and malformed links never break an extraction."""

from __future__ import annotations

import pytest

import articlex
from articlex._urls import (
    host_of,
    join_url,
    split_url,
    web_url,
)

BODY = "<p>" + "The council voted on the budget after a long debate on Tuesday. " * 8 + "</p>"


@pytest.mark.parametrize(
    ("url", "base", "expected"),
    [
        ("/img/a.jpg", "https://example.org/news/1", "https://example.org/img/a.jpg"),
        ("img/a.jpg", None, "img/a.jpg"),
        ("HTTPS://Example.org/a.jpg", None, "HTTPS://Example.org/a.jpg"),
        ("  https://example.org/a.jpg\n", None, "https://example.org/a.jpg"),
        ("JaVaScRiPt:alert(1)", "https://example.org/", None),
        ("java\tscript:alert(1)", None, None),
        ("vbscript:msgbox(1)", None, None),
        ("data:image/png;base64,AAAA", "https://example.org/", None),
        ("file:///etc/passwd", None, None),
        ("http://[::1", "https://example.org/", None),
        ("https://example.org:99999/a.jpg", None, None),
        ("", "https://example.org/", None),
    ],
)
def test_web_url_keeps_http_urls_only(url: str, base: str | None, expected: str | None) -> None:
    assert web_url(url, base) == expected


def test_helpers_answer_none_on_malformed_urls() -> None:
    assert split_url("http://[::1") is None
    assert join_url(None, "a.jpg") == "a.jpg"
    assert join_url("https://example.org/news/", "a.jpg") == "https://example.org/news/a.jpg"
    assert host_of("http://[::1") == ""
    assert host_of("https://News.Example.org/a") == "news.example.org"


def test_script_urls_never_become_image_fields() -> None:
    html = (
        "<html><head><meta property='og:image' content='JaVaScRiPt:alert(1)'>"
        "<title>Budget</title></head><body><article><h1>Budget</h1>"
        "<figure><img src='vbscript:msgbox(1)'><figcaption>The hall. Photo: A. Person"
        f"</figcaption></figure>{BODY}</article></body></html>"
    )
    article = articlex.extract(html, url="https://example.org/news/1")
    assert article.lead_image is None
    assert all(c.image_url is None for c in article.captions)
    assert "alert(1)" not in article.to_json()
    assert "msgbox" not in article.to_json()


def test_malformed_links_do_not_cost_the_page_its_article() -> None:
    html = (
        "<html><head><link rel='canonical' href='http://[::1'>"
        "<meta property='og:image' content='http://[broken'></head><body><article>"
        "<h1>Budget</h1><a rel='tag' href='http://[::1/tag/x'>x</a>"
        f"<a href='https://example.org:notaport/'>link</a>{BODY}</article></body></html>"
    )
    article = articlex.extract(html, url="http://[::1/page")
    assert "The council voted" in article.body
    assert article.canonical_url is None


def test_a_data_url_in_a_srcset_does_not_yield_a_bogus_image() -> None:
    html = (
        "<html><body><article><h1>Budget</h1><figure>"
        "<img srcset='data:image/png;base64,AAA 800w, https://example.org/big.jpg 1600w'>"
        f"<figcaption>The hall.</figcaption></figure>{BODY}</article></body></html>"
    )
    article = articlex.extract(html, url="https://example.org/news/1")
    assert [c.image_url for c in article.captions] == ["https://example.org/big.jpg"]


_BASES = [
    None,
    "",
    "https://example.org/news/2024/story.html",
    "http://example.org",
    "https://example.org:8080/a/b/?q=1#top",
    "https://example.org?q",
    "HTTPS://Example.org/news/",
    "https://user@example.org/news/",
    "https://example.org:99999/news/",
    "https://example.org:/news/",
    "http://[::1/page",
    "https://[::1]/page",
    "https://exämple.org/news/",
    "https://example.org\t/news/",
    "https://example.org/\nnews/",
    "ftp://example.org/pub/",
    "/relative/base",
    "example.org/news",
    " https://example.org/news/",
]
_URLS = [
    "https://cdn.example.com/images/2024/01/photo-640x480.jpg",
    "http://cdn.example.com/a.jpg?w=640&h=480",
    "https://cdn.example.com/a.jpg#frag",
    "https://cdn.example.com/a.jpg#038;ssl=1",
    "https://cdn.example.com/a.jpg?resize=808%2C1270&ssl=1#a#b",
    "https://cdn.example.com",
    "https://cdn.example.com?q",
    "https://cdn.example.com#f",
    "https://cdn.example.com/",
    "https://cdn.example.com/a.jpg?",
    "https://cdn.example.com/a.jpg#",
    "https://cdn.example.com/a.jpg?#f",
    "https://cdn.example.com/a;b.jpg",
    "https://cdn.example.com/a;",
    "https://cdn.example.com/a;/b.jpg",
    "https://cdn.example.com/a.jpg?x;y",
    "https://cdn.example.com/x/../a.jpg",
    "https://cdn.example.com/./a.jpg",
    "https://cdn.example.com:8080/a.jpg",
    "https://cdn.example.com:0/a.jpg",
    "https://cdn.example.com:65535/a.jpg",
    "https://cdn.example.com:65536/a.jpg",
    "https://cdn.example.com:/a.jpg",
    "https://cdn.example.com:x/a.jpg",
    "https://user:pw@cdn.example.com/a.jpg",
    "https://[::1]/a.jpg",
    "https://[::1/a.jpg",
    "https://cdn.exämple.com/a.jpg",
    "https://cdn.example.com/ä.jpg",
    "https://cdn.example.com/a b.jpg",
    "https://cdn.example.com/a\tb.jpg",
    "https://cdn.example.com/a\nb.jpg",
    "https://cdn.example.com/a\\b.jpg",
    "https:/cdn.example.com/a.jpg",
    "https:cdn.example.com/a.jpg",
    "https:///a.jpg",
    "https://",
    "HTTPS://cdn.example.com/a.jpg",
    "Http://cdn.example.com/a.jpg",
    "ftp://cdn.example.com/a.jpg",
    "javascript:alert(1)",
    "data:image/png;base64,AAAA",
    "mailto:someone@example.org",
    "//cdn.example.com/a.jpg",
    "//cdn.example.com",
    "//cdn.example.com:8080/x/../a.jpg?q#f",
    "//user@cdn.example.com/a.jpg",
    "//[::1]/a.jpg",
    "///a.jpg",
    "/a.jpg",
    "/",
    "/images/2024/photo.jpg?itok=abc&h=1",
    "/images/photo.jpg#f",
    "/images/./photo.jpg",
    "/images/../photo.jpg",
    "/images/..",
    "/images/.",
    "/images/.hidden/photo.jpg",
    "/images//photo.jpg",
    "/a;b/c.jpg",
    "/a/b;c",
    "/a.jpg?",
    "/a.jpg#",
    "/a.jpg?q;x",
    "/a:b.jpg",
    "/@host/a.jpg",
    "/ä.jpg",
    "/a b.jpg",
    "img/a.jpg",
    "./img/a.jpg",
    "../img/a.jpg",
    "../../image.php?src=/images/a.jpg&w=660",
    "?page=2",
    "#top",
    ".",
    "..",
    "a:b",
    "1http://x/a.jpg",
    "%2e%2e/a.jpg",
]


@pytest.mark.parametrize("base", _BASES)
def test_odd_shapes_give_a_web_url_or_none(base: str | None) -> None:
    """Every shape, on every base: an http(s) URL (or a relative one without a base), or
    ``None``; never an exception."""
    for url in _URLS:
        resolved = web_url(url, base)
        if resolved is not None:
            parts = split_url(resolved)
            assert parts is not None, (url, base)
            scheme = parts.scheme.lower()
            assert scheme in {"http", "https"} or (not base and not scheme), (url, base)
