"""Rendering an Article built from typed blocks: Markdown, sanitised HTML, dict/JSON, text."""

from __future__ import annotations

import datetime as dt
import html
import json
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articlex import (
    Article,
    Block,
    Caption,
    Code,
    ExtractionWarning,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Provenance,
    Quote,
    Removal,
    Source,
    Table,
    WarningCode,
)
from articlex._render import body_text

HEADLINE = "Harbour town votes to keep its ferry running"
PUBLISHED = dt.datetime(2024, 5, 14, 21, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
MODIFIED = dt.date(2024, 5, 15)

INTRO = Paragraph(
    "Residents of Port Calloway voted on Tuesday night to keep the island ferry running "
    "for at least another five years."
)
HEADING = Heading("What happens next", 2)
SUBHEADING = Heading("The money", 3)
BULLETS = ListBlock(("A regional transport grant", "Higher fares from September"))
STEPS = ListBlock(("Apply for the grant", "Set the new fares", "Renew the insurance"), ordered=True)
QUOTE = Quote(
    "This boat is how my children get to school.\n\nYou cannot replace that with a charter."
)
TABLE = Table(
    (("Year", "Passengers", "Cost"), ("2022", "41,200", "£1.2m"), ("2023", "39,850", "£1.4m")),
    header_rows=1,
    caption="Ferry use and running costs",
)
CODE = Code("fare = base * 1.05\nif fare > 5:\n    fare = 5")
FIGURE = Figure(
    "https://ledger.example/img/ferry.jpg",
    caption="The ferry leaving Port Calloway at dawn",
    credit="Jane Doe/Coastal Ledger",
    alt="A white ferry on grey water",
)

BLOCKS: tuple[Block, ...] = (
    INTRO,
    HEADING,
    BULLETS,
    FIGURE,
    SUBHEADING,
    STEPS,
    QUOTE,
    TABLE,
    CODE,
)


def _article(*blocks: Block, **fields: object) -> Article:
    values: dict[str, object] = {
        "url": "https://ledger.example/news/ferry-vote",
        "headline": HEADLINE,
        "blocks": blocks,
        "body": body_text(blocks),
    }
    values.update(fields)
    return Article(**values)  # type: ignore[arg-type]


FULL = _article(
    *BLOCKS,
    authors=("Ellen Marsh", "Tom Reyes"),
    date_published=PUBLISHED,
    date_modified=MODIFIED,
    captions=(Caption(FIGURE.text, FIGURE.credit, FIGURE.image_url),),
    provenance=Provenance({"headline": Source.DOM, "body": Source.DOM}),
    warnings=(ExtractionWarning(WarningCode.LOW_CONFIDENCE_BODY, "relaxed rules"),),
    removed=(Removal("share", "class/id token 'share'", "div", "Share on Facebook"),),
)


class _Collector(HTMLParser):
    """Records the tags, attributes and text of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(fragment: str) -> _Collector:
    collector = _Collector()
    collector.feed(fragment)
    collector.close()
    return collector


# --- Markdown --------------------------------------------------------------------------------


def test_markdown_document() -> None:
    md = FULL.to_markdown()
    parts = md.rstrip("\n").split("\n\n")
    assert parts[0] == f"# {HEADLINE}"
    assert parts[1] == "*By Ellen Marsh and Tom Reyes · 2024-05-14T21:30:00+01:00*"
    assert parts[2] == INTRO.text
    assert parts[3] == "## What happens next"
    assert parts[4] == "- A regional transport grant\n- Higher fares from September"
    assert md.endswith("\n")


def test_markdown_headings_levels() -> None:
    md = _article(Heading("Section", 2), Heading("Sub", 3), Heading("Deep", 6)).to_markdown()
    lines = md.splitlines()
    assert "## Section" in lines
    assert "### Sub" in lines
    assert "###### Deep" in lines
    # Only the headline is a level-1 heading.
    assert [line for line in lines if line.startswith("# ")] == [f"# {HEADLINE}"]


def test_markdown_heading_level_one_in_body_is_demoted() -> None:
    md = _article(Heading("A second title", 1)).to_markdown()
    assert "## A second title" in md.splitlines()
    assert sum(1 for line in md.splitlines() if line.startswith("# ")) == 1


def test_markdown_lists() -> None:
    md = _article(BULLETS, STEPS).to_markdown()
    assert "- A regional transport grant\n- Higher fares from September" in md
    assert "1. Apply for the grant\n2. Set the new fares\n3. Renew the insurance" in md


def test_markdown_quote() -> None:
    md = _article(QUOTE).to_markdown()
    assert (
        "> This boat is how my children get to school.\n>\n"
        "> You cannot replace that with a charter."
    ) in md
    body_lines = md.split("\n\n", 1)[1].rstrip("\n").splitlines()
    assert all(line.startswith(">") for line in body_lines)


def test_markdown_table() -> None:
    md = _article(TABLE).to_markdown()
    expected = "\n".join(
        [
            "| Year | Passengers | Cost |",
            "|---|---|---|",
            "| 2022 | 41,200 | £1.2m |",
            "| 2023 | 39,850 | £1.4m |",
        ]
    )
    assert expected in md
    assert "Ferry use and running costs" in md


def test_markdown_table_escapes_pipes_and_pads_short_rows() -> None:
    table = Table((("Route", "Operator"), ("Mainland | Island", "Calloway Ferries"), ("Night",)), 1)
    md = _article(table).to_markdown()
    assert "| Mainland \\| Island | Calloway Ferries |" in md
    assert "| Night |  |" in md
    # Every row has the same number of unescaped cell separators.
    rows = [line for line in md.splitlines() if line.startswith("|")]
    assert len({line.replace("\\|", "").count("|") for line in rows}) == 1


def test_markdown_empty_table_does_not_crash() -> None:
    article = _article(INTRO, Table(()))
    assert article.to_html()  # fine
    assert INTRO.text in article.to_markdown()


def test_markdown_code() -> None:
    md = _article(CODE).to_markdown()
    assert f"```\n{CODE.text}\n```" in md


def test_markdown_figure() -> None:
    md = _article(FIGURE).to_markdown()
    assert (
        "![A white ferry on grey water](https://ledger.example/img/ferry.jpg)\n"
        "*The ferry leaving Port Calloway at dawn (Jane Doe/Coastal Ledger)*"
    ) in md


def test_markdown_figure_with_unsafe_url_keeps_only_the_caption() -> None:
    md = _article(Figure("javascript:alert(1)", caption="A caption")).to_markdown()
    assert "javascript" not in md
    assert "![" not in md
    assert "*A caption*" in md


def test_markdown_without_headline_or_byline() -> None:
    md = Article(blocks=(INTRO,)).to_markdown()
    assert md == INTRO.text + "\n"


# --- HTML ------------------------------------------------------------------------------------


def test_html_escapes_paragraph_text() -> None:
    evil = Paragraph("Readers wrote <script>alert(1)</script> & worse in the comments.")
    out = _article(evil).to_html()
    assert "<script" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; worse" in out
    collected = _parse(out)
    assert "script" not in {tag for tag, _ in collected.tags}
    assert evil.text in "".join(collected.text)


@pytest.mark.parametrize(
    "block",
    [
        Heading("<img src=x onerror=alert(1)>"),
        ListBlock(("<b onclick=alert(1)>item</b>",)),
        Quote("<iframe src=//evil.example></iframe>"),
        Table((("<th>", "</table><script>x</script>"),), 1, caption="<svg onload=alert(1)>"),
        Code("<script>alert('code')</script>"),
        Figure("https://ok.example/a.jpg", caption="<script>x</script>", credit="<i>me</i>"),
    ],
    ids=["heading", "list", "quote", "table", "code", "figure"],
)
def test_html_escapes_every_block(block: Block) -> None:
    out = _article(block, headline="<b>Headline</b>").to_html()
    tags = {tag for tag, _ in _parse(out).tags}
    assert not tags & {"script", "iframe", "svg", "b", "i"}
    assert "<b>" not in out
    assert "&lt;b&gt;Headline&lt;/b&gt;" in out
    for _, attrs in _parse(out).tags:
        assert not any(name.startswith("on") for name in attrs)


def test_html_structure() -> None:
    out = FULL.to_html()
    collected = _parse(out)
    tags = [tag for tag, _ in collected.tags]
    assert tags[0] == "article"
    assert out.rstrip().endswith("</article>")
    assert f"<h1>{HEADLINE}</h1>" in out
    assert "<h2>What happens next</h2>" in out
    assert "<h3>The money</h3>" in out
    assert "<ul><li>A regional transport grant</li><li>Higher fares from September</li></ul>" in out
    assert "<ol><li>Apply for the grant</li>" in out
    assert "<blockquote><p>This boat is how my children get to school.</p>" in out
    assert "<tr><th>Year</th><th>Passengers</th><th>Cost</th></tr>" in out
    assert "<tr><td>2022</td><td>41,200</td><td>£1.2m</td></tr>" in out
    assert "<caption>Ferry use and running costs</caption>" in out
    assert ("img", {"src": FIGURE.image_url, "alt": FIGURE.alt}) in collected.tags
    assert "<figcaption>The ferry leaving Port Calloway at dawn" in out


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)",
        "  javascript:alert(1)",
        "java\tscript:alert(1)",
        "\x01javascript:alert(1)",
        "vbscript:msgbox(1)",
        "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+",
    ],
)
def test_html_drops_unsafe_image_urls(url: str) -> None:
    out = _article(Figure(url, caption="Harbour at night")).to_html()
    assert "<img" not in out
    assert "script" not in out.lower()
    assert "data:" not in out
    assert "<figcaption>Harbour at night</figcaption>" in out


@pytest.mark.parametrize(
    "url",
    ["https://ledger.example/a.jpg", "http://ledger.example/a.jpg", "/img/a.jpg", "a.jpg"],
)
def test_html_keeps_safe_image_urls(url: str) -> None:
    collected = _parse(_article(Figure(url, alt="Harbour")).to_html())
    assert ("img", {"src": url, "alt": "Harbour"}) in collected.tags


def test_html_image_url_cannot_break_out_of_the_attribute() -> None:
    url = 'https://ledger.example/a.jpg" onerror="alert(1)'
    out = _article(Figure(url, alt='x" onload="alert(2)')).to_html()
    [(_tag, attrs)] = [t for t in _parse(out).tags if t[0] == "img"]
    assert set(attrs) == {"src", "alt"}
    assert attrs["src"] == url
    assert attrs["alt"] == 'x" onload="alert(2)'


# --- dict and JSON ---------------------------------------------------------------------------


def test_to_dict_dates_are_iso_8601() -> None:
    data = FULL.to_dict()
    assert data["date_published"] == "2024-05-14T21:30:00+01:00"
    assert dt.datetime.fromisoformat(data["date_published"]) == PUBLISHED
    assert data["date_modified"] == "2024-05-15"
    assert dt.date.fromisoformat(data["date_modified"]) == MODIFIED
    assert Article().to_dict()["date_published"] is None


def test_to_dict_blocks_have_a_kind() -> None:
    blocks = FULL.to_dict()["blocks"]
    assert [b["kind"] for b in blocks] == [
        "paragraph",
        "heading",
        "list",
        "figure",
        "heading",
        "list",
        "quote",
        "table",
        "code",
    ]
    assert blocks[1] == {"kind": "heading", "text": "What happens next", "level": 2}
    assert blocks[2] == {"kind": "list", "items": list(BULLETS.items), "ordered": False}
    assert blocks[5]["ordered"] is True
    assert blocks[7]["rows"] == [list(row) for row in TABLE.rows]
    assert blocks[7]["header_rows"] == 1
    assert blocks[3] == {
        "kind": "figure",
        "image_url": FIGURE.image_url,
        "caption": FIGURE.caption,
        "credit": FIGURE.credit,
        "alt": FIGURE.alt,
    }


def test_to_dict_plain_values() -> None:
    data = FULL.to_dict()
    assert data["headline"] == HEADLINE
    assert data["authors"] == ["Ellen Marsh", "Tom Reyes"]
    assert data["provenance"] == {"headline": "dom", "body": "dom"}
    assert data["warnings"] == [{"code": "low-confidence-body", "message": "relaxed rules"}]
    assert data["removed"] == [
        {
            "kind": "share",
            "reason": "class/id token 'share'",
            "tag": "div",
            "preview": "Share on Facebook",
        }
    ]
    assert data["captions"] == [
        {"text": FIGURE.caption, "credit": FIGURE.credit, "image_url": FIGURE.image_url}
    ]
    assert data["body"] == FULL.body


def test_to_json_round_trips() -> None:
    text = FULL.to_json()
    assert json.loads(text) == FULL.to_dict()
    assert "£1.2m" in text  # not escaped to \u00a3 by default
    assert json.loads(FULL.to_json(indent=2, ensure_ascii=True)) == FULL.to_dict()
    assert FULL.to_json(ensure_ascii=True).isascii()


# --- plain text --------------------------------------------------------------------------------


def test_body_text_joins_blocks_and_skips_figures() -> None:
    text = body_text(BLOCKS)
    assert text == "\n\n".join(
        [
            INTRO.text,
            "What happens next",
            "A regional transport grant\nHigher fares from September",
            "The money",
            "Apply for the grant\nSet the new fares\nRenew the insurance",
            QUOTE.text,
            "Year | Passengers | Cost\n2022 | 41,200 | £1.2m\n2023 | 39,850 | £1.4m",
            CODE.text,
        ]
    )
    assert FIGURE.caption is not None
    assert FIGURE.caption not in text
    assert body_text(()) == ""
    assert body_text((FIGURE,)) == ""


# --- properties ------------------------------------------------------------------------------

_TEXT = st.text(alphabet=st.characters(exclude_categories=["Cs"]), min_size=1, max_size=200)


@given(text=_TEXT)
def test_html_text_always_escaped(text: str) -> None:
    out = _article(Paragraph(text), Heading(text), ListBlock((text,))).to_html()
    collected = _parse(out)
    assert {tag for tag, _ in collected.tags} <= {"article", "h1", "p", "br", "h2", "ul", "li"}
    assert html.escape(text.split("\n", maxsplit=1)[0], quote=True) in out


@given(text=_TEXT)
def test_json_round_trips_any_text(text: str) -> None:
    article = _article(Paragraph(text), Quote(text), headline=text)
    assert json.loads(article.to_json()) == article.to_dict()
    assert json.loads(article.to_json())["blocks"][0]["text"] == text
