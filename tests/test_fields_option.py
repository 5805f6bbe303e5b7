"""``ExtractOptions(fields=...)``: fields asked for equal a full extraction's, the rest
stay empty, and unknown names are refused."""

from __future__ import annotations

from typing import Any

import pytest

import articlex
from articlex import FIELD_NAMES, ExtractOptions, InvalidOptionError
from articlex._options import ON_REQUEST_FIELDS
from articlex.demo import SAMPLE_URL, sample_html
from tests.conftest import Fixture, load_fixtures

FIXTURES = load_fixtures()

#: Article attributes per option name (``body`` stands for the text and its blocks).
ATTRIBUTES = {name: (name,) for name in FIELD_NAMES} | {"body": ("body", "blocks", "removed")}
#: What a field left out holds.
EMPTY: dict[str, Any] = {
    "authors": (), "tags": (), "categories": (), "captions": (), "media": (), "body": "",
    "blocks": (),
    "removed": (),
}  # fmt: skip


def _extract(fixture: Fixture, fields: frozenset[str] | None = None) -> articlex.Article:
    return articlex.extract(
        fixture.html, url=fixture.expected.get("url"), options=ExtractOptions(fields=fields)
    )


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda f: f.name)
def test_each_field_alone_equals_the_full_extraction(fixture: Fixture) -> None:
    full = _extract(fixture, FIELD_NAMES)
    for name in sorted(FIELD_NAMES):
        alone = _extract(fixture, frozenset({name}))
        for attribute in ATTRIBUTES[name]:
            assert getattr(alone, attribute) == getattr(full, attribute), (name, attribute)
        if name in full.provenance:
            assert alone.provenance[name] == full.provenance[name]
        others = {other for other in FIELD_NAMES if other != name}
        for other in others:
            for attribute in ATTRIBUTES[other]:
                assert getattr(alone, attribute) == EMPTY.get(attribute), (name, attribute)
            assert other not in alone.provenance, (name, other)


def test_no_fields_named_is_every_field_but_those_on_request() -> None:
    options = ExtractOptions(fields=FIELD_NAMES)
    every = articlex.extract(sample_html(), url=SAMPLE_URL, options=options)
    default = articlex.extract(sample_html(), url=SAMPLE_URL)
    assert every.fingerprint is not None and default.fingerprint is None
    assert "fingerprint" in every.provenance and "fingerprint" not in default.provenance
    for name in sorted(FIELD_NAMES - ON_REQUEST_FIELDS):
        for attribute in ATTRIBUTES[name]:
            assert getattr(default, attribute) == getattr(every, attribute), attribute
    assert not ExtractOptions().wants("fingerprint")
    assert ExtractOptions(fields={"fingerprint"}).wants("fingerprint")  # type: ignore[arg-type]


def test_the_founding_fields_alone() -> None:
    options = ExtractOptions(fields=frozenset({"headline", "date_published", "tags"}))
    article = articlex.extract(sample_html(), url=SAMPLE_URL, options=options)
    assert article.headline == "Carney to Travel to France to Discuss Ukraine Ceasefire With Allies"
    assert article.date_published is not None
    assert article.date_published.isoformat().startswith("2026-01-03T22:47")
    assert "World News" in article.tags
    assert article.body == "" and article.authors == () and article.captions == ()
    assert not any(w.code == articlex.WarningCode.NO_MAIN_CONTENT for w in article.warnings)


def test_metadata_only_skips_the_body_warnings() -> None:
    html = "<html><head><title>Budget Day</title></head><body><p>Short.</p></body></html>"
    assert articlex.extract(html).warnings  # the full extraction warns: no body
    article = articlex.extract(html, options=ExtractOptions(fields=frozenset({"headline"})))
    assert article.headline == "Budget Day"
    assert article.warnings == ()


def test_fields_are_stored_as_a_frozenset() -> None:
    options = ExtractOptions(fields=["body", "tags", "body"])  # type: ignore[arg-type]
    assert options.fields == frozenset({"body", "tags"})
    assert hash(options) == hash(ExtractOptions(fields=frozenset({"tags", "body"})))
    assert options.wants("tags") and not options.wants("headline")
    assert ExtractOptions().wants("headline")


@pytest.mark.parametrize("bad", [["headline", "title"], ["blocks"]])
def test_unknown_field_names_are_refused(bad: list[str]) -> None:
    with pytest.raises(InvalidOptionError, match="unknown field"):
        ExtractOptions(fields=bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["body", 3])
def test_fields_must_be_an_iterable_of_names(bad: object) -> None:
    with pytest.raises(TypeError, match="fields"):
        ExtractOptions(fields=bad)  # type: ignore[arg-type]


def test_a_lead_image_from_the_body_s_figure_alone() -> None:
    paragraph = "<p>" + "The council met on Tuesday and voted on next year's budget. " * 5 + "</p>"
    html = (
        "<html><head><title>Budget Day</title></head><body><article><h1>Budget Day</h1>"
        f'{paragraph}<figure><img src="/img/council.jpg"><figcaption>The council.</figcaption>'
        f"</figure>{paragraph}</article></body></html>"
    )
    options = ExtractOptions(fields=frozenset({"lead_image"}))
    article = articlex.extract(html, url="https://news.example/budget", options=options)
    assert article.lead_image == "https://news.example/img/council.jpg"
    assert article.provenance["lead_image"] == articlex.Source.DOM
    assert article.body == "" and article.captions == ()
