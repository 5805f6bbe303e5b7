"""``Article.from_dict``: rebuild an Article from ``to_dict()`` output (or its JSON).

The inverse of :func:`articlex._render.article_dict`: ISO 8601 strings become ``date``
or aware ``datetime`` again, block dicts become their typed blocks by ``kind``, codes
become enums. Keys it does not know are ignored (a dict written by a newer articlex still
loads); a missing key takes the field's default. A value of the wrong shape raises
``ValueError`` naming the field.

The command line's JSON record of a page (``{"source", "index", "ok", "article"}``) is
read too, as its ``article``. A dict without ``body`` or ``blocks``, which ``to_dict()``
always writes, is refused with a ``ValueError`` rather than read as an empty Article: it is
something else (a failed page's record, another tool's JSON, which may share a key or two
with an Article, such as ``tags``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from articlex._models import (
    Article,
    Block,
    Caption,
    Code,
    Comment,
    ExtractionWarning,
    Figure,
    Heading,
    ListBlock,
    Media,
    Paragraph,
    Provenance,
    Quote,
    Removal,
    Source,
    Span,
    Table,
    WarningCode,
)

__all__ = ["article_from_dict"]

_TEXT_FIELDS = (
    "url", "canonical_url", "headline", "description", "site_name", "language", "lead_image",
    "page_type", "hostname", "license", "fingerprint",
)  # fmt: skip
_NAME_LISTS = ("authors", "tags", "categories")
#: The keys that tell an Article dict: ``to_dict()`` writes them for every Article.
_ARTICLE_KEYS = frozenset({"body", "blocks"})
#: How many keys of a refused dict the error message names.
MAX_KEYS_IN_MESSAGE = 8


def _date(value: Any) -> dt.date | dt.datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"a date must be an ISO 8601 string, not {type(value).__name__}")
    return dt.datetime.fromisoformat(value) if "T" in value else dt.date.fromisoformat(value)


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise ValueError(f"expected a string, not {type(value).__name__}")


def _strings(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str) or not all(isinstance(v, str) for v in value):
        raise ValueError("expected a list of strings")
    return tuple(value)


def _heading(d: Mapping[str, Any]) -> Block:
    return Heading(d["text"], int(d.get("level", 2)))


def _list(d: Mapping[str, Any]) -> Block:
    return ListBlock(_strings(d["items"]), bool(d.get("ordered", False)))


def _table(d: Mapping[str, Any]) -> Block:
    rows = tuple(_strings(row) for row in d["rows"])
    return Table(rows, int(d.get("header_rows", 0)), _text(d.get("caption")))


def _figure(d: Mapping[str, Any]) -> Block:
    return Figure(
        _text(d.get("image_url")),
        _text(d.get("caption")),
        _text(d.get("credit")),
        _text(d.get("alt")),
    )


_BLOCKS: dict[str, Callable[[Mapping[str, Any]], Block]] = {
    "heading": _heading,
    "paragraph": lambda d: Paragraph(d["text"], tuple(_span(s) for s in d.get("spans") or ())),
    "list": _list,
    "quote": lambda d: Quote(d["text"]),
    "table": _table,
    "code": lambda d: Code(d["text"]),
    "figure": _figure,
}


def _span(data: Mapping[str, Any]) -> Span:
    return Span(int(data["start"]), int(data["end"]), data["kind"], _text(data.get("href")))


def _comment(data: Mapping[str, Any]) -> Comment:
    reply_to = data.get("reply_to")
    return Comment(
        str(data["text"]),
        _text(data.get("author")),
        _date(data.get("date")),
        reply_to if isinstance(reply_to, int) else None,
    )


def _media(data: Mapping[str, Any]) -> Media:
    return Media(
        str(data["kind"]), str(data["url"]), _text(data.get("provider")), _text(data.get("title"))
    )


def _block(data: Mapping[str, Any]) -> Block:
    make = _BLOCKS.get(data.get("kind", ""))
    if make is None:
        raise ValueError(f"unknown block kind {data.get('kind')!r}")
    return make(data)


def _caption(data: Mapping[str, Any]) -> Caption:
    return Caption(data["text"], _text(data.get("credit")), _text(data.get("image_url")))


def _warning(data: Mapping[str, Any]) -> ExtractionWarning:
    return ExtractionWarning(WarningCode(data["code"]), data.get("message", ""))


def _removal(data: Mapping[str, Any]) -> Removal:
    return Removal(data["kind"], data["reason"], data["tag"], data["preview"])


def article_from_dict(data: Mapping[str, Any]) -> Article:
    """The Article that ``data`` (``Article.to_dict()`` output) describes."""
    if not isinstance(data, Mapping):
        raise TypeError(f"from_dict needs a mapping, not {type(data).__name__}")
    data = _article_of(data)
    values: dict[str, Any] = {}
    try:
        for name in _TEXT_FIELDS:
            values[name] = _text(data.get(name))
        for name in _NAME_LISTS:
            values[name] = _strings(data.get(name))
        for name in ("date_published", "date_modified"):
            values[name] = _date(data.get(name))
        values["body"] = _text(data.get("body")) or ""
        values["blocks"] = tuple(_block(b) for b in data.get("blocks") or ())
        values["captions"] = tuple(_caption(c) for c in data.get("captions") or ())
        values["media"] = tuple(_media(m) for m in data.get("media") or ())
        values["comments"] = tuple(_comment(c) for c in data.get("comments") or ())
        values["warnings"] = tuple(_warning(w) for w in data.get("warnings") or ())
        values["removed"] = tuple(_removal(r) for r in data.get("removed") or ())
        provenance = data.get("provenance") or {}
        values["provenance"] = Provenance({k: Source(v) for k, v in provenance.items()})
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"not an Article dict: {exc!r}") from exc
    return Article(**values)


def _article_of(data: Mapping[str, Any]) -> Mapping[str, Any]:
    """The Article dict ``data`` is, or holds as the command line's record of a page."""
    if not _ARTICLE_KEYS.isdisjoint(data):
        return data
    article, error = data.get("article"), data.get("error")
    if isinstance(article, Mapping) and not _ARTICLE_KEYS.isdisjoint(article):
        return article
    if data.get("ok") is False and isinstance(error, Mapping):
        raise ValueError(
            "not an Article dict: the command line's record of a page that failed "
            f"({error.get('type')}: {error.get('message')})"
        )
    if not data:
        raise ValueError("not an Article dict: the dict is empty")
    keys = ", ".join(repr(key) for key in list(data)[:MAX_KEYS_IN_MESSAGE])
    if len(data) > MAX_KEYS_IN_MESSAGE:
        keys += ", ..."
    raise ValueError(
        f"not an Article dict: it has no 'body' or 'blocks' (its keys: {keys}), and it is "
        "not the command line's record of a page"
    )
