"""``articlex`` (also ``python -m articlex``): extract pages you already have, in bulk.

    articlex page.html                         # one page -> its Article as JSON
    articlex pages/ --format text              # every page of a folder, plain text
    articlex 'crawl/**/*.html' -o out.jsonl    # a glob, one JSON line per page
    articlex crawl.warc.gz -o pages.parquet -j 4   # a web archive -> Parquet, 4 workers
    articlex pages/ -o pages.csv --fields headline,date_published,hostname
    curl -s https://example.org/ | articlex -  # stdin

Exit status:

* 0: every page was read and extracted (a page with no article is not a failure);
* 1: some pages failed; each is reported in the output (JSON/JSONL/Parquet rows with
  ``ok`` false and the error) and on stderr, and the run went on (a page over
  ``--timeout`` or on which worker processes died is such a failure); or the worker
  processes could not start at all (reported on stderr);
* 2: usage error: bad arguments, an input that is a URL (articlex never fetches), a
  missing file, or an optional extra that is not installed;
* 3: the inputs held no page at all (an empty folder, an archive without HTML);
* 130: interrupted;
* 141: the output was closed early (``articlex ... | head``), as for any Unix tool
  killed by SIGPIPE; nothing is printed.

The output format is ``--format``'s, else the one ``--output``'s suffix names (a suffix
it does not know is a usage error, not a guess), else JSON for one page and JSON lines
for several.

A progress bar with rate and ETA (the ``progress`` extra: tqdm) is shown on stderr when
it is a terminal, more than one page is read and the output does not go to a terminal
itself: as curl does with its progress meter, the output written to the terminal is
never mixed with a bar (``articlex pages/ -f text`` shows the text alone; with ``-o`` or
``| gzip``, the bar). ``--progress`` forces it even then: the bar is cleared while each
page is written and drawn again below it (tqdm's ``external_write_mode``), and so are
the failures reported on stderr. ``--no-progress`` hides it. It counts pages, or, when
an input is a web archive (whose page count is unknown until it is read), the bytes of
the inputs read, with the pages done beside. A summary line goes to stderr at the end
unless ``--quiet``.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager, nullcontext
from typing import IO, Any, Literal, Protocol

from articlex._errors import WorkerStartError
from articlex._interfaces.batch import PAGE_TIMEOUT, BatchResult, extract_many
from articlex._interfaces.inputs import (
    STDIN,
    SourcePage,
    UsageError,
    expand_inputs,
    is_warc,
    read_pages,
)
from articlex._interfaces.tabular import COLUMNS, arrow_schema, result_row
from articlex._models import Article
from articlex._options import DEFAULT_MAX_INPUT_SIZE, ExtractOptions
from articlex._render import block_markdown

__all__ = ["main"]

FORMATS = ("json", "jsonl", "markdown", "text", "csv", "parquet")
#: Output formats chosen from the output file's name when ``--format`` is not given.
SUFFIX_FORMATS = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".csv": "csv",
    ".parquet": "parquet",
}
#: The CSV columns of every row, whatever ``--fields`` names: which page, and how it went.
CSV_PAGE_COLUMNS = ("source", "index", "ok", "error_type", "error", "url")
#: Rows buffered before a Parquet row group is written (bounds memory on long runs).
PARQUET_BATCH_ROWS = 500

EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_NO_INPUT, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
EXIT_BROKEN_PIPE = 141


class _Writer(Protocol):
    def write(self, source: str, result: BatchResult) -> None: ...
    def close(self) -> None: ...


def build_parser() -> argparse.ArgumentParser:
    from articlex import __version__

    parser = argparse.ArgumentParser(
        prog="articlex",
        description="Extract the article of HTML pages you already have (files, folders, "
        "globs, WARC archives or stdin). articlex never downloads anything.",
        epilog="Exit status: 0 all pages extracted, 1 some pages failed (reported, the run "
        "goes on), 2 usage error, 3 no page found in the inputs, 130 interrupted, 141 "
        "output closed early.",
    )
    parser.add_argument("inputs", nargs="*", help="files, folders, glob patterns, or - for stdin")
    parser.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        help="output format (default: from --output's suffix, which must be one of "
        + ", ".join(SUFFIX_FORMATS)
        + "; else json for one page, jsonl for several)",
    )
    parser.add_argument("-o", "--output", help="write to this file instead of stdout")
    parser.add_argument(
        "-j", "--jobs", type=int, default=1, help="worker processes (default 1; 0 = one per CPU)"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help="stop a page that takes longer, and report it as failed (default: "
        f"{PAGE_TIMEOUT:g} with --jobs above 1, none with one job; with --jobs 1, a limit "
        "runs the pages in one worker process; 0 = no limit)",
    )
    parser.add_argument("--url", help="the page's URL, for a single page read from a file or stdin")
    parser.add_argument("--content-type", help="the HTTP Content-Type the page was served with")
    parser.add_argument(
        "--explain", action="store_true", help="record what the cleaner removed (in JSON output)"
    )
    parser.add_argument("--no-tables", action="store_true", help="leave tables out of the body")
    parser.add_argument("--no-figures", action="store_true", help="leave figures out of the blocks")
    parser.add_argument(
        "--links", action="store_true", help="keep the body's links (Markdown, HTML, JSON spans)"
    )
    parser.add_argument(
        "--focus",
        choices=("precision", "balanced", "recall"),
        default="balanced",
        help="favour precision (less boilerplate) or recall (less lost text)",
    )
    parser.add_argument(
        "--formatting",
        action="store_true",
        help="keep bold, italic, inline code, sub- and superscript (Markdown, HTML, JSON spans)",
    )
    parser.add_argument(
        "--fields",
        help="comma-separated Article fields to fill and write (default: all but "
        "fingerprint), e.g. headline,tags,body; text and markdown print them above the body",
    )
    parser.add_argument(
        "--max-input-size",
        type=int,
        default=DEFAULT_MAX_INPUT_SIZE,
        help="refuse pages larger than this many bytes",
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar on stderr (default: when stderr is a terminal and the "
        "output does not go to a terminal)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")
    parser.add_argument("--version", action="version", version=f"articlex {__version__}")
    return parser  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return _run(args)
    except UsageError as exc:
        print(f"articlex: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("articlex: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except WorkerStartError as exc:
        print(f"articlex: {exc}", file=sys.stderr)
        return EXIT_FAILURES
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, and keep Python from reporting
        # the same error again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


def _run(args: argparse.Namespace) -> int:
    options = _options(args)
    timeout = _timeout(args.timeout)
    paths = expand_inputs(args.inputs)
    output_format = _format(args, paths)
    if args.url and (len(paths) > 1 or any(is_warc(p) for p in paths)):
        raise UsageError("--url applies to a single page, not to several or to an archive")
    archives = any(is_warc(p) for p in paths)
    known_total = None if archives else len(paths)
    sources: dict[int, str] = {}
    failures: Counter[str] = Counter()
    count = 0
    start = time.perf_counter()
    # Output written to a terminal: no progress bar unless asked for, and then one that
    # steps aside while a page is written (see the module's docstring).
    to_terminal = not args.output and _is_terminal(sys.stdout)
    with ExitStack() as stack:
        many = known_total != 1
        writer = _writer(output_format, args.output, stack, many, _field_order(args.fields))
        progress = _progress(args, known_total, stack, archives, _input_bytes(paths), to_terminal)
        aside = _aside(progress, to_terminal)
        by_bytes = progress if archives else None
        items = _items(read_pages(paths, options.max_input_size), args, sources, by_bytes)
        for result in extract_many(items, jobs=args.jobs, options=options, timeout=timeout):
            source = sources.pop(result.index, str(result.index))
            with aside():
                writer.write(source, result)
            count += 1
            if result.error is not None:
                failures[type(result.error).__name__] += 1
                if not args.quiet:
                    _report(f"articlex: {source}: {type(result.error).__name__}: "
                            f"{result.error}", progress)  # fmt: skip
            if progress is not None and archives:
                progress.set_postfix(pages=count, refresh=False)
            elif progress is not None:
                progress.update(1)
        with aside():
            writer.close()
    if not args.quiet:
        _summary(count, failures, time.perf_counter() - start)
    if count == 0:  # an error, so said even with --quiet
        print("articlex: no page found in the inputs", file=sys.stderr)
        return EXIT_NO_INPUT
    return EXIT_FAILURES if failures else EXIT_OK


def _options(args: argparse.Namespace) -> ExtractOptions:
    try:
        return ExtractOptions(
            explain=args.explain,
            include_tables=not args.no_tables,
            include_figures=not args.no_figures,
            include_links=args.links,
            include_formatting=args.formatting,
            focus=args.focus,
            max_input_size=args.max_input_size,
            fields=_fields(args.fields),
        )
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def _timeout(value: float | None) -> float | Literal["default"]:
    """``--timeout`` for ``extract_many``: its default when not given."""
    if value is None:
        return "default"
    if math.isnan(value) or value < 0:
        raise UsageError("--timeout takes a number of seconds, or 0 for no limit")
    return value


def _fields(value: str | None) -> frozenset[str] | None:
    """``--fields headline, tags`` as names; ``None`` (all fields) when not given."""
    if value is None:
        return None
    return frozenset(name.strip() for name in value.split(",") if name.strip())


def _field_order(value: str | None) -> tuple[str, ...] | None:
    """``--fields`` in the order given (each once), for the outputs that print them."""
    if value is None:
        return None
    return tuple(dict.fromkeys(name.strip() for name in value.split(",") if name.strip()))


def _format(args: argparse.Namespace, paths: list[str]) -> str:
    if args.format:
        return str(args.format)
    if args.output:
        suffix = os.path.splitext(args.output)[1].lower()
        if suffix not in SUFFIX_FORMATS:
            known = ", ".join(SUFFIX_FORMATS)
            raise UsageError(
                f"cannot tell the output format of {args.output!r} from its suffix "
                f"({suffix or 'none'}): end its name in {known}, or give --format "
                f"({', '.join(FORMATS)})"
            )
        return SUFFIX_FORMATS[suffix]
    single = len(paths) == 1 and not is_warc(paths[0])
    return "json" if single else "jsonl"


def _items(
    pages: Iterator[SourcePage],
    args: argparse.Namespace,
    sources: dict[int, str],
    by_bytes: Any = None,
) -> Iterator[dict[str, Any]]:
    """Batch items for ``extract_many``; each page's source is kept until it is written.
    ``by_bytes``, a progress bar counting input bytes, moves as pages are read."""
    consumed: dict[str, int] = {}
    for index, page in enumerate(pages):
        sources[index] = page.source
        if by_bytes is not None:
            by_bytes.update(page.consumed - consumed.get(page.path, 0))
            consumed[page.path] = page.consumed
        yield {
            "html": page.html,
            "url": args.url or page.url,
            "content_type": args.content_type or page.content_type,
            "id": page.source,
        }


def _input_bytes(paths: list[str]) -> int | None:
    """The inputs' total size, or ``None`` when one is stdin."""
    if STDIN in paths:
        return None
    return sum(os.path.getsize(p) for p in paths)


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a replaced or closed stream
        return False


def _progress(
    args: argparse.Namespace,
    total: int | None,
    stack: ExitStack,
    archives: bool,
    total_bytes: int | None,
    to_terminal: bool = False,
) -> Any:
    """A tqdm bar counting pages, or input bytes when an input is an archive; by default
    only on a terminal's stderr, and not when the output goes to a terminal too."""
    wanted = args.progress
    if wanted is None:
        wanted = (
            _is_terminal(sys.stderr)
            and not to_terminal
            and (total is None or total > 1)
            and not args.quiet
        )
    if not wanted:
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        if args.progress:
            raise UsageError("--progress needs tqdm: pip install 'articlex[progress]'") from None
        return None
    if archives:
        bar = tqdm(
            total=total_bytes, unit="B", unit_scale=True, unit_divisor=1024, file=sys.stderr,
            dynamic_ncols=True,
        )  # fmt: skip
    else:
        bar = tqdm(total=total, unit="page", file=sys.stderr, dynamic_ncols=True)
    return stack.enter_context(bar)


def _aside(progress: Any, to_terminal: bool) -> Callable[[], AbstractContextManager[Any]]:
    """What a page is written within: with a bar on the terminal the output goes to, the
    bar is cleared first and drawn again after (the page flushed in between)."""
    if progress is None or not to_terminal:
        return nullcontext

    @contextmanager
    def aside() -> Iterator[None]:
        with progress.external_write_mode(file=sys.stdout):
            yield
            sys.stdout.flush()

    return aside


def _report(message: str, progress: Any) -> None:
    """A line on stderr, above the progress bar when there is one (never inside it)."""
    if progress is not None:
        progress.write(message, file=sys.stderr)
    else:
        print(message, file=sys.stderr)


def _summary(count: int, failures: Counter[str], seconds: float) -> None:
    failed = sum(failures.values())
    detail = ", ".join(f"{n} {name}" for name, n in failures.most_common())
    rate = count / seconds if seconds > 0 else 0.0
    print(
        f"articlex: {count} page(s), {count - failed} extracted, {failed} failed"
        + (f" ({detail})" if detail else "")
        + f" in {seconds:.1f} s ({rate:.1f} pages/s)",
        file=sys.stderr,
    )


# --- writers ------------------------------------------------------------------------------


def _writer(
    output_format: str,
    output: str | None,
    stack: ExitStack,
    many: bool,
    fields: tuple[str, ...] | None = None,
) -> _Writer:
    if output_format == "parquet":
        if not output:
            raise UsageError("Parquet output needs a file: --output pages.parquet")
        return _ParquetWriter(output)
    newline = "" if output_format == "csv" else None  # the csv module writes its own
    stream: IO[str] = (
        stack.enter_context(open(output, "w", encoding="utf-8", newline=newline))  # noqa: SIM115 (the stack closes it)
        if output
        else sys.stdout
    )
    if output_format == "json":
        return _JsonWriter(stream)
    if output_format == "jsonl":
        return _JsonLinesWriter(stream)
    if output_format == "csv":
        return _CsvWriter(stream, fields)
    return _TextWriter(stream, markdown=output_format == "markdown", headed=many, fields=fields)


def _record(source: str, result: BatchResult) -> dict[str, Any]:
    record: dict[str, Any] = {"source": source, "index": result.index, "ok": result.ok}
    if result.error is not None:
        record["error"] = {"type": type(result.error).__name__, "message": str(result.error)}
    if result.article is not None:
        record["article"] = result.article.to_dict()
    return record


class _JsonLinesWriter:
    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, source: str, result: BatchResult) -> None:
        self._stream.write(json.dumps(_record(source, result), ensure_ascii=False) + "\n")

    def close(self) -> None:
        self._stream.flush()


class _JsonWriter:
    """One page: its record; several: a JSON array, streamed record by record."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._records: list[dict[str, Any]] = []
        self._streaming = False

    def write(self, source: str, result: BatchResult) -> None:
        record = _record(source, result)
        if not self._streaming and not self._records:
            self._records.append(record)
            return
        if not self._streaming:
            self._stream.write("[\n" + json.dumps(self._records.pop(), ensure_ascii=False))
            self._streaming = True
        self._stream.write(",\n" + json.dumps(record, ensure_ascii=False))

    def close(self) -> None:
        if self._streaming:
            self._stream.write("\n]\n")
        elif self._records:
            self._stream.write(json.dumps(self._records[0], ensure_ascii=False, indent=2) + "\n")
        self._stream.flush()


class _TextWriter:
    """Plain text or Markdown; with several pages, each is headed by its source.

    With ``--fields``, the fields named (but the body) come first, in the order named:
    ``name: value`` lines for text, YAML front matter for Markdown (values in JSON, which
    YAML reads), then the body if it was named."""

    def __init__(
        self,
        stream: IO[str],
        *,
        markdown: bool,
        headed: bool,
        fields: tuple[str, ...] | None = None,
    ) -> None:
        self._stream = stream
        self._markdown = markdown
        self._headed = headed
        self._fields = fields
        self._count = 0

    def _text(self, article: Article) -> str:
        if self._fields is None:
            return article.to_markdown() if self._markdown else article.body
        data = article.to_dict()
        named = [name for name in self._fields if name != "body"]
        parts = []
        if named and self._markdown:
            lines = (f"{name}: {json.dumps(data[name], ensure_ascii=False)}" for name in named)
            parts.append("---\n" + "\n".join(lines) + "\n---")
        elif named:
            parts.append("\n".join(f"{name}: {_plain(data[name])}".rstrip() for name in named))
        if "body" in self._fields:
            if self._markdown:
                blocks = (block_markdown(block) for block in article.blocks)
                parts.append("\n\n".join(md for md in blocks if md))
            else:
                parts.append(article.body)
        return "\n\n".join(part for part in parts if part)

    def write(self, source: str, result: BatchResult) -> None:
        article = result.article
        if article is None:
            return
        text = self._text(article)
        if self._count:
            self._stream.write("\n")
        if self._headed:
            if self._markdown:  # "--" cannot occur inside an HTML comment
                self._stream.write(f"<!-- {source.replace('--', '__')} -->\n\n")
            else:
                self._stream.write(f"==> {source} <==\n\n")
        self._stream.write(text.rstrip("\n") + "\n")
        self._count += 1

    def close(self) -> None:
        self._stream.flush()


def _plain(value: Any) -> str:
    """A field's ``to_dict()`` value on one line: text as it is, lists and objects as
    JSON (a tag may hold a comma), nothing for ``None``."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


class _CsvWriter:
    """RFC 4180 CSV (comma, double quotes, CRLF), a header row first: the rows of
    :mod:`articlex._interfaces.tabular`, lists as JSON arrays, booleans ``true`` /
    ``false``, ``None`` empty. With ``--fields``: the page's columns and the fields named,
    in that order, then ``warnings``."""

    def __init__(self, stream: IO[str], fields: tuple[str, ...] | None) -> None:
        self._stream = stream
        names = [name for name, _ in COLUMNS]
        if fields is None:
            self._columns = names
        else:
            asked = [name for name in fields if name in names]
            self._columns = [*CSV_PAGE_COLUMNS, *asked, "warnings"]
        self._csv = csv.writer(stream)
        self._csv.writerow(self._columns)

    def write(self, source: str, result: BatchResult) -> None:
        row = result_row(result, source)
        self._csv.writerow([_cell(row[name]) for name in self._columns])

    def close(self) -> None:
        self._stream.flush()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class _ParquetWriter:
    """Rows of :mod:`articlex._interfaces.tabular`, written in row groups as they come."""

    def __init__(self, path: str) -> None:
        try:
            import pyarrow.parquet as pq
        except ImportError:
            raise UsageError(
                "Parquet output needs pyarrow: pip install 'articlex[parquet]'"
            ) from None
        self._schema = arrow_schema()
        self._writer = pq.ParquetWriter(path, self._schema)
        self._rows: list[dict[str, Any]] = []

    def write(self, source: str, result: BatchResult) -> None:
        self._rows.append(result_row(result, source))
        if len(self._rows) >= PARQUET_BATCH_ROWS:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self._rows:
            self._writer.write_table(pa.Table.from_pylist(self._rows, schema=self._schema))
            self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()
