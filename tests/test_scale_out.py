"""Spark (local mode) and Dask (a local cluster) give the rows articlex gives in-process."""

from __future__ import annotations

import math
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

import articlex
from articlex._interfaces.tabular import COLUMNS, article_row

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*/page.html"))
URL = "https://example.org/news/story"


def _pages() -> list[dict[str, Any]]:
    pages: list[dict[str, Any]] = [
        {"id": p.parent.name, "html": p.read_text(encoding="utf-8"), "url": URL} for p in FIXTURES
    ]
    pages.append({"id": "broken", "html": "", "url": URL})
    return pages


def _expected() -> dict[str, dict[str, Any]]:
    """Rows computed in this process, by source; index is per partition, so left out."""
    rows = {}
    for page in _pages():
        try:
            row = article_row(articlex.extract(page["html"], url=page["url"]), source=page["id"])
        except articlex.ArticlexError as exc:
            row = article_row(None, source=page["id"], url=page["url"], error=exc)
        rows[page["id"]] = _comparable(row)
    return rows


_LIST_COLUMNS = {name for name, kind in COLUMNS if kind == "list"}


def _comparable(row: dict[str, Any]) -> dict[str, Any]:
    """The row without ``index``, lists as lists and NaN (pandas' missing) as None."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        if key == "index":
            continue
        if key in _LIST_COLUMNS and value is not None:
            out[key] = list(value)
        elif isinstance(value, float) and math.isnan(value):
            out[key] = None
        else:
            out[key] = value
    return out


@pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs Java")
def test_spark_map_in_pandas_gives_the_same_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    # Spark's Python workers must be this interpreter, which has this articlex installed.
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
    pyspark_sql = pytest.importorskip("pyspark.sql")
    pd = pytest.importorskip("pandas")
    from articlex.spark import extract_dataframe

    spark = (
        pyspark_sql.SparkSession.builder.master("local[2]")
        .appName("articlex-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    try:
        pages = spark.createDataFrame(pd.DataFrame(_pages())).repartition(3)
        rows = [row.asDict(recursive=True) for row in extract_dataframe(pages).collect()]
    finally:
        spark.stop()
    got = {row["source"]: _comparable(row) for row in rows}
    assert got == _expected()
    assert got["broken"]["ok"] is False and got["broken"]["error_type"] == "EmptyDocumentError"


def test_dask_bag_and_dataframe_give_the_same_rows() -> None:
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    dd = pytest.importorskip("dask.dataframe")
    import dask.bag as db
    import pandas as pd

    from articlex.dask import extract_bag, extract_dataframe

    expected = _expected()
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with cluster, distributed.Client(cluster):
        bag_rows = extract_bag(db.from_sequence(_pages(), npartitions=3)).compute()
        frame = dd.from_pandas(pd.DataFrame(_pages()), npartitions=3)
        frame_rows = extract_dataframe(frame).compute().to_dict("records")
    assert {row["source"]: _comparable(row) for row in bag_rows} == expected
    assert {row["source"]: _comparable(row) for row in frame_rows} == expected
