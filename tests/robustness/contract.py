"""The robustness contract of :func:`articlex.extract`, as one checking function.

For any input, ``extract`` returns a valid :class:`~articlex.Article` or raises an
:class:`~articlex.ArticlexError` with a message (a ``TypeError`` only for an argument of
the wrong type, which these checks never pass). :class:`~articlex.ExtractionError` is an
``ArticlexError`` too, but it is articlex's catch-all for an unexpected exception inside
it, "a bug to report": it counts as a violation here, reported with its cause.

:func:`check_extract` raises ``AssertionError`` (chained to the original exception) when
the contract is broken, and is shared by the property tests, the regression tests and
``benchmarks/fuzz.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import pickle
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from lxml import etree
from lxml import html as lxml_html

import articlex
from articlex import (
    Article,
    ArticlexError,
    Caption,
    Code,
    Comment,
    ExtractionError,
    ExtractionWarning,
    Figure,
    Heading,
    InputError,
    InvalidOptionError,
    ListBlock,
    Media,
    Paragraph,
    Provenance,
    Quote,
    Removal,
    Source,
    Table,
    WarningCode,
)

__all__ = ["ContractError", "check_article", "check_extract", "run_once", "tree_of"]

BLOCK_TYPES = (Heading, Paragraph, ListBlock, Quote, Table, Code, Figure)
#: Errors ``extract`` may raise on purpose for bad input (ExtractionError is a bug).
EXPECTED_ERRORS = (InputError, InvalidOptionError)
#: The documented window of plausible dates (``articlex._rules.dates``).
MIN_YEAR, MAX_YEAR = 1990, 2100
#: Fields that get a provenance entry when they are filled.
PROVENANCE_FIELDS = (
    "headline", "authors", "date_published", "date_modified", "tags", "categories",
    "description", "site_name", "language", "canonical_url", "lead_image", "body", "captions",
    "page_type", "hostname", "license", "fingerprint", "media", "comments",
)  # fmt: skip
#: The kinds ``Article.page_type`` may name.
PAGE_TYPES = frozenset({"article", "listing", "forum", "product", "documentation", "other"})
OPTIONAL_TEXT_FIELDS = (
    "canonical_url", "headline", "description", "site_name", "language", "lead_image",
    "hostname", "license", "fingerprint",
)  # fmt: skip
#: ``Article.fingerprint``: a 64-bit SimHash as 16 lowercase hex digits.
FINGERPRINT = re.compile(r"[0-9a-f]{16}")
#: Elements ``to_html`` may emit: it builds markup from escaped text only.
SAFE_HTML_TAGS = frozenset({
    "article", "h1", "h2", "h3", "h4", "h5", "h6", "p", "em", "br", "ul", "ol", "li",
    "blockquote", "pre", "code", "table", "caption", "tr", "th", "td", "figure", "img",
    "figcaption", "small", "html", "body",
})  # fmt: skip
SAFE_SCHEMES = frozenset({"http", "https", ""})
_WS_EDGE = re.compile(r"^\s|\s$")
#: Findings already reported, to be skipped while looking for new ones: ``;``-separated
#: substrings of "ExceptionType: message" of an ExtractionError's cause. Never set in CI.
KNOWN_FINDINGS = tuple(
    p for p in os.environ.get("ARTICLEX_KNOWN_FINDINGS", "").split(";") if p.strip()
)


class ContractError(AssertionError):
    """``extract`` broke its contract on some input."""


def _fail(message: str) -> ContractError:
    return ContractError(message)


def check_extract(html: Any, **kwargs: Any) -> Article | None:
    """Run ``extract(html, **kwargs)`` twice and check the whole contract.

    Returns the Article, or ``None`` when ``extract`` raised an expected error.
    """
    first = run_once(html, kwargs)
    second = run_once(html, kwargs)
    if isinstance(first, Article):
        if not isinstance(second, Article):
            raise _fail(f"not deterministic: an Article, then {second!r}")
        check_article(first, url=kwargs.get("url"), options=kwargs.get("options"))
        if first.to_dict() != second.to_dict() or first != second:
            raise _fail("not deterministic: two extractions of one input differ")
        return first
    if not isinstance(second, BaseException) or (type(first), str(first)) != (
        type(second),
        str(second),
    ):
        raise _fail(f"not deterministic: {first!r}, then {second!r}")
    return None


def run_once(html: Any, kwargs: dict[str, Any]) -> Article | ArticlexError:
    """``extract(html, **kwargs)``: the Article, or the expected error it raised; any other
    exception is a :class:`ContractError`."""
    try:
        result = articlex.extract(html, **kwargs)
    except ExtractionError as exc:
        cause = exc.__cause__
        if any(p in f"{type(cause).__name__}: {cause}" for p in KNOWN_FINDINGS):
            return exc
        raise _fail(
            f"ExtractionError (an exception inside articlex): {type(cause).__name__}: {cause}"
        ) from cause
    except EXPECTED_ERRORS as exc:
        if not str(exc).strip():
            raise _fail(f"{type(exc).__name__} without a message") from exc
        return exc
    except ArticlexError as exc:  # pragma: no cover - a new, unknown subclass
        raise _fail(f"unexpected ArticlexError subclass {type(exc).__name__}: {exc}") from exc
    except Exception as exc:
        raise _fail(f"{type(exc).__name__} escaped extract(): {exc}") from exc
    if not isinstance(result, Article):
        raise _fail(f"extract returned {type(result).__name__}, not Article")
    return result


def _nonempty_str(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def check_article(
    article: Article, *, url: str | None = None, options: articlex.ExtractOptions | None = None
) -> None:
    """Every documented invariant of one returned Article, and its four renderings."""
    if article.url != url:
        raise _fail(f"Article.url is {article.url!r}, not the url given ({url!r})")
    for name in OPTIONAL_TEXT_FIELDS:
        value = getattr(article, name)
        if value is not None and not _nonempty_str(value):
            raise _fail(f"{name} is {value!r}: absent fields are None")
    _check_names(article)
    _check_dates(article)
    _check_blocks(article)
    _check_captions(article.captions)
    _check_media_and_comments(article)
    _check_provenance(article)
    _check_page_type(article)
    if article.fingerprint is not None and not FINGERPRINT.fullmatch(article.fingerprint):
        raise _fail(f"fingerprint {article.fingerprint!r} is not 16 lowercase hex digits")
    if article.hostname is not None and article.hostname != article.hostname.lower():
        raise _fail(f"hostname {article.hostname!r} is not lower-cased")
    _check_warnings(article)
    if not isinstance(article.removed, tuple) or not all(
        isinstance(r, Removal) for r in article.removed
    ):
        raise _fail(f"removed is not a tuple of Removal: {article.removed!r}")
    if article.removed and not (options is not None and options.explain):
        raise _fail("removed is filled although ExtractOptions.explain is off")
    # _models.py: "frozen dataclass (hashable ...), so an Article pickles, compares and
    # serialises without surprises"
    hash(article)
    if pickle.loads(pickle.dumps(article)) != article:
        raise _fail("the Article does not survive a pickle round trip")
    _check_renderings(article)


def _check_names(article: Article) -> None:
    for name in ("authors", "tags", "categories"):
        values = getattr(article, name)
        if not isinstance(values, tuple) or not all(_nonempty_str(v) for v in values):
            raise _fail(f"{name} is not a tuple of non-empty str: {values!r}")
        if any(_WS_EDGE.search(v) for v in values):
            raise _fail(f"{name} holds a value with untrimmed whitespace: {values!r}")
        folded = [" ".join(v.split()).casefold() for v in values]
        if len(set(folded)) != len(folded):
            raise _fail(f"{name} holds case-insensitive duplicates: {values!r}")


def _check_dates(article: Article) -> None:
    for name in ("date_published", "date_modified"):
        value = getattr(article, name)
        if value is None:
            continue
        if not isinstance(value, dt.date):
            raise _fail(f"{name} is a {type(value).__name__}, not a date or datetime")
        if not MIN_YEAR <= value.year <= MAX_YEAR:
            raise _fail(f"{name} {value!r} is outside {MIN_YEAR}-{MAX_YEAR}")
        if isinstance(value, dt.datetime) and value.tzinfo and value.utcoffset() is None:
            raise _fail(f"{name} {value!r} has a tzinfo without an offset")
    published, modified = article.date_published, article.date_modified
    if (
        published is not None
        and modified is not None
        and _same_kind(published, modified)
        and modified < published
    ):
        raise _fail(f"date_modified {modified!r} is earlier than date_published {published!r}")


def _same_kind(a: dt.date, b: dt.date) -> bool:
    if isinstance(a, dt.datetime) and isinstance(b, dt.datetime):
        return (a.tzinfo is None) == (b.tzinfo is None)
    return not isinstance(a, dt.datetime) and not isinstance(b, dt.datetime)


def _check_blocks(article: Article) -> None:
    if not isinstance(article.blocks, tuple):
        raise _fail("blocks is not a tuple")
    for block in article.blocks:
        if not isinstance(block, BLOCK_TYPES):
            raise _fail(f"blocks holds a {type(block).__name__}")
        _check_block(block)
    if not isinstance(article.body, str):
        raise _fail("body is not a str")
    expected = "\n\n".join(b.text for b in article.blocks if not isinstance(b, Figure))
    if article.body != expected:
        raise _fail(
            "body is not the blocks' texts separated by one blank line: "
            f"{article.body[:200]!r} != {expected[:200]!r}"
        )


def _check_block(block: Any) -> None:
    if isinstance(block, Heading):
        if not _nonempty_str(block.text) or not 1 <= block.level <= 6:
            raise _fail(f"bad heading {block!r}")
    elif isinstance(block, Paragraph):
        text = block.text
        if not _nonempty_str(text) or "\n\n" in text or text != text.strip():
            raise _fail(f"paragraph is empty, untrimmed or holds a blank line: {text[:200]!r}")
    elif isinstance(block, ListBlock):
        if not block.items or not all(_nonempty_str(i) for i in block.items):
            raise _fail(f"list with empty items: {block!r}")
        if not isinstance(block.ordered, bool):
            raise _fail(f"list.ordered is not a bool: {block!r}")
    elif isinstance(block, (Quote, Code)):
        if not _nonempty_str(block.text):
            raise _fail(f"empty {type(block).__name__}: {block!r}")
    elif isinstance(block, Table):
        if not block.rows or not all(
            isinstance(row, tuple) and all(isinstance(c, str) for c in row) for row in block.rows
        ):
            raise _fail(f"table rows are not tuples of str: {block!r}")
        if not 0 <= block.header_rows <= len(block.rows):
            raise _fail(f"header_rows out of range: {block!r}")
        if block.caption is not None and not _nonempty_str(block.caption):
            raise _fail(f"empty table caption: {block!r}")
    else:
        for name in ("image_url", "caption", "credit", "alt"):
            value = getattr(block, name)
            if value is not None and not isinstance(value, str):
                raise _fail(f"Figure.{name} is not a str: {block!r}")


def _check_captions(captions: object) -> None:
    if not isinstance(captions, tuple):
        raise _fail("captions is not a tuple")
    for caption in captions:  # "a caption that is only a credit keeps an empty text"
        if not isinstance(caption, Caption) or not isinstance(caption.text, str):
            raise _fail(f"bad caption {caption!r}")
        if not (_nonempty_str(caption.text) or _nonempty_str(caption.credit)):
            raise _fail(f"a caption with neither text nor credit: {caption!r}")


def _filled(value: object) -> bool:
    return value is not None and value not in ("", ())


def _check_media_and_comments(article: Article) -> None:
    if not isinstance(article.media, tuple) or not isinstance(article.comments, tuple):
        raise _fail("media or comments is not a tuple")
    for media in article.media:
        if not isinstance(media, Media) or media.kind not in ("video", "audio", "post"):
            raise _fail(f"media entry {media!r} is not a Media of a known kind")
        if not media.url.startswith(("http://", "https://", "/")) and "://" in media.url:
            raise _fail(f"media URL {media.url!r} is not a web URL")
    for comment in article.comments:
        if not isinstance(comment, Comment) or not _nonempty_str(comment.text):
            raise _fail(f"comment {comment!r} is not a Comment with text")
        if comment.reply_to is not None and not 0 <= comment.reply_to < len(article.comments):
            raise _fail(f"comment answers {comment.reply_to}, no comment of the page")


def _check_page_type(article: Article) -> None:
    if article.page_type is not None and article.page_type not in PAGE_TYPES:
        raise _fail(f"page_type {article.page_type!r} is not one of {sorted(PAGE_TYPES)}")


def _check_provenance(article: Article) -> None:
    provenance = article.provenance
    if not isinstance(provenance, Provenance) or not isinstance(provenance, Mapping):
        raise _fail("provenance is not a Provenance")
    for key, source in provenance.items():
        if not isinstance(source, Source):
            raise _fail(f"provenance[{key!r}] is {source!r}, not a Source")
        if key not in PROVENANCE_FIELDS or not _filled(getattr(article, key)):
            raise _fail(f"provenance names {key!r}, which is not a filled field")
    for name in PROVENANCE_FIELDS:
        if _filled(getattr(article, name)) and name not in provenance:
            raise _fail(f"{name} is filled but has no provenance")


def _check_warnings(article: Article) -> None:
    for warning in article.warnings:
        if not isinstance(warning, ExtractionWarning) or not isinstance(warning.code, WarningCode):
            raise _fail(f"bad warning {warning!r}")
        if not _nonempty_str(warning.message):
            raise _fail(f"warning without a message: {warning!r}")
    no_content = any(w.code is WarningCode.NO_MAIN_CONTENT for w in article.warnings)
    if not article.body and not no_content:
        raise _fail("an empty body without a no-main-content warning")
    other_kind = any(w.code is WarningCode.NOT_AN_ARTICLE for w in article.warnings)
    if other_kind and article.page_type in (None, "article"):
        raise _fail("a not-an-article warning on a page told an article")
    if article.is_probably_article != (bool(article.body) and not no_content and not other_kind):
        raise _fail("is_probably_article disagrees with body and warnings")


def _check_renderings(article: Article) -> None:
    as_dict = article.to_dict()
    if not isinstance(as_dict, dict):
        raise _fail("to_dict() is not a dict")
    text = article.to_json()
    if json.loads(text) != as_dict:
        raise _fail("to_json() does not round-trip to to_dict()")
    json.dumps(as_dict, allow_nan=False)  # JSON-ready: no NaN, no sets, no objects
    # Lone surrogates cannot be written as UTF-8: the input's are replaced by U+FFFD
    # (articlex._parse), so none may appear in what articlex made (the url is the caller's).
    found = {k: v for k, v in as_dict.items() if k != "url"}
    try:
        json.dumps(found, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise _fail(f"the Article holds a lone surrogate: {exc}") from exc
    markdown = article.to_markdown()
    if not isinstance(markdown, str):
        raise _fail("to_markdown() is not a str")
    html = article.to_html()
    if not html.startswith("<article>") or not html.endswith("</article>"):
        raise _fail(f"to_html() is not one <article>: {html[:100]!r}")
    _check_safe_html(html)


def _check_safe_html(html: str) -> None:
    """``to_html`` emits only its own tags, no handlers, no unsafe URLs."""
    root = lxml_html.fragment_fromstring(html.encode("utf-8", "surrogatepass"), create_parent="div")
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag != "div" and element.tag not in SAFE_HTML_TAGS:
            raise _fail(f"to_html() emitted a <{element.tag}>")
        for name, value in element.attrib.items():
            if name.lower().startswith("on") or name.lower() == "style":
                raise _fail(f"to_html() emitted an attribute {name}={value!r}")
            if name in ("src", "href"):
                try:
                    scheme = urlsplit(value.strip()).scheme.lower()
                except ValueError:
                    scheme = "?"
                if scheme not in SAFE_SCHEMES:
                    raise _fail(f"to_html() emitted an unsafe URL {name}={value!r}")


def tree_of(html: str) -> etree._Element:
    """``html`` parsed by lxml, for passing a tree to ``extract``."""
    return lxml_html.document_fromstring(html.encode("utf-8", "replace"))
