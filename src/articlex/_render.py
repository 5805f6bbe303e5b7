"""Render an article's blocks: plain text, Markdown, sanitised HTML, and a JSON-ready dict.

Every renderer works from the typed blocks, never from the page's HTML, so what they emit
is built by articlex from text: ``to_html`` cannot carry a script, an event handler or a
form from the page, because it never copies markup, only escaped text and checked URLs.

The output is held to allow-lists, not deny-lists: :data:`HTML_TAGS` and
:data:`HTML_ATTRIBUTES` are the only elements and attributes ``to_html`` writes (``_element``
refuses anything else), and an image URL is written only when :func:`safe_image_url` accepts
it (schemes in :data:`IMAGE_URL_SCHEMES`, a relative URL, or a base64 raster ``data:`` image
matching :data:`RASTER_DATA_URL`). The Markdown renderer escapes every character that could
start raw HTML, a link, a code span or a code fence, fences code with more backticks than
the code holds, and writes image URLs only after the same check.
"""

from __future__ import annotations

import datetime as _dt
import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import fields
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from articlex._models import (
    Block,
    Code,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    Span,
    Table,
)
from articlex._urls import URL_STRIP

if TYPE_CHECKING:
    from articlex._models import Article

__all__ = [
    "HTML_ATTRIBUTES",
    "HTML_TAGS",
    "IMAGE_URL_SCHEMES",
    "RASTER_DATA_URL",
    "article_dict",
    "article_html",
    "article_markdown",
    "body_text",
    "byline_text",
    "safe_image_url",
]

#: Every element ``to_html`` may write. All of them are inert (no script, no form, no
#: embedded document, no link): the output's only URL is an ``<img src>``.
HTML_TAGS: frozenset[str] = frozenset({
    "article", "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "em", "small",
    "a", "strong", "sub", "sup",
    "ul", "ol", "li", "blockquote", "pre", "code",
    "table", "caption", "tr", "th", "td", "figure", "figcaption", "img",
})  # fmt: skip
#: The attributes each element may carry; elements not listed carry none. No ``on*``
#: handler, no ``style``, no ``srcset``: ``src`` and ``href`` are the URL attributes.
HTML_ATTRIBUTES: dict[str, frozenset[str]] = {
    "img": frozenset({"src", "alt"}),
    "a": frozenset({"href"}),
}
#: Attributes whose value is a URL, checked with :func:`safe_image_url` before writing
#: (and an ``href`` is never a ``data:`` URL).
_URL_ATTRIBUTES = frozenset({"src", "href"})
#: Elements written without an end tag.
_VOID_TAGS = frozenset({"br", "img"})

#: URL schemes an image may use in ``to_html`` and ``to_markdown``. A URL with no scheme
#: (relative, or protocol-relative ``//host/a.jpg``) is allowed too, as are the data URLs
#: below; every other scheme (``javascript:``, ``vbscript:``, ``file:``...) is refused.
IMAGE_URL_SCHEMES: frozenset[str] = frozenset({"http", "https"})
#: The only ``data:`` URLs allowed, and only as an image source: a base64 raster image.
#: ``data:image/svg+xml`` is refused (an SVG document can carry script and handlers), as is
#: every other media type (``data:text/html`` is a whole document).
RASTER_DATA_URL: re.Pattern[str] = re.compile(
    r"data:image/(?:png|jpeg|gif|webp|avif);base64,[A-Za-z0-9+/]*={0,2}", re.IGNORECASE
)
#: A browser strips C0 controls and space from both ends of a URL (``URL_STRIP``)...
#: ... and removes from anywhere inside it, so ``java\tscript:`` is ``javascript:``.
_URL_REMOVED = re.compile(r"[\t\n\r]")
#: Control characters (other than HTML whitespace) that have no business in a URL, at
#: either end or inside: such a URL is refused.
_URL_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
#: A URL scheme as the WHATWG URL parser reads it: a letter, then letters, digits, ``+-.``.
_URL_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
#: The end of a URL's scheme-or-path head: a colon after this is inside the path.
_URL_HEAD_END = re.compile(r"[/\\?#]")
#: Rounds of decoding (character references, percent-escapes) a URL is checked through; a
#: URL still changing after them is refused (no image URL is encoded that many times, and
#: the bound keeps the check linear in the URL's length).
_URL_DECODE_ROUNDS = 4


def body_text(blocks: Iterable[Block]) -> str:
    """The plain-text body: every non-figure block, separated by a blank line."""
    return "\n\n".join(block.text for block in blocks if not isinstance(block, Figure))


# --- Markdown ------------------------------------------------------------------------------


#: Characters that would become markup inside Markdown text (CommonMark and GitHub's
#: extensions): links and images, raw HTML, code spans, emphasis (``*``, and ``_`` where
#: it can open or close emphasis: not between two letters or digits, as in snake_case),
#: strikethrough (``~``), and an ``&`` that would start a character reference.
_MD_INLINE = re.compile(r"([\\`*~\[\]<>]|&(?=#?[A-Za-z0-9]+;)|(?<![^\W_])_|_(?![^\W_]))")
#: Line starts that Markdown would read as a heading, quote, list item, rule or code fence
#: (``~~~``; a backtick fence is escaped by ``_MD_INLINE``): the marker (group 2), an
#: ordered item's digits (3) and its ``.`` or ``)`` (4), or the first character (5) of a
#: line that a table's delimiter row could be (``|--|--|``, ``:--|``). A line starts after
#: ``\n`` and also after a lone ``\r``, which CommonMark reads as a line ending too.
_MD_LINE_START = re.compile(
    r"(?:^|(?<=\r))([ \t]*)"
    r"(?:([#>+*=~-])|(\d+)([.)])|([|:])(?=[|: \t-]*-[|: \t-]*(?:$|\r)))",
    re.MULTILINE,
)
#: The ``#`` run ending a heading's text, which an ATX heading would drop as its closing
#: sequence (after a space, or when the text is nothing else).
_MD_HEADING_CLOSE = re.compile(r"(?:^|(?<=[ \t]))#+$")
#: Characters percent-encoded in a Markdown image URL: they would end the URL (spaces and
#: line separators of any script, controls, ``)``) or open a code span or raw HTML.
_MD_URL_UNSAFE = re.compile(r"[\x00-\x20\x7f<>()`]|\s")
#: A backslash (kept as one: it ends a URL's scheme like ``/``), and an ``&`` that would
#: start a character reference: both are backslash-escaped in a Markdown URL.
_MD_URL_ESCAPED = re.compile(r"\\|&(?=#?[A-Za-z0-9]+;)")


def md_escape(text: str) -> str:
    """Text as literal Markdown: no link, raw HTML, code span, emphasis or block marker
    survives (tests/test_render.py reads it back with a CommonMark parser)."""
    text = _MD_INLINE.sub(lambda m: "\\" + m.group(), text)
    return _MD_LINE_START.sub(_escape_line_start, text)


def _escape_line_start(match: re.Match[str]) -> str:
    indent, marker, digits, delimiter, table_rule = match.groups()
    if digits:  # "1\." (a backslash before a digit would show)
        return f"{indent}{digits}\\{delimiter}"
    return f"{indent}\\{marker or table_rule}"


def _md_url(url: str) -> str:
    """A checked URL as a Markdown link destination that ends where the URL ends: the URL
    as a browser reads it (ends stripped, tabs and newlines removed), then encoded."""
    url = _URL_REMOVED.sub("", url.strip(URL_STRIP))
    url = _MD_URL_UNSAFE.sub(lambda m: "%" + "".join(f"{b:02X}" for b in m.group().encode()), url)
    return _MD_URL_ESCAPED.sub(lambda m: "\\" + m.group(), url)


def _md_fence(code: str, shortest: int = 3) -> str:
    """A backtick fence longer than any backtick run in ``code``, so none can close it
    (``shortest`` backticks at least: three for a block, one for a code span)."""
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    return "`" * max(shortest, longest + 1)


def _md_escape_cell(text: str) -> str:
    return md_escape(text).replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def block_markdown(block: Block) -> str:
    """One block as Markdown."""
    if isinstance(block, Heading):
        text = _MD_HEADING_CLOSE.sub(r"\\\g<0>", md_escape(block.text))
        return f"{'#' * max(2, min(block.level, 6))} {text}"
    if isinstance(block, Paragraph):
        if block.spans:
            return _spanned(block.text, block.spans, _md_text, _md_span).replace("\n", "  \n")
        return md_escape(block.text).replace("\n", "  \n")
    if isinstance(block, ListBlock):
        return "\n".join(
            f"{i}. {md_escape(item)}" if block.ordered else f"- {md_escape(item)}"
            for i, item in enumerate(block.items, 1)
        )
    if isinstance(block, Quote):
        return "\n".join(f"> {line}" if line else ">" for line in md_escape(block.text).split("\n"))
    if isinstance(block, Code):
        fence = _md_fence(block.text)
        return f"{fence}\n{block.text}\n{fence}"
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
    alt = md_escape(figure.alt or figure.caption or "").replace("\r", " ").replace("\n", " ")
    parts: list[str] = []
    if figure.image_url and safe_image_url(figure.image_url):
        parts.append(f"![{alt}]({_md_url(figure.image_url)})")
    caption = " ".join(p for p in (figure.caption, figure.credit and f"({figure.credit})") if p)
    if caption:
        parts.append(f"*{md_escape(caption)}*")
    return "\n".join(parts)


def article_markdown(article: Article) -> str:
    """Headline, byline, date, then the body blocks."""
    parts: list[str] = []
    if article.headline:
        parts.append(f"# {md_escape(article.headline)}")
    byline = byline_text(article)
    if byline:
        parts.append(f"*{md_escape(byline)}*")
    parts += [md for md in (block_markdown(b) for b in article.blocks) if md]
    return "\n\n".join(parts) + "\n"


def byline_text(article: Article) -> str:
    """ "By A and B · 2026-01-03T22:47:12-05:00": the byline line of every rendering."""
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


def safe_image_url(url: str) -> bool:
    """Whether ``url`` may be written as an image source.

    The URL is read the way a browser reads it (ends stripped of controls and spaces, tabs
    and newlines removed), and so is every form of it that decoding HTML character
    references or percent-escapes makes (``javascript&colon;`` is ``javascript:`` to a
    Markdown renderer, ``%6Aavascript:`` to a consumer that unquotes): each form must be
    relative or use a scheme of :data:`IMAGE_URL_SCHEMES`, or be a :data:`RASTER_DATA_URL`.
    A URL holding a control character (other than HTML whitespace) is refused, as is a
    colon before the path that does not end a valid scheme (``java\\0script:``, ``1x:``),
    and a URL still decoding to something new after ``_URL_DECODE_ROUNDS`` rounds.
    """
    seen = {url}
    forms = [url]
    for _ in range(_URL_DECODE_ROUNDS + 1):
        if not all(_safe_url_form(form) for form in forms):
            return False
        decoded = {new for form in forms for new in (html.unescape(form), unquote(form))}
        forms = sorted(decoded - seen)
        if not forms:
            return True
        seen.update(forms)
    return False  # still decoding to something new: refused


def safe_link_url(url: str) -> bool:
    """Whether ``url`` may be written as a link: as :func:`safe_image_url`, but never a
    ``data:`` URL."""
    shown = _URL_REMOVED.sub("", url.strip(URL_STRIP)).lower()
    return safe_image_url(url) and not shown.startswith("data:")


def _safe_url_form(url: str) -> bool:
    if _URL_CONTROL.search(url):
        return False
    url = _URL_REMOVED.sub("", url.strip(URL_STRIP))
    if not url:
        return False
    head = _URL_HEAD_END.split(url, maxsplit=1)[0]
    if ":" not in head:
        return True  # relative: no scheme of its own
    scheme = _URL_SCHEME.match(head)
    if scheme is None:
        return False
    name = scheme.group(1).lower()
    if name in IMAGE_URL_SCHEMES:
        return True
    return name == "data" and RASTER_DATA_URL.fullmatch(url) is not None


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _element(tag: str, inner: str = "", **attributes: str) -> str:
    """``<tag ...>inner</tag>`` for an allowed tag and attributes; ``inner`` is HTML built
    by this module, attribute values are plain text and are escaped here."""
    allowed = HTML_ATTRIBUTES.get(tag, frozenset())
    if tag not in HTML_TAGS or not allowed.issuperset(attributes):
        raise ValueError(f"articlex does not write <{tag}> with {sorted(attributes)}")
    for name in _URL_ATTRIBUTES.intersection(attributes):
        if not (safe_link_url if name == "href" else safe_image_url)(attributes[name]):
            raise ValueError(f"unsafe URL in <{tag} {name}>")
    attrs = "".join(f' {name}="{_esc(value)}"' for name, value in attributes.items())
    if tag in _VOID_TAGS:
        return f"<{tag}{attrs}>"
    return f"<{tag}{attrs}>{inner}</{tag}>"


def block_html(block: Block) -> str:
    """One block as HTML built from escaped text only."""
    if isinstance(block, Heading):
        return _element(f"h{max(2, min(block.level, 6))}", _esc(block.text))
    if isinstance(block, Paragraph):
        if block.spans:
            return _element("p", _spanned(block.text, block.spans, _html_text, _html_span))
        return _element("p", _html_text(block.text))
    if isinstance(block, ListBlock):
        items = "".join(_element("li", _esc(item)) for item in block.items)
        return _element("ol" if block.ordered else "ul", items)
    if isinstance(block, Quote):
        inner = "".join(_element("p", _esc(p)) for p in block.text.split("\n\n"))
        return _element("blockquote", inner)
    if isinstance(block, Code):
        return _element("pre", _element("code", _esc(block.text)))
    if isinstance(block, Table):
        return _table_html(block)
    return _figure_html(block)


def _table_html(table: Table) -> str:
    rows = []
    for i, row in enumerate(table.rows):
        cell = "th" if i < table.header_rows else "td"
        rows.append(_element("tr", "".join(_element(cell, _esc(c)) for c in row)))
    caption = _element("caption", _esc(table.caption)) if table.caption else ""
    return _element("table", caption + "".join(rows))


def _figure_html(figure: Figure) -> str:
    parts: list[str] = []
    if figure.image_url and safe_image_url(figure.image_url):
        parts.append(_element("img", src=figure.image_url, alt=figure.alt or ""))
    if figure.caption or figure.credit:
        credit = " " + _element("small", _esc(figure.credit)) if figure.credit else ""
        parts.append(_element("figcaption", _esc(figure.caption or "") + credit))
    return _element("figure", "".join(parts))


def article_html(article: Article) -> str:
    """A sanitised ``<article>`` element: headline, byline, then the blocks."""
    parts = [""]
    if article.headline:
        parts.append(_element("h1", _esc(article.headline)))
    byline = byline_text(article)
    if byline:
        parts.append(_element("p", _element("em", _esc(byline))))
    parts += [block_html(b) for b in article.blocks]
    return _element("article", "\n".join(parts) + "\n")


# --- inline spans --------------------------------------------------------------------------

#: Markdown's markers around a span's text, by kind (a link and code are written apart).
_MD_SPAN_MARKERS: dict[str, tuple[str, str]] = {
    "strong": ("**", "**"),
    "emphasis": ("*", "*"),
    "subscript": ("<sub>", "</sub>"),
    "superscript": ("<sup>", "</sup>"),
}
#: The element of each span kind in ``to_html``.
_HTML_SPAN_TAGS: dict[str, str] = {
    "link": "a",
    "strong": "strong",
    "emphasis": "em",
    "code": "code",
    "subscript": "sub",
    "superscript": "sup",
}


def _spanned(
    text: str,
    spans: Sequence[Span],
    write_text: Callable[[str], str],
    write_span: Callable[[Span, str, str], str],
    start: int = 0,
    end: int | None = None,
) -> str:
    """``text[start:end]`` written with its spans: the text between them by
    ``write_text``, each span by ``write_span(span, its raw text, its inside written)``.
    Spans nest; one that crosses an earlier one is left out."""
    end = len(text) if end is None else end
    out: list[str] = []
    position = start
    index = 0
    while index < len(spans):
        span = spans[index]
        if span.start < position or span.end > end:  # crosses: not written
            index += 1
            continue
        inner_end = index + 1
        while inner_end < len(spans) and spans[inner_end].start < span.end:
            inner_end += 1
        out.append(write_text(text[position : span.start]))
        inside = _spanned(
            text, spans[index + 1 : inner_end], write_text, write_span, span.start, span.end
        )
        out.append(write_span(span, text[span.start : span.end], inside))
        position = span.end
        index = inner_end
    out.append(write_text(text[position:end]))
    return "".join(out)


def _md_text(text: str) -> str:
    return md_escape(text)


def _md_span(span: Span, raw: str, inside: str) -> str:
    if span.kind == "link":
        if span.href and safe_link_url(span.href):
            return f"[{inside}]({_md_url(span.href)})"
        return inside
    if span.kind == "code":
        code = raw.replace("\n", " ")
        fence = _md_fence(code, shortest=1)
        pad = " " if code[:1] == "`" or code[-1:] == "`" else ""
        return f"{fence}{pad}{code}{pad}{fence}"
    opening, closing = _MD_SPAN_MARKERS[span.kind]
    return f"{opening}{inside}{closing}"


def _html_text(text: str) -> str:
    return _element("br").join(_esc(line) for line in text.split("\n"))


def _html_span(span: Span, raw: str, inside: str) -> str:
    if span.kind == "link":
        if span.href and safe_link_url(span.href):
            return _element("a", inside, href=span.href)
        return inside
    return _element(_HTML_SPAN_TAGS[span.kind], inside)


# --- dict ----------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        out = {"kind": value.kind} if hasattr(value, "kind") else {}
        out.update({f.name: _plain(getattr(value, f.name)) for f in fields(value)})
        if isinstance(value, Paragraph) and not value.spans:
            del out["spans"]  # written only when links or formatting were asked for
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
