"""The value objects articlex returns: :class:`Article` and the parts it is made of.

Everything here is a frozen dataclass (hashable, safe to share between threads) built
from plain Python types, so an ``Article`` pickles, compares and serialises without
surprises. Rendering (text, Markdown, HTML, JSON) lives in :mod:`articlex._render`; the
methods here only delegate to it.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, ClassVar, Literal

__all__ = [
    "Article",
    "Block",
    "Caption",
    "Code",
    "DateStamp",
    "ExtractionWarning",
    "Figure",
    "Heading",
    "ListBlock",
    "Paragraph",
    "Provenance",
    "Quote",
    "Removal",
    "Source",
    "Table",
    "WarningCode",
]


class Source(str, Enum):
    """Where a field's value was read from."""

    JSON_LD = "json-ld"
    META = "meta"
    MICRODATA = "microdata"
    DOM = "dom"
    TEXT = "text"
    URL = "url"

    def __str__(self) -> str:
        return self.value


class WarningCode(str, Enum):
    """Machine-readable codes of :class:`ExtractionWarning`."""

    NO_MAIN_CONTENT = "no-main-content"
    """No article body was found: the page is probably not an article (a section front,
    a search page, a login wall) or its text is rendered by JavaScript."""
    LOW_CONFIDENCE_BODY = "low-confidence-body"
    """A body was found only after relaxing the cleaning rules; check it."""
    JSONLD_BODY_FALLBACK = "jsonld-body-fallback"
    """The body comes from the page's JSON-LD ``articleBody``, not from its HTML."""
    ENCODING_GUESSED = "encoding-guessed"
    """The byte encoding was neither declared nor valid UTF-8 and had to be guessed."""
    ENCODING_ERRORS = "encoding-errors"
    """Some bytes could not be decoded and were replaced."""
    BROKEN_JSONLD = "broken-jsonld"
    """A JSON-LD script could not be read and was skipped."""
    DEEP_NESTING = "deep-nesting"
    """Elements nested deeper than ``ExtractOptions.max_depth`` were flattened into their
    ancestor at that depth; their text is kept, their structure is not."""
    NOT_AN_ARTICLE = "not-an-article"
    """The page is not an article (see ``Article.page_type``): ``body`` holds its main
    text all the same (a listing's items, a thread's posts, a product's description)."""
    DECOMPRESSED = "decompressed"
    """The input was gzip-compressed and was decompressed first."""

    def __str__(self) -> str:
        return self.value


#: Characters of the headline, and names of the authors, ``repr(article)`` shows.
REPR_HEADLINE_CHARS = 80
REPR_AUTHORS = 3

#: The warnings that say the page is probably not an article.
_NOT_ARTICLE_CODES = frozenset({WarningCode.NO_MAIN_CONTENT, WarningCode.NOT_AN_ARTICLE})


@dataclass(frozen=True)
class ExtractionWarning:
    """Something the caller may want to know about one extraction."""

    code: WarningCode
    message: str


@dataclass(frozen=True)
class Removal:
    """One block the cleaner removed, recorded when ``ExtractOptions(explain=True)``.

    Attributes:
        kind: the boilerplate family, e.g. ``"navigation"``, ``"share"``, ``"related"``.
        reason: the rule that matched, e.g. ``"class/id token 'sharedaddy'"``.
        tag: the element's tag name.
        preview: the first words of the removed text.
    """

    kind: str
    reason: str
    tag: str
    preview: str


# --- body blocks -------------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    """A sub-heading inside the article (``h2`` ... ``h6``; ``h1`` when not the headline)."""

    text: str
    level: int = 2
    kind: ClassVar[Literal["heading"]] = "heading"


#: What a :class:`Span` marks.
SpanKind = Literal["link", "strong", "emphasis", "code", "subscript", "superscript"]


@dataclass(frozen=True)
class Span:
    """Inline markup over ``text[start:end]`` of a paragraph: a link (``href``: an http(s)
    URL, absolute when the page's URL is known), strong or emphasised text, inline code,
    a subscript or superscript. Spans nest as the page's elements do."""

    start: int
    end: int
    kind: SpanKind
    href: str | None = None


@dataclass(frozen=True)
class Media:
    """A player or post embedded in the body (see :attr:`Article.media`): ``kind`` is
    ``"video"``, ``"audio"`` or ``"post"`` (a social network's), ``url`` the player's or
    the post's address, ``provider`` its host (``"youtube.com"``), ``title`` where given."""

    kind: str
    url: str
    provider: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Comment:
    """One reader's comment (``ExtractOptions(comments=True)``): its text (paragraphs
    separated by a blank line), author and date where the page gives them, and the index
    in :attr:`Article.comments` of the comment it answers."""

    text: str
    author: str | None = None
    date: _dt.datetime | _dt.date | None = None
    reply_to: int | None = None


@dataclass(frozen=True)
class Link:
    """A link of the body: its text and its URL (see :attr:`Article.links`)."""

    text: str
    url: str


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of running text; ``spans`` its links and emphasis, when asked for
    (``ExtractOptions(include_links=True, include_formatting=True)``)."""

    text: str
    spans: tuple[Span, ...] = ()
    kind: ClassVar[Literal["paragraph"]] = "paragraph"


@dataclass(frozen=True)
class ListBlock:
    """A bulleted or numbered list; ``items`` are the items' texts."""

    items: tuple[str, ...]
    ordered: bool = False
    kind: ClassVar[Literal["list"]] = "list"

    @property
    def text(self) -> str:
        return "\n".join(self.items)


@dataclass(frozen=True)
class Quote:
    """A block quotation; paragraphs inside it are separated by a blank line."""

    text: str
    kind: ClassVar[Literal["quote"]] = "quote"


@dataclass(frozen=True)
class Table:
    """A data table: rows of cell texts, the first ``header_rows`` rows being headers."""

    rows: tuple[tuple[str, ...], ...]
    header_rows: int = 0
    caption: str | None = None
    kind: ClassVar[Literal["table"]] = "table"

    @property
    def text(self) -> str:
        return "\n".join(" | ".join(row) for row in self.rows)


@dataclass(frozen=True)
class Code:
    """Preformatted text (``<pre>``), whitespace kept as it is."""

    text: str
    kind: ClassVar[Literal["code"]] = "code"


@dataclass(frozen=True)
class Figure:
    """An image (or other media) with its caption and credit, if any.

    Figures are blocks of their own: their caption never enters the plain-text body.
    """

    image_url: str | None
    caption: str | None = None
    credit: str | None = None
    alt: str | None = None
    kind: ClassVar[Literal["figure"]] = "figure"

    @property
    def text(self) -> str:
        return self.caption or ""


Block = Heading | Paragraph | ListBlock | Quote | Table | Code | Figure
"""Any of the typed body blocks; switch on ``block.kind``."""


@dataclass(frozen=True)
class Caption:
    """The caption of one figure of the article, with its photo credit apart."""

    text: str
    credit: str | None = None
    image_url: str | None = None


class Provenance(Mapping[str, Source]):
    """Which :class:`Source` each filled field came from: ``article.provenance["headline"]``.

    An immutable, hashable mapping (a plain ``dict`` would make ``Article`` unhashable).
    """

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[str, Source] | None = None) -> None:
        self._items: tuple[tuple[str, Source], ...] = tuple((items or {}).items())

    def __getitem__(self, key: str) -> Source:
        for name, source in self._items:
            if name == key:
                return source
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return (name for name, _ in self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(self._items)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return dict(self._items) == dict(other.items())
        return NotImplemented

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={v.value!r}" for k, v in self._items)
        return f"Provenance({inner})"


#: How much of a date the page gave: a day only, or a time of day too.
DatePrecision = Literal["day", "time"]


@dataclass(frozen=True, order=True)
class DateStamp:
    """A page's date on one time line: any two compare, whatever each page gave.

    ``date_published`` and ``date_modified`` keep the precision the page gives, so they
    mix ``date``, naive ``datetime`` and aware ``datetime`` values, which Python does not
    compare with one another. A stamp places each on one time line:

    * an aware ``datetime`` is its own ``instant``, in the page's offset
      (``precision="time"``, ``offset_known=True``);
    * a naive ``datetime`` (a time without an offset) is read at UTC
      (``precision="time"``, ``offset_known=False``);
    * a ``date`` (a day only) is its midnight at UTC (``precision="day"``,
      ``offset_known=False``).

    Stamps order by ``instant``; at the same instant a day comes before a time, and an
    offset taken for UTC before one the page gave. Build one with :meth:`of`;
    :attr:`Article.published_at` is the stamp of ``date_published``.
    """

    instant: _dt.datetime
    precision: DatePrecision = "time"
    offset_known: bool = True

    def __post_init__(self) -> None:
        if not isinstance(self.instant, _dt.datetime) or self.instant.utcoffset() is None:
            raise ValueError(f"instant must be an aware datetime, not {self.instant!r}")
        if self.precision not in ("day", "time"):
            raise ValueError(f"precision must be 'day' or 'time', not {self.precision!r}")

    @classmethod
    def of(cls, value: _dt.datetime | _dt.date) -> DateStamp:
        """The stamp of a ``date_published`` / ``date_modified`` value (see above)."""
        if isinstance(value, _dt.datetime):
            if value.utcoffset() is None:
                return cls(value.replace(tzinfo=_dt.timezone.utc), "time", offset_known=False)
            return cls(value, "time", offset_known=True)
        if isinstance(value, _dt.date):
            midnight = _dt.datetime.combine(value, _dt.time(), _dt.timezone.utc)
            return cls(midnight, "day", offset_known=False)
        raise TypeError(f"a date or datetime is needed, not {type(value).__name__}")

    @property
    def day(self) -> _dt.date:
        """The calendar day the page gave (in its own offset when it gave one)."""
        return self.instant.date()


@dataclass(frozen=True)
class Article:
    """Everything articlex found in one page. Absent fields are ``None`` or empty.

    ``body`` is the article's plain text, paragraphs (and headings, lists, quotes, tables)
    separated by one blank line; figure captions are not part of it (see ``captions`` and
    the ``Figure`` blocks). ``blocks`` is the same body, typed and in reading order.
    """

    url: str | None = None
    canonical_url: str | None = None
    headline: str | None = None
    authors: tuple[str, ...] = ()
    date_published: _dt.datetime | _dt.date | None = None
    date_modified: _dt.datetime | _dt.date | None = None
    description: str | None = None
    site_name: str | None = None
    language: str | None = None
    lead_image: str | None = None
    tags: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    page_type: str | None = None
    hostname: str | None = None
    license: str | None = None
    fingerprint: str | None = None
    captions: tuple[Caption, ...] = ()
    media: tuple[Media, ...] = ()
    comments: tuple[Comment, ...] = ()
    body: str = ""
    blocks: tuple[Block, ...] = ()
    provenance: Provenance = field(default_factory=Provenance)
    warnings: tuple[ExtractionWarning, ...] = ()
    removed: tuple[Removal, ...] = ()

    def __repr__(self) -> str:
        """A short summary: headline, authors, publication date, body length, warnings
        (``to_dict()`` has every value). ``<Article headline='...' body_chars=5432>``."""
        headline = self.headline
        if headline is not None and len(headline) > REPR_HEADLINE_CHARS:
            headline = headline[: REPR_HEADLINE_CHARS - 1] + "…"
        parts = [f"headline={headline!r}"]
        if self.authors:
            names = list(self.authors[:REPR_AUTHORS])
            if len(self.authors) > REPR_AUTHORS:
                names.append(f"…{len(self.authors) - REPR_AUTHORS} more")
            parts.append(f"authors={names!r}")
        if self.date_published is not None:
            parts.append(f"date_published={self.date_published.isoformat()!r}")
        parts.append(f"body_chars={len(self.body)}")
        if self.warnings:
            parts.append(f"warnings={[w.code.value for w in self.warnings]!r}")
        return f"<Article {' '.join(parts)}>"

    @property
    def is_probably_article(self) -> bool:
        """False when no main content was found (``no-main-content``), or when the page is
        of another kind than an article (``not-an-article``: see ``page_type``)."""
        return bool(self.body) and not any(w.code in _NOT_ARTICLE_CODES for w in self.warnings)

    @property
    def images(self) -> tuple[Figure, ...]:
        """The body's images in page order, captioned or not: each ``Figure`` with its
        URL (absolute with ``url=``), alt text, caption and credit where the page gives
        them (none with ``ExtractOptions(include_figures=False)``)."""
        return tuple(b for b in self.blocks if isinstance(b, Figure) and b.image_url)

    @property
    def links(self) -> tuple[Link, ...]:
        """The links of the body's paragraphs, in page order, with their text (filled with
        ``ExtractOptions(include_links=True)``)."""
        return tuple(
            Link(block.text[span.start : span.end], span.href)
            for block in self.blocks
            if isinstance(block, Paragraph)
            for span in block.spans
            if span.kind == "link" and span.href
        )

    @property
    def published_at(self) -> DateStamp | None:
        """``date_published`` as a :class:`DateStamp`, comparable with any other article's
        (a day, a time with or without an offset), or ``None`` without a date."""
        return None if self.date_published is None else DateStamp.of(self.date_published)

    @staticmethod
    def by_date(article: Article) -> tuple[bool, DateStamp | None]:
        """A sort key by ``date_published``: ``sorted(articles, key=Article.by_date)``,
        oldest first and undated articles before all (newest first and undated last with
        ``reverse=True``). Never raises on a mix of dates and datetimes."""
        stamp = article.published_at
        return (stamp is not None, stamp)

    def to_markdown(self) -> str:
        """The article as Markdown: headline, byline, date, then the body blocks."""
        from articlex._render import article_markdown

        return article_markdown(self)

    def to_html(self) -> str:
        """The article as sanitised HTML (no scripts, handlers, forms or unsafe URLs)."""
        from articlex._render import article_html

        return article_html(self)

    def _repr_html_(self) -> str:
        """Jupyter's rich display: a sanitised card with the fields, their sources, the
        body, and (after ``explain=True``) what was removed."""
        from articlex._interfaces.notebook import article_card

        return article_card(self)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: ISO 8601 dates, blocks as dicts with a ``kind`` key."""
        from articlex._render import article_dict

        return article_dict(self)

    def to_json(self, **kwargs: Any) -> str:
        """``to_dict()`` as JSON text; ``kwargs`` go to :func:`json.dumps`."""
        import json

        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """The Article a ``to_dict()`` result describes: ``Article.from_dict(a.to_dict()) == a``.

        The command line's JSON record of a page (``{"source", "index", "ok", "article"}``)
        gives its ``article``. Raises ``ValueError`` when ``data`` is neither (a failed
        page's record included).
        """
        from articlex._restore import article_from_dict

        return article_from_dict(data)

    @classmethod
    def from_json(cls, text: str | bytes) -> Article:
        """The Article a ``to_json()`` result (or a command-line record) describes.

        Raises ``ValueError`` for JSON that is not one such object: the command line's
        output for several pages is an array (or lines) of records, one Article each.
        """
        import json

        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError(
                f"not an Article: the JSON is {type(data).__name__}, not an object; for the "
                "command line's array of records, call Article.from_dict on each record"
            )
        return cls.from_dict(data)
