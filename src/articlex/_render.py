"""Render an article's blocks: plain text, Markdown, sanitised HTML, and a JSON-ready dict.

Every renderer works from the typed blocks, never from the page's HTML, so what they emit
is built by articlex from text: ``to_html`` cannot carry a script, an event handler or a
form from the page, because it never copies markup, only escaped text and checked URLs.
"""

from __future__ import annotations

import datetime as _dt
import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import fields
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from articlex._models import Block, Code, Figure, Heading, ListBlock, Paragraph, Quote, Table

if TYPE_CHECKING:
    from articlex._models import Article

__all__ = ["article_dict", "article_html", "article_markdown", "body_text"]

#: URL schemes allowed in emitted links and images.
_SAFE_SCHEMES = frozenset({"http", "https", ""})


def body_text(blocks: Iterable[Block]) -> str:
    """The plain-text body: every non-figure block, separated by a blank line."""
    return "\n\n".join(block.text for block in blocks if not isinstance(block, Figure))


# --- Markdown ------------------------------------------------------------------------------


#: Characters that would become markup (links, raw HTML, code) inside Markdown text.
_MD_INLINE = re.compile(r"([\\`\[\]<>])")
#: Line starts that Markdown would read as a heading, quote, list item or rule.
_MD_LINE_START = re.compile(r"^(\s*)([#>+*=-]|\d+[.)])", re.MULTILINE)


def md_escape(text: str) -> str:
    """Text as literal Markdown: no link, raw HTML, code span or block marker survives."""
    text = _MD_INLINE.sub(r"\\\1", text)
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def _md_escape_cell(text: str) -> str:
    return md_escape(text).replace("|", "\\|").replace("\n", " ")


def block_markdown(block: Block) -> str:
    """One block as Markdown."""
    if isinstance(block, Heading):
        return f"{'#' * max(2, min(block.level, 6))} {md_escape(block.text)}"
    if isinstance(block, Paragraph):
        return md_escape(block.text).replace("\n", "  \n")
    if isinstance(block, ListBlock):
        return "\n".join(
            f"{i}. {md_escape(item)}" if block.ordered else f"- {md_escape(item)}"
            for i, item in enumerate(block.items, 1)
        )
    if isinstance(block, Quote):
        return "\n".join(
            f"> {line}" if line else ">" for line in md_escape(block.text).split("\n")
        )
    if isinstance(block, Code):
        return f"```\n{block.text}\n```"
    if isinstance(block, Table):
        return _table_markdown(block)
    return _figure_markdown(block)


def _table_markdown(table: Table) -> str:
    if not table.rows:
        return ""
    width = max(len(row) for row in table.rows)
    rows = [list(row) + [""] * (width - len(row)) for row in table.rows]
    head = rows[0] if table.header_rows else [""] * width
    body = rows[1:] if table.header_rows else rows
    lines = [
        "| " + " | ".join(_md_escape_cell(c) for c in head) + " |",
        "|" + "---|" * width,
    ]
    lines += ["| " + " | ".join(_md_escape_cell(c) for c in row) + " |" for row in body]
    if table.caption:
        lines.insert(0, f"*{md_escape(table.caption)}*\n")
    return "\n".join(lines)


def _figure_markdown(figure: Figure) -> str:
    alt = md_escape(figure.alt or figure.caption or "").replace("\n", " ")
    url = (figure.image_url or "").replace(" ", "%20").replace(")", "%29")
    parts = [f"![{alt}]({url})"] if _safe_url(figure.image_url) else []
    caption = " ".join(p for p in (figure.caption, figure.credit and f"({figure.credit})") if p)
    if caption:
        parts.append(f"*{md_escape(caption)}*")
    return "\n".join(parts)


def article_markdown(article: Article) -> str:
    """Headline, byline, date, then the body blocks."""
    parts: list[str] = []
    if article.headline:
        parts.append(f"# {md_escape(article.headline)}")
    byline = _byline(article)
    if byline:
        parts.append(f"*{md_escape(byline)}*")
    parts += [md for md in (block_markdown(b) for b in article.blocks) if md]
    return "\n\n".join(parts) + "\n"


def _byline(article: Article) -> str:
    bits: list[str] = []
    if article.authors:
        bits.append("By " + _join_names(article.authors))
    if article.date_published:
        bits.append(article.date_published.isoformat())
    return " · ".join(bits)


def _join_names(names: Sequence[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


# --- HTML ----------------------------------------------------------------------------------


def _safe_url(url: str | None) -> bool:
    if not url:
        return False
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return False
    return scheme in _SAFE_SCHEMES


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def block_html(block: Block) -> str:
    """One block as HTML built from escaped text only."""
    if isinstance(block, Heading):
        level = max(2, min(block.level, 6))
        return f"<h{level}>{_esc(block.text)}</h{level}>"
    if isinstance(block, Paragraph):
        return "<p>" + "<br>".join(_esc(line) for line in block.text.split("\n")) + "</p>"
    if isinstance(block, ListBlock):
        tag = "ol" if block.ordered else "ul"
        items = "".join(f"<li>{_esc(item)}</li>" for item in block.items)
        return f"<{tag}>{items}</{tag}>"
    if isinstance(block, Quote):
        inner = "".join(f"<p>{_esc(p)}</p>" for p in block.text.split("\n\n"))
        return f"<blockquote>{inner}</blockquote>"
    if isinstance(block, Code):
        return f"<pre><code>{_esc(block.text)}</code></pre>"
    if isinstance(block, Table):
        return _table_html(block)
    return _figure_html(block)


def _table_html(table: Table) -> str:
    rows = []
    for i, row in enumerate(table.rows):
        cell = "th" if i < table.header_rows else "td"
        rows.append("<tr>" + "".join(f"<{cell}>{_esc(c)}</{cell}>" for c in row) + "</tr>")
    caption = f"<caption>{_esc(table.caption)}</caption>" if table.caption else ""
    return f"<table>{caption}{''.join(rows)}</table>"


def _figure_html(figure: Figure) -> str:
    parts = ["<figure>"]
    if _safe_url(figure.image_url):
        alt = _esc(figure.alt or "")
        parts.append(f'<img src="{_esc(figure.image_url or "")}" alt="{alt}">')
    if figure.caption or figure.credit:
        credit = f' <small>{_esc(figure.credit)}</small>' if figure.credit else ""
        parts.append(f"<figcaption>{_esc(figure.caption or '')}{credit}</figcaption>")
    parts.append("</figure>")
    return "".join(parts)


def article_html(article: Article) -> str:
    """A sanitised ``<article>`` element: headline, byline, then the blocks."""
    parts = ["<article>"]
    if article.headline:
        parts.append(f"<h1>{_esc(article.headline)}</h1>")
    byline = _byline(article)
    if byline:
        parts.append(f"<p><em>{_esc(byline)}</em></p>")
    parts += [block_html(b) for b in article.blocks]
    parts.append("</article>")
    return "\n".join(parts)


# --- dict ----------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        out = {"kind": value.kind} if hasattr(value, "kind") else {}
        out.update({f.name: _plain(getattr(value, f.name)) for f in fields(value)})
        return out
    if hasattr(value, "value") and isinstance(getattr(value, "value", None), str):
        return value.value
    return value


def article_dict(article: Article) -> dict[str, Any]:
    """Every field of the article as JSON-ready Python values, in declaration order."""
    out: dict[str, Any] = {}
    for f in fields(article):
        value = getattr(article, f.name)
        if f.name == "provenance":
            out[f.name] = {k: v.value for k, v in value.items()}
        else:
            out[f.name] = _plain(value)
    return out
