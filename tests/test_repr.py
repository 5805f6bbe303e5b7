"""``repr(article)`` is one short line; every value stays on ``to_dict()``."""

from __future__ import annotations

import datetime as dt

import articlex
from articlex import Article, ExtractionWarning, Paragraph, WarningCode
from articlex.demo import SAMPLE_URL, sample_html


def test_the_repr_is_short_and_says_what_matters() -> None:
    article = articlex.extract(sample_html(), url=SAMPLE_URL)
    text = repr(article)
    assert text == (
        "<Article headline='Carney to Travel to France to Discuss Ukraine Ceasefire With "
        "Allies' authors=['Paul Rowan Brian'] date_published='2026-01-03T22:47:12-05:00' "
        f"body_chars={len(article.body)}>"
    )
    assert len(article.body) > 1000 and article.body[:200] not in text
    assert len(article.to_json()) > 10 * len(text)  # the full value stays there


def test_long_values_are_cut_and_warnings_listed() -> None:
    article = Article(
        headline="A headline " * 20,
        authors=("Ana", "Ben", "Cy", "Dee", "Eve"),
        date_published=dt.date(2026, 3, 14),
        body="word " * 10_000,
        blocks=(Paragraph("word " * 10_000),),
        warnings=(
            ExtractionWarning(WarningCode.LOW_CONFIDENCE_BODY, "relaxed"),
            ExtractionWarning(WarningCode.NOT_AN_ARTICLE, "a listing"),
        ),
    )
    text = repr(article)
    assert len(text) < 250
    assert "headline='A headline A headline" in text and "…'" in text
    assert "authors=['Ana', 'Ben', 'Cy', '…2 more']" in text
    assert "date_published='2026-03-14'" in text and "body_chars=50000" in text
    assert text.endswith("warnings=['low-confidence-body', 'not-an-article']>")


def test_an_empty_article() -> None:
    assert repr(Article()) == "<Article headline=None body_chars=0>"
    assert repr(articlex.extract("<p>Hello</p>")) == (
        "<Article headline=None body_chars=0 warnings=['no-main-content']>"
    )
