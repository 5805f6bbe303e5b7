"""Extraction options: one frozen value object, passed per call, never global."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from typing import Literal

from articlex._errors import InvalidOptionError
from articlex._rules.focus import FOCUS_VALUES
from articlex._selectors import check_selectors

__all__ = ["FIELD_NAMES", "ON_REQUEST_FIELDS", "ExtractOptions"]

#: The Article fields a caller may ask for with ``ExtractOptions(fields=...)``; ``body``
#: stands for ``body`` and ``blocks`` together. ``url``, ``provenance`` and ``warnings``
#: are always filled.
FIELD_NAMES = frozenset(
    {
        "headline", "authors", "date_published", "date_modified", "description",
        "site_name", "language", "lead_image", "canonical_url", "tags", "categories",
        "captions", "media", "body", "page_type", "hostname", "license", "fingerprint",
    }
)  # fmt: skip
#: The fields filled only when named in ``ExtractOptions(fields=...)``, never by default:
#: they cost time most callers would not spend (the fingerprint hashes the whole body).
ON_REQUEST_FIELDS = frozenset({"fingerprint"})

#: Default cap on the size of the input document (bytes, or characters for ``str``);
#: gzip-compressed input is held to it once decompressed.
DEFAULT_MAX_INPUT_SIZE = 64 * 1024 * 1024
#: Default nesting depth kept. Real pages stay well under 100 levels; libxml2's own
#: default limit is 256, and articlex walks trees recursively in places, so this bounds
#: both the Python stack and the cost of ancestor walks on hostile pages.
DEFAULT_MAX_DEPTH = 256
#: Range allowed for ``max_depth``: below 16 real pages lose structure, above 512 the
#: recursive walks could exhaust Python's stack.
MAX_DEPTH_RANGE = (16, 512)


#: What extraction favours: see :attr:`ExtractOptions.focus`.
Focus = Literal["precision", "balanced", "recall"]


@dataclass(frozen=True)
class ExtractOptions:
    """How :func:`articlex.extract` behaves.

    Options are immutable and hashable so that one instance can be shared by threads and
    worker processes; derive a variant with :meth:`evolve`.

    Attributes:
        explain: record every block the cleaner removed (kind, reason, text preview) in
            :attr:`Article.removed`. Off by default because previews cost time.
        include_tables: keep ``<table>`` content in the body.
        include_figures: keep figures (image plus caption) as blocks; their captions never
            enter the plain-text body either way.
        include_links: record the links of each paragraph (``Paragraph.spans``,
            :attr:`Article.links`), written by ``to_markdown()`` and ``to_html()``; the
            plain ``body`` stays plain. Off by default, as in trafilatura.
        include_formatting: record bold, italic, inline code, sub- and superscript the
            same way.
        jsonld_fallback: when the page body cannot be located, use the JSON-LD
            ``articleBody`` if the page has one.
        max_input_size: refuse documents larger than this (bytes, or characters for ``str``)
            with :class:`~articlex.InputTooLargeError`; gzip-compressed bytes are
            decompressed up to this size, no further (a gzip bomb is refused, not read).
        max_depth: elements nested deeper than this are flattened into their ancestor at
            this depth (their text is kept) and the Article gets a ``deep-nesting``
            warning. Between 16 and 512.
        fields: the Article fields to fill (names from :data:`FIELD_NAMES`, any iterable;
            stored as a ``frozenset``), or ``None`` for all of them but those filled on
            request only (``fingerprint``: ask for it by name, or pass ``FIELD_NAMES``
            for every field). Fields left out are
            ``None`` or empty and cost nothing: ``fields={"body"}`` skips the metadata
            extractors, ``fields={"headline", "date_published"}`` skips the body search.
        remove: selectors (XPath, or CSS with the ``css`` extra) of elements to drop from
            the page before anything reads it: fields and body alike.
        keep: selectors of the elements to take as the body's containers, instead of
            locating it (boilerplate inside them is still cleaned); when none matches,
            the body is located as usual.
        comments: read the page's comment thread into :attr:`Article.comments` (author,
            date, text, the comment answered), never into ``body``. Off by default.
        focus: ``"balanced"`` (the default), ``"precision"`` (leave out more of what may
            be boilerplate: mostly-link paragraphs, the trail of short blocks after the
            story) or ``"recall"`` (keep more of what may be text: link boxes and lists
            inside the article's container, and the cleaning relaxed from the start), as
            trafilatura's favor_precision and favor_recall.
        reference_time: the moment the page was fetched (a ``datetime``), against which
            relative dates it shows ("3 days ago", "vor 3 Tagen", "yesterday") are read;
            ``None`` (the default): they are not read (articlex never reads the clock).

    Raises:
        InvalidOptionError: a value is out of range (also a ``ValueError``).
        TypeError: a value has the wrong type.
    """

    explain: bool = False
    include_tables: bool = True
    include_figures: bool = True
    include_links: bool = False
    include_formatting: bool = False
    jsonld_fallback: bool = True
    max_input_size: int = DEFAULT_MAX_INPUT_SIZE
    max_depth: int = DEFAULT_MAX_DEPTH
    fields: frozenset[str] | None = None
    remove: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()
    focus: Focus = "balanced"
    comments: bool = False
    reference_time: dt.datetime | None = None

    def __post_init__(self) -> None:
        self._check_fields()
        object.__setattr__(self, "remove", check_selectors("remove", self.remove))
        object.__setattr__(self, "keep", check_selectors("keep", self.keep))
        if self.reference_time is not None and not isinstance(self.reference_time, dt.datetime):
            raise TypeError(
                "ExtractOptions.reference_time must be a datetime or None, "
                f"not {type(self.reference_time).__name__}"
            )
        for option in fields(self):
            if option.name in ("fields", "remove", "keep", "focus", "reference_time"):
                continue
            value = getattr(self, option.name)
            expected = bool if option.type in ("bool", bool) else int
            if type(value) is not expected:
                raise TypeError(
                    f"ExtractOptions.{option.name} must be {expected.__name__}, "
                    f"not {type(value).__name__}"
                )
        if self.focus not in FOCUS_VALUES:
            raise InvalidOptionError(
                f"focus must be one of {', '.join(sorted(FOCUS_VALUES))}, not {self.focus!r}"
            )
        if self.max_input_size < 1:
            raise InvalidOptionError(f"max_input_size must be positive, not {self.max_input_size}")
        low, high = MAX_DEPTH_RANGE
        if not low <= self.max_depth <= high:
            raise InvalidOptionError(
                f"max_depth must be between {low} and {high}, not {self.max_depth}"
            )

    def _check_fields(self) -> None:
        """Store ``fields`` as a frozenset (hashable, immutable) of known names."""
        chosen: object = self.fields
        if chosen is None:
            return
        if isinstance(chosen, str | bytes) or not isinstance(chosen, Iterable):
            raise TypeError(
                f"ExtractOptions.fields must be an iterable of field names or None, "
                f"not {type(chosen).__name__}"
            )
        names = frozenset(chosen)
        unknown = sorted(str(name) for name in names - FIELD_NAMES)
        if unknown:
            raise InvalidOptionError(
                f"unknown field(s) {', '.join(map(repr, unknown))}; "
                f"choose among {', '.join(sorted(FIELD_NAMES))}"
            )
        object.__setattr__(self, "fields", names)

    def wants(self, name: str) -> bool:
        """``name`` (one of :data:`FIELD_NAMES`) is to be filled: named in ``fields``, or
        ``fields`` is ``None`` and it is not one of the :data:`ON_REQUEST_FIELDS`."""
        if self.fields is None:
            return name not in ON_REQUEST_FIELDS
        return name in self.fields

    def evolve(self, **changes: object) -> ExtractOptions:
        """Return a copy with ``changes`` applied (the original stays as it is)."""
        return replace(self, **changes)  # type: ignore[arg-type]
