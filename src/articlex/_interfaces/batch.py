"""Batch extraction: many pages, in order, streaming, in worker processes if asked.

``extract_many`` is what the command line, Spark and Dask integrations are built on:

* **Streaming, bounded memory.** Input is pulled lazily and at most ``jobs x PREFETCH``
  chunks are in flight; results are yielded as soon as the oldest is ready, so a crawl of
  millions of pages flows through in constant memory.
* **Order preserved.** Results come back in input order, one per item, each carrying its
  index.
* **Errors returned, never raised.** A page that fails yields a result with its error
  (an ``ArticlexError``, or a ``TypeError`` for an item of the wrong shape); the run goes on.
* **Never hangs** (``articlex._interfaces.workers``, the supervisor of the worker processes): a
  worker that dies is noticed at once and its pages are handed out again, the page it
  was on retried once, alone (a page that kills a second worker comes back as a
  ``WorkerCrashedError``); a page that takes longer than ``timeout`` has its worker
  killed and replaced and comes back as a ``PageTimeoutError``; workers that cannot
  start raise ``WorkerStartError`` at once; Ctrl-C, an exception or closing the
  generator kills the workers and reaps them.
* **Recycled workers.** Each worker process is replaced after ``max_tasks_per_child``
  chunks, so memory that libxml2 or Python's allocator keeps does not pile up over a
  long run.

The time limit needs a worker process to stop: a page extracted in the calling process
cannot be interrupted without a signal handler or a thread, which a library must not
impose on its caller. So ``jobs=1`` with the default ``timeout`` extracts in this process,
with no limit (and no start-up cost); an explicit ``timeout`` with ``jobs=1`` runs the
pages in one supervised worker process.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any, Literal, TypeAlias

from articlex._api import extract
from articlex._errors import ArticlexError, ExtractionError
from articlex._models import Article
from articlex._options import ExtractOptions

__all__ = ["BatchResult", "PageInput", "extract_many"]

#: One page for ``extract_many``: its HTML, an ``(html, url)`` pair, or a mapping with
#: ``html`` and optionally ``url``, ``content_type`` and ``id``.
PageInput: TypeAlias = bytes | bytearray | memoryview | str | tuple[Any, Any] | Mapping[str, Any]

#: Pages sent to a worker at once: fewer round trips, still a steady flow of results.
DEFAULT_CHUNK_SIZE = 8
#: Chunks queued per worker beyond the one it is working on; bounds memory in flight.
PREFETCH = 4
#: Chunks a worker process handles before it is replaced by a fresh one.
DEFAULT_MAX_TASKS_PER_CHILD = 500
#: Seconds a page may take in a worker process (``timeout="default"`` with workers)
#: before it is stopped. Generous on purpose: far above what a real page takes, even the
#: slowest case of benchmarks/robustness.py on a loaded machine (docs/batch.md has the
#: figures), so it never stops one; a pathological page costs one worker a minute, not
#: the whole run.
PAGE_TIMEOUT = 60.0


@dataclass(frozen=True)
class BatchResult:
    """The outcome of one page of a batch: its ``article``, or the ``error`` it raised.

    ``index`` is the item's position in the input; ``id`` and ``url`` are copied from the
    item when it gave them.
    """

    index: int
    article: Article | None = None
    error: Exception | None = None
    url: str | None = None
    id: str | None = None

    @property
    def ok(self) -> bool:
        """True when the page gave an Article."""
        return self.error is None


@dataclass(frozen=True)
class _Job:
    """One item, unpacked: what ``extract`` needs, or why the item is unusable."""

    index: int
    html: Any
    url: str | None
    content_type: str | None
    id: str | None
    problem: str | None = None


def _unpack(index: int, item: object) -> _Job:
    """Read one input item in any of the accepted shapes."""
    if isinstance(item, (bytearray, memoryview)):
        item = bytes(item)  # a worker is sent a copy: a memoryview cannot be pickled
    if isinstance(item, (bytes, str)):
        return _Job(index, item, None, None, None)
    if isinstance(item, tuple) and len(item) == 2:
        return _Job(index, item[0], _opt_str(item[1]), None, None)
    if isinstance(item, Mapping):
        raw_id = item.get("id")
        job = _Job(
            index,
            item.get("html"),
            _opt_str(item.get("url")),
            _opt_str(item.get("content_type")),
            None if raw_id is None else str(raw_id),
        )
        if "html" not in item:  # keep url and id: the failed result must be traceable
            return replace(job, problem="mapping item without an 'html' key")
        return job
    return _Job(
        index,
        None,
        None,
        None,
        None,
        f"batch items are html, (html, url) or a mapping with 'html', not {type(item).__name__}",
    )


def _opt_str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _run(job: _Job, options: ExtractOptions | None) -> BatchResult:
    """Extract one job; every exception becomes part of the result."""
    if job.problem is not None:
        return BatchResult(job.index, error=TypeError(job.problem), url=job.url, id=job.id)
    try:
        article = extract(job.html, url=job.url, content_type=job.content_type, options=options)
    except (ArticlexError, TypeError) as exc:
        return BatchResult(job.index, error=_portable(exc), url=job.url, id=job.id)
    return BatchResult(job.index, article=article, url=job.url, id=job.id)


def _portable(exc: Exception) -> Exception:
    """``exc`` without its traceback and cause, so that it pickles back from a worker."""
    try:
        copy = type(exc)(*exc.args)
    except Exception:  # an exception class with an unusual constructor
        copy = ExtractionError(str(exc))
    return copy


def _run_chunk(jobs: list[_Job], options: ExtractOptions | None) -> list[BatchResult]:
    return [_run(job, options) for job in jobs]


def _chunks(items: Iterable[PageInput], size: int) -> Iterator[list[_Job]]:
    chunk: list[_Job] = []
    for index, item in enumerate(items):
        chunk.append(_unpack(index, item))
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_many(
    pages: Iterable[PageInput],
    *,
    jobs: int = 1,
    options: ExtractOptions | None = None,
    timeout: float | Literal["default"] | None = "default",
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    max_tasks_per_child: int = DEFAULT_MAX_TASKS_PER_CHILD,
) -> Iterator[BatchResult]:
    """Extract many pages, yielding one :class:`BatchResult` per item, in input order.

    Args:
        pages: an iterable (read lazily) of html (``bytes`` or ``str``), ``(html, url)``
            pairs, or mappings with ``html`` and optionally ``url``, ``content_type``, ``id``.
        jobs: worker processes; ``1`` extracts in this process, ``0`` or a negative number
            means one per CPU.
        options: the :class:`ExtractOptions` for every page.
        timeout: seconds a page may take in a worker process; a page over it has its
            worker killed and replaced, and its result is a :class:`PageTimeoutError`.
            ``"default"``: 60 s with workers (``jobs > 1``), and none with ``jobs=1``,
            which extracts in this process, where a page cannot be stopped. A number
            with ``jobs=1`` runs the pages in one worker process, so that the limit
            holds; ``None`` or ``0``: no limit.
        chunk_size: pages sent to a worker at once.
        max_tasks_per_child: chunks a worker handles before it is replaced.

    Errors are returned in the results, never raised: ``result.error`` is the page's
    ``ArticlexError`` (or a ``TypeError`` for an unusable item) and ``result.article`` is
    ``None``. With workers, that includes :class:`PageTimeoutError` and, for a page on
    which two worker processes died, :class:`WorkerCrashedError` (a worker that dies is
    replaced, and the run goes on). Raised: :class:`WorkerStartError` when no worker can
    start (a script without the ``if __name__ == "__main__":`` guard, or fed on standard
    input), and ``ValueError`` for a bad setting.
    """
    if jobs < 1:
        jobs = os.cpu_count() or 1
    if chunk_size < 1 or max_tasks_per_child < 1:
        raise ValueError("chunk_size and max_tasks_per_child must be positive")
    limit = _time_limit(timeout, jobs)
    chunks = _chunks(pages, chunk_size)
    if jobs == 1 and limit is None:
        for chunk in chunks:
            yield from _run_chunk(chunk, options)
        return
    # Imported by the runs that use it: a process that extracts in itself (``jobs=1``,
    # the command line's default) does not pay for multiprocessing's imports.
    from articlex._interfaces.workers import run_in_workers

    yield from run_in_workers(
        chunks,
        jobs=jobs,
        options=options,
        timeout=limit,
        chunk_size=chunk_size,
        max_tasks_per_child=max_tasks_per_child,
    )


def _time_limit(timeout: object, jobs: int) -> float | None:
    """Seconds a page may take, or ``None`` for no limit."""
    if timeout == "default":
        return PAGE_TIMEOUT if jobs > 1 else None
    if timeout is None:
        return None
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
        raise TypeError(f"timeout must be a number of seconds, not {type(timeout).__name__}")
    if math.isnan(timeout) or timeout < 0:
        raise ValueError(f"timeout must be positive, 0 or None (no limit), not {timeout}")
    return float(timeout) if 0 < timeout < math.inf else None
