"""Publication and modification dates: formats and languages, precedence, provenance,
what is never taken (comments, related stories, captions, copyright and cookie lines),
URL dates, published vs modified, aware datetimes vs bare days, and robustness."""

from __future__ import annotations

import datetime as dt
import json
import re
from itertools import combinations
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

import articlex
from articlex import Source
from articlex._fields.dates import (
    DateValue,
    Order,
    find_date_in_text,
    parse_date_value,
    url_date,
)
from articlex._meta import read_page_data
from articlex._meta.jsonld import is_jsonld_script
from articlex._rules import dates as rules
from articlex._rules._wordtree import word_tree
from articlex.demo import SAMPLE_URL, sample_html

UTC = dt.timezone.utc


def tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


BODY = "".join(
    f"<p>Paragraph {i} of the story, long enough to be running text and not a dateline: the "
    f"council met on Tuesday and talked at length about the harbour and its ferry.</p>"
    for i in range(4)
)


def page(
    *,
    head: str = "",
    header: str = "",
    after: str = "",
    lang: str = "en",
    body: str = BODY,
) -> str:
    """A small article page: ``head`` in <head>, ``header`` next to the <h1>, ``after``
    after the article."""
    return (
        f'<html lang="{lang}"><head><title>Harbour ferry saved</title>{head}</head><body>'
        f"<article><header><h1>Harbour ferry saved</h1>{header}</header>{body}</article>"
        f"{after}</body></html>"
    )


def jsonld(**fields: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", **fields}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def dates(html: str, url: str | None = None) -> tuple[DateValue | None, DateValue | None]:
    article = articlex.extract(html, url=url)
    return article.date_published, article.date_modified


def provenance(html: str, url: str | None = None) -> dict[str, Source]:
    return dict(articlex.extract(html, url=url).provenance)


# --- parsing: formats and languages -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("Last updated: January 3, 2026 10:47 pm", "mdy", dt.datetime(2026, 1, 3, 22, 47)),
        ("03.01.2026", "dmy", dt.date(2026, 1, 3)),
        ("3 janvier 2026", "dmy", dt.date(2026, 1, 3)),
        ("1er mars 2026", "dmy", dt.date(2026, 3, 1)),
        ("3. Januar 2026", "dmy", dt.date(2026, 1, 3)),
        ("Veröffentlicht am 3. März 2026", "dmy", dt.date(2026, 3, 3)),
        ("3 de enero de 2026", "dmy", dt.date(2026, 1, 3)),
        ("3 de janeiro de 2026", "dmy", dt.date(2026, 1, 3)),
        ("3 gennaio 2026", "dmy", dt.date(2026, 1, 3)),
        ("3 januari 2026", "dmy", dt.date(2026, 1, 3)),
        ("3 stycznia 2026", "dmy", dt.date(2026, 1, 3)),
        ("3. ledna 2026", "dmy", dt.date(2026, 1, 3)),
        ("3 января 2026", "dmy", dt.date(2026, 1, 3)),
        ("2026年1月3日", "ymd", dt.date(2026, 1, 3)),
        ("2026년 1월 3일", "ymd", dt.date(2026, 1, 3)),
        ("2026/01/03", "ymd", dt.date(2026, 1, 3)),
        ("2026-01-03", "mdy", dt.date(2026, 1, 3)),
        ("Jan. 3rd, 2026", "mdy", dt.date(2026, 1, 3)),
        ("Saturday 3rd January 2026", "dmy", dt.date(2026, 1, 3)),
        ("1/3/2026", "mdy", dt.date(2026, 1, 3)),
        ("1/3/2026", "dmy", dt.date(2026, 3, 1)),
        ("13/01/2026", "mdy", dt.date(2026, 1, 13)),
        ("01/13/2026", "dmy", dt.date(2026, 1, 13)),
    ],
)
def test_written_dates_in_many_languages_and_formats(
    text: str, order: Order, expected: DateValue
) -> None:
    found = find_date_in_text(text, order)
    assert found is not None
    assert found[0] == expected
    assert type(found[0]) is type(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dec. 22, 2016, 6:47 p.m. EST", dt.datetime(2016, 12, 22, 18, 47, tzinfo=tz(-5))),
        ("1 June 2019 at 08:34 PM EDT", dt.datetime(2019, 6, 1, 20, 34, tzinfo=tz(-4))),
        # ET follows US daylight-saving time: EST in January, EDT in July.
        ("10:47 AM ET, Tue January 3, 2026", dt.datetime(2026, 1, 3, 10, 47, tzinfo=tz(-5))),
        ("July 4, 2025 10:00 AM ET", dt.datetime(2025, 7, 4, 10, 0, tzinfo=tz(-4))),
        ("3 January 2026 22:47 GMT+1", dt.datetime(2026, 1, 3, 22, 47, tzinfo=tz(1))),
        ("Oct 9, 2019, 11:05 IST", dt.datetime(2019, 10, 9, 11, 5, tzinfo=tz(5.5))),
        ("15.05.2020, 07.11 Uhr", dt.datetime(2020, 5, 15, 7, 11)),
        ("3 janvier 2026 à 10h47", dt.datetime(2026, 1, 3, 10, 47)),
        ("2019年3月15日 09:43", dt.datetime(2019, 3, 15, 9, 43)),
        ("2019年3月15日 9時43分", dt.datetime(2019, 3, 15, 9, 43)),
    ],
)
def test_times_and_zones_written_with_the_date(text: str, expected: dt.datetime) -> None:
    found = find_date_in_text(text, "dmy" if "." in text else "mdy")
    assert found is not None
    value = found[0]
    assert isinstance(value, dt.datetime)
    assert value == expected
    assert value.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2026-01-03T22:47:12-05:00", dt.datetime(2026, 1, 3, 22, 47, 12, tzinfo=tz(-5))),
        ("2016-12-09T09:13:00.000Z", dt.datetime(2016, 12, 9, 9, 13, tzinfo=UTC)),
        ("2020-05-15T07:11+0200", dt.datetime(2020, 5, 15, 7, 11, tzinfo=tz(2))),
        ("2016-12-09 04:13:00 EST", dt.datetime(2016, 12, 9, 4, 13, tzinfo=tz(-5))),
        ("2016-12-16 12:21:02", dt.datetime(2016, 12, 16, 12, 21, 2)),
        ("2026-01-03", dt.date(2026, 1, 3)),
        ("20260103", dt.date(2026, 1, 3)),
        ("20160919074601", dt.datetime(2016, 9, 19, 7, 46, 1)),
        ("1481276000", dt.datetime(2016, 12, 9, 9, 33, 20, tzinfo=UTC)),
        ("Tue, 03 Jan 2026 22:47:12 GMT", dt.datetime(2026, 1, 3, 22, 47, 12, tzinfo=UTC)),
        ("Thursday, December 22, 2016, 06:47 PM", dt.datetime(2016, 12, 22, 18, 47)),
        ("September 5, 2025", dt.date(2025, 9, 5)),
    ],
)
def test_structured_values(raw: str, expected: DateValue) -> None:
    value = parse_date_value(raw)
    assert value == expected
    assert type(value) is type(expected)
    if isinstance(expected, dt.datetime):
        assert isinstance(value, dt.datetime)
        assert value.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    "raw",
    [
        "", "   ", "tomorrow", "0000-00-00", "0001-01-01T00:00:00Z", "1970-01-01T00:00:00Z",
        "2150-01-01", "January 2026", "3 January", "3 hours ago", "vor 2 Tagen", "2026",
        "2026-02-30", "99/99/2026", "© 2026", "x" * 5000, "2026-01-03" * 400,
    ],
)  # fmt: skip
def test_garbage_and_implausible_values_give_nothing(raw: str) -> None:
    assert parse_date_value(raw) is None


def test_an_impossible_offset_leaves_the_time_naive() -> None:
    assert parse_date_value("3 January 2026 10:00 NZDT+14:00") == dt.datetime(2026, 1, 3, 10, 0)
    assert parse_date_value("3 January 2026 10:00 XYZ") == dt.datetime(2026, 1, 3, 10, 0)


# --- URL dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.com/2026/01/03/ferry-saved/", dt.date(2026, 1, 3)),
        ("https://example.com/news/20260103/ferry-saved", dt.date(2026, 1, 3)),
        ("https://example.com/news/2026-01-03-ferry-saved.html", dt.date(2026, 1, 3)),
        ("https://example.com/world/2016/nov/29/story", dt.date(2016, 11, 29)),
        ("http://example.cn/fortune/2023-11/17/c_1129981476.htm", dt.date(2023, 11, 17)),
        ("https://example.cn/a/202311/17/WS6557.html", dt.date(2023, 11, 17)),
        ("https://example.com/2016/5/3/11586366/story", dt.date(2016, 5, 3)),
        ("https://example.com/article/35135610/", None),
        ("https://example.com/2026/01/ferry-saved/", None),
        ("https://example.com/2026/13/45/ferry-saved/", None),
        ("https://example.com/story?date=2026-01-03", None),
        ("https://20260103.example.com/story", None),
        (None, None),
    ],
)
def test_url_dates(url: str | None, expected: dt.date | None) -> None:
    assert url_date(url) == expected


def test_url_date_is_the_last_resort_and_a_bare_day() -> None:
    html = page()
    published, _ = dates(html, url="https://example.com/2026/01/03/ferry-saved/")
    assert published == dt.date(2026, 1, 3)
    assert type(published) is dt.date
    assert provenance(html, "https://example.com/2026/01/03/ferry-saved/")["date_published"] == (
        Source.URL
    )


# --- precedence and provenance ----------------------------------------------------------------


def test_jsonld_beats_meta_and_markup() -> None:
    html = page(
        head=jsonld(datePublished="2026-01-03T22:47:12-05:00")
        + '<meta property="article:published_time" content="2026-01-02T10:00:00Z">',
        header='<time class="published" datetime="2026-01-01T08:00:00Z">Jan 1</time>',
    )
    published, _ = dates(html)
    assert published == dt.datetime(2026, 1, 3, 22, 47, 12, tzinfo=tz(-5))
    assert provenance(html)["date_published"] is Source.JSON_LD


def test_meta_beats_markup() -> None:
    html = page(
        head='<meta property="article:published_time" content="2026-01-02T10:00:00Z">',
        header='<time class="published" datetime="2026-01-01T08:00:00Z">Jan 1</time>',
    )
    assert dates(html)[0] == dt.datetime(2026, 1, 2, 10, 0, tzinfo=UTC)
    assert provenance(html)["date_published"] is Source.META


@pytest.mark.parametrize(
    "key", ["parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.created", "pubdate"]
)
def test_other_meta_keys(key: str) -> None:
    html = page(head=f'<meta name="{key}" content="2026-01-03T10:00:00+01:00">')
    assert dates(html)[0] == dt.datetime(2026, 1, 3, 10, 0, tzinfo=tz(1))


def test_meta_written_with_a_value_attribute() -> None:
    html = page(head='<meta name="article:published_time" value="2026-01-03T10:00:00Z">')
    assert dates(html)[0] == dt.datetime(2026, 1, 3, 10, 0, tzinfo=UTC)


def test_last_resort_a_date_line_anywhere() -> None:
    html = page(after="<table><tr><td><p>2019.03.05</p></td></tr></table>", lang="ja")
    assert dates(html)[0] == dt.date(2019, 3, 5)


def test_microdata() -> None:
    html = page(header='<time itemprop="datePublished" datetime="2026-01-03">3 Jan</time>')
    assert dates(html)[0] == dt.date(2026, 1, 3)
    assert provenance(html)["date_published"] is Source.MICRODATA


def test_time_element_with_pubdate() -> None:
    html = page(header='<p>By Jo <time pubdate datetime="2026-01-03T09:30:00+01:00">3 Jan'
                       "</time></p>")  # fmt: skip
    assert dates(html)[0] == dt.datetime(2026, 1, 3, 9, 30, tzinfo=tz(1))
    assert provenance(html)["date_published"] is Source.DOM


@pytest.mark.parametrize(
    ("dateline", "lang", "expected"),
    [
        ("Published January 3, 2026", "en", dt.date(2026, 1, 3)),
        ("Publié le 3 janvier 2026", "fr", dt.date(2026, 1, 3)),
        ("Veröffentlicht am 3. Januar 2026", "de", dt.date(2026, 1, 3)),
        ("Publicado el 3 de enero de 2026", "es", dt.date(2026, 1, 3)),
        ("2026年1月3日 公開", "ja", dt.date(2026, 1, 3)),
        ("03.01.2026", "de", dt.date(2026, 1, 3)),
        ("03/01/2026", "en-GB", dt.date(2026, 1, 3)),
        ("03/01/2026", "en-US", dt.date(2026, 3, 1)),
        ("WASHINGTON, Jan. 3, 2026 10:47 pm", "en", dt.datetime(2026, 1, 3, 22, 47)),
    ],
)
def test_visible_datelines_near_the_headline(dateline: str, lang: str, expected: DateValue) -> None:
    html = page(header=f"<p>{dateline}</p>", lang=lang)
    published, _ = dates(html)
    assert published == expected
    assert provenance(html)["date_published"] is Source.TEXT


def test_a_dateline_opening_the_first_paragraph() -> None:
    body = (
        "<p>Feb. 23, 2015 -- Peanut allergies have been on the rise for a decade, with "
        "little hope of a cure, doctors said on Monday at a meeting in Houston.</p>" + BODY
    )
    assert dates(page(body=body))[0] == dt.date(2015, 2, 23)


def test_a_date_mentioned_in_the_story_is_not_its_date() -> None:
    body = BODY + "<p>The vote is set for 3 March 2026.</p>"
    assert dates(page(body=body)) == (None, None)


def test_agreeing_values_give_the_most_precise() -> None:
    html = page(
        head=jsonld(datePublished="2026-01-03")
        + '<meta property="article:published_time" content="2026-01-03T22:47:12-05:00">'
    )
    assert dates(html)[0] == dt.datetime(2026, 1, 3, 22, 47, 12, tzinfo=tz(-5))


# --- never from comments, related stories, captions, copyright or cookie lines ----------------


def test_never_from_comments() -> None:
    comments = (
        '<section class="comments"><ol class="comment-list"><li><p>Great story!</p>'
        '<time datetime="2026-02-10T10:00:00Z">February 10, 2026</time></li></ol></section>'
    )
    assert dates(page(after=comments)) == (None, None)


def test_never_from_related_stories() -> None:
    related = (
        '<div class="related-posts"><h3>More stories</h3><ul>'
        '<li><a href="/a">Other story</a> <time class="published" datetime="2025-12-01">'
        "Dec 1, 2025</time></li></ul></div>"
    )
    assert dates(page(after=related)) == (None, None)


def test_never_from_a_linked_card_when_the_page_has_its_own_dateline() -> None:
    header = (
        '<p><a href="/other-story">Ferry fares rise, January 1, 2026</a></p>'
        "<p>Posted January 3, 2026</p>"
    )
    assert dates(page(header=header))[0] == dt.date(2026, 1, 3)


def test_never_from_copyright_or_cookie_lines() -> None:
    header = "<p>© Harbour Times, 3 January 2026</p>"
    after = (
        '<div class="cookie-banner">Our policy was updated on 1 January 2026.</div>'
        "<footer><p>Copyright 2026, all rights reserved. Last updated 2 January 2026</p></footer>"
    )
    assert dates(page(header=header, after=after)) == (None, None)


def test_never_from_a_photo_caption() -> None:
    header = (
        '<figure><img src="ferry.jpg"><figcaption>The ferry in Halifax on Dec. 27, 2025.'
        "</figcaption></figure>"
    )
    assert dates(page(header=header)) == (None, None)


def test_never_from_the_masthead() -> None:
    html = (
        '<html lang="en"><body><header class="site-header"><a href="/">Harbour Times</a>'
        "<span>Tuesday, January 3, 2026</span></header>"
        f"<article><h1>Harbour ferry saved</h1>{BODY}</article></body></html>"
    )
    assert dates(html) == (None, None)


def test_never_from_a_members_join_date() -> None:
    assert dates(page(header="<p>Joined October 18, 2011</p>")) == (None, None)


# --- published and modified -------------------------------------------------------------------


def test_published_and_updated_on_one_line() -> None:
    html = page(header="<p>Published January 2, 2026 · Updated January 3, 2026 10:47 pm</p>")
    assert dates(html) == (dt.date(2026, 1, 2), dt.datetime(2026, 1, 3, 22, 47))


@pytest.mark.parametrize(
    "label", ["Last updated:", "Updated", "Mis à jour le", "Aktualisiert am", "Actualizado el"]
)
def test_an_update_label_makes_a_modification_date(label: str) -> None:
    published, modified = dates(page(header=f"<p>{label} 3/1/2026</p>"))
    assert modified == dt.date(2026, 3, 1)
    assert published == modified  # the only date the page gives


def test_a_page_showing_only_its_update_time() -> None:
    header = (
        '<time class="updated-date" datetime="2026-01-03T22:47:41-05:00">'
        "Last updated: January 3, 2026 10:47 pm</time>"
    )
    updated = dt.datetime(2026, 1, 3, 22, 47, 41, tzinfo=tz(-5))
    assert dates(page(header=header)) == (updated, updated)


def test_hatom_entry_date_published_updated_is_the_publication_date() -> None:
    header = '<time class="entry-date published updated" datetime="2026-01-03">Jan 3</time>'
    assert dates(page(header=header))[0] == dt.date(2026, 1, 3)


def test_structured_modified_date() -> None:
    html = page(
        head=jsonld(datePublished="2026-01-03T10:00:00Z", dateModified="2026-01-04T08:00:00Z")
    )
    assert dates(html) == (
        dt.datetime(2026, 1, 3, 10, 0, tzinfo=UTC),
        dt.datetime(2026, 1, 4, 8, 0, tzinfo=UTC),
    )
    assert provenance(html)["date_modified"] is Source.JSON_LD


def test_modified_before_published_is_dropped() -> None:
    html = page(
        head=jsonld(datePublished="2026-01-03T10:00:00Z", dateModified="2025-12-30T08:00:00Z")
    )
    assert dates(html) == (dt.datetime(2026, 1, 3, 10, 0, tzinfo=UTC), None)


def test_meta_modified_keys() -> None:
    html = page(
        head='<meta property="article:published_time" content="2026-01-03T10:00:00Z">'
        '<meta property="og:updated_time" content="2026-01-05T10:00:00Z">'
    )
    assert dates(html)[1] == dt.datetime(2026, 1, 5, 10, 0, tzinfo=UTC)


# --- cross-checks -----------------------------------------------------------------------------


def test_jsonld_date_that_is_the_modified_date_gives_way_to_the_url() -> None:
    html = page(
        head=jsonld(datePublished="2026-03-10T10:00:00Z", dateModified="2026-03-10T10:00:00Z")
    )
    url = "https://example.com/2026/01/03/ferry-saved/"
    assert dates(html, url)[0] == dt.date(2026, 1, 3)
    assert provenance(html, url)["date_published"] is Source.URL


def test_jsonld_date_contradicted_by_the_dateline_and_the_url() -> None:
    html = page(
        head=jsonld(datePublished="2026-01-09T10:00:00Z"),
        header='<time class="published" datetime="2026-01-03T08:00:00-05:00">Jan 3</time>',
    )
    url = "https://example.com/2026/01/03/ferry-saved/"
    assert dates(html, url)[0] == dt.datetime(2026, 1, 3, 8, 0, tzinfo=tz(-5))
    assert provenance(html, url)["date_published"] is Source.DOM


def test_jsonld_date_years_off_the_visible_dateline() -> None:
    html = page(
        head=jsonld(datePublished="2024-06-01T10:00:00Z"),
        header='<time class="published" datetime="2019-03-02T08:00:00Z">March 2, 2019</time>',
    )
    assert dates(html)[0] == dt.datetime(2019, 3, 2, 8, 0, tzinfo=UTC)


def test_jsonld_date_kept_when_the_page_agrees() -> None:
    html = page(
        head=jsonld(datePublished="2026-01-03T22:47:12-05:00"),
        header='<time class="published" datetime="2026-01-04T03:47:12Z">Jan 3</time>',
    )
    assert provenance(html, "https://example.com/2026/01/03/x/")["date_published"] is (
        Source.JSON_LD
    )


def test_broken_jsonld_is_still_read_for_dates() -> None:
    broken = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "A \\q", '
        '"datePublished": "2018-04-05T06:00", "dateModified": "2018-04-11",}}</script>'
    )
    assert dates(page(head=broken)) == (dt.datetime(2018, 4, 5, 6, 0), dt.date(2018, 4, 11))


def test_broken_jsonld_scripts_as_the_page_lists_them_or_not() -> None:
    """The JSON-LD scripts the page's data lists are those a look at every script finds
    (a type in capitals, one of JavaScript, a script without type)."""
    root = lxml_html.fromstring(
        '<html><head><script type=" Application/LD+JSON ">{"datePublished": "2018-04-05",'
        '</script><script>var d = {"datePublished": "2019-01-01"}</script>'
        '<script type="text/javascript">"dateModified": "2019-02-02"</script></head>'
        '<body><script type="application/ld+json">{"dateModified": "2018-04-11"}'
        "</script></body></html>"
    )
    listed = read_page_data(root).jsonld
    assert listed.scripts == tuple(filter(is_jsonld_script, root.iter("script")))
    expected = [("datePublished", "2018-04-05"), ("dateModified", "2018-04-11")]
    assert list(listed.loose_strings(("datePublished", "dateModified"))) == expected


# --- the founding example ---------------------------------------------------------------------


def test_founding_example() -> None:
    article = articlex.extract(sample_html(), url=SAMPLE_URL)
    assert article.date_published == dt.datetime(2026, 1, 3, 22, 47, 12, tzinfo=tz(-5))
    assert article.date_modified == dt.datetime(2026, 1, 3, 22, 47, 41, tzinfo=tz(-5))
    assert article.provenance["date_published"] is Source.JSON_LD


# --- robustness -------------------------------------------------------------------------------


def _valid(value: DateValue | None) -> bool:
    return value is None or (
        isinstance(value, dt.date) and rules.MIN_YEAR <= value.year <= rules.MAX_YEAR
    )


_DATE_WORDS = st.sampled_from(
    [
        "January", "janvier", "Januar", "enero", "Jan.", "1er", "3.", "de", "2026", "1990",
        "13", "31", "02", "/", ".", "-", ":", "年", "月", "日", "T", "Z", "+05:00", "pm",
        "EST", "ET", "Updated", "Published", "©", " ", "10:47", "99", "0", "2100", "2101",
    ]
)  # fmt: skip
_DATEISH = st.lists(_DATE_WORDS, max_size=12).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), _DATEISH))
def test_any_text_parses_without_raising(text: str) -> None:
    assert _valid(parse_date_value(text))
    orders: tuple[Order, ...] = ("dmy", "mdy", "ymd")
    for order in orders:
        found = find_date_in_text(text, order)
        assert found is None or _valid(found[0])
    assert _valid(url_date(text))


@settings(max_examples=60, deadline=None)
@given(st.one_of(st.text(max_size=120), _DATEISH), st.one_of(st.text(max_size=60), _DATEISH))
def test_any_page_text_gives_valid_dates(dateline: str, meta: str) -> None:
    html = page(
        head=f'<meta property="article:published_time" content="{_attr(meta)}">',
        header=f"<p class='date'>{_text(dateline)}</p>",
    )
    published, modified = dates(html)
    assert _valid(published)
    assert _valid(modified)


def _attr(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def _text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def test_results_do_not_depend_on_the_day_they_are_computed() -> None:
    # A far-future date inside the fixed window is accepted; one outside it never is.
    assert parse_date_value("2099-12-31") == dt.date(2099, 12, 31)
    assert parse_date_value("2101-01-01") is None
    assert parse_date_value("1989-12-31") is None


def _prefix_tree(words: list[str]) -> dict[str, Any]:
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return tree


def _sibling_groups(node: dict[str, Any]) -> list[list[str]]:
    groups = [[char for char in node if char]]
    for char, child in node.items():
        if char:
            groups += _sibling_groups(child)
    return groups


def test_month_names_tree_prefers_what_the_plain_alternation_prefers() -> None:
    # The month names are matched through a tree of common prefixes (quicker than one
    # branch per name). It prefers the same name (the longest) only if no two branches of
    # one node start with letters matching one character ignoring case ("i" and "ı" do).
    groups = [g for g in _sibling_groups(_prefix_tree(list(rules.MONTHS))) if len(g) > 1]
    chars = sorted({char for group in groups for char in group})
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    matching = {c: set(re.findall(re.escape(c), every, re.IGNORECASE)) for c in chars}
    for group in groups:
        for a, b in combinations(group, 2):
            assert not matching[a] & matching[b], (a, b)
    # And the same matches, on every name in three casings inside a sentence.
    tree = re.compile(f"(?P<month>{word_tree(rules.MONTHS)})\\b", re.IGNORECASE)
    plain = "|".join(sorted((re.escape(m) for m in rules.MONTHS), key=len, reverse=True))
    flat = re.compile(f"(?P<month>{plain})\\b", re.IGNORECASE)
    for name in rules.MONTHS:
        for written in (name, name.upper(), name.title()):
            text = f"le 3 {written}. 2026, {written}s"
            assert [m.span() for m in tree.finditer(text)] == [
                m.span() for m in flat.finditer(text)
            ]
