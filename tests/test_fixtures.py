"""Every page in tests/fixtures/<case>/: body start, end, contents and absent boilerplate.

Each fixture models a publishing platform or layout (WordPress with Jetpack, Arc XP,
Ghost, Blogger, AMP, a live blog...) and says in ``expected.json`` where its article
starts and ends, phrases the body must hold, and boilerplate phrases it must not.
Comparisons are made after collapsing whitespace.
"""

from __future__ import annotations

import pytest

import articlex
from articlex._text import collapse_ws
from tests.conftest import Fixture, load_fixtures

FIXTURES = load_fixtures()
ARTICLES = [f for f in FIXTURES if f.expected.get("is_article", True)]
NON_ARTICLES = [f for f in FIXTURES if not f.expected.get("is_article", True)]


def _extract(fixture: Fixture) -> articlex.Article:
    return articlex.extract(fixture.html, url=fixture.expected.get("url"))


def test_there_are_enough_fixtures() -> None:
    assert len(ARTICLES) >= 12
    assert len(NON_ARTICLES) >= 2


@pytest.mark.parametrize("fixture", ARTICLES, ids=lambda f: f.name)
def test_body_starts_and_ends_where_the_article_does(fixture: Fixture) -> None:
    body = collapse_ws(_extract(fixture).body)
    assert body.startswith(collapse_ws(fixture.expected["body_starts_with"])), body[:200]
    assert body.endswith(collapse_ws(fixture.expected["body_ends_with"])), body[-200:]


@pytest.mark.parametrize("fixture", ARTICLES, ids=lambda f: f.name)
def test_body_keeps_the_article_text(fixture: Fixture) -> None:
    body = collapse_ws(_extract(fixture).body)
    missing = [p for p in fixture.expected.get("body_contains", []) if collapse_ws(p) not in body]
    assert not missing


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda f: f.name)
def test_body_has_none_of_the_boilerplate(fixture: Fixture) -> None:
    body = collapse_ws(_extract(fixture).body).casefold()
    leaked = [
        p for p in fixture.expected.get("body_excludes", []) if collapse_ws(p).casefold() in body
    ]
    assert not leaked


@pytest.mark.parametrize("fixture", ARTICLES, ids=lambda f: f.name)
def test_headline(fixture: Fixture) -> None:
    if "headline" not in fixture.expected:
        pytest.skip("no headline given")
    assert _extract(fixture).headline == fixture.expected["headline"]


@pytest.mark.parametrize("fixture", ARTICLES, ids=lambda f: f.name)
def test_articles_are_recognised(fixture: Fixture) -> None:
    article = _extract(fixture)
    assert article.is_probably_article
    assert not any(w.code is articlex.WarningCode.NO_MAIN_CONTENT for w in article.warnings)


@pytest.mark.parametrize("fixture", NON_ARTICLES, ids=lambda f: f.name)
def test_non_articles_are_told_and_keep_their_main_text(fixture: Fixture) -> None:
    """A listing is not an article, and says so; its items are its main text."""
    article = _extract(fixture)
    assert not article.is_probably_article
    assert article.page_type == fixture.expected["page_type"]
    assert any(w.code is articlex.WarningCode.NOT_AN_ARTICLE for w in article.warnings)
    body = collapse_ws(article.body)
    missing = [p for p in fixture.expected.get("body_contains", []) if collapse_ws(p) not in body]
    assert not missing
