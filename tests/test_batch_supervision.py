"""extract_many never hangs: dead workers, workers that cannot start, slow pages, Ctrl-C.

Each failure would hang the caller, so each test is bounded: the scenarios run in a
child interpreter with a time limit (``subprocess`` timeouts), or in a thread that the
test waits for a limited time. A regression fails the test, it does not stall the suite.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import lxml.html
import pytest

import articlex
from articlex import BatchResult, extract_many
from articlex._interfaces.cli import main
from articlex._interfaces.workers import START_TIMEOUT

T = TypeVar("T")

#: The package under test, for the child interpreters (the same code as this process).
SRC = Path(articlex.__file__).resolve().parents[1]
#: Seconds a scenario (a child interpreter, or a run in a thread) may take before the
#: test fails: far more than any of them needs on a loaded machine, far less than a hang.
SCENARIO_LIMIT = 120.0
#: Seconds from Ctrl-C to the end of the interrupted process (the aim: a second or two;
#: the rest is room for a loaded test machine).
STOP_LIMIT = 5.0
#: Seconds for a run whose workers cannot start to raise WorkerStartError: room for a
#: loaded machine, and far below the start-up timeout, so that a failure noticed only by
#: that timeout, not by the worker's end, fails the test.
START_FAILURE_LIMIT = START_TIMEOUT / 3

PARAGRAPH = "<p>The council voted on the budget after a long debate on Tuesday evening.</p>"
SMALL = f"<html><body><article><h1>Budget</h1>{PARAGRAPH * 8}</article></body></html>"
#: About 250 kB of paragraphs: long enough to extract that a worker is still on one
#: when the test kills it.
SLOW_ARTICLE = "<html><body><article>" + PARAGRAPH * 3000 + "</article></body></html>"
#: About 8 MB of paragraphs: many times what a 1 s limit allows.
HUGE_ARTICLE = "<html><body><article>" + PARAGRAPH * 100_000 + "</article></body></html>"


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(SRC), "PYTHONUNBUFFERED": "1"}


def _python(script: str, tmp_path: Path, *, stdin: bool = False) -> dict[str, Any]:
    """Run ``script`` in a child interpreter, from a file or fed on standard input, and
    return the JSON object its last line of output holds."""
    code = textwrap.dedent(script)
    if stdin:
        command, feed = [sys.executable, "-"], code
    else:
        (tmp_path / "job.py").write_text(code, encoding="utf-8")
        command, feed = [sys.executable, "job.py"], None
    done = subprocess.run(
        command,
        input=feed,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_env(),
        timeout=SCENARIO_LIMIT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines, done.stderr
    found: dict[str, Any] = json.loads(lines[-1])
    found["stderr"] = done.stderr
    return found


def _within(seconds: float, work: Callable[[], T]) -> T:
    """``work()``, run in a thread; the test fails if it is not done within ``seconds``."""
    outcome: list[T] = []
    failure: list[BaseException] = []

    def target() -> None:
        try:
            outcome.append(work())
        except BaseException as exc:
            failure.append(exc)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s: the run hangs"
    if failure:
        raise failure[0]
    return outcome[0]


def _gone(pid: int) -> bool:
    """True when process ``pid`` has ended (a zombie left for init counts as ended)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return _state(pid) == "Z"


def _state(pid: int) -> str | None:
    """The process's state letter from ``/proc`` (``Z``: a zombie), or ``None``."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[1].split()[0]


def _group(pgid: int) -> list[int]:
    """The running (not zombie) processes of process group ``pgid``, from ``/proc``."""
    members = []
    for entry in Path("/proc").iterdir():
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[2] == str(pgid) and fields[0] != "Z":
            members.append(int(entry.name))
    return members


def _summary(results: list[BatchResult]) -> list[tuple[int, str | None]]:
    return [(r.index, None if r.error is None else type(r.error).__name__) for r in results]


def test_workers_killed_mid_run_are_replaced_and_their_pages_retried(tmp_path: Path) -> None:
    found = _python(
        f"""
        import json, multiprocessing
        import articlex

        PAGE = {SLOW_ARTICLE!r}

        if __name__ == "__main__":
            pages = [{{"html": PAGE, "id": f"page-{{i}}"}} for i in range(8)]
            results, killed = [], None
            for result in articlex.extract_many(pages, jobs=2, chunk_size=2):
                if killed is None:  # the worker of page 0 is on page 1 now: kill them all
                    killed = multiprocessing.active_children()
                    for worker in killed:
                        worker.kill()
                results.append([result.index, result.ok, result.id])
            print(json.dumps({{
                "results": results,
                "killed": len(killed),
                "left": len(multiprocessing.active_children()),
            }}))
        """,
        tmp_path,
    )
    # every page once, in order, all extracted: the killed workers' pages were retried
    assert found["results"] == [[i, True, f"page-{i}"] for i in range(8)]
    assert found["killed"] == 2 and found["left"] == 0


class Crash:
    """A page whose html ends the process that reads it, as a crash in C code would: in
    extract_many's workers, the pickled chunk is read back with ``os._exit``."""

    def __reduce__(self) -> tuple[Callable[[int], object], tuple[int]]:
        return os._exit, (70,)


def test_a_page_that_kills_two_workers_is_returned_as_crashed_and_the_run_goes_on() -> None:
    url = "https://example.org/crash"
    pages: list[articlex.PageInput] = [SMALL] * 12
    pages[5] = {"html": Crash(), "url": url, "id": "crash-5"}
    results = _within(SCENARIO_LIMIT, lambda: list(extract_many(pages, jobs=2, chunk_size=4)))
    assert _summary(results) == [(i, "WorkerCrashedError" if i == 5 else None) for i in range(12)]
    error = results[5].error
    assert isinstance(error, articlex.WorkerCrashedError)
    assert isinstance(error, articlex.ArticlexError)
    assert "page 5" in str(error) and "crash-5" in str(error) and url in str(error)
    assert "exit status 70" in str(error)
    assert (results[5].url, results[5].id) == (url, "crash-5")


class Unreadable:
    """A page whose html cannot be unpickled: ``int("not a number")`` in the worker."""

    def __reduce__(self) -> tuple[Callable[[str], object], tuple[str]]:
        return int, ("not a number",)


def test_a_page_that_cannot_travel_to_a_worker_is_a_type_error() -> None:
    tree = lxml.html.fromstring(SMALL)  # extract takes a tree; pickle does not
    pages: list[articlex.PageInput] = [SMALL, {"html": tree, "id": "tree"}, (Unreadable(), "u")]
    pages.append(memoryview(SMALL.encode()))
    results = _within(SCENARIO_LIMIT, lambda: list(extract_many(pages, jobs=2, chunk_size=2)))
    assert _summary(results) == [(0, None), (1, "TypeError"), (2, "TypeError"), (3, None)]
    assert "'tree'" in str(results[1].error) and "sent to a worker" in str(results[1].error)
    assert "read in a worker" in str(results[2].error) and "ValueError" in str(results[2].error)


def test_a_page_over_the_time_limit_is_stopped_and_the_run_goes_on() -> None:
    pages: list[articlex.PageInput] = [SMALL, {"html": HUGE_ARTICLE, "id": "huge"}, SMALL, SMALL]
    start = time.perf_counter()
    results = _within(SCENARIO_LIMIT, lambda: list(extract_many(pages, jobs=2, timeout=1)))
    seconds = time.perf_counter() - start
    assert _summary(results) == [(0, None), (1, "PageTimeoutError"), (2, None), (3, None)]
    assert "page 1" in str(results[1].error) and "'huge'" in str(results[1].error)
    # stopped after its second, not extracted to the end (several seconds)
    assert seconds < 1 + START_FAILURE_LIMIT


def test_a_time_limit_with_one_job_runs_in_a_worker_process() -> None:
    pages: list[articlex.PageInput] = [{"html": HUGE_ARTICLE, "id": "huge"}, SMALL]
    results = _within(SCENARIO_LIMIT, lambda: list(extract_many(pages, jobs=1, timeout=1)))
    assert _summary(results) == [(0, "PageTimeoutError"), (1, None)]


def test_the_command_line_has_a_time_limit(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(SMALL, encoding="utf-8")
    (tmp_path / "b.html").write_text(HUGE_ARTICLE, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "articlex", "a.html", "b.html", "--timeout", "1", "-o", "out.jsonl"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_env(),
        timeout=SCENARIO_LIMIT,
        check=False,
    )
    assert done.returncode == 1, done.stderr  # some pages failed
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [(r["source"], r["ok"]) for r in records] == [("a.html", True), ("b.html", False)]
    assert records[1]["error"]["type"] == "PageTimeoutError"
    assert "b.html: PageTimeoutError" in done.stderr


def test_workers_are_recycled_without_losing_or_doubling_a_page() -> None:
    pages = [f"<html><body><article><h1>Page {i}</h1>{PARAGRAPH * 6}</article></body></html>"
             for i in range(9)]  # fmt: skip
    results = _within(
        SCENARIO_LIMIT,
        lambda: list(extract_many(pages, jobs=2, chunk_size=2, max_tasks_per_child=1)),
    )
    assert [r.index for r in results] == list(range(9))
    assert [r.article.headline if r.article else None for r in results] == [
        f"Page {i}" for i in range(9)
    ]


UNGUARDED_SCRIPT = """
import json, multiprocessing, time
import articlex

start = time.perf_counter()
try:
    list(articlex.extract_many(["<p>x</p>"] * 4, jobs=2))
    error = None
except articlex.WorkerStartError as exc:
    error = str(exc)
print(json.dumps({
    "error": error,
    "seconds": time.perf_counter() - start,
    "left": len(multiprocessing.active_children()),
}))
"""


def test_a_script_fed_on_standard_input_gets_a_clear_error(tmp_path: Path) -> None:
    found = _python(UNGUARDED_SCRIPT, tmp_path, stdin=True)
    assert found["error"] is not None, found["stderr"]
    assert "standard input" in found["error"] and "jobs=1" in found["error"]
    assert found["seconds"] < START_FAILURE_LIMIT
    assert found["left"] == 0


def test_a_script_without_the_main_guard_gets_a_clear_error(tmp_path: Path) -> None:
    found = _python(UNGUARDED_SCRIPT, tmp_path)
    assert found["error"] is not None, found["stderr"]
    assert "__main__" in found["error"]
    assert found["seconds"] < START_FAILURE_LIMIT
    assert found["left"] == 0


def _first_line(process: subprocess.Popen[str], seconds: float) -> str:
    """The child's first line of output, waiting at most ``seconds`` for it."""
    assert process.stdout is not None
    readable, _, _ = select.select([process.stdout], [], [], seconds)
    assert readable, "no output: the run did not start"
    return process.stdout.readline()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to one process is POSIX")
def test_ctrl_c_stops_the_run_at_once_and_leaves_no_worker(tmp_path: Path) -> None:
    script = f"""
    import json, multiprocessing, sys
    import articlex

    PAGE = {SLOW_ARTICLE!r}

    if __name__ == "__main__":
        pages = ({{"html": PAGE, "id": i}} for i in range(100_000))  # minutes of work
        try:
            for n, result in enumerate(articlex.extract_many(pages, jobs=2, chunk_size=1)):
                if n == 0:
                    pids = [p.pid for p in multiprocessing.active_children()]
                    print(json.dumps(pids), flush=True)
        except KeyboardInterrupt:
            print(json.dumps(len(multiprocessing.active_children())), flush=True)
            sys.exit(130)
    """
    (tmp_path / "job.py").write_text(textwrap.dedent(script), encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "job.py"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env=_env(),
    )
    try:
        workers = json.loads(_first_line(process, SCENARIO_LIMIT))
        assert len(workers) == 2
        process.send_signal(signal.SIGINT)  # to the parent alone: the workers never see it
        start = time.perf_counter()
        process.wait(STOP_LIMIT)
        assert time.perf_counter() - start < STOP_LIMIT
        assert process.returncode == 130
        assert process.stdout is not None
        assert json.loads(process.stdout.read().strip()) == 0  # no worker left running
        assert all(_gone(pid) for pid in workers)
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_ctrl_c_in_a_terminal_stops_the_command_line_quietly(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(60):  # far more work than the test waits for
        (folder / f"{i:02d}.html").write_text(SLOW_ARTICLE, encoding="utf-8")
    output = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "articlex", str(folder), "-j", "2", "-o", str(output)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
        start_new_session=True,  # its own process group, as a shell gives a command
    )
    try:
        deadline = time.monotonic() + SCENARIO_LIMIT
        while not (output.exists() and output.stat().st_size) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert output.stat().st_size, "no page written: the run did not start"
        os.killpg(process.pid, signal.SIGINT)  # Ctrl-C: the parent and its workers get it
        start = time.perf_counter()
        _, stderr = process.communicate(timeout=STOP_LIMIT)
        assert time.perf_counter() - start < STOP_LIMIT
        assert process.returncode == 130
        assert "interrupted" in stderr and "Traceback" not in stderr
        # Nothing left running in its process group (multiprocessing's resource tracker
        # ends once the parent has; where nothing reaps orphans, it stays a zombie).
        deadline = time.monotonic() + STOP_LIMIT
        while _group(process.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _group(process.pid) == []
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()


def test_a_bad_time_limit_is_refused() -> None:
    with pytest.raises(ValueError, match="timeout"):
        list(extract_many([SMALL], timeout=-1))
    with pytest.raises(TypeError, match="timeout"):
        list(extract_many([SMALL], timeout="soon"))  # type: ignore[arg-type]
    assert main(["page.html", "--timeout", "-1"]) == 2  # a usage error


def test_the_worker_errors_are_exported_articlex_errors() -> None:
    for name in ("PageTimeoutError", "WorkerCrashedError", "WorkerStartError"):
        assert name in articlex.__all__
        assert issubclass(getattr(articlex, name), articlex.ArticlexError)
