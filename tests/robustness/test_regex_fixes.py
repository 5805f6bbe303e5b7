"""The regular expressions rewritten to stay linear on hostile input still match as before.

``benchmarks/regex_stress.py`` found these patterns super-linear (quadratic, or exponential
for ``CREDIT_PART_PATTERN`` and ``DATE_LINE_PATTERN``) and each was rewritten (see the
comment beside it). Timing belongs to that benchmark; these tests pin the behaviour on
realistic text instead. Every expected value below is what the pattern gave before its
rewrite.
"""

from __future__ import annotations

import re

import pytest

from articlex import _decode
from articlex._fields.dates import reading as date_reading
from articlex._fields.terms import split_terms
from articlex._rules import authors as author_rules
from articlex._rules import boilerplate, captions, headline, page_fields, phrases
from articlex._rules import tags as tag_rules
from articlex._text import NOT_INSIDE_WS_RUN

# --- the shared whitespace-run guard ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a , b", ["a", "b"]),
        ("a  ,  , b", ["a", "", "b"]),  # the second comma follows a match that ate the spaces
        ("  , a", ["", "a"]),
        ("a,b", ["a", "b"]),
    ],
)
def test_ws_run_guard_keeps_split_results(text: str, expected: list[str]) -> None:
    guarded = re.compile(rf"{NOT_INSIDE_WS_RUN}\s*,\s*")
    assert guarded.split(text) == re.split(r"\s*,\s*", text) == expected


# --- _decode ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "charset"),
    [
        ("text/html; charset=utf-8", "utf-8"),
        ('text/html; charset="ISO-8859-1"', "ISO-8859-1"),
        ("text/html;charset = 'utf-8'", "utf-8"),
        ('text/html; charset= " windows-1252"', "windows-1252"),
    ],
)
def test_content_type_charset(header: str, charset: str) -> None:
    match = _decode._CONTENT_TYPE_CHARSET.search(header)
    assert match is not None and match.group(1) == charset


@pytest.mark.parametrize(
    ("head", "charset"),
    [
        (b'<meta charset="utf-8">', b"utf-8"),
        (b'<meta charset = " utf-8 ">', b"utf-8"),
        (
            b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
            b"windows-1252",
        ),
    ],
)
def test_meta_charset(head: bytes, charset: bytes) -> None:
    match = _decode._META_CHARSET.search(head)
    assert match is not None and match.group(1) == charset


# --- authors ---------------------------------------------------------------------------------


def test_email() -> None:
    text = "Mail jane.doe+news@example.co.uk or j_smith@mail.example.org."
    found = [m.group() for m in author_rules.EMAIL.finditer(text)]
    assert found == ["jane.doe+news@example.co.uk", "j_smith@mail.example.org"]


def test_url() -> None:
    text = (
        "Jane Doe https://example.com/jane, news.example.co.uk/staff/jane and www.example.org "
        "(x-y.com/a)"
    )
    assert author_rules.URL.sub(" ", text) == "Jane Doe     and   ( "
    assert author_rules.URL.sub(" ", "see --example.com/x") == "see -- "
    assert author_rules.URL.sub(" ", "Jane Doe, example.com") == "Jane Doe, example.com"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Jane Doe", True),
        ("Written by: Jane Doe", True),
        ("by  jane", True),
        ("Posted by : Ann", True),
        ("By 2026", False),
    ],
)
def test_by_line(line: str, expected: bool) -> None:
    assert bool(author_rules.BY_LINE.match(line)) is expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Updated 3 hours ago | By Jane Doe", "By "),
        ("Text: von Max Muster", "von "),
        ("Photo by: Ann Lee", "by: "),
        ("Bylines by 3", None),
    ],
)
def test_lead_anywhere(text: str, found: str | None) -> None:
    match = author_rules.LEAD_ANYWHERE.search(text)
    assert (match.group() if match else None) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Olivia Solon in San Francisco", " in "),
        ("Jane Doe reporting from  Kyiv", " reporting from  "),
        ("in 2020", None),
    ],
)
def test_location(text: str, found: str | None) -> None:
    match = author_rules.LOCATION.search(text)
    assert (match.group() if match else None) == found


def test_site_separators() -> None:
    parts = author_rules.SITE_SEPARATORS.split("Jane Doe | The Site — Opinion -  News")
    assert parts == ["Jane Doe", "The Site", "Opinion", "News"]


@pytest.mark.parametrize(
    ("token", "found"),
    [
        ("author-name", "author-name"),
        ("author__name", "author__name"),
        ("x-name", "name"),
        ("--name", "--name"),
        ("user_name", "user_name"),
        ("username", "username"),
        ("entry-author-name", "author-name"),
        ("display-name-x", "display-name"),
        ("fn", "fn"),
        ("nickname", None),
        ("namespace", None),
    ],
)
def test_name_class(token: str, found: str | None) -> None:
    match = author_rules.NAME_CLASS.search(token)
    assert (match.group() if match else None) == found


@pytest.mark.parametrize(
    ("byline", "parts"),
    [
        ("Jane Doe, John Smith and Ann Lee", ["Jane Doe", ", ", "John Smith", " and ", "Ann Lee"]),
        ("Jane Doe - John Smith", ["Jane Doe", " - ", "John Smith"]),
        ("Jane Doe & John Smith", ["Jane Doe", " & ", "John Smith"]),
        ("Jane Doe;John Smith", ["Jane Doe", ";", "John Smith"]),
        ("Jane Doe and", ["Jane Doe", " and", ""]),
        ("Jane Doe und  Max Muster", ["Jane Doe", " und  ", "Max Muster"]),
        ("- Jane Doe", ["", "- ", "Jane Doe"]),
    ],
)
def test_split_names(byline: str, parts: list[str]) -> None:
    assert author_rules.SPLIT.split(byline) == parts


# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        ("— Peanut allergies", True),
        (" -- Peanut", True),
        (": Text", True),
        (" | News", True),
        ("  —x", True),
        ("x", False),
    ],
)
def test_lead_separator(rest: str, expected: bool) -> None:
    assert bool(date_reading._LEAD_SEPARATOR.match(rest)) is expected


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("January 3, 2026", ("January", "3", "2026")),
        ("Jan. 3rd 2026", ("Jan", "3", "2026")),
        ("March 14 ,2019", ("March", "14", "2019")),
        ("Sept 9 , 2021", ("Sept", "9", "2021")),
        ("May 2026", None),
    ],
)
def test_month_day_year(text: str, parts: tuple[str, str, str] | None) -> None:
    match = date_reading._MONTH_DAY_YEAR.search(text)
    assert (match.group("month", "day", "year") if match else None) == parts


@pytest.mark.parametrize(
    ("text", "date_end", "span", "groups"),
    [
        (
            "January 3, 2026 at 10:47 pm EST",
            15,
            (15, 31),
            {"H": "10", "M": "47", "ampm": "p", "zone": " EST", "zname": "EST"},
        ),
        ("3. Januar 2026 | 22:47 Uhr", 14, (14, 26), {"H": "22", "M": "47"}),
        (
            "Jan 3, 2026, 10:47 AM (GMT+2)",
            11,
            (11, 29),
            {"H": "10", "M": "47", "ampm": "A", "zone": " (GMT+2)", "zname": "GMT", "zoff1": "+2"},
        ),
        ("2026年1月3日 08時15分", 9, (9, 16), {"H": "08", "M": "15"}),
        ("Jan 3, 2026 - 9.30", 11, (11, 18), {"H": "9", "M": "30"}),
    ],
)
def test_time_after(
    text: str, date_end: int, span: tuple[int, int], groups: dict[str, str]
) -> None:
    match = date_reading._TIME_AFTER.match(text, date_end)
    assert match is not None
    assert match.span() == span
    assert {k: v for k, v in match.groupdict().items() if v} == groups


# --- headline, site and tags separators -----------------------------------------------------


@pytest.mark.parametrize(
    ("title", "parts"),
    [
        ("Headline | Site", ["Headline", "Site"]),
        ("Headline｜Site", ["Headline", "Site"]),
        ("Title :: Section - Site", ["Title", "Section", "Site"]),
        ("AC/DC live|Site", ["AC/DC live", "Site"]),
    ],
)
def test_headline_title_separators(title: str, parts: list[str]) -> None:
    assert headline.TITLE_SEPARATOR_PATTERN.split(title) == parts


def test_site_title_separators() -> None:
    separators = page_fields.TITLE_SEPARATOR_PATTERN
    assert separators.split("The Site - News: Home") == ["The Site", "News: Home"]
    assert separators.split("a-b") == ["a-b"]


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Acme Media, Inc.", "Acme Media"),
        ("Foo GmbH", "Foo"),
        ("Bar Pty Ltd", "Bar"),
        ("Baz Co", "Baz"),
        ("Coco", "Coco"),
    ],
)
def test_legal_suffix(name: str, bare: str) -> None:
    assert page_fields.LEGAL_SUFFIX_PATTERN.sub("", name) == bare


def test_keyword_list_separators() -> None:
    assert split_terms("a; b ;c；d  ;  e") == ["a", "b", "c", "d", "e"]
    assert tag_rules.LIST_SEPARATOR_PATTERN.split("a, b ,c | d、e，f") == list("abcdef")


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Tags:", True),
        ("TAGGED :", True),
        ("Topics", True),
        ("タグ：", True),
        ("— Related topics: ", True),
        ("Keywords ::", True),
        ("Tags are fun", False),
    ],
)
def test_tag_label(label: str, expected: bool) -> None:
    assert bool(tag_rules.TAG_LABEL_PATTERN.match(label)) is expected


@pytest.mark.parametrize(
    ("crumb", "expected"),
    [
        ("Home", True),
        ("» Home", True),
        ("example.com home", True),
        ("my.site home page", True),
        ("News home", True),
        ("Startseite", True),
        ("... Accueil", True),
        ("Homeland", False),
    ],
)
def test_home_crumb(crumb: str, expected: bool) -> None:
    assert bool(tag_rules.HOME_CRUMB_PATTERN.match(crumb)) is expected


# --- boilerplate -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tokens", "found"),
    [
        ("sidebar-ad", [("sidebar-ad", "ads")]),
        ("header-ad", [("header-ad", "ads")]),
        ("top_ad", [("top_ad", "ads")]),
        ("hero-cta", [("hero-cta", "ads")]),
        ("footer-menu", [("footer-menu", "navigation")]),
        ("main-menu", [("main-menu", "navigation")]),
        ("comment-form", [("comment", "comments"), ("form", "form")]),
        ("right-rail", [("right-rail", "sidebar")]),
        ("site-caption", [("site-caption", "caption")]),
        ("wp-caption-text", [("wp-caption", "caption")]),
        ("article-body", []),
    ],
)
def test_class_id_kinds(tokens: str, found: list[tuple[str, str]]) -> None:
    matches = boilerplate.plain_class_id_pattern().finditer(tokens)
    assert [(m.group(), m.lastgroup) for m in matches] == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[button url=x]Click[/button]", True),
        ("[vc_row][vc_column]x[/vc_column][/vc_row]", True),
        ("[caption id=1]\nPhoto\n[/caption]", True),
        ("[b]x[/i]", False),
    ],
)
def test_shortcode(text: str, expected: bool) -> None:
    assert bool(phrases.SHORTCODE_PATTERN.match(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jan. 3, 2026", True),
        ("Published: Mon, Jan. 3 2026 10:00 a.m.", True),
        ("3. März 2026, 14:00 Uhr", True),
        ("Updated 2 hours ago", True),
        ("January was cold", False),
    ],
)
def test_date_line(text: str, expected: bool) -> None:
    assert bool(phrases.DATE_LINE_PATTERN.match(text)) is expected


# --- captions --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("photo-credit", True),
        ("caption__source", True),
        ("copyrightholder", True),
        ("copyright-text", True),
        ("copyright_", True),
        ("fotografo", True),
        ("image_credit_text", True),
        ("credit", True),
        ("caption-credit-wrap", False),
    ],
)
def test_credit_class(token: str, expected: bool) -> None:
    assert bool(captions.CREDIT_CLASS_PATTERN.search(token)) is expected


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        ("The Canadian Press", True),
        ("AFP - Getty Images", True),
        ("EPA vía Shutterstock", True),
        ("Jane Doe of AP", True),
        ("O'Neil & Sons, Reuters", True),
        ("getty images", False),
        ("Photo by Ann", False),
    ],
)
def test_credit_part(part: str, expected: bool) -> None:
    assert bool(captions.CREDIT_PART_PATTERN.match(part)) is expected


@pytest.mark.parametrize(
    ("caption", "starts"),
    [
        ("A lab in Boston. Photo: Joseph Cox", [16]),
        ("Die Halle (Bild: Hersteller)", [10]),
        ("Flooding in Queens.CreditChang W. Lee", [19]),
        ("A view © Jane Doe", [7]),
        ("Photographs are nice", []),
    ],
)
def test_credit_start(caption: str, starts: list[int]) -> None:
    assert [m.start() for m in captions.CREDIT_START_PATTERN.finditer(caption)] == starts


@pytest.mark.parametrize(
    ("caption", "found"),
    [
        ("A street (Getty Images)", (9, "Getty Images")),
        ("A street ( AP Photo/Evan Vucci ) ", (9, "AP Photo/Evan Vucci")),
        ("Rally (Lucy Akins)", (6, "Lucy Akins")),
        ("A (b) c", None),
        ("(x)", None),
    ],
)
def test_trailing_paren_credit(caption: str, found: tuple[int, str] | None) -> None:
    match = captions.TRAILING_PAREN_CREDIT.search(caption)
    assert ((match.start(), match.group("credit")) if match else None) == found
