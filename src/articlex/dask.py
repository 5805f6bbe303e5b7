"""Dask: extract a bag or a DataFrame of pages on a cluster (the ``dask`` extra).

    import articlex, dask.bag as db
    from articlex.dask import extract_bag, meta
    pages = db.from_sequence(records, npartitions=64)   # html, (html, url) or {"html", "url", "id"}
    rows = extract_bag(pages)                           # a bag of row dicts
    rows.to_dataframe(meta=meta()).to_parquet("articles/", schema=articlex.arrow_schema())

or, from a dask DataFrame with ``html`` (and optionally ``url``, ``id``) columns,
``extract_dataframe(ddf)``. Rows are those of the command line's Parquet output and of
``articlex.to_dataframe`` (``articlex._interfaces.tabular.COLUMNS``); a page that fails
is a row with ``ok`` false and its error, never a failed task.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING, Any

from articlex._interfaces.batch import PageInput, _run, _unpack
from articlex._interfaces.tabular import COLUMNS, result_row
from articlex._options import ExtractOptions
from articlex.spark import extract_partition

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag
    import dask.dataframe
    import pandas

__all__ = ["extract_bag", "extract_dataframe", "meta"]


def meta() -> pandas.DataFrame:
    """An empty pandas frame with the output columns and dtypes (dask's ``meta``)."""
    import pandas as pd

    dtypes = {"str": "object", "int": "int64", "bool": "bool", "list": "object", "json": "object"}
    columns = {name: pd.Series(dtype=dtypes[kind]) for name, kind in COLUMNS}
    frame: pandas.DataFrame = pd.DataFrame(columns)
    return frame


def _rows(
    items: Iterable[PageInput], options: ExtractOptions | None, start: int = 0
) -> list[dict[str, Any]]:
    return [
        result_row(_run(_unpack(start + position, item), options))
        for position, item in enumerate(items)
    ]


def extract_bag(pages: dask.bag.Bag, *, options: ExtractOptions | None = None) -> dask.bag.Bag:
    """A bag of row dicts, one per page; items as for ``articlex.extract_many`` (html,
    ``(html, url)``, or a mapping with ``html`` and optionally ``url`` and ``id``)."""
    bag: dask.bag.Bag = pages.map_partitions(partial(_rows, options=options))
    return bag


def _frame_partition(
    frame: pandas.DataFrame,
    html_col: str,
    url_col: str,
    id_col: str,
    options: ExtractOptions | None,
) -> pandas.DataFrame:
    out = next(
        extract_partition(
            iter([frame]), html_col=html_col, url_col=url_col, id_col=id_col, options=options
        )
    )
    return out


def extract_dataframe(
    pages: dask.dataframe.DataFrame,
    *,
    html_col: str = "html",
    url_col: str = "url",
    id_col: str = "id",
    options: ExtractOptions | None = None,
) -> dask.dataframe.DataFrame:
    """A dask DataFrame of article rows for a dask DataFrame of pages."""
    frame: dask.dataframe.DataFrame = pages.map_partitions(
        _frame_partition, html_col, url_col, id_col, options, meta=meta()
    )
    return frame
