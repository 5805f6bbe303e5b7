"""Articles as flat table rows: one schema for JSONL, Parquet, pandas, Spark and Dask.

Every batch output of articlex (the command line's Parquet file, ``to_dataframe``, the
Spark and Dask helpers) goes through :func:`result_row`, so the same pages give the same
rows whichever way they were run. Scalars stay scalars, lists of names stay lists of
strings, and the nested parts (blocks, captions, provenance) are JSON text: every
columnar format can hold that, and ``json.loads`` gives the structure back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from articlex._interfaces.batch import BatchResult
from articlex._models import Article

if TYPE_CHECKING:  # pragma: no cover
    import pandas
    import pyarrow

__all__ = ["COLUMNS", "arrow_schema", "article_row", "result_row", "to_dataframe"]

#: Column names and kinds, in order: "str" (nullable text), "int", "bool", "list" (list of
#: text), "json" (JSON text of a nested value).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("source", "str"),
    ("index", "int"),
    ("ok", "bool"),
    ("error_type", "str"),
    ("error", "str"),
    ("url", "str"),
    ("canonical_url", "str"),
    ("headline", "str"),
    ("authors", "list"),
    ("date_published", "str"),
    ("date_modified", "str"),
    ("description", "str"),
    ("site_name", "str"),
    ("language", "str"),
    ("lead_image", "str"),
    ("tags", "list"),
    ("categories", "list"),
    ("page_type", "str"),
    ("hostname", "str"),
    ("license", "str"),
    ("fingerprint", "str"),
    ("body", "str"),
    ("is_probably_article", "bool"),
    ("warnings", "list"),
    ("captions", "json"),
    ("media", "json"),
    ("comments", "json"),
    ("blocks", "json"),
    ("provenance", "json"),
)
_ARTICLE_COLUMNS = (
    "canonical_url", "headline", "authors", "date_published", "date_modified", "description",
    "site_name", "language", "lead_image", "tags", "categories", "page_type", "hostname",
    "license", "fingerprint", "body",
)  # fmt: skip


def article_row(
    article: Article | None,
    *,
    source: str | None = None,
    index: int = 0,
    url: str | None = None,
    error: BaseException | None = None,
) -> dict[str, Any]:
    """One flat row (the keys of :data:`COLUMNS`, in order) for an article or an error."""
    row: dict[str, Any] = dict.fromkeys(name for name, _ in COLUMNS)
    row.update(source=source, index=index, ok=article is not None and error is None)
    row["url"] = url
    for name, kind in COLUMNS:
        if kind == "list":
            row[name] = []
    if error is not None:
        row["error_type"] = type(error).__name__
        row["error"] = str(error)
    if article is None:
        return row
    data = article.to_dict()
    for name in _ARTICLE_COLUMNS:
        value = data[name]
        row[name] = list(value) if isinstance(value, (list, tuple)) else value
    row["url"] = article.url or url
    row["is_probably_article"] = article.is_probably_article
    row["warnings"] = [w["code"] for w in data["warnings"]]
    for name in ("captions", "media", "comments", "blocks", "provenance"):
        row[name] = json.dumps(data[name], ensure_ascii=False)
    return row


def result_row(result: BatchResult, source: str | None = None) -> dict[str, Any]:
    """The row of one :class:`BatchResult` (``source`` defaults to its ``id``)."""
    return article_row(
        result.article,
        source=source if source is not None else result.id,
        index=result.index,
        url=result.url,
        error=result.error,
    )


def arrow_schema() -> pyarrow.Schema:
    """The :data:`COLUMNS` as an Arrow schema (needs the ``parquet`` extra: pyarrow)."""
    import pyarrow as pa

    kinds: dict[str, pa.DataType] = {
        "str": pa.string(),
        "int": pa.int64(),
        "bool": pa.bool_(),
        "list": pa.list_(pa.string()),
        "json": pa.string(),
    }
    return pa.schema([(name, kinds[kind]) for name, kind in COLUMNS])


def to_dataframe(items: Iterable[Article | BatchResult]) -> pandas.DataFrame:
    """A pandas DataFrame with one row per article or batch result, columns :data:`COLUMNS`.

    Needs the ``pandas`` extra. Articles get ``index`` in iteration order; batch results
    keep theirs, and failed pages are rows with ``ok`` false and their error.
    """
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("to_dataframe needs pandas: pip install 'articlex[pandas]'") from exc
    rows = []
    for position, item in enumerate(items):
        if isinstance(item, BatchResult):
            rows.append(result_row(item))
        else:
            rows.append(article_row(item, index=position))
    frame: pandas.DataFrame = pd.DataFrame(rows, columns=[name for name, _ in COLUMNS])
    return frame
