"""The pipeline: decode -> parse -> (structured data, clean -> locate -> blocks) -> Article.

``extract`` is pure: no network, no global state, the caller's tree never touched. The
body's search, strict pass and relaxed retries, is :mod:`articlex._passes`; when it finds
no body worth the name, the JSON-LD ``articleBody`` stands in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

from lxml import etree

from articlex._errors import ArticlexError, ExtractionError
from articlex._fields import Found, Verdicts
from articlex._fields.authors import find_authors
from articlex._fields.canonical_url import find_canonical_url
from articlex._fields.captions import (
    CaptionCandidate,
    captions_from_jsonld,
    collect_captions,
    select_captions,
)
from articlex._fields.categories import find_categories
from articlex._fields.comments import find_comments
from articlex._fields.dates import DateValue, find_dates, publication_stated
from articlex._fields.description import find_description
from articlex._fields.fingerprint import fingerprint_of
from articlex._fields.headline import find_headline, headline_element, repeated_text
from articlex._fields.hostname import find_hostname
from articlex._fields.language import find_language
from articlex._fields.lead_image import find_lead_image
from articlex._fields.license import find_declared_license, find_text_license
from articlex._fields.media import collect_media, media_in_body
from articlex._fields.page_type import PageSignals, choose_page_type, read_page_signals
from articlex._fields.site_name import find_site_name
from articlex._fields.tags import find_tags
from articlex._fields.terms import PageKeys
from articlex._meta import PageData, read_page_data
from articlex._models import (
    Article,
    Block,
    Caption,
    ExtractionWarning,
    Figure,
    Paragraph,
    Provenance,
    Source,
    WarningCode,
)
from articlex._options import ExtractOptions
from articlex._parse import Parsed, is_supported_input, parse_input
from articlex._passes import (
    NO_BODY,
    BodyResult,
    find_body,
    has_thread_address,
    is_short,
    is_thread,
)
from articlex._render import body_text
from articlex._selectors import remove_selected
from articlex._text import collapse_ws

__all__ = ["extract"]

_DEFAULT_OPTIONS = ExtractOptions()
#: How much of an unexpected exception's message an ExtractionError repeats.
MAX_ERROR_MESSAGE_CHARS = 300


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
            BeautifulSoup object: each form of a page gives its Article (a soup, but for
            the whitespace BeautifulSoup drops). A tree given here is never modified.
        url: the page's URL, used to resolve relative links and image sources.
        content_type: the HTTP ``Content-Type`` header the page was served with, if known.
        options: an :class:`ExtractOptions`; the defaults otherwise.

    Returns:
        An :class:`Article`. A page with no recognisable article gives an empty ``body``
        and a ``no-main-content`` warning rather than an error.

    Raises:
        TypeError: an argument is of an unsupported type.
        EmptyDocumentError: the document is empty.
        NotHTMLError: the input is binary data (PDF, image, archive, corrupt gzip...).
        InputTooLargeError: the input exceeds ``options.max_input_size`` (gzip-compressed
            input: once decompressed).
        URLInputError: ``html`` is a URL, not a page: articlex never downloads.
        ExtractionError: an unexpected failure inside articlex (a bug, with the original
            exception chained as ``__cause__``).

    The contract, for any input whatsoever: an :class:`Article` (possibly empty, with a
    ``no-main-content`` warning and ``is_probably_article`` false) or one of the
    :class:`ArticlexError` subclasses above, or ``TypeError`` for a wrong argument type.
    No exception from lxml, BeautifulSoup, dateutil or charset-normalizer gets through,
    work is bounded by ``options.max_input_size`` and ``options.max_depth``, and the same
    input always gives the same Article.
    """
    _check_arguments(html, url, content_type, options)
    opts = options or _DEFAULT_OPTIONS
    try:
        return _extract(html, url, content_type, opts)
    except ArticlexError:
        raise
    except Exception as exc:  # the contract: nothing but ArticlexError leaves extract
        message = f"{type(exc).__name__}: {exc}"
        if len(message) > MAX_ERROR_MESSAGE_CHARS:
            message = message[:MAX_ERROR_MESSAGE_CHARS] + "..."
        raise ExtractionError(f"extraction failed inside articlex ({message})") from exc


def _check_arguments(html: Any, url: Any, content_type: Any, options: Any) -> None:
    """Wrong argument types are the caller's error, raised before any work."""
    if not is_supported_input(html):
        raise TypeError(
            "html must be bytes, str, an lxml element or tree, or a BeautifulSoup object, "
            f"not {type(html).__name__}"
        )
    for name, value in (("url", url), ("content_type", content_type)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name} must be a str or None, not {type(value).__name__}")
    if options is not None and not isinstance(options, ExtractOptions):
        raise TypeError(f"options must be ExtractOptions or None, not {type(options).__name__}")


def _extract(html: Any, url: str | None, content_type: str | None, opts: ExtractOptions) -> Article:
    parsed = parse_input(html, content_type, opts)
    root = parsed.root
    remove_selected(root, opts.remove)  # the caller's own: before anything reads the page
    page = read_page_data(root, url)
    warnings = _input_warnings(parsed, page)
    # Fields read the intact tree: the cleaner has not yet removed bylines and datelines.
    fields = _read_fields(root, page, opts)
    wants_body = opts.wants("body")
    # Captions are chosen within the body's scope; a lead image may come from its figures,
    # a license from its text; the fingerprint is the body's.
    needs_body = (
        wants_body
        or opts.wants("captions")
        or opts.wants("page_type")
        or opts.wants("fingerprint")
        or opts.wants("media")
        or (opts.wants("lead_image") and fields.lead_image is None)
        or (opts.wants("license") and fields.license is None)
    )
    # Players are read from the intact page: the cleaner drops them with what it removes.
    media_candidates = collect_media(root, url) if opts.wants("media") else []
    comments = find_comments(root) if opts.comments else ()
    body = (
        find_body(
            parsed,
            opts,
            url,
            fields.repeated_headline,
            fields.verdicts,
            is_thread(page, url),
            story_signs=fields.dated or fields.signed,
        )
        if needs_body
        else NO_BODY
    )
    media = media_in_body(media_candidates, body.anchors)
    captions: tuple[Caption, ...] = ()
    if opts.wants("captions"):
        scope = _article_scope(body.anchors, fields.headline_ancestors)
        captions = select_captions(fields.caption_candidates, scope) or _figure_captions(
            body.blocks
        )
    blocks, text, body_source = _final_body(body, page, opts) if needs_body else ((), "", None)
    lead_image = fields.lead_image
    if lead_image is None and opts.wants("lead_image"):
        lead_image = _first_figure_image(blocks)
    license_ = fields.license
    if license_ is None and opts.wants("license"):
        license_ = find_text_license(text, blocks)
    fingerprint = None
    if opts.wants("fingerprint") and text and body_source is not None:
        value = fingerprint_of(text)
        fingerprint = Found(value, body_source) if value else None
    kind: Found[str] | None = None
    evidence = False
    if fields.page_signals is not None:
        kind, evidence = choose_page_type(
            fields.page_signals,
            listing=body.listing,
            dated=fields.dated,
            signed=fields.signed,
            body_chars=len(text),
            prose_chars=sum(len(block.text) for block in blocks if block.kind == "paragraph"),
            thread_address=has_thread_address(url),
        )
    page_type = _value(kind)
    if wants_body:
        signed_post = fields.dated and fields.signed
        warnings += _body_warnings(body, text, body_source, page, page_type, evidence, signed_post)
    else:
        blocks, text = (), ""
    caption_source = Source.DOM
    if captions and captions_from_jsonld(fields.caption_candidates, captions):
        caption_source = Source.JSON_LD
    # Every field as found, with its source: the Article's values and its provenance are
    # both read from here, so a field's source is written in this one place.
    found: dict[str, Found[Any] | None] = {
        "canonical_url": fields.canonical_url,
        "headline": fields.headline if opts.wants("headline") else None,
        "authors": fields.authors,
        "date_published": fields.date_published,
        "date_modified": fields.date_modified,
        "description": fields.description,
        "site_name": fields.site_name,
        "language": fields.language,
        "lead_image": lead_image,
        "tags": fields.tags,
        "categories": fields.categories,
        "page_type": kind,
        "hostname": fields.hostname,
        "license": license_,
        "fingerprint": fingerprint,
        "captions": Found(captions, caption_source) if captions else None,
        "media": Found(media, Source.DOM) if media else None,
        "comments": Found(comments, Source.DOM) if comments else None,
        "body": Found(text, body_source) if text and body_source is not None else None,
    }
    values = {name: value.value for name, value in found.items() if value is not None}
    return Article(
        url=url,
        **values,
        blocks=blocks,
        provenance=Provenance({name: f.source for name, f in found.items() if f is not None}),
        warnings=tuple(warnings),
        removed=body.removed if wants_body else (),
    )


def _final_body(
    body: BodyResult, page: PageData, opts: ExtractOptions
) -> tuple[tuple[Block, ...], str, Source]:
    """The located body, or JSON-LD ``articleBody`` when that is all the page has."""
    if is_short(body.text) and opts.jsonld_fallback:
        fallback = _jsonld_body(page)
        if fallback and len(fallback) > len(body.text):
            blocks = tuple(Paragraph(p) for p in _split_lines(fallback))
            return blocks, body_text(blocks), Source.JSON_LD
    return body.blocks, body.text, Source.DOM


def _body_warnings(
    body: BodyResult,
    text: str,
    source: Source | None,
    page: PageData,
    page_type: str | None,
    page_type_evidence: bool,
    signed_post: bool = False,
) -> list[ExtractionWarning]:
    """What a reader of the body should know: relaxed rules, a JSON-LD body, no body,
    a body that is not an article's (``page_type_evidence``: whether the page's kind
    rests on what the page shows or declares, not on the absence of an article's
    signs). A short body under a date and a byline (``signed_post``) is a short post."""
    found: list[ExtractionWarning] = []
    if body.pass_index > 0 and body.text:
        found.append(
            ExtractionWarning(
                WarningCode.LOW_CONFIDENCE_BODY,
                "the body was found only with relaxed cleaning rules",
            )
        )
    if source is Source.JSON_LD:
        found.append(
            ExtractionWarning(
                WarningCode.JSONLD_BODY_FALLBACK, "the body comes from JSON-LD articleBody"
            )
        )
    if not text:
        found.append(
            ExtractionWarning(
                WarningCode.NO_MAIN_CONTENT,
                "no article body found: the page may not be an article",
            )
        )
    elif is_short(text) and not (_declares_article(page) or signed_post or body.listing):
        found.append(
            ExtractionWarning(
                WarningCode.NO_MAIN_CONTENT,
                "only a few lines of text found, and the page does not declare itself an "
                "article: it is probably a listing, a search page or a login wall",
            )
        )
    elif page_type is not None and page_type != "article" and page_type_evidence:
        found.append(
            ExtractionWarning(
                WarningCode.NOT_AN_ARTICLE,
                f"the page is not an article but a page of kind {page_type!r}: the body "
                "is its main text",
            )
        )
    return found


@dataclass(frozen=True)
class _Fields:
    """Every metadata field, read from the intact tree before the body is searched."""

    headline: Found[str] | None
    headline_ancestors: frozenset[etree._Element]
    repeated_headline: str | None  # the headline as the body would repeat it
    authors: Found[tuple[str, ...]] | None
    date_published: Found[DateValue] | None
    date_modified: Found[DateValue] | None
    tags: Found[tuple[str, ...]] | None
    categories: Found[tuple[str, ...]] | None
    description: Found[str] | None
    site_name: Found[str] | None
    language: Found[str] | None
    lead_image: Found[str] | None
    canonical_url: Found[str] | None
    hostname: Found[str] | None
    license: Found[str] | None  # as the page declares it (its body's text is read later)
    caption_candidates: list[CaptionCandidate]
    page_signals: PageSignals | None  # what the page says of its kind
    dated: bool  # a publication date was found (asked for or not)
    signed: bool  # authors were found (asked for or not)
    verdicts: Verdicts  # the class/id verdicts judged so far, for the cleaner


def _read_fields(root: etree._Element, page: PageData, opts: ExtractOptions) -> _Fields:
    """Each field the options ask for; the headline also when the body or the site name
    needs it (the body drops it, the site name is read beside it in the ``<title>``)."""
    wants = opts.wants
    # The cleaner's verdicts on the intact page, judged once for all the fields' tests.
    verdicts = Verdicts()
    keys = PageKeys(page)  # the names that tags and categories are told from, read once
    # page_type weighs the body, a date and authors: they are read for it if need be.
    needs_headline = any(map(wants, _HEADLINE_USERS))
    headline = find_headline(root, page, verdicts) if needs_headline or wants("site_name") else None
    element = (
        headline_element(root, headline.value, page, cut=headline.source is Source.DOM)
        if headline and needs_headline
        else None
    )
    anchors = frozenset((element, *element.iterancestors())) if element is not None else frozenset()
    # page_type weighs a date and authors, and so does the body search (a page showing
    # neither is read as a listing when its strict pass reads one, see find_body).
    needs_signs = any(map(wants, _BODY_USERS))
    published, modified = (
        find_dates(root, page, verdicts, opts.reference_time)
        if needs_signs or wants("date_published") or wants("date_modified")
        else (None, None)
    )
    authors = find_authors(root, page, verdicts) if needs_signs or wants("authors") else None
    wants_host = wants("hostname")
    canonical = find_canonical_url(page) if wants("canonical_url") or wants_host else None
    return _Fields(
        headline=headline,
        headline_ancestors=anchors,
        repeated_headline=repeated_text(element, headline.value) if headline else None,
        authors=authors if wants("authors") else None,
        date_published=published if wants("date_published") else None,
        date_modified=modified if wants("date_modified") else None,
        tags=find_tags(root, page, verdicts, keys) if wants("tags") else None,
        categories=find_categories(root, page, verdicts, keys) if wants("categories") else None,
        description=find_description(page) if wants("description") else None,
        site_name=(
            find_site_name(page, headline.value if headline else None)
            if wants("site_name")
            else None
        ),
        language=find_language(page) if wants("language") else None,
        lead_image=find_lead_image(page) if wants("lead_image") else None,
        canonical_url=canonical if wants("canonical_url") else None,
        hostname=find_hostname(canonical, page.url) if wants_host else None,
        license=find_declared_license(root, page) if wants("license") else None,
        caption_candidates=(
            collect_captions(root, page.url, page, verdicts) if wants("captions") else []
        ),
        page_signals=read_page_signals(root, page) if wants("page_type") else None,
        dated=publication_stated(published, modified),
        signed=bool(authors and authors.value),
        verdicts=verdicts,
    )


T = TypeVar("T")

#: The fields that read the body (which drops the headline and is searched knowing
#: whether the page is dated and signed), whether or not it is asked for.
_BODY_USERS = ("body", "page_type", "captions", "media", "lead_image", "license", "fingerprint")
_HEADLINE_USERS = ("headline", *_BODY_USERS)


def _value(found: Found[T] | None) -> T | None:
    return found.value if found is not None else None


def _article_scope(
    anchors: tuple[etree._Element, ...], headline_ancestors: frozenset[etree._Element]
) -> etree._Element | None:
    """The element holding the whole article: the nearest common ancestor of the body's
    containers and its headline, unless that is the whole page (then the body's own)."""
    if not anchors:
        return None
    common = _common_ancestor(anchors)
    for node in (common, *common.iterancestors()):
        if node in headline_ancestors:
            if node.tag in ("body", "html"):
                return common if len(anchors) > 1 else common.getparent()
            return node
    return common if len(anchors) > 1 else common.getparent()


def _common_ancestor(elements: tuple[etree._Element, ...]) -> etree._Element:
    first = elements[0]
    if len(elements) == 1:
        return first
    others = [frozenset((e, *e.iterancestors())) for e in elements[1:]]
    for node in (first, *first.iterancestors()):
        if all(node in chain for chain in others):
            return node
    return first


def _figure_captions(blocks: tuple[Block, ...]) -> tuple[Caption, ...]:
    return tuple(
        Caption(block.caption, block.credit, block.image_url)
        for block in blocks
        if isinstance(block, Figure) and block.caption
    )


def _first_figure_image(blocks: tuple[Block, ...]) -> Found[str] | None:
    for block in blocks:
        if isinstance(block, Figure) and block.image_url:
            return Found(block.image_url, Source.DOM)
    return None


def _input_warnings(parsed: Parsed, page: PageData) -> list[ExtractionWarning]:
    warnings: list[ExtractionWarning] = []
    if parsed.decompressed:
        warnings.append(
            ExtractionWarning(WarningCode.DECOMPRESSED, "the input was gzip-compressed")
        )
    if parsed.flattened:
        warnings.append(
            ExtractionWarning(
                WarningCode.DEEP_NESTING,
                f"elements nested deeper than max_depth={parsed.max_depth} were flattened",
            )
        )
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
