"""The notebook card: ``Article._repr_html_``, what Jupyter shows for an Article.

A card in a frame, read top to bottom: the warnings first (what to doubt), then the
site, the headline, the byline with readable dates, the lead image and description, the
body's first paragraphs with the rest folded (``<details>``), the tags and categories as
chips (one per value: a tag may hold a comma), the license, and, folded, the captions
with credits, every field with the source it came from, and, after ``explain=True``,
what the cleaner removed and why.

It is as safe as ``to_html()``: every text is escaped, the body blocks are rendered by the
same sanitising renderer, the only URLs are the lead image's and the figures', checked by
the same rule, and the card uses no script, no ``<style>`` element, no handler, no link.
Its look comes from ``style`` attributes whose values are the constants below, never
from the page; their colours are translucent, so the card reads on light and dark
notebook themes alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from articlex._render import block_html, safe_image_url

if TYPE_CHECKING:  # pragma: no cover
    from articlex._models import Article, Block

__all__ = ["article_card"]

#: Fields listed in the card's provenance table, in order.
CARD_FIELDS = (
    "headline", "authors", "date_published", "date_modified", "description", "site_name",
    "language", "canonical_url", "hostname", "lead_image", "tags", "categories",
    "page_type", "license", "fingerprint", "captions", "body",
)  # fmt: skip
#: Characters of a field value shown in the provenance table before it is cut.
MAX_CELL_CHARS = 160
#: The body is shown up to its third paragraph (and at most this many blocks); the rest
#: is folded.
SHOWN_PARAGRAPHS = 3
MAX_SHOWN_BLOCKS = 6
#: Month names of the readable dates (English whatever the locale: ``strftime("%B")``
#: would follow the machine's).
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip

# The card's look: inline styles, fixed here (no page value ever enters them).
FRAME_STYLE = (
    "border:1px solid rgba(127,127,127,.35);border-radius:8px;padding:12px 18px;"
    "margin:4px 0;max-width:760px;line-height:1.5;overflow-wrap:break-word;"
    "font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif"
)
WARNINGS_STYLE = (
    "background:rgba(255,170,0,.14);border-left:4px solid #e0a000;border-radius:4px;"
    "padding:6px 10px;margin:0 0 10px 0"
)
WARNING_LIST_STYLE = "margin:4px 0 0 0;padding-left:20px"
SITE_STYLE = "margin:0;font-size:85%;opacity:.75"
HEADLINE_STYLE = "margin:4px 0 6px 0;line-height:1.25"
BYLINE_STYLE = "margin:0 0 10px 0;font-size:92%;opacity:.85"
IMAGE_STYLE = "max-width:100%;height:auto;border-radius:4px"
DESCRIPTION_STYLE = "margin:0 0 10px 0;font-style:italic"
FOLD_STYLE = "margin:6px 0"
SUMMARY_STYLE = "cursor:pointer;opacity:.8"
ROW_STYLE = "margin:8px 0 0 0"
CHIP_STYLE = (
    "display:inline-block;margin:2px 4px 2px 0;padding:1px 9px;border-radius:10px;"
    "background:rgba(127,127,127,.16);font-size:88%;white-space:nowrap"
)
TABLE_STYLE = "border-collapse:collapse;font-size:88%"
CELL_STYLE = (
    "padding:2px 8px;border-bottom:1px solid rgba(127,127,127,.2);text-align:left;"
    "vertical-align:top"
)
#: Cells of names and sources stay on one line; values wrap anywhere (long URLs).
NAME_CELL_STYLE = CELL_STYLE + ";white-space:nowrap"
VALUE_CELL_STYLE = CELL_STYLE + ";overflow-wrap:anywhere"


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, tuple):  # "; ": a tag may hold a comma
        return "; ".join(_text(v) for v in value)
    return str(value)


def _cut(text: str) -> str:
    return text if len(text) <= MAX_CELL_CHARS else text[: MAX_CELL_CHARS - 1] + "…"


def readable_date(value: dt.date | dt.datetime) -> str:
    """ "3 January 2026", "3 January 2026, 22:47 (UTC−05:00)", "... 10:00 UTC"."""
    day = f"{value.day} {MONTHS[value.month - 1]} {value.year}"
    if not isinstance(value, dt.datetime):
        return day
    text = f"{day}, {value:%H:%M}"
    offset = value.utcoffset()
    if offset is None:
        return text
    if not offset:
        return f"{text} UTC"
    sign = "+" if offset > dt.timedelta(0) else "−"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{text} (UTC{sign}{minutes // 60:02d}:{minutes % 60:02d})"


def _time(value: dt.date | dt.datetime) -> str:
    iso = escape(value.isoformat())
    return f'<time datetime="{iso}" title="{iso}">{escape(readable_date(value))}</time>'


def _byline(article: Article) -> str:
    """ "By A and B · 3 January 2026, 22:47 (UTC−05:00) · updated 4 January 2026"."""
    parts = []
    names = article.authors
    if names:
        joined = " and ".join(names) if len(names) <= 2 else ", ".join(names[:-1])
        if len(names) > 2:
            joined += " and " + names[-1]
        parts.append(escape("By " + joined))
    if article.date_published:
        parts.append(_time(article.date_published))
    modified = article.date_modified
    published = article.date_published
    if modified and not (published and readable_date(modified) == readable_date(published)):
        parts.append("updated " + _time(modified))
    return " · ".join(parts)


def _details(summary: str, inner: str, *, open_: bool = False) -> str:
    flag = " open" if open_ else ""
    return (
        f'<details{flag} style="{FOLD_STYLE}"><summary style="{SUMMARY_STYLE}">'
        f"{escape(summary)}</summary>{inner}</details>"
    )


def _warnings(article: Article) -> str:
    count = len(article.warnings)
    items = "".join(
        f"<li><code>{escape(w.code.value)}</code>: {escape(w.message)}</li>"
        for w in article.warnings
    )
    title = "1 warning" if count == 1 else f"{count} warnings"
    return (
        f'<div class="articlex-warnings" role="note" style="{WARNINGS_STYLE}">'
        f'<strong>⚠ {title}</strong><ul style="{WARNING_LIST_STYLE}">{items}</ul></div>'
    )


def _block_html(block: Block) -> str:
    # The renderer's HTML is escaped text and fixed tags: an image fits the card.
    return block_html(block).replace("<img ", f'<img style="{IMAGE_STYLE}" ')


def _body(article: Article) -> str:
    """The first paragraphs shown, the rest folded under a summary saying how much."""
    blocks = article.blocks
    if not blocks:
        return "<p><em>(no body)</em></p>"
    shown, paragraphs = 0, 0
    while shown < len(blocks) and shown < MAX_SHOWN_BLOCKS and paragraphs < SHOWN_PARAGRAPHS:
        paragraphs += blocks[shown].kind == "paragraph"
        shown += 1
    head = "\n".join(_block_html(block) for block in blocks[:shown])
    rest = blocks[shown:]
    if not rest:
        return f'<div class="articlex-body">{head}</div>'
    words = sum(len(block.text.split()) for block in rest if block.kind != "figure")
    summary = f"Read on: {len(rest)} more block{'s' if len(rest) > 1 else ''}, {words:,} words"
    folded = _details(summary, "\n".join(_block_html(block) for block in rest))
    return f'<div class="articlex-body">{head}\n{folded}</div>'


def _chips(label: str, values: tuple[str, ...]) -> str:
    chips = " ".join(
        f'<span class="articlex-chip" style="{CHIP_STYLE}">{escape(value)}</span>'
        for value in values
    )
    return (
        f'<div class="articlex-{label.lower()}" style="{ROW_STYLE}">'
        f"<strong>{label}</strong> {chips}</div>"
    )


def _table(head: tuple[str, ...], rows: Sequence[tuple[str, ...]], values: frozenset[int]) -> str:
    """A table; the columns ``values`` wrap, the others stay on one line."""

    def row(cells: tuple[str, ...], tag: str) -> str:
        inner = "".join(
            f'<{tag} style="{VALUE_CELL_STYLE if i in values else NAME_CELL_STYLE}">'
            f"{escape(c)}</{tag}>"
            for i, c in enumerate(cells)
        )
        return f"<tr>{inner}</tr>"

    body = "".join(row(cells, "td") for cells in rows)
    return f'<table style="{TABLE_STYLE}">{row(head, "th")}{body}</table>'


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
        rows.append((name, _cut(_text(value)), source.value if source else ""))
    return _table(("field", "value", "source"), rows, frozenset({1}))


def _captions(article: Article) -> str:
    items = []
    for caption in article.captions:
        credit = f" <small>{escape(caption.credit)}</small>" if caption.credit else ""
        items.append(f"<li>{escape(caption.text)}{credit}</li>")
    return f"<ul>{''.join(items)}</ul>"


def _removed(article: Article) -> str:
    rows = [(r.kind, r.reason, r.tag, _cut(r.preview)) for r in article.removed]
    return _table(("kind", "reason", "tag", "preview"), rows, frozenset({1, 3}))


def article_card(article: Article) -> str:
    """The Article as a sanitised HTML card for notebooks."""
    parts = [f'<div class="articlex-article" style="{FRAME_STYLE}">']
    if article.warnings:
        parts.append(_warnings(article))
    site = " · ".join(
        v for v in (article.site_name, article.hostname, article.language, article.page_type) if v
    )
    if site:
        parts.append(f'<p class="articlex-site" style="{SITE_STYLE}">{escape(site)}</p>')
    parts.append(f'<h2 style="{HEADLINE_STYLE}">{escape(article.headline or "(no headline)")}</h2>')
    byline = _byline(article)
    if byline:
        parts.append(f'<p class="articlex-byline" style="{BYLINE_STYLE}">{byline}</p>')
    if article.lead_image and safe_image_url(article.lead_image):
        parts.append(
            f'<p><img src="{escape(article.lead_image)}" alt="lead image" '
            f'style="{IMAGE_STYLE};max-height:360px"></p>'
        )
    if article.description:
        parts.append(f'<p style="{DESCRIPTION_STYLE}">{escape(article.description)}</p>')
    parts.append(_body(article))
    if article.tags:
        parts.append(_chips("Tags", article.tags))
    if article.categories:
        parts.append(_chips("Categories", article.categories))
    if article.license:
        parts.append(
            f'<p class="articlex-license" style="{ROW_STYLE}"><strong>License</strong> '
            f"{escape(article.license)}</p>"
        )
    if article.captions:
        parts.append(_details(f"Captions ({len(article.captions)})", _captions(article)))
    parts.append(_details("Fields and where they came from", _provenance_table(article)))
    if article.removed:
        parts.append(
            _details(f"Removed by the cleaner ({len(article.removed)})", _removed(article))
        )
    parts.append("</div>")
    return "\n".join(parts)
