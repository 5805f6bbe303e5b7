"""Authors: the byline cleaner/splitter, and extraction from structured data, bylines and
text on small realistic pages (tests/fixtures/authors_*/ and inline snippets)."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

import articlex
from articlex import Source
from articlex._fields.authors import bylines, split_byline
from articlex._rules.authors import AUTHOR_HREF_FRAGMENTS, BYLINE_CLASS_FRAGMENTS, MAX_NAME_CHARS
from tests.conftest import Fixture, load_fixtures, random_trees

AUTHOR_FIXTURES = [f for f in load_fixtures() if f.name.startswith("authors_")]


def _authors(html: str, url: str = "https://news.example/2026/01/03/story") -> articlex.Article:
    return articlex.extract(html, url=url)


# --- the cleaner and splitter -------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Jane Doe and John Roe, Staff Writers | Updated Jan 3, 2026", ("Jane Doe", "John Roe")),
        ("Von Max Mustermann", ("Max Mustermann",)),
        ("Par Marie Dupont et Jean Martin", ("Marie Dupont", "Jean Martin")),
        ("Por Ana García y Luis Pérez", ("Ana García", "Luis Pérez")),
        ("Door Jan de Vries en Piet Jansen", ("Jan de Vries", "Piet Jansen")),
        ("Av Anna Svensson och Erik Lind", ("Anna Svensson", "Erik Lind")),
        ("Af Mette Holm og Lars Berg", ("Mette Holm", "Lars Berg")),
        ("Przez Jan Kowalski", ("Jan Kowalski",)),
        ("Di Mario Rossi e Luca Bianchi", ("Mario Rossi", "Luca Bianchi")),
        ("Od Petra Nováková", ("Petra Nováková",)),
        ("De Carla Souza", ("Carla Souza",)),
        ("Jane Doe, John Roe & Mary Major", ("Jane Doe", "John Roe", "Mary Major")),
        ("BY JEFFREY GETTLEMAN", ("Jeffrey Gettleman",)),
        (
            "Dana A. Ford, James S.A. Corey, Chien-Ming Wang, and Tom Watkins, CNN",
            ("Dana A. Ford", "James S.A. Corey", "Chien-Ming Wang", "Tom Watkins"),
        ),
        ("Lisa de Moraes", ("Lisa de Moraes",)),
        ("Stu Jackson Senior Staff Writer", ("Stu Jackson",)),
        ("Jane Doe, Senior Reporter, and John Roe, Editor", ("Jane Doe", "John Roe")),
        ("Daniel Neira - Los Angeles Writer Los Angeles", ("Daniel Neira",)),
        ("Olivia Solon in San Francisco and agencies", ("Olivia Solon",)),
        ("By Ysabel Yates Illustration by Claire Lordon", ("Ysabel Yates",)),
        ("Written by Rob Ewaschuk Edited by Betsy Beyer", ("Rob Ewaschuk",)),
        ("Tech Industry by Steven Musil January 18, 2017 11:00 PM PST", ("Steven Musil",)),
        ("December 19, 2016 by Maggie Winterfeldt", ("Maggie Winterfeldt",)),
        ("by Ahiza Garcia @ahiza_garcia February 1, 2016: 12:41 PM ET", ("Ahiza Garcia",)),
        ("By Mike Cason | mcason@al.com", ("Mike Cason",)),
        ("Bradley M. Kuhn (http://ebb.org/bkuhn/)", ("Bradley M. Kuhn",)),
        (
            "Martin Untersinger (avec Damien Leloup et Morgane Tual)",
            ("Martin Untersinger", "Damien Leloup", "Morgane Tual"),
        ),
        ("Saibal Dasgupta / TNN / Updated: Oct 9, 2019, 11:05 IST", ("Saibal Dasgupta",)),
        ("Gina Trapani | CEO", ("Gina Trapani",)),
        ("Patrick Allan | Profile | Follow", ("Patrick Allan",)),
        ("By | Stella Kim | and | Jennifer Jett", ("Stella Kim", "Jennifer Jett")),
        ("Jane Doe and JANE DOE", ("Jane Doe",)),
        ("Matthew Digby | Minh Do", ("Matthew Digby", "Minh Do")),
        ("Текст: Венера Ерофеева", ("Венера Ерофеева",)),
        ("作者： Diogo Carleto 翻訳者 中村 真子", ("Diogo Carleto",)),
        ("文● オカモト／ASCII編集部", ("オカモト", "ASCII編集部")),
        ("CNN's Christine Romans and Emily Jane Fox contributed to this report", ()),
        ("Updated Jan 3, 2026", ()),
        ("Follow | Share | Comments", ()),
        ("", ()),
    ],
)
def test_split_byline(byline: str, names: tuple[str, ...]) -> None:
    assert split_byline(byline) == names


def test_author_fields_are_read_leniently() -> None:
    """An author field's value is a name even in lower case; page text must look like one."""
    assert split_byline("cindy mangomini", strict=False) == ("cindy mangomini",)
    assert split_byline("a deputy editor and author of the newsletter") == ()


_DATE_DIGITS = re.compile(r"\d")
_BY_WORD = re.compile(r"(?<!\w)by(?!\w)", re.IGNORECASE)


def _check_names(names: tuple[str, ...]) -> None:
    keys = [n.casefold() for n in names]
    assert len(keys) == len(set(keys))  # deduplicated, case-insensitively
    for name in names:
        assert name == name.strip() and name
        assert len(name) <= MAX_NAME_CHARS
        assert not _DATE_DIGITS.search(name)
        assert not _BY_WORD.search(name) and "@" not in name
        assert "http" not in name.lower() and "www." not in name.lower()


@given(st.text(max_size=200))
def test_names_from_any_text_are_clean(text: str) -> None:
    _check_names(split_byline(text))
    _check_names(split_byline(text, strict=False))


PEOPLE = [
    "Jane Doe", "John Roe", "Marie Dupont", "Max Mustermann", "Ana García", "Jan Kowalski",
    "Sean O'Brien", "Anne-Marie Duval", "Lisa de Moraes", "Kwame Mensah", "Li Wei",
]  # fmt: skip
LEADS = ["", "By ", "by ", "BY: ", "Von ", "Par ", "Por ", "Door ", "Przez ", "Written by "]
JOINS = [", ", " and ", " & ", " et ", " und ", " y ", "; ", " | "]
TAILS = [
    "", ", Staff Writers", " | Updated Jan 3, 2026", " @newsdesk", " - 3 min read",
    " (jane.doe@news.example)", " https://news.example/authors", ", 12:41 PM ET",
    " · Published 3 February 2026",
]  # fmt: skip


@given(
    st.lists(st.sampled_from(PEOPLE), min_size=1, max_size=4, unique=True),
    st.sampled_from(LEADS),
    st.lists(st.sampled_from(JOINS), min_size=3, max_size=3),
    st.sampled_from(TAILS),
)
def test_bylines_give_their_names(
    people: list[str], lead: str, joins: list[str], tail: str
) -> None:
    text = people[0] + "".join(j + p for j, p in zip(joins, people[1:], strict=False))
    byline = lead + text + tail
    assert split_byline(byline) == tuple(people), byline
    _check_names(split_byline(byline))


# --- extraction from pages ---------------------------------------------------------------


def test_there_are_author_fixtures() -> None:
    assert len(AUTHOR_FIXTURES) >= 7


@pytest.mark.parametrize("fixture", AUTHOR_FIXTURES, ids=lambda f: f.name)
def test_fixture_authors(fixture: Fixture) -> None:
    article = articlex.extract(fixture.html, url=fixture.expected.get("url"))
    assert list(article.authors) == fixture.expected["authors"]
    source = fixture.expected.get("authors_source")
    if source is None:
        assert "authors" not in article.provenance
    else:
        assert article.provenance["authors"] is Source(source)


def test_a_comment_by_line_is_never_taken() -> None:
    (german,) = [f for f in AUTHOR_FIXTURES if f.name == "authors_german_von"]
    html = german.html.decode("utf-8").replace("<p>Von Max Mustermann</p>", "")
    assert "Von Leserin Gisela Brandt" in html
    assert _authors(html).authors == ()


def _page(head: str = "", header: str = "", after: str = "", title: str = "") -> str:
    title = title or "Ferry service to resume after storm repairs"
    paragraphs = "".join(
        f"<p>{sentence} The harbour master said the repairs had taken longer than planned "
        "because the divers could only work at slack water, twice a day, for an hour.</p>"
        for sentence in (
            "The island ferry will sail again on Monday.",
            "Engineers replaced two damaged pontoons.",
            "Passengers with bicycles should book ahead.",
        )
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"<meta property='og:site_name' content='Island Post'>{head}</head><body><main>"
        f"<article><header><h1>{title}</h1>{header}</header>"
        f"<div class='article-body'>{paragraphs}</div></article>{after}</main></body></html>"
    )


def _jsonld(data: object) -> str:
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def test_jsonld_graph_reference_and_name_list() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "NewsArticle", "headline": "x", "author": {"@id": "#/person/1"}},
            {"@type": "Person", "@id": "#/person/1", "name": ["Mike Isaac"]},
        ],
    }
    article = _authors(_page(head=_jsonld(graph)))
    assert article.authors == ("Mike Isaac",)
    assert article.provenance["authors"] is Source.JSON_LD


def test_jsonld_organisation_is_dropped_beside_a_person() -> None:
    data = {
        "@type": "NewsArticle",
        "author": [
            {"@type": "Organization", "name": "Associated Press"},
            {"@type": "Person", "name": "Kwame Mensah"},
        ],
    }
    assert _authors(_page(head=_jsonld(data))).authors == ("Kwame Mensah",)


def test_jsonld_person_string_with_byline_word() -> None:
    data = {
        "@type": "ReportageNewsArticle",
        "author": [{"@type": "Person", "name": "By Will Smale"}],
    }
    assert _authors(_page(head=_jsonld(data))).authors == ("Will Smale",)


def test_meta_library_style_names_are_turned_round() -> None:
    head = (
        "<meta name='DC.creator' content='Kooman, F.'>"
        "<meta name='DC.creator' content='Jong, Michiel de'>"
    )
    article = _authors(_page(head=head))
    assert article.authors == ("F. Kooman", "Michiel de Jong")
    assert article.provenance["authors"] is Source.META


def test_meta_byl_in_capitals() -> None:
    assert _authors(_page(head="<meta name='byl' content='By JEFFREY GETTLEMAN'>")).authors == (
        "Jeffrey Gettleman",
    )


def test_meta_author_naming_the_site_loses_to_the_byline() -> None:
    head = "<meta name='author' content='Island Post'>"
    header = "<p class='byline'>By <a href='/author/ruth-calloway'>Ruth Calloway</a></p>"
    article = _authors(_page(head=head, header=header))
    assert article.authors == ("Ruth Calloway",)
    assert article.provenance["authors"] is Source.DOM


def test_microdata_author_with_nested_name() -> None:
    header = (
        "<div itemprop='author' itemscope itemtype='https://schema.org/Person'>"
        "<span itemprop='name'>Hazel Sheffield</span></div>"
    )
    article = _authors(_page(header=header))
    assert article.authors == ("Hazel Sheffield",)
    assert article.provenance["authors"] is Source.MICRODATA


def test_byline_drops_the_outlet_beside_a_person() -> None:
    header = (
        "<div class='byline__names'>By <span class='byline__name'>Stephen Collinson</span>"
        ", CNN</div>"
    )
    assert _authors(_page(header=header)).authors == ("Stephen Collinson",)


def test_hcard_author() -> None:
    header = (
        "<span class='author vcard'>Posted by "
        "<a class='url fn n' href='/u/doumae'>doumae</a></span>"
    )
    assert _authors(_page(header=header)).authors == ("doumae",)


def test_an_agency_alone_is_kept() -> None:
    article = _authors(_page(header="<p class='byline'>By Reuters</p>"))
    assert article.authors == ("Reuters",)
    assert article.provenance["authors"] is Source.DOM


def test_a_wire_author_loses_to_a_by_line_in_the_text() -> None:
    data = {"@type": "Article", "author": [{"@type": "Person", "name": "CNN Wire"}]}
    article = _authors(_page(head=_jsonld(data), header="<div>By Leigh Ann Caldwell</div>"))
    assert article.authors == ("Leigh Ann Caldwell",)
    assert article.provenance["authors"] is Source.TEXT


def test_a_licence_link_is_no_author_page() -> None:
    after = (
        "<footer class='site-footer'><p>Content licensed under a <a rel='license' "
        "href='https://creativecommons.org/licenses/by/3.0/'>Creative Commons License</a></p>"
        "</footer>"
    )
    assert _authors(_page(after=after)).authors == ()


def test_teaser_cards_and_embedded_posts_name_nobody() -> None:
    cards = "".join(
        f"<article class='card'><h2><a href='/s/{i}'>Other story {i}</a></h2>"
        f"<p class='card__byline'>By {name}</p></article>"
        for i, name in enumerate(["Helen Stroud", "Fergus Mallory"])
    )
    tweet = (
        "<blockquote class='twitter-tweet'><p>Ferry back!</p>"
        "<span class='tweet-author-name'>Island Fan</span></blockquote>"
    )
    article = _authors(_page(after=f"<section class='more'>{cards}</section>{tweet}"))
    assert article.authors == ()


# --- the byline candidates -------------------------------------------------------------------

_CANDIDATE_VALUES = st.sampled_from(
    ["author", "creator", "Author", "byline", "x-y-line", "writer", "plain", "", "a b",
     "vcard", "authors", "/author/jane", "/by/x", "/licenses/by/4", "/staff/", "#"]
)  # fmt: skip


def _reference_candidates(root: etree._Element) -> list[etree._Element]:
    """Byline candidates by a walk testing every element in full (as first written)."""
    byline = re.compile("|".join(BYLINE_CLASS_FRAGMENTS))
    href = re.compile(f"(?:{'|'.join(re.escape(h) for h in AUTHOR_HREF_FRAGMENTS)})\\w")
    found = []
    for element in root.iter(etree.Element):
        link = element.tag == "a" and href.search(element.get("href") or "")
        if (
            element.tag == "h1"
            or byline.search(element.get("class") or "")
            or byline.search(element.get("id") or "")
            or element.get("itemprop") in ("author", "creator")
            or "author" in (element.get("rel") or "")
            or (link and "licen" not in (element.get("href") or "").lower())
        ):
            found.append(element)
    return found


def _candidate_trees() -> st.SearchStrategy[etree._Element]:
    return random_trees(
        "html", ["div", "span", "a", "h1", "p"], ["class", "id", "itemprop", "rel", "href"],
        _CANDIDATE_VALUES,
    )  # fmt: skip


@settings(max_examples=300, deadline=None, derandomize=True)
@given(_candidate_trees())
def test_byline_candidates_are_those_of_a_full_walk(root: etree._Element) -> None:
    """The candidates are the headings and the elements whose markup names a byline, in
    document order."""
    assert bylines.candidates(root) == _reference_candidates(root)
