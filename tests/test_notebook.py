"""The notebook card (Article._repr_html_): what it shows, how it reads, and that it
stays inert. Its look was checked in a headless browser; here, its structure."""

from __future__ import annotations

import dataclasses
import datetime as dt

import lxml.html
from lxml import etree

import articlex
from articlex import Article, Caption, ExtractionWarning, Paragraph, Provenance, Source
from articlex import WarningCode as Code
from articlex._interfaces import notebook
from articlex.demo import SAMPLE_URL, sample_html


def _text(element: etree._Element) -> str:
    return "".join(str(piece) for piece in element.itertext())


def _card(article: Article) -> etree._Element:
    root = lxml.html.fromstring(article._repr_html_())
    assert root.tag == "div" and root.get("class") == "articlex-article"
    return root


def _one(root: etree._Element, css_class: str) -> etree._Element:
    found = root.xpath(f".//*[@class='{css_class}']")
    assert isinstance(found, list) and len(found) == 1, css_class
    element = found[0]
    assert isinstance(element, etree._Element)
    return element


def _sample(**changes: object) -> Article:
    options = articlex.ExtractOptions(explain=True)
    article = articlex.extract(sample_html(), url=SAMPLE_URL, options=options)
    return dataclasses.replace(article, **changes)  # type: ignore[arg-type]


def test_the_card_shows_fields_sources_body_and_removals() -> None:
    article = _sample()
    tree = _card(article)
    text = _text(tree)
    assert tree.findtext(".//h2") == article.headline
    assert "By Paul Rowan Brian" in text
    assert article.body.split("\n\n")[1][:60] in text
    assert "The Canadian Press/Riley Smith" in text  # the caption's credit
    rows = {_text(r[0]): r for r in tree.iter("tr") if len(r) == 3 and r[0].tag == "td"}
    assert _text(rows["headline"][2]) == article.provenance["headline"].value
    assert _text(rows["tags"][2]) == article.provenance["tags"].value
    assert _text(rows["hostname"][1]) == "newsasthey-happen.example"
    summaries = [_text(s) for s in tree.iter("summary")]
    assert any(s.startswith("Removed by the cleaner") for s in summaries)


def test_the_card_is_framed() -> None:
    style = _card(_sample()).get("style") or ""
    assert "border:1px solid" in style and "border-radius" in style and "padding" in style


def test_warnings_come_first() -> None:
    warnings = (
        ExtractionWarning(Code.LOW_CONFIDENCE_BODY, "relaxed rules"),
        ExtractionWarning(Code.BROKEN_JSONLD, "1 JSON-LD script(s) skipped"),
    )
    tree = _card(_sample(warnings=warnings))
    first = tree[0]
    assert first.get("class") == "articlex-warnings" and first.get("role") == "note"
    assert _text(first).startswith("⚠ 2 warnings")
    assert [_text(code) for code in first.iter("code")] == [
        "low-confidence-body",
        "broken-jsonld",
    ]
    assert not _card(_sample(warnings=())).xpath(".//*[@class='articlex-warnings']")


def test_dates_are_readable_and_keep_their_iso_form() -> None:
    tree = _card(_sample())
    times = list(_one(tree, "articlex-byline").iter("time"))
    assert [t.get("datetime") for t in times] == ["2026-01-03T22:47:12-05:00"]
    assert _text(times[0]) == "3 January 2026, 22:47 (UTC−05:00)"  # modified: same minute
    later = _sample(date_modified=dt.datetime(2026, 1, 4, 9, 5, tzinfo=dt.timezone.utc))
    byline = _text(_one(_card(later), "articlex-byline"))
    assert byline.endswith("· updated 4 January 2026, 09:05 UTC")
    day = _sample(date_published=dt.date(2026, 3, 14), date_modified=None)
    assert _text(_one(_card(day), "articlex-byline")).endswith("· 14 March 2026")


def test_the_body_folds_after_a_few_paragraphs() -> None:
    article = _sample()
    body = _one(_card(article), "articlex-body")
    shown = [child for child in body if child.tag != "details"]
    folded = body.findall("details")
    assert [child.tag for child in shown] == ["p", "p", "p"]
    assert len(folded) == 1 and body[-1] is folded[0]
    assert len(shown) + len(folded[0]) - 1 == len(article.blocks)  # all of it, once
    summary = folded[0][0]
    assert summary.tag == "summary"
    assert _text(summary).startswith(f"Read on: {len(article.blocks) - 3} more blocks")
    short = _sample(blocks=article.blocks[:2])
    assert _one(_card(short), "articlex-body").find("details") is None


def test_tags_are_chips_one_per_tag() -> None:
    tags = ("Ukraine, war", "Canada", 'a "quoted" <tag>')
    tree = _card(_sample(tags=tags, categories=("World News",)))
    chips = _one(tree, "articlex-tags").findall(".//span[@class='articlex-chip']")
    assert [_text(chip) for chip in chips] == list(tags)  # the comma stays inside its chip
    categories = _one(tree, "articlex-categories").findall(".//span[@class='articlex-chip']")
    assert [_text(c) for c in categories] == ["World News"]


def test_the_license_is_shown() -> None:
    tree = _card(_sample(license="CC BY-SA 4.0"))
    assert _text(_one(tree, "articlex-license")) == "License CC BY-SA 4.0"


def test_the_card_of_a_hostile_article_is_inert() -> None:
    article = Article(
        headline="<script>alert(1)</script>",
        authors=('"><img src=x onerror=alert(1)>',),
        lead_image="javascript:alert(1)",
        description="<iframe src=//evil.example></iframe>",
        captions=(Caption("<b onmouseover=alert(1)>x</b>", "<svg onload=alert(1)>"),),
        blocks=(Paragraph("<form action=//evil.example><input></form>"),),
        tags=('" style="position:fixed', "<a href=javascript:alert(1)>x</a>"),
        license="<script>alert(2)</script>",
        body="x",
        provenance=Provenance({"headline": Source.META}),
    )
    card = article._repr_html_()
    tree = lxml.html.fromstring(card)
    tags = {element.tag for element in tree.iter() if isinstance(element.tag, str)}
    assert not tags & {"script", "iframe", "form", "input", "svg", "b", "a", "style"}
    styles = {value for name, value in vars(notebook).items() if name.endswith("_STYLE")} | {
        f"{notebook.IMAGE_STYLE};max-height:360px"
    }
    for element in tree.iter():
        for name, value in element.attrib.items():
            assert not str(name).lower().startswith("on")
            assert "javascript:" not in str(value).lower()
            if name == "style":  # the card's own constants, never a page's value
                assert value in styles
    assert "<script>alert(1)</script>" in _text(tree)  # shown as text, not run
