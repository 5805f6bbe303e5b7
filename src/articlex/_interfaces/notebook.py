"""The notebook card: ``Article._repr_html_``, what Jupyter shows for an Article.

A readable card: headline, byline and dates, lead image, description, the body (folded
open), captions with credits, tags and categories, every field with the source it came
from, warnings, and, after ``explain=True``, what the cleaner removed and why.

It is as safe as ``to_html()``: every text is escaped, the body blocks are rendered by the
same sanitising renderer, the only URL is the lead image's, checked by the same rule, and
the card uses no script, no style, no handler, no link.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING

from articlex._render import block_html, byline_text, safe_image_url

if TYPE_CHECKING:  # pragma: no cover
    from articlex._models import Article

__all__ = ["article_card"]

#: Fields listed in the card's provenance table, in order.
CARD_FIELDS = (
    "headline", "authors", "date_published", "date_modified", "description", "site_name",
    "language", "canonical_url", "lead_image", "tags", "categories", "captions", "body",
)  # fmt: skip
#: Characters of a field value shown in the provenance table before it is cut.
MAX_CELL_CHARS = 160


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, tuple):
        return ", ".join(_text(v) for v in value)
    return str(value)


def _cut(text: str) -> str:
    return text if len(text) <= MAX_CELL_CHARS else text[: MAX_CELL_CHARS - 1] + "…"


def _byline(article: Article) -> str:
    """The renderers' byline, plus the modification date the card also shows."""
    parts = [byline_text(article)] if article.authors or article.date_published else []
    if article.date_modified:
        parts.append(f"updated {_text(article.date_modified)}")
    return " · ".join(parts)


def _details(summary: str, inner: str, *, open_: bool = False) -> str:
    flag = " open" if open_ else ""
    return f"<details{flag}><summary>{escape(summary)}</summary>{inner}</details>"


def _provenance_table(article: Article) -> str:
    rows = []
    for name in CARD_FIELDS:
        value = getattr(article, name)
        if name == "captions":
            value = f"{len(article.captions)} caption(s)" if article.captions else None
        elif name == "body":
            value = f"{len(article.body.split())} words" if article.body else None
        if value in (None, "", ()):
            continue
        source = article.provenance.get(name)
        rows.append(
            f"<tr><td>{escape(name)}</td><td>{escape(_cut(_text(value)))}</td>"
            f"<td>{escape(source.value if source else '')}</td></tr>"
        )
    head = "<tr><th>field</th><th>value</th><th>source</th></tr>"
    return f"<table>{head}{''.join(rows)}</table>"


def _captions(article: Article) -> str:
    items = []
    for caption in article.captions:
        credit = f" <small>{escape(caption.credit)}</small>" if caption.credit else ""
        items.append(f"<li>{escape(caption.text)}{credit}</li>")
    return f"<ul>{''.join(items)}</ul>"


def _removed(article: Article) -> str:
    rows = "".join(
        f"<tr><td>{escape(r.kind)}</td><td>{escape(r.reason)}</td><td>{escape(r.tag)}</td>"
        f"<td>{escape(_cut(r.preview))}</td></tr>"
        for r in article.removed
    )
    head = "<tr><th>kind</th><th>reason</th><th>tag</th><th>preview</th></tr>"
    return f"<table>{head}{rows}</table>"


def article_card(article: Article) -> str:
    """The Article as a sanitised HTML card for notebooks."""
    parts = ['<div class="articlex-article">']
    site = " · ".join(v for v in (article.site_name, article.language) if v)
    if site:
        parts.append(f"<p><small>{escape(site)}</small></p>")
    parts.append(f"<h2>{escape(article.headline or '(no headline)')}</h2>")
    byline = _byline(article)
    if byline:
        parts.append(f"<p><em>{escape(byline)}</em></p>")
    if article.lead_image and safe_image_url(article.lead_image):
        parts.append(f'<p><img src="{escape(article.lead_image)}" alt="lead image"></p>')
    if article.description:
        parts.append(f"<p><em>{escape(article.description)}</em></p>")
    body = "\n".join(block_html(block) for block in article.blocks) or "<p>(no body)</p>"
    words = len(article.body.split())
    parts.append(_details(f"Body: {words} words, {len(article.blocks)} blocks", body, open_=True))
    if article.captions:
        parts.append(_details(f"Captions ({len(article.captions)})", _captions(article)))
    labels = [("Tags", article.tags), ("Categories", article.categories)]
    for label, values in labels:
        if values:
            parts.append(f"<p><b>{label}:</b> {escape(', '.join(values))}</p>")
    parts.append(_details("Fields and where they came from", _provenance_table(article)))
    if article.warnings:
        items = "".join(
            f"<li>{escape(w.code.value)}: {escape(w.message)}</li>" for w in article.warnings
        )
        parts.append(f"<p><b>Warnings:</b></p><ul>{items}</ul>")
    if article.removed:
        parts.append(
            _details(f"Removed by the cleaner ({len(article.removed)})", _removed(article))
        )
    parts.append("</div>")
    return "\n".join(parts)
