"""The notebook card (Article._repr_html_): what it shows, and that it stays inert."""

from __future__ import annotations

import lxml.html
from lxml import etree

import articlex
from articlex import Article, Caption, Paragraph, Provenance, Source
from articlex.demo import SAMPLE_URL, sample_html


def _text(element: etree._Element) -> str:
    return "".join(str(piece) for piece in element.itertext())


def test_the_card_shows_fields_sources_body_and_removals() -> None:
    options = articlex.ExtractOptions(explain=True)
    article = articlex.extract(sample_html(), url=SAMPLE_URL, options=options)
    card = article._repr_html_()
    tree = lxml.html.fromstring(card)
    text = _text(tree)
    assert tree.findtext(".//h2") == article.headline
    assert "By Paul Rowan Brian" in text and "2026-01-03T22:47:12-05:00" in text
    assert article.body.split("\n\n")[1][:60] in text
    assert "The Canadian Press/Riley Smith" in text  # the caption's credit
    rows = {_text(r[0]): r for r in tree.iter("tr") if len(r) == 3 and r[0].tag == "td"}
    assert _text(rows["headline"][2]) == article.provenance["headline"].value
    assert _text(rows["tags"][2]) == article.provenance["tags"].value
    summaries = [_text(s) for s in tree.iter("summary")]
    assert any(s.startswith("Removed by the cleaner") for s in summaries)


def test_the_card_of_a_hostile_article_is_inert() -> None:
    article = Article(
        headline="<script>alert(1)</script>",
        authors=('"><img src=x onerror=alert(1)>',),
        lead_image="javascript:alert(1)",
        description="<iframe src=//evil.example></iframe>",
        captions=(Caption("<b onmouseover=alert(1)>x</b>", "<svg onload=alert(1)>"),),
        blocks=(Paragraph("<form action=//evil.example><input></form>"),),
        body="x",
        provenance=Provenance({"headline": Source.META}),
    )
    card = article._repr_html_()
    tree = lxml.html.fromstring(card)
    tags = {element.tag for element in tree.iter() if isinstance(element.tag, str)}
    assert not tags & {"script", "iframe", "form", "input", "svg", "b", "a", "style"}
    for element in tree.iter():
        for name, value in element.attrib.items():
            assert not str(name).lower().startswith("on")
            assert "javascript:" not in str(value).lower()
    assert "<script>alert(1)</script>" in _text(tree)  # shown as text, not run
