"""Where the command line's pages come from: files, folders, globs, stdin and WARC archives.

articlex never fetches: an input that looks like a URL is refused with a message saying
so. Folders are walked for page and archive files; WARC (and ``.warc.gz``) archives give
one page per HTML ``response`` record, with its target URI and HTTP ``Content-Type``
(reading them needs the ``warc`` extra: warcio, the field's standard reader).
"""

from __future__ import annotations

import glob
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

__all__ = ["STDIN", "SourcePage", "UsageError", "expand_inputs", "is_warc", "read_pages"]

#: The name standing for standard input among the inputs.
STDIN = "-"
#: File names read from a folder: pages (also gzip-compressed) and web archives.
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".html.gz", ".htm.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_GLOB_CHARS = re.compile(r"[*?\[]")


class UsageError(Exception):
    """The command line names inputs articlex cannot read (a URL, a missing file)."""


@dataclass(frozen=True)
class SourcePage:
    """One page read from an input, with where it came from."""

    source: str  # the file, "file#record-id" inside an archive, or "<stdin>"
    html: bytes
    url: str | None = None
    content_type: str | None = None
    path: str = STDIN  # the input it was read from
    consumed: int = 0  # bytes of that input read once this page was (progress by bytes)


def is_warc(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


def _wanted(name: str) -> bool:
    lower = name.lower()
    return lower.endswith(PAGE_SUFFIXES) or lower.endswith(WARC_SUFFIXES)


def expand_inputs(specs: list[str]) -> list[str]:
    """Files (and ``-`` for stdin) named by ``specs``: files, folders (walked, sorted), or
    glob patterns. Raises :class:`UsageError` for URLs and for names matching nothing."""
    found: list[str] = []
    for spec in specs or [STDIN]:
        if spec == STDIN:
            found.append(STDIN)
        elif _URL.match(spec):
            raise UsageError(
                f"{spec}: articlex reads pages you already have and never downloads them; "
                "fetch the page first (for example: curl -o page.html URL) and pass the file"
            )
        elif os.path.isdir(spec):
            found += sorted(
                str(Path(root) / name)
                for root, _dirs, names in os.walk(spec)
                for name in names
                if _wanted(name)
            )
        elif os.path.exists(spec):
            found.append(spec)
        elif _GLOB_CHARS.search(spec):
            matches = sorted(p for p in glob.glob(spec, recursive=True) if os.path.isfile(p))
            if not matches:
                raise UsageError(f"{spec}: no file matches")
            found += matches
        else:
            raise UsageError(f"{spec}: no such file or folder")
    return found


def read_pages(paths: list[str], max_size: int) -> Iterator[SourcePage]:
    """The pages of ``paths``, lazily. Reads stop at ``max_size + 1`` bytes: extraction
    then refuses the page as too large instead of articlex holding a huge file."""
    for path in paths:
        if path == STDIN:
            data = sys.stdin.buffer.read(max_size + 1)
            yield SourcePage("<stdin>", data, consumed=len(data))
        elif is_warc(path):
            yield from _warc_pages(path, max_size)
        else:
            with open(path, "rb") as handle:
                data = handle.read(max_size + 1)
            yield SourcePage(path, data, path=path, consumed=os.path.getsize(path))


def _warc_pages(path: str, max_size: int) -> Iterator[SourcePage]:
    try:
        from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]
    except ImportError:
        raise UsageError(
            f"{path}: reading WARC archives needs warcio: pip install 'articlex[warc]'"
        ) from None
    with open(path, "rb") as handle:
        yield from _warc_records(ArchiveIterator(handle), path, max_size, handle)


def _warc_records(
    records: Iterator[object], path: str, max_size: int, handle: BinaryIO
) -> Iterator[SourcePage]:
    for record in records:
        rec_type = getattr(record, "rec_type", None)
        http = getattr(record, "http_headers", None)
        if rec_type != "response" or http is None:
            continue
        content_type = http.get_header("Content-Type")
        if content_type and "html" not in content_type.lower():
            continue
        headers = getattr(record, "rec_headers", None)
        url = headers.get_header("WARC-Target-URI") if headers is not None else None
        record_id = headers.get_header("WARC-Record-ID") if headers is not None else None
        stream: BinaryIO = record.content_stream()  # type: ignore[attr-defined]
        html = stream.read(max_size + 1)
        yield SourcePage(f"{path}#{record_id or url}", html, url, content_type, path, handle.tell())
