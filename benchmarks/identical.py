"""Whether articlex gives the same Articles as a saved run, on every page of the shared sets.

    python benchmarks/identical.py --write before.jsonl      # once, on the old code
    python benchmarks/identical.py --against before.jsonl    # after a change

A restructuring must not change any output: this extracts every page of aeb, webtext-dev,
modern-dev and metadata-dev (with its URL, as the benchmarks do), keeps each Article's
``to_dict()`` (every field, block and provenance), and either writes them as JSON lines or
compares them with a file written before, printing the pages that differ, field by field.
It prints figures and exits non-zero on a difference; it is a check to run, not a test
(the sets are large and may be absent).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import articlex

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _datasets import load_set

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets"
BODY_SETS = ("aeb", "webtext", "modern")
METADATA_DIR = "metadata-dev"
#: Fields of a differing page printed, at most, and characters of each value.
MAX_FIELDS_SHOWN = 5
MAX_VALUE_CHARS = 120


def pages(data: Path) -> Iterator[tuple[str, bytes, str | None]]:
    """``(key, html, url)`` of every page of the four sets present under ``data``."""
    for name in BODY_SETS:
        try:
            for page in load_set(name, data):
                yield f"{name}/{page.id}", page.html, page.url
        except FileNotFoundError:
            print(f"skipped {name}: not under {data}", file=sys.stderr)
    root = data / METADATA_DIR
    if not (root / "gold.jsonl").exists():
        print(f"skipped {METADATA_DIR}: not under {data}", file=sys.stderr)
        return
    with open(root / "gold.jsonl", encoding="utf-8") as lines:
        for line in lines:
            rec = json.loads(line)
            yield f"metadata/{rec['id']}", (root / rec["file"]).read_bytes(), rec.get("url")


def outcome(html: bytes, url: str | None) -> dict[str, object]:
    """The page's Article as a dict, or the error it raised."""
    try:
        return articlex.extract(html, url=url).to_dict()
    except articlex.ArticlexError as exc:
        return {"error": f"{type(exc).__name__}: {exc}"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, help="save every page's Article here")
    mode.add_argument("--against", type=Path, help="compare with a file --write made")
    args = parser.parse_args()
    if args.write:
        count = 0
        with open(args.write, "w", encoding="utf-8") as out:
            for key, html, url in pages(args.data):
                out.write(json.dumps({"key": key, "article": outcome(html, url)}) + "\n")
                count += 1
        print(f"wrote {count} pages to {args.write}")
        return 0
    before: dict[str, object] = {}
    with open(args.against, encoding="utf-8") as lines:
        for line in lines:
            rec = json.loads(line)
            before[rec["key"]] = rec["article"]
    # Compared as JSON, as written: a value that does not survive a JSON round trip the
    # same way (a tuple, a float) compares the way it was saved.
    checked = differ = 0
    for key, html, url in pages(args.data):
        checked += 1
        now = json.loads(json.dumps(outcome(html, url)))
        old = before.get(key)
        if now == old:
            continue
        differ += 1
        print(f"DIFFERS {key}")
        if isinstance(old, dict) and isinstance(now, dict):
            fields = sorted(k for k in old.keys() | now.keys() if old.get(k) != now.get(k))
            for name in fields[:MAX_FIELDS_SHOWN]:
                print(f"  {name}: {str(old.get(name))[:MAX_VALUE_CHARS]!r}")
                print(f"  {' ' * len(name)}  -> {str(now.get(name))[:MAX_VALUE_CHARS]!r}")
    print(f"pages checked {checked}, identical {checked - differ}, different {differ}")
    if checked != len(before):
        print(f"note: the saved run holds {len(before)} pages, this run {checked}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
