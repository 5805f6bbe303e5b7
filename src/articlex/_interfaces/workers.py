"""Supervised worker processes for ``extract_many``: a batch run that never hangs.

``multiprocessing.Pool`` loses the task of a worker that dies (its caller then waits
forever), respawns workers that cannot start without end, and cannot stop one slow task.
``concurrent.futures.ProcessPoolExecutor`` notices a dead worker, but then the whole pool
is broken (every pending task fails, the pool must be rebuilt), and it cannot stop a task
either. So articlex supervises its workers itself:

* **One process per worker** (``spawn``), a pipe for its tasks and one for its results.
  A worker reports each page as it finishes it, so the parent knows which page each
  worker is on, and since when.
* **One wait for everything**: the parent waits on every result pipe and every process
  sentinel at once (``multiprocessing.connection.wait``), until the nearest deadline.
  A worker that dies, whatever killed it, is noticed at once.
* **A dead worker's pages are handed out again, one page per task**: the page it was on
  is retried once, and comes back as a ``WorkerCrashedError`` if it is on a worker that
  dies again; its other pages (not started) go out as if new. A replacement is started.
* **A page over the time limit** has its worker killed and replaced, and comes back as
  a ``PageTimeoutError``; the worker's other pages are handed out again.
* **A worker that ends before it is ready** (spawned workers re-import the calling
  script, which fails when it has no ``__main__`` guard or came from standard input)
  raises ``WorkerStartError`` at once: never a loop of respawns. Only a worker killed
  by a signal while it starts is replaced, a few times in a row at most.
* **Sending never blocks the parent**: a feeder thread per worker writes its tasks (a
  chunk can be larger than a pipe's buffer, and a worker reads its next chunk only after
  its current one), so the parent goes on watching deadlines meanwhile.
* **Shutdown**: at the end of the input the workers are told to stop; on an exception
  (Ctrl-C's ``KeyboardInterrupt`` included) or when the generator is closed, they are
  killed. Either way they are reaped before ``extract_many`` returns or raises.

Nothing installs a signal handler. Ctrl-C in a terminal raises ``KeyboardInterrupt`` in
every process of its process group: a worker then ends quietly (no traceback per
worker), and the parent, which gets it too, kills the others on its way out.
"""

from __future__ import annotations

import multiprocessing
import pickle
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection, wait
from multiprocessing.context import SpawnContext
from typing import Any

from articlex._errors import PageTimeoutError, WorkerCrashedError, WorkerStartError
from articlex._interfaces.batch import PREFETCH, BatchResult, _Job, _run
from articlex._options import ExtractOptions

__all__ = ["run_in_workers"]

#: Seconds a new worker may take to become ready (start an interpreter, import the
#: calling script and articlex) before the run gives up with ``WorkerStartError``.
#: Generous, for loaded machines and slow disks: a worker that *fails* to start ends by
#: itself and is reported at once, not after this.
START_TIMEOUT = 60.0
#: Seconds a worker that was told to stop, or killed, may take to end before it is
#: killed (again) and the run goes on: a bound for the unexpected, never waited normally.
EXIT_GRACE = 5.0
#: Workers a page may be on when they die before the page is given up on: the first
#: death may have been someone else's doing (the out-of-memory killer picks the largest
#: process, not the guilty page), the second is the page's.
DEATHS_PER_PAGE = 2
#: Workers in a row that may be killed by a signal before they are ready (by someone
#: else: the out-of-memory killer, a ``kill``) and be replaced, before the run gives up
#: with ``WorkerStartError``. A worker that ends by itself before it is ready (its own
#: error: the calling script cannot be re-imported) stops the run at once.
KILLED_STARTS = 3
#: A worker's first message, once it has imported everything and waits for work.
READY = "ready"
#: A worker's message (with the error) for a page it cannot unpickle.
UNREADABLE = "unreadable"


@dataclass(eq=False)
class _Page:
    """A page of the window: its job, its result once known, the workers it saw die."""

    job: _Job
    result: BatchResult | None = None
    deaths: int = 0


def _serve(tasks: Connection, results: Connection, options: ExtractOptions | None) -> None:
    """A worker's life: say it is ready, then extract each chunk it gets (its pages, each
    pickled on its own), page by page, sending each page's result as soon as it has it,
    until it gets ``None``."""
    try:
        results.send(READY)
        while (chunk := tasks.recv()) is not None:
            for blob in chunk:
                try:
                    job = pickle.loads(blob)
                except Exception as exc:  # say, a str subclass this process cannot import
                    results.send((UNREADABLE, f"{type(exc).__name__}: {exc}"))
                    continue
                results.send(_run(job, options))
    except (EOFError, OSError, KeyboardInterrupt):
        # The parent has gone, or Ctrl-C reached the terminal's whole process group: the
        # parent deals with it, and a traceback per worker would only bury its message.
        return


def _feed(outbox: queue.SimpleQueue[list[bytes] | None], tasks: Connection) -> None:
    """A feeder thread: send a worker its chunks, then ``None``; stop if the worker died."""
    try:
        while True:
            chunk = outbox.get()
            tasks.send(chunk)
            if chunk is None:
                return
    except (OSError, ValueError):
        return  # the worker is gone; its sentinel tells the supervisor
    finally:
        tasks.close()


class _Worker:
    """One worker process, its pipes and feeder thread, and the pages it holds."""

    def __init__(self, context: SpawnContext, options: ExtractOptions | None) -> None:
        task_reader, self.tasks = context.Pipe(duplex=False)
        self.results, result_writer = context.Pipe(duplex=False)
        self.process = context.Process(
            target=_serve,
            args=(task_reader, result_writer, options),
            name="articlex-worker",
            daemon=True,  # ended by multiprocessing at exit if a run is left unfinished
        )
        try:
            self.process.start()
        except BaseException:
            self.tasks.close()
            self.results.close()
            raise
        finally:  # the worker has its own ends now; ours would hide its death (no EOF)
            task_reader.close()
            result_writer.close()
        self.outbox: queue.SimpleQueue[list[bytes] | None] = queue.SimpleQueue()
        self._feeder = threading.Thread(
            target=_feed, args=(self.outbox, self.tasks), name="articlex-feeder", daemon=True
        )
        self._feeder.start()
        self.born = time.monotonic()
        self.ready = False
        #: Pages sent and not yet returned, in order: the first is the one it is on.
        self.held: deque[_Page] = deque()
        #: When it began its current page (the last result or chunk, or when it got ready).
        self.since = self.born
        self.chunks = 0
        self.retiring = False
        self.exitcode: int | None = None

    def halt(self, *, kill: bool) -> None:
        """Kill the process, or wait for it to end (killing it after ``EXIT_GRACE``)."""
        if kill:
            self.process.kill()
        self.process.join(EXIT_GRACE)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(EXIT_GRACE)
        self.exitcode = self.process.exitcode

    def release(self) -> None:
        """Once the process has ended: stop the feeder, close the pipes and the process."""
        self.outbox.put(None)  # wakes an idle feeder; a busy one fails on the closed pipe
        self._feeder.join(EXIT_GRACE)
        self.results.close()
        if not self.process.is_alive():
            self.process.close()

    @property
    def ending(self) -> str:
        """How the process ended, in words."""
        code = self.exitcode
        if code is None:
            return "it did not end"
        if code < 0:
            try:
                return f"killed by {signal.Signals(-code).name}"
            except ValueError:
                return f"killed by signal {-code}"
        return f"exit status {code}"


def _describe(job: _Job) -> str:
    """The page, as a message names it: its index, and its id and url when it has them."""
    known = [f"{name} {value!r}" for name, value in (("id", job.id), ("url", job.url)) if value]
    return f"page {job.index}" + (f" ({', '.join(known)})" if known else "")


def _failed(job: _Job, error: Exception) -> BatchResult:
    return BatchResult(job.index, error=error, url=job.url, id=job.id)


def _pack(pages: list[_Page]) -> tuple[list[_Page], list[bytes]]:
    """The pages that can be sent to a worker, and each one pickled; a page that cannot
    be (an lxml tree, say) gets its ``TypeError`` result here, and is not sent."""
    sent, blobs = [], []
    for page in pages:
        job = page.job
        if isinstance(job.html, memoryview):  # extract takes it, pickle does not
            job = replace(job, html=job.html.tobytes())
        try:
            blobs.append(pickle.dumps(job, pickle.HIGHEST_PROTOCOL))
        except Exception as exc:
            why = f"{_describe(job)} cannot be sent to a worker process ({exc})"
            page.result = _failed(job, TypeError(f"{why}: pass its HTML as bytes or str"))
            continue
        sent.append(page)
    return sent, blobs


def _start_failure(ending: str) -> str:
    return (
        f"articlex's worker processes cannot start: one ended before it was ready "
        f"({ending}; any error it printed is on stderr). Workers are spawned, and each "
        "first re-imports the calling script. Run extract_many with workers (jobs > 1, "
        "or a timeout) only under 'if __name__ == \"__main__\":', in a script run from a "
        "file (not fed on standard input: python - < script.py); or extract in this "
        "process: jobs=1, timeout=None."
    )


class _Supervisor:
    """The workers of one run, the pages they hold, and the pages waiting for one."""

    def __init__(
        self,
        jobs: int,
        options: ExtractOptions | None,
        timeout: float | None,
        chunk_size: int,
        max_tasks_per_child: int,
    ) -> None:
        # No fork: safe with threads, and the same on every platform.
        self._context = multiprocessing.get_context("spawn")
        self._jobs = jobs
        self._options = options
        self._timeout = timeout
        self._chunk_size = chunk_size
        self._max_tasks = max_tasks_per_child
        self._workers: list[_Worker] = []
        self._killed_starts = 0
        #: Chunks waiting for a worker; a dead worker's pages come back first, one each.
        self.todo: deque[list[_Page]] = deque()

    def assign(self) -> None:
        """Give waiting chunks to workers: to an idle one, else to a new one while there
        are fewer than ``jobs``, else to one holding at most a chunk (so that its next
        chunk is already there when it finishes this one)."""
        while self.todo:
            worker = self._free_worker()
            if worker is None:
                return
            pages, blobs = _pack(self.todo.popleft())
            if not pages:
                continue
            if not worker.held:
                worker.since = time.monotonic()
            worker.held.extend(pages)
            worker.outbox.put(blobs)
            worker.chunks += 1
            if worker.chunks >= self._max_tasks:  # recycled: it ends after this chunk
                worker.retiring = True
                worker.outbox.put(None)

    def _free_worker(self) -> _Worker | None:
        active = [w for w in self._workers if not w.retiring]
        fewest = min(active, key=lambda w: len(w.held), default=None)
        if fewest is not None and not fewest.held:
            return fewest
        if len(active) < self._jobs:
            try:
                worker = _Worker(self._context, self._options)
            except OSError as exc:  # out of processes or memory
                raise WorkerStartError(f"cannot start a worker process: {exc}") from exc
            self._workers.append(worker)
            return worker
        if fewest is not None and len(fewest.held) <= self._chunk_size:
            return fewest
        return None

    def poll(self, *, block: bool) -> None:
        """Take in what the workers sent, deal with those that ended, enforce deadlines.
        With ``block``, first wait for any of that, at most until the nearest deadline."""
        owners: dict[Any, _Worker] = {}
        for worker in self._workers:
            owners[worker.results] = worker
            owners[worker.process.sentinel] = worker
        ended: list[_Worker] = []
        for handle in wait(list(owners), self._wait_time() if block else 0):
            worker = owners[handle]
            if handle is worker.results and self._receive(worker):
                continue
            if worker not in ended:
                ended.append(worker)
        for worker in ended:
            self._end(worker)
        self._enforce_deadlines()

    def _wait_time(self) -> float | None:
        deadlines = []
        for worker in self._workers:
            if not worker.ready:
                deadlines.append(worker.born + START_TIMEOUT)
            elif self._timeout is not None and worker.held:
                deadlines.append(worker.since + self._timeout)
        if not deadlines:
            return None
        return max(0.0, min(deadlines) - time.monotonic())

    def _receive(self, worker: _Worker) -> bool:
        """Read every message ``worker`` has sent; False once its pipe has closed."""
        try:
            while worker.results.poll():
                message = worker.results.recv()
                if isinstance(message, BatchResult):
                    worker.held.popleft().result = message
                elif isinstance(message, tuple):  # UNREADABLE, and why
                    page = worker.held.popleft()
                    why = f"{_describe(page.job)} cannot be read in a worker process"
                    page.result = _failed(page.job, TypeError(f"{why}: {message[1]}"))
                else:
                    worker.ready = True
                    self._killed_starts = 0
                worker.since = time.monotonic()
        except (EOFError, OSError):
            return False
        except Exception:  # a message that cannot be read back: the worker is useless
            worker.process.kill()
            return False
        return True

    def _end(self, worker: _Worker, overdue: _Page | None = None) -> None:
        """``worker`` ended, or is killed for its ``overdue`` page: reap it, give out its
        pages again (the one it died on at most ``DEATHS_PER_PAGE`` times)."""
        worker.halt(kill=overdue is not None)
        self._receive(worker)  # what it sent before it ended stays readable
        worker.release()
        self._workers.remove(worker)
        held = list(worker.held)
        if not worker.ready:
            self._killed_starts += 1
            code = worker.exitcode
            if code is None or code >= 0 or self._killed_starts >= KILLED_STARTS:
                raise WorkerStartError(_start_failure(worker.ending))
            self.todo.extendleft([page] for page in reversed(held))  # none was started
            return
        if held and overdue is not None and held[0] is overdue:
            message = f"{_describe(overdue.job)} took more than {self._timeout:g} s: stopped"
            overdue.result = _failed(overdue.job, PageTimeoutError(message))
            held.pop(0)
        elif held and overdue is None:  # it died on held[0]
            held[0].deaths += 1
            if held[0].deaths >= DEATHS_PER_PAGE:
                page = held.pop(0)
                message = (
                    f"{_describe(page.job)}: its worker process died on it {page.deaths} "
                    f"times, the last one {worker.ending}"
                )
                page.result = _failed(page.job, WorkerCrashedError(message))
        self.todo.extendleft([page] for page in reversed(held))

    def _enforce_deadlines(self) -> None:
        now = time.monotonic()
        for worker in list(self._workers):
            if not worker.ready and now - worker.born > START_TIMEOUT:
                worker.halt(kill=True)
                worker.release()
                self._workers.remove(worker)
                raise WorkerStartError(
                    _start_failure(f"it was not ready after {START_TIMEOUT:g} s")
                )
            limit = self._timeout
            if limit is not None and worker.ready and worker.held and now - worker.since > limit:
                self._end(worker, overdue=worker.held[0])

    def close(self, *, kill: bool) -> None:
        """End every worker, told to stop when done or ``kill``-ed, and reap them all."""
        workers, self._workers = self._workers, []
        for worker in workers:
            if kill or not worker.ready:  # one still starting has nothing to finish
                worker.process.kill()
            else:
                worker.outbox.put(None)
        for worker in workers:
            worker.halt(kill=False)
            worker.release()


def run_in_workers(
    chunks: Iterator[list[_Job]],
    *,
    jobs: int,
    options: ExtractOptions | None,
    timeout: float | None,
    chunk_size: int,
    max_tasks_per_child: int,
) -> Iterator[BatchResult]:
    """Extract ``chunks`` in ``jobs`` supervised workers, yielding results in input order.

    At most ``jobs x PREFETCH`` chunks are in the window (read, and not yet yielded); the
    oldest page's result is yielded as soon as it is in."""
    crew = _Supervisor(jobs, options, timeout, chunk_size, max_tasks_per_child)
    window: deque[_Page] = deque()
    capacity = jobs * PREFETCH * chunk_size
    more = True
    finished = False
    try:
        while True:
            while more and len(window) < capacity:
                chunk = next(chunks, None)
                if chunk is None:
                    more = False
                else:
                    pages = [_Page(job) for job in chunk]
                    window.extend(pages)
                    crew.todo.append(pages)
            if not window:
                break
            crew.assign()
            result = window[0].result
            if result is None:
                crew.poll(block=True)
                continue
            window.popleft()
            crew.poll(block=False)  # keep the workers fed while results are handed over
            yield result
        finished = True
    finally:
        crew.close(kill=not finished)
