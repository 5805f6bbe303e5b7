"""Dates the page shows or declares beyond the common places: other ``<meta>`` names, a
forum thread's JSON-LD, a newsletter's post, a headline shown in a banner, and a page
giving only its last update. Each page here is written for its test."""

from __future__ import annotations

import datetime as dt

import pytest

import articlex
from articlex import Source
from articlex._fields.dates import DateValue, Order, find_date_in_text, url_date

STORY = "<p>" + "The harbour ferry will keep running through the winter months. " * 6 + "</p>"


def dates(html: str) -> tuple[DateValue | None, DateValue | None]:
    article = articlex.extract(html)
    return article.date_published, article.date_modified


def with_head(head: str) -> str:
    return (
        f"<html><head><title>Harbour ferry saved</title>{head}</head><body><article>"
        f"<h1>Harbour ferry saved</h1>{STORY}</article></body></html>"
    )


@pytest.mark.parametrize(
    "name", ["published", "published_on", "published-date", "og:publish_date", "ms.date"]
)
def test_other_meta_names_of_a_publication_date(name: str) -> None:
    html = with_head(f'<meta name="{name}" content="2025-07-17">')
    article = articlex.extract(html)
    assert article.date_published == dt.date(2025, 7, 17)
    assert article.provenance["date_published"] is Source.META


@pytest.mark.parametrize("name", ["modified-date", "updated_at", "last_updated"])
def test_other_meta_names_of_a_modification_date(name: str) -> None:
    html = with_head(
        f'<meta name="article:published_time" content="2025-07-17">'
        f'<meta name="{name}" content="2025-08-02">'
    )
    assert dates(html) == (dt.date(2025, 7, 17), dt.date(2025, 8, 2))


def test_listed_meta_keys_come_before_other_names() -> None:
    html = with_head(
        '<meta name="published_on" content="2024-01-01">'
        '<meta property="article:published_time" content="2025-07-17">'
    )
    assert dates(html)[0] == dt.date(2025, 7, 17)


@pytest.mark.parametrize("name", ["expires", "sailthru.expire_date", "search_date"])
def test_meta_names_of_other_dates_are_not_read(name: str) -> None:
    assert dates(with_head(f'<meta name="{name}" content="2025-07-17">')) == (None, None)


def test_a_forum_threads_jsonld_date() -> None:
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "DiscussionForumPosting", "headline": "Harbour ferry saved", '
        '"datePublished": "2024-02-21 13:00:00"}</script>'
    )
    assert dates(with_head(head))[0] == dt.datetime(2024, 2, 21, 13, 0)


def test_a_page_giving_only_its_update_is_published_then() -> None:
    html = with_head('<meta property="article:modified_time" content="2023-03-22T17:52:04+00:00">')
    updated = dt.datetime(2023, 3, 22, 17, 52, 4, tzinfo=dt.timezone.utc)
    article = articlex.extract(html)
    assert (article.date_published, article.date_modified) == (updated, updated)
    assert article.provenance["date_published"] is Source.META


def test_a_newsletters_post_is_the_article() -> None:
    html = (
        "<html><head><title>Harbour ferry saved</title></head><body>"
        '<article class="typography newsletter-post post"><div class="post-header">'
        '<h1 class="post-title">Harbour ferry saved</h1>'
        '<div class="byline-wrapper"><div class="meta">Sep 15, 2025</div></div></div>'
        f"{STORY}</article></body></html>"
    )
    assert dates(html)[0] == dt.date(2025, 9, 15)


def test_a_signup_box_is_still_not_the_article() -> None:
    html = (
        "<html><head><title>Harbour ferry saved</title></head><body><article>"
        f"<h1>Harbour ferry saved</h1>{STORY}</article>"
        '<div class="newsletter-signup"><p>Sep 15, 2025</p></div></body></html>'
    )
    assert dates(html)[0] is None


def banner_page(extra: str = "") -> str:
    """A page whose headline is shown in the site's banner (``role=banner``), with its
    dateline beside it."""
    return (
        "<html><head><title>Harbour ferry saved | City News</title>"
        '<meta property="og:title" content="Harbour ferry saved"></head><body>'
        '<header role="banner" class="site-header"><nav><a href="/">City News</a></nav>'
        '<h1 class="hero-title">Harbour ferry saved</h1>'
        '<div class="attribution">Published on January 29, 2026</div></header>'
        f"<main>{STORY}{extra}</main></body></html>"
    )


def test_a_headline_in_the_banner_anchors_its_dateline() -> None:
    assert dates(banner_page())[0] == dt.date(2026, 1, 29)


def test_a_headline_in_the_banner_does_not_admit_comments() -> None:
    page = banner_page(
        '<div class="comments"><p class="comment-date">February 2, 2026</p></div>'
    ).replace('<div class="attribution">Published on January 29, 2026</div>', "")
    assert dates(page)[0] is None


def test_a_logo_h1_in_the_banner_is_no_headline() -> None:
    page = (
        "<html><head><title>Harbour ferry saved | City News</title></head><body>"
        '<header role="banner"><h1>City News</h1><p>March 3, 2026</p></header>'
        f"<main><h2>Harbour ferry saved</h2>{STORY}</main></body></html>"
    )
    assert dates(page)[0] is None


def thread(url: str) -> articlex.Article:
    """A forum thread: its title, then its posts, each marked as a reply, with a byline
    and the date beside it."""
    posts = "".join(
        f'<li class="bbp-reply"><div class="bbp-reply-header"><span class="bbp-reply-post-date">'
        f"{day}</span></div><p>By member{number}</p>"
        f"<p>{'I carried this pack through the whole range last summer. ' * 4}</p></li>"
        for number, day in enumerate(
            ("Jan 11, 2011 at 1:23 pm", "Jan 12, 2011 at 3:59 pm", "Feb 2, 2011 at 5:06 pm")
        )
    )
    html = (
        "<html><head><title>Ultralight pack review</title></head><body>"
        f'<h1>Ultralight pack review</h1><ul class="bbp-replies">{posts}</ul></body></html>'
    )
    return articlex.extract(html, url=url)


def test_a_threads_date_is_its_first_posts() -> None:
    article = thread("https://hiking.example/forums/topic/41395/")
    assert article.date_published == dt.datetime(2011, 1, 11, 13, 23)


def test_outside_a_thread_reply_dates_are_not_taken() -> None:
    assert thread("https://hiking.example/reviews/ultralight-pack/").date_published is None


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("2026. január 3.", "ymd"),
        ("3 Ιανουαρίου 2026", "dmy"),
        ("3 січня 2026", "dmy"),
        ("3 ianuarie 2026", "dmy"),
        ("3 Januari 2026", "dmy"),
        ("3. marts 2026", "dmy"),
        ("3 يناير 2026", "dmy"),
    ],
)
def test_written_dates_in_more_languages(text: str, order: Order) -> None:
    found = find_date_in_text(text, order)
    assert found is not None
    assert found[0] == (dt.date(2026, 3, 3) if "marts" in text else dt.date(2026, 1, 3))


def test_a_year_first_date_does_not_take_the_next_dates_year() -> None:
    found = find_date_in_text("2019 June 1, 2020")
    assert found is not None
    assert found[0] == dt.date(2020, 6, 1)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://blog.example/2005_05_29_archive.html", None),
        ("https://agency.example/security/alert20190402.html", dt.date(2019, 4, 2)),
        ("https://gov.example/transcripts/2003/tr20030414-secdef.html", dt.date(2003, 4, 14)),
        ("https://news.example/energy/2015/08/150803-heating-bias/", dt.date(2015, 8, 3)),
        ("https://news.example/view/AEN20190820002300325", None),
        ("https://news.example/celebrities/20240624701307/story", None),
        ("https://news.example/article/19562798.html", None),
    ],
)
def test_dates_in_urls_of_more_shapes(url: str, expected: dt.date | None) -> None:
    assert url_date(url) == expected


def with_dateline(line: str) -> str:
    return (
        "<html><head><title>Harbour ferry saved</title></head><body><article>"
        f'<h1>Harbour ferry saved</h1><span class="date">{line}</span>{STORY}</article>'
        '<div class="comments"><p class="comment-date">2 hours ago</p></div></body></html>'
    )


FETCHED = dt.datetime(2026, 1, 10, 1, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("3 days ago", dt.date(2026, 1, 7)),
        ("Posted 2 hours ago", dt.date(2026, 1, 9)),
        ("il y a 3 jours", dt.date(2026, 1, 7)),
        ("vor einer Woche", dt.date(2026, 1, 3)),
        ("hace 2 días", dt.date(2026, 1, 8)),
        ("3日前", dt.date(2026, 1, 7)),
        ("Yesterday", dt.date(2026, 1, 9)),
        ("2 years ago", None),
    ],
)
def test_relative_dates_with_a_reference_time(line: str, expected: dt.date | None) -> None:
    options = articlex.ExtractOptions(reference_time=FETCHED)
    article = articlex.extract(with_dateline(line), options=options)
    assert article.date_published == expected


def test_relative_dates_without_a_reference_time_are_not_read() -> None:
    assert articlex.extract(with_dateline("3 days ago")).date_published is None


def test_a_comments_relative_date_is_not_the_articles() -> None:
    options = articlex.ExtractOptions(reference_time=FETCHED)
    page = with_dateline("").replace('<span class="date"></span>', "")
    assert articlex.extract(page, options=options).date_published is None


def test_the_reference_time_is_a_datetime() -> None:
    with pytest.raises(TypeError, match="reference_time"):
        articlex.ExtractOptions(reference_time="2026-01-10")  # type: ignore[arg-type]


def test_a_shown_update_does_not_replace_the_publication_date() -> None:
    head = (
        '<meta property="article:published_time" content="2015-05-12T06:05:27+00:00">'
        '<meta property="article:modified_time" content="2026-01-25T19:56:29+00:00">'
    )
    header = (
        '<span class="meta-label">Updated</span><time class="entry-date published updated" '
        'datetime="2026-01-25T12:56:29-07:00">January 25, 2026</time>'
    )
    html = (
        f"<html><head><title>Harbour ferry saved</title>{head}</head><body><article>"
        f"<header><h1>Harbour ferry saved</h1>{header}</header>{STORY}</article></body></html>"
    )
    article = articlex.extract(html)
    assert article.date_published == dt.datetime(2015, 5, 12, 6, 5, 27, tzinfo=dt.timezone.utc)
    assert article.provenance["date_published"] is Source.META


def test_a_review_to_come_is_no_date_of_the_page() -> None:
    html = with_head("").replace(
        f"{STORY}</article>",
        f'{STORY}<p class="review-date">Next review due: 11 Jan 2029</p></article>',
    )
    assert dates(html)[0] is None
