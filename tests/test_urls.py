"""URL fields hold web URLs only, and malformed links never break an extraction."""

from __future__ import annotations

import pytest

import articlex
from articlex._urls import host_of, join_url, split_url, web_url

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
