"""The pipeline: decode -> parse -> (structured data, clean -> locate -> blocks) -> Article.

``extract`` is pure: no network, no global state, the caller's tree never touched. When
the first, strict pass finds no body worth the name, it retries on a fresh tree with
relaxed rules (Readability's approach), then falls back on the JSON-LD ``articleBody``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lxml import etree

from articlex._blocks import BlockContext, build_blocks
from articlex._clean import clean
from articlex._fields.headline import find_headline
from articlex._locate import locate_body
from articlex._meta import PageData, read_page_data
from articlex._models import (
    Article,
    Block,
    Caption,
    ExtractionWarning,
    Figure,
    Paragraph,
    Provenance,
    Removal,
    Source,
    WarningCode,
)
from articlex._options import ExtractOptions
from articlex._parse import Parsed, parse_input
from articlex._render import body_text
from articlex._rules.content import MIN_BODY_CHARS
from articlex._text import collapse_ws, text_weight

__all__ = ["extract"]

_DEFAULT_OPTIONS = ExtractOptions()


@dataclass(frozen=True)
class _Pass:
    """One way of looking for the body: which cleaning rules and class weights apply."""

    relaxed_cleaning: bool
    weigh_classes: bool


#: The strict pass first, then ever more relaxed retries (used only when needed).
_PASSES = (_Pass(False, True), _Pass(True, True), _Pass(True, False))


@dataclass(frozen=True)
class _Body:
    blocks: tuple[Block, ...]
    text: str
    removed: tuple[Removal, ...]
    pass_index: int


def extract(
    html: Any,
    *,
    url: str | None = None,
    content_type: str | None = None,
    options: ExtractOptions | None = None,
) -> Article:
    """Extract the article of one HTML page.

    Args:
        html: the page, as ``bytes`` (decoded from its BOM, ``content_type``, its
            ``<meta charset>``, or detection), ``str``, an lxml element or tree, or a
            BeautifulSoup object. A tree given here is never modified.
        url: the page's URL, used to resolve relative links and image sources.
        content_type: the HTTP ``Content-Type`` header the page was served with, if known.
        options: an :class:`ExtractOptions`; the defaults otherwise.

    Returns:
        An :class:`Article`. A page with no recognisable article gives an empty ``body``
        and a ``no-main-content`` warning rather than an error.

    Raises:
        TypeError: ``html`` is of an unsupported type.
        EmptyDocumentError: the document is empty.
        NotHTMLError: the input is binary data (PDF, image, archive...).
        InputTooLargeError: the input exceeds ``options.max_input_size``.
    """
    opts = options or _DEFAULT_OPTIONS
    parsed = parse_input(html, content_type, opts)
    root = parsed.root
    page = read_page_data(root)
    warnings = _input_warnings(parsed, page)
    headline = find_headline(root, page)
    headline_text = headline[0] if headline else None
    body = _find_body(parsed, opts, url, headline_text)
    provenance: dict[str, Source] = {}
    if headline:
        provenance["headline"] = headline[1]
    if body.pass_index > 0 and body.text:
        warnings.append(
            ExtractionWarning(
                WarningCode.LOW_CONFIDENCE_BODY,
                "the body was found only with relaxed cleaning rules",
            )
        )
    blocks, text = body.blocks, body.text
    if text_weight(text) < MIN_BODY_CHARS and opts.jsonld_fallback:
        fallback = _jsonld_body(page)
        if fallback and len(fallback) > len(text):
            blocks = tuple(Paragraph(p) for p in _split_lines(fallback))
            text = body_text(blocks)
            warnings.append(
                ExtractionWarning(
                    WarningCode.JSONLD_BODY_FALLBACK, "the body comes from JSON-LD articleBody"
                )
            )
    if text:
        provenance["body"] = Source.JSON_LD if _is_fallback(warnings) else Source.DOM
    if not text:
        warnings.append(
            ExtractionWarning(
                WarningCode.NO_MAIN_CONTENT,
                "no article body found: the page may not be an article",
            )
        )
    elif text_weight(text) < MIN_BODY_CHARS and not _declares_article(page):
        warnings.append(
            ExtractionWarning(
                WarningCode.NO_MAIN_CONTENT,
                "only a few lines of text found, and the page does not declare itself an "
                "article: it is probably a listing, a search page or a login wall",
            )
        )
    return Article(
        url=url,
        headline=headline_text,
        body=text,
        blocks=blocks,
        captions=_captions(blocks),
        provenance=Provenance(provenance),
        warnings=tuple(warnings),
        removed=body.removed,
    )


def _find_body(
    parsed: Parsed, opts: ExtractOptions, url: str | None, headline: str | None
) -> _Body:
    best: _Body | None = None
    for index, how in enumerate(_PASSES):
        root = parsed.root if index == 0 else parsed.reparse()
        result = _body_pass(root, how, index, opts, url, headline)
        if best is None or len(result.text) > len(best.text):
            best = result
        if text_weight(result.text) >= MIN_BODY_CHARS:
            return result
    assert best is not None
    return best


def _body_pass(
    root: etree._Element,
    how: _Pass,
    index: int,
    opts: ExtractOptions,
    url: str | None,
    headline: str | None,
) -> _Body:
    cleaned = clean(root, relaxed=how.relaxed_cleaning, explain=opts.explain)
    located = locate_body(root, weigh_classes=how.weigh_classes)
    if located is None:
        return _Body((), "", cleaned.removed, index)
    context = BlockContext(located.stats, opts, url, headline)
    blocks = tuple(build_blocks(located.elements, context))
    return _Body(blocks, body_text(blocks), cleaned.removed, index)


def _input_warnings(parsed: Parsed, page: PageData) -> list[ExtractionWarning]:
    warnings: list[ExtractionWarning] = []
    decoded = parsed.decoded
    if decoded is not None and decoded.guessed:
        warnings.append(
            ExtractionWarning(
                WarningCode.ENCODING_GUESSED, f"encoding guessed as {decoded.encoding}"
            )
        )
    if decoded is not None and decoded.had_errors:
        warnings.append(
            ExtractionWarning(WarningCode.ENCODING_ERRORS, "some bytes could not be decoded")
        )
    if page.jsonld.broken:
        warnings.append(
            ExtractionWarning(
                WarningCode.BROKEN_JSONLD, f"{page.jsonld.broken} JSON-LD script(s) skipped"
            )
        )
    return warnings


def _declares_article(page: PageData) -> bool:
    """The page's metadata says it is an article (so a short body is a short article)."""
    if any(True for _ in page.jsonld.articles()):
        return True
    return (page.meta.first("og:type") or "").lower() == "article"


def _jsonld_body(page: PageData) -> str | None:
    for obj in page.jsonld.articles():
        value = obj.get("articleBody")
        if isinstance(value, str) and value.strip():
            return value
    return None


def _split_lines(text: str) -> list[str]:
    return [p for p in (collapse_ws(line) for line in text.splitlines()) if p]


def _is_fallback(warnings: list[ExtractionWarning]) -> bool:
    return any(w.code is WarningCode.JSONLD_BODY_FALLBACK for w in warnings)


def _captions(blocks: tuple[Block, ...]) -> tuple[Caption, ...]:
    return tuple(
        Caption(block.caption, block.credit, block.image_url)
        for block in blocks
        if isinstance(block, Figure) and block.caption
    )
