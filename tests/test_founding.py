"""The founding example: the sample page shipped in the package, as served and stripped.

The body must be exactly the article's paragraphs and its "Ceasefire" sub-heading, in
order, with none of the page's boilerplate: cookie notice, menus, sign-in modal,
"Reading:" bar, byline, read time, share bars, caption, the inline related headlines,
tags, newsletter form and captcha, "You Might Also Like" cards, footer.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from lxml import etree

import articlex
from articlex.demo import SAMPLE_URL, sample_html
from articlex.demo import main as demo_main

EXPECTED = json.loads(
    (Path(__file__).parent / "fixtures" / "founding" / "expected.json").read_text("utf-8")
)


def _without_structured_data(html: bytes) -> bytes:
    """The page with its JSON-LD scripts and every <meta> tag removed."""
    root = etree.fromstring(html, etree.HTMLParser(encoding="utf-8"))
    doomed = [
        script for script in root.iter("script") if script.get("type") == "application/ld+json"
    ]
    doomed += list(root.iter("meta"))
    for element in doomed:
        parent = element.getparent()
        assert parent is not None
        parent.remove(element)
    return etree.tostring(root, encoding="utf-8", method="html")


VARIANTS = {
    "as-served": sample_html(),
    "no-structured-data": _without_structured_data(sample_html()),
}


@pytest.mark.parametrize("html", VARIANTS.values(), ids=list(VARIANTS))
def test_body_is_exactly_the_article(html: bytes) -> None:
    article = articlex.extract(html, url=SAMPLE_URL)
    assert article.body == "\n\n".join(EXPECTED["body_paragraphs"])


@pytest.mark.parametrize("html", VARIANTS.values(), ids=list(VARIANTS))
def test_blocks_are_typed_in_reading_order(html: bytes) -> None:
    article = articlex.extract(html, url=SAMPLE_URL)
    kinds = [block.kind for block in article.blocks if block.kind != "figure"]
    expected = ["heading" if p == "Ceasefire" else "paragraph" for p in EXPECTED["body_paragraphs"]]
    assert kinds == expected


@pytest.mark.parametrize("html", VARIANTS.values(), ids=list(VARIANTS))
def test_no_boilerplate_anywhere_in_the_body(html: bytes) -> None:
    body = articlex.extract(html, url=SAMPLE_URL).body.casefold()
    assert [p for p in EXPECTED["body_excludes"] if p.casefold() in body] == []


@pytest.mark.parametrize("html", VARIANTS.values(), ids=list(VARIANTS))
def test_headline(html: bytes) -> None:
    assert articlex.extract(html, url=SAMPLE_URL).headline == EXPECTED["headline"]


def test_explain_lists_what_went_by_kind() -> None:
    article = articlex.extract(
        sample_html(), url=SAMPLE_URL, options=articlex.ExtractOptions(explain=True)
    )
    kinds = {removal.kind for removal in article.removed}
    assert {"consent", "login", "header", "newsletter", "related", "share", "footer"} <= kinds
    consent = next(r for r in article.removed if r.kind == "consent")
    assert consent.preview.startswith("By using this site, you agree")
    # The menus go with the site header that holds them.
    header = next(r for r in article.removed if r.kind == "header")
    assert header.preview.startswith("News Canada Business Politics")
    assert all(removal.preview for removal in article.removed)


def test_markdown_has_the_headline_and_the_subheading() -> None:
    markdown = articlex.extract(sample_html(), url=SAMPLE_URL).to_markdown()
    assert markdown.startswith(f"# {EXPECTED['headline']}\n")
    assert "\n## Ceasefire\n" in markdown


def test_demo_prints_the_article(capsys: pytest.CaptureFixture[str]) -> None:
    demo_main()
    out = capsys.readouterr().out
    assert EXPECTED["headline"] in out
    assert EXPECTED["body_paragraphs"][0] in out
    assert "removed" in out


def test_metadata_fields_of_the_founding_page() -> None:
    article = articlex.extract(sample_html(), url=SAMPLE_URL)
    assert article.authors == ("Paul Rowan Brian",)
    published = article.date_published
    assert isinstance(published, datetime.datetime)
    assert published.utcoffset() is not None
    assert (published.date(), published.hour, published.minute) == (
        datetime.date(2026, 1, 3),
        22,
        47,
    )
    assert article.tags == (
        "Canada",
        "Canadian Politics",
        "Featured Canadian News",
        "Top Canadian News",
        "US",
        "World News",
    )
    assert len(article.captions) == 1
    assert article.captions[0].credit == "The Canadian Press/Riley Smith"
    assert "The Canadian Press" not in article.captions[0].text
    assert (article.captions[0].image_url or "").startswith("https://newsasthey-happen.example/")
    assert article.provenance["authors"] is articlex.Source.JSON_LD
