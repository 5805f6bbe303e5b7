"""extract_many: order, item shapes, errors returned, laziness, workers equal in-process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import articlex
from articlex import BatchResult, extract_many

FIXTURES = Path(__file__).parent / "fixtures"
PROSE = "<p>" + "The council voted on the budget after a long debate on Tuesday. " * 8 + "</p>"


def _fixture_pages() -> list[bytes]:
    return [p.read_bytes() for p in sorted(FIXTURES.glob("*/page.html"))]


def test_results_come_in_input_order_one_per_item() -> None:
    pages = _fixture_pages()
    results = list(extract_many(pages, chunk_size=3))
    assert [r.index for r in results] == list(range(len(pages)))
    assert all(r.ok for r in results)
    expected = [articlex.extract(p).to_json() for p in pages]
    assert [r.article.to_json() for r in results if r.article] == expected


def test_every_item_shape_is_accepted() -> None:
    html = f"<html><body><article><h1>Budget</h1>{PROSE}</article></body></html>"
    items: list[articlex.PageInput] = [
        html,
        html.encode(),
        (html, "https://example.org/a"),
        {"html": html, "url": "https://example.org/b", "id": 42, "content_type": "text/html"},
    ]
    results = list(extract_many(items))
    assert all(r.ok for r in results)
    assert [r.url for r in results] == [
        None,
        None,
        "https://example.org/a",
        "https://example.org/b",
    ]
    assert results[3].id == "42"
    assert results[2].article is not None and results[2].article.url == "https://example.org/a"


def test_a_failing_page_is_reported_and_the_run_goes_on() -> None:
    good = f"<html><body><article>{PROSE}</article></body></html>"
    items: list[object] = [good, b"", b"%PDF-1.7 binary", 12345, {"url": "x", "id": 9}, good]
    results = list(extract_many(items))  # type: ignore[arg-type]
    assert [r.ok for r in results] == [True, False, False, False, False, True]
    assert isinstance(results[1].error, articlex.EmptyDocumentError)
    assert isinstance(results[2].error, articlex.NotHTMLError)
    assert isinstance(results[3].error, TypeError)
    assert isinstance(results[4].error, TypeError) and "html" in str(results[4].error)
    assert (results[4].url, results[4].id) == ("x", "9")  # a failed item stays traceable
    assert results[1].article is None


def test_input_is_read_lazily() -> None:
    pulled: list[int] = []

    def pages() -> Iterator[str]:
        for i in range(1000):
            pulled.append(i)
            yield f"<html><body><article><h1>Page {i}</h1>{PROSE}</article></body></html>"

    results = extract_many(pages(), chunk_size=4)
    first = next(results)
    assert first.index == 0
    assert len(pulled) <= 4  # one chunk, not the whole input


def test_worker_processes_give_the_in_process_results() -> None:
    pages: list[articlex.PageInput] = [*_fixture_pages(), b"", "not really html but text " * 30]
    in_process = [_summary(r) for r in extract_many(pages, jobs=1)]
    in_workers = [_summary(r) for r in extract_many(pages, jobs=2, chunk_size=2)]
    assert in_workers == in_process


def _summary(result: BatchResult) -> tuple[int, str | None, str | None]:
    error = f"{type(result.error).__name__}: {result.error}" if result.error else None
    return result.index, result.article.to_json() if result.article else None, error


def test_bad_batch_settings_are_refused() -> None:
    with pytest.raises(ValueError, match="chunk_size"):
        list(extract_many(["<p>x</p>"], chunk_size=0))
