"""Apache Spark: extract a DataFrame of pages with ``mapInPandas`` (the ``spark`` extra).

    from articlex.spark import extract_dataframe
    pages = spark.read.parquet("pages.parquet")          # columns: html, and url / id if known
    articles = extract_dataframe(pages)                  # one row per page, articlex's columns
    articles.write.parquet("articles.parquet")

Each executor runs :func:`extract_partition` over Arrow batches of pages: the rows are
those of the command line's Parquet output and of ``articlex.to_dataframe`` (see
``articlex._interfaces.tabular.COLUMNS``), with ``source`` taken from the input's ``id`` column and
``index`` from its ``index`` column when present (else the row's position in its batch). A
page that fails is a row with ``ok`` false and its error, never a failed Spark task.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING, Any

from articlex._interfaces.batch import _Job, _run
from articlex._interfaces.tabular import COLUMNS, result_row
from articlex._options import ExtractOptions

if TYPE_CHECKING:  # pragma: no cover
    import pandas
    from pyspark.sql import DataFrame as SparkDataFrame

__all__ = ["SPARK_SCHEMA", "extract_dataframe", "extract_partition"]

_SPARK_TYPES = {
    "str": "string",
    "int": "bigint",
    "bool": "boolean",
    "list": "array<string>",
    "json": "string",
}
#: The output schema as a Spark DDL string (the columns of
#: ``articlex._interfaces.tabular.COLUMNS``).
SPARK_SCHEMA = ", ".join(f"`{name}` {_SPARK_TYPES[kind]}" for name, kind in COLUMNS)


def _cell(frame: pandas.DataFrame, column: str, row: int) -> Any:
    if column not in frame.columns:
        return None
    value = frame[column].iat[row]
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else value


def extract_partition(
    batches: Iterator[pandas.DataFrame],
    *,
    html_col: str = "html",
    url_col: str = "url",
    id_col: str = "id",
    options: ExtractOptions | None = None,
) -> Iterator[pandas.DataFrame]:
    """For ``DataFrame.mapInPandas``: each batch of pages -> a batch of article rows."""
    import pandas as pd

    names = [name for name, _ in COLUMNS]
    for frame in batches:
        rows = []
        for row in range(len(frame)):
            html = _cell(frame, html_col, row)
            url = _cell(frame, url_col, row)
            page_id = _cell(frame, id_col, row)
            index = _cell(frame, "index", row)
            job = _Job(
                int(index) if index is not None else row,
                bytes(html) if isinstance(html, (bytearray, memoryview)) else html,
                str(url) if url else None,
                None,
                None if page_id is None else str(page_id),
            )
            rows.append(result_row(_run(job, options)))
        yield pd.DataFrame(rows, columns=names)


def extract_dataframe(
    pages: SparkDataFrame,
    *,
    html_col: str = "html",
    url_col: str = "url",
    id_col: str = "id",
    options: ExtractOptions | None = None,
) -> SparkDataFrame:
    """A Spark DataFrame of article rows for a DataFrame of pages (``html`` as string or
    binary; ``url`` and ``id`` optional)."""
    function = partial(
        extract_partition, html_col=html_col, url_col=url_col, id_col=id_col, options=options
    )
    return pages.mapInPandas(function, SPARK_SCHEMA)
