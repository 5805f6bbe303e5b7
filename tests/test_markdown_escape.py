"""Markdown shows text as written: read back by a CommonMark parser (markdown-it-py, with
GitHub's tables and strikethrough), every paragraph, heading and list item of an Article's
Markdown is plain text equal to the block's text: no emphasis, link, code, HTML, table or
block marker made of the page's own characters."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from articlex import Article, Heading, ListBlock, Paragraph

_PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])
#: Every ASCII punctuation character, some letters, digits, spaces and a non-ASCII letter.
_ALPHABET = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~" + "ab1 é"
#: Text as a block holds it: lines of collapsed whitespace, none empty.
_LINES = st.lists(
    st.text(alphabet=_ALPHABET, min_size=1, max_size=24)
    .map(lambda s: " ".join(s.split()))
    .filter(bool),
    min_size=1,
    max_size=3,
)


def _inline_text(token: Token) -> str:
    """The text of an inline token, refusing anything but text and line breaks."""
    parts: list[str] = []
    for child in token.children or ():
        if child.type == "text":
            parts.append(child.content)
        elif child.type in ("hardbreak", "softbreak"):
            parts.append("\n")
        else:
            raise AssertionError(f"{child.type} in {token.content!r}")
    return "".join(parts)


def _blocks_read_back(markdown: str) -> list[tuple[str, str]]:
    """(block kind, text) of every block the parser reads, in order."""
    tokens = _PARSER.parse(markdown)
    read: list[tuple[str, str]] = []
    for index, token in enumerate(tokens):
        if token.type == "inline":
            opener = tokens[index - 1].type
            read.append((opener, _inline_text(token)))
        elif token.type not in {
            "paragraph_open",
            "paragraph_close",
            "heading_open",
            "heading_close",
            "bullet_list_open",
            "bullet_list_close",
            "list_item_open",
            "list_item_close",
        }:
            raise AssertionError(f"{token.type} in {markdown!r}")
    return read


def _read_back(text: str) -> list[tuple[str, str]]:
    article = Article(
        blocks=(
            Paragraph(text),
            Heading(text.replace("\n", " "), 2),
            ListBlock((text.replace("\n", " "),)),
        )
    )
    return _blocks_read_back(article.to_markdown())


@settings(max_examples=400)
@given(lines=_LINES)
@example(lines=["snake_case and *stars* and _under_ and ~~gone~~"])
@example(lines=["a | b", "|-|-|"])
@example(lines=["a | b", ":-- | --:"])
@example(lines=["1. first", "- second", "+ third", "# fourth", "> fifth"])
@example(lines=["<b>bold</b> &amp; [link](x) `code` ![i](y) https://x.example"])
def test_markdown_reads_back_as_the_text(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert _read_back(text) == [
        ("paragraph_open", text),
        ("heading_open", text.replace("\n", " ")),
        ("paragraph_open", text.replace("\n", " ")),
    ]


@pytest.mark.parametrize(
    ("text", "markdown"),
    [
        ("Use *args and **kwargs", "Use \\*args and \\*\\*kwargs"),
        ("read_file and __init__", "read_file and \\_\\_init\\_\\_"),
        ("_lead_ ~tilde~", "\\_lead\\_ \\~tilde\\~"),
    ],
)
def test_escapes_are_few_and_where_needed(text: str, markdown: str) -> None:
    assert Article(blocks=(Paragraph(text),)).to_markdown().strip() == markdown
