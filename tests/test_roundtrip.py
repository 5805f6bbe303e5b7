"""to_dict / to_json and from_dict / from_json round-trip every Article exactly."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import articlex
from articlex import Article, Figure, Heading, ListBlock, Paragraph, Source, Table

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*/page.html"))


@pytest.mark.parametrize("page", FIXTURES, ids=lambda p: p.parent.name)
def test_fixture_articles_round_trip(page: Path) -> None:
    article = articlex.extract(page.read_bytes(), url="https://example.org/story",
                               options=articlex.ExtractOptions(explain=True))  # fmt: skip
    assert Article.from_dict(article.to_dict()) == article
    assert Article.from_json(article.to_json()) == article


def test_dates_keep_their_kind_and_offset() -> None:
    aware = dt.datetime(2026, 1, 3, 22, 47, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    article = Article(date_published=aware, date_modified=dt.date(2026, 1, 4))
    data = article.to_dict()
    assert data["date_published"] == "2026-01-03T22:47:00-05:00"
    assert data["date_modified"] == "2026-01-04"
    back = Article.from_dict(data)
    assert isinstance(back.date_published, dt.datetime)
    assert back.date_published == aware
    assert back.date_published.utcoffset() == aware.utcoffset()
    assert type(back.date_modified) is dt.date


def test_blocks_come_back_typed() -> None:
    blocks = (
        Heading("Part two", 3),
        Paragraph("Text."),
        ListBlock(("a", "b"), ordered=True),
        Table((("h1", "h2"), ("1", "2")), header_rows=1, caption="Figures"),
        Figure("https://example.org/a.jpg", "A caption", "Photo: A. Person", "alt"),
    )
    article = Article(blocks=blocks, provenance=articlex.Provenance({"headline": Source.META}))
    back = Article.from_dict(json.loads(article.to_json()))
    assert back.blocks == blocks
    assert back.provenance["headline"] is Source.META


def test_key_order_is_stable_and_unknown_keys_are_ignored() -> None:
    data = Article(headline="x").to_dict()
    assert list(data)[:3] == ["url", "canonical_url", "headline"]
    assert Article.from_dict({**data, "added_in_a_later_version": 1}).headline == "x"


def test_a_dict_of_the_wrong_shape_is_refused() -> None:
    with pytest.raises(ValueError, match="not an Article dict"):
        Article.from_dict({"blocks": [{"kind": "hologram"}]})
    with pytest.raises(ValueError, match="not an Article dict"):
        Article.from_dict({"authors": "one string"})
