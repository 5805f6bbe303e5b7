"""Links and emphasis, asked for with ``include_links`` / ``include_formatting``: kept as
spans of each paragraph, written by ``to_markdown()`` and ``to_html()``, listed in
``Article.links``; the plain body stays plain."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

import articlex
from articlex import Article, ExtractOptions, Link, Paragraph, Span
from articlex._inline import marked_paragraphs
from articlex._interfaces.cli import main
from articlex._text import LINE_BREAK, rendered_paragraphs

URL = "https://valley.example/news/2024/bridge"
BOTH = ExtractOptions(include_links=True, include_formatting=True)
FILLER = "The council will publish the full minutes of the meeting next week. " * 4


def _page(paragraph: str) -> str:
    return (
        "<html lang='en'><head><title>Bridge</title></head><body><article><h1>Bridge</h1>"
        f"<p>{paragraph}</p><p>{FILLER}</p></article></body></html>"
    )


PARAGRAPH = (
    'The <a href="/council">town\n   <b>council</b></a> voted <strong>on Tuesday</strong> to '
    '<em>reopen</em> the bridge (<a href="javascript:alert(1)">details</a>, '
    '<a href="https://maps.example/alde?x=1&amp;y=2">map</a>); the fee is '
    "<code>2*3_4</code> pounds, H<sub>2</sub>O and 10<sup>3</sup>."
)
TEXT = (
    "The town council voted on Tuesday to reopen the bridge (details, map); the fee is "
    "2*3_4 pounds, H2O and 103."
)


def test_spans_mark_links_and_formatting_on_the_plain_text() -> None:
    article = articlex.extract(_page(PARAGRAPH), url=URL, options=BOTH)
    paragraph = article.blocks[0]
    assert isinstance(paragraph, Paragraph) and paragraph.text == TEXT
    marked = [(TEXT[s.start : s.end], s.kind, s.href) for s in paragraph.spans]
    assert marked == [
        ("town council", "link", "https://valley.example/council"),
        ("council", "strong", None),
        ("on Tuesday", "strong", None),
        ("reopen", "emphasis", None),
        ("map", "link", "https://maps.example/alde?x=1&y=2"),
        ("2*3_4", "code", None),
        ("2", "subscript", None),
        ("3", "superscript", None),
    ]
    assert article.links == (
        Link("town council", "https://valley.example/council"),
        Link("map", "https://maps.example/alde?x=1&y=2"),
    )
    assert article.body.startswith(TEXT)  # the body stays plain


def test_spans_are_off_by_default_and_each_option_asks_for_its_own() -> None:
    html = _page(PARAGRAPH)
    assert articlex.extract(html, url=URL).blocks[0] == Paragraph(TEXT)
    links = articlex.extract(html, url=URL, options=ExtractOptions(include_links=True))
    assert {s.kind for s in links.blocks[0].spans} == {"link"}  # type: ignore[union-attr]
    formatting = ExtractOptions(include_formatting=True)
    kinds = {s.kind for s in articlex.extract(html, options=formatting).blocks[0].spans}  # type: ignore[union-attr]
    assert kinds == {"strong", "emphasis", "code", "subscript", "superscript"}


def test_markdown_writes_the_spans_and_reads_back_as_the_text() -> None:
    article = articlex.extract(_page(PARAGRAPH), url=URL, options=BOTH)
    markdown = article.to_markdown()
    assert "[town **council**](https://valley.example/council)" in markdown
    assert "**on Tuesday**" in markdown and "*reopen*" in markdown
    assert "(details, [map](https://maps.example/alde?x=1&y=2))" in markdown
    assert "`2*3_4`" in markdown and "H<sub>2</sub>O" in markdown
    tokens = MarkdownIt("commonmark").parseInline(markdown.split("\n\n")[1])[0].children or []
    shown = "".join(t.content for t in tokens if t.type in ("text", "code_inline"))
    assert shown == TEXT
    assert [t.attrGet("href") for t in tokens if t.type == "link_open"] == [
        "https://valley.example/council",
        "https://maps.example/alde?x=1&y=2",
    ]


def test_html_writes_the_spans_from_its_allow_list() -> None:
    html = articlex.extract(_page(PARAGRAPH), url=URL, options=BOTH).to_html()
    assert (
        '<p>The <a href="https://valley.example/council">town <strong>council</strong></a> '
        "voted <strong>on Tuesday</strong> to <em>reopen</em> the bridge (details, "
        '<a href="https://maps.example/alde?x=1&amp;y=2">map</a>)'
    ) in html
    assert "javascript" not in html


def test_a_hostile_span_is_written_as_text() -> None:
    text = "Click here to win"
    spans = (Span(0, 10, "link", "javascript:alert(1)"), Span(11, 17, "link", "data:text/html,x"))
    article = Article(blocks=(Paragraph(text, spans),), body=text)
    assert "<a " not in article.to_html() and "](" not in article.to_markdown()


def test_spans_round_trip_through_json() -> None:
    article = articlex.extract(_page(PARAGRAPH), url=URL, options=BOTH)
    assert Article.from_json(article.to_json()) == article


_RAW = st.lists(
    st.sampled_from(["a", "bc", " ", "\n", "  ", LINE_BREAK, "\u200b", "é"]), max_size=30
).map("".join)


@given(raw=_RAW, data=st.data())
def test_marked_paragraphs_are_the_rendered_paragraphs(raw: str, data: st.DataObject) -> None:
    bounds = st.integers(0, len(raw))
    marks = [
        (min(a, b), max(a, b), "strong", None)
        for a, b in data.draw(st.lists(st.tuples(bounds, bounds), max_size=4))
    ]
    marked = marked_paragraphs(raw, marks)  # type: ignore[arg-type]
    assert [text for text, _ in marked] == rendered_paragraphs(raw)
    for text, spans in marked:
        for span in spans:
            assert 0 <= span.start < span.end <= len(text)
            shown = text[span.start : span.end]
            assert shown == shown.strip() and shown


def test_the_command_line_keeps_links_with_links(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "bridge.html"
    page.write_text(_page(PARAGRAPH), encoding="utf-8")
    assert main([str(page), "--url", URL, "-f", "markdown", "--links"]) == 0
    out = capsys.readouterr().out
    assert "[town council](https://valley.example/council)" in out and "**" not in out
    assert main([str(page), "--url", URL, "-f", "markdown"]) == 0
    assert "](" not in capsys.readouterr().out


def test_images_lists_every_image_of_the_body_captioned_or_not() -> None:
    html = (
        "<html><body><article><h1>Bridge</h1>"
        f"<p>{FILLER}</p><figure><img src='/img/bridge.jpg' alt='The bridge'>"
        "<figcaption>The bridge in 1900. Photo: County Archive</figcaption></figure>"
        f"<p>{FILLER}<img src='/img/map.png' alt='Map of the river' width='600'></p>"
        "<p><img src='/img/pixel.gif' width='1' height='1'></p></article></body></html>"
    )
    images = articlex.extract(html, url=URL).images
    assert [(i.image_url, i.alt) for i in images] == [
        ("https://valley.example/img/bridge.jpg", "The bridge"),
        ("https://valley.example/img/map.png", "Map of the river"),
    ]
    assert images[0].caption and "1900" in images[0].caption
    assert (
        articlex.extract(html, url=URL, options=ExtractOptions(include_figures=False)).images == ()
    )
