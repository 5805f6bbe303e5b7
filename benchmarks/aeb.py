#!/usr/bin/env python3
"""Body-text accuracy on the Article Extraction Benchmark, articlex beside its peers.

    python benchmarks/aeb.py --data ../shared/datasets/aeb [--peers] [--worst N]

Prints F1, precision, recall, accuracy (exact token match) and the median milliseconds
per page, for articlex and, in the same run, trafilatura (default and favor_precision)
and readability-lxml when they are installed. The metric is in ``_aeb_metric.py``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _peers as peers
from _aeb_metric import Page, PageScore, load_pages, score_page, summarise

Extractor = Callable[[Page], str]


def _extractor(factory: Callable[..., peers.Extractor], **kwargs: Any) -> Extractor | None:
    """``factory``'s extractor over a page, or ``None`` when its tool is not installed."""
    try:
        run = factory(**kwargs)
    except ImportError:
        return None
    return lambda page: run(page.html, page.url)


def evaluate(
    name: str, extractor: Extractor, pages: list[Page], worst: int, dump: Path | None = None
) -> str:
    """Score one extractor, print its line, and return it as a Markdown table row."""
    scores: list[tuple[PageScore, Page]] = []
    times: list[float] = []
    for page in pages:
        start = time.perf_counter()
        try:
            text = extractor(page)
        except Exception as exc:  # a peer crashing on one page must not end the run
            print(f"  {name}: {page.id[:12]} raised {type(exc).__name__}: {exc}", file=sys.stderr)
            text = ""
        times.append((time.perf_counter() - start) * 1000)
        scores.append((score_page(page.gold, text), page))
    s = summarise(score for score, _ in scores)
    print(
        f"{name:<28} F1 {s.f1:.4f}  P {s.precision:.4f}  R {s.recall:.4f}  "
        f"acc {s.accuracy:.3f}  median {statistics.median(times):6.2f} ms  ({s.pages} pages)"
    )
    if dump is not None:
        import json

        dump.write_text(json.dumps({page.id: _f1(score) for score, page in scores}, indent=0))
    if worst:
        for score, page in sorted(scores, key=lambda item: _f1(item[0]))[:worst]:
            print(
                f"    {_f1(score):.3f} tp {score.tp:.2f} fp {score.fp:.2f} fn {score.fn:.2f}  "
                f"{page.id[:12]} {page.url}"
            )
    return (
        f"| {name} | {s.f1:.4f} | {s.precision:.4f} | {s.recall:.4f} | {s.accuracy:.3f} "
        f"| {statistics.median(times):.2f} |"
    )


MARKDOWN_HEAD = (
    "| AEB, 181 pages | F1 | precision | recall | exact | median ms/page |\n"
    "|---|---|---|---|---|---|"
)


def _f1(ps: PageScore) -> float:
    return 2 * ps.tp / (2 * ps.tp + ps.fp + ps.fn) if ps.tp + ps.fp + ps.fn else 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--data", type=Path, default=Path("../shared/datasets/aeb"))
    parser.add_argument(
        "--peers",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also run the peers installed here (default: yes)",
    )
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages")
    parser.add_argument("--dump", type=Path, help="write articlex's per-page F1 as JSON here")
    parser.add_argument("--markdown", type=Path, help="also write the table as Markdown here")
    args = parser.parse_args()
    pages = list(load_pages(args.data))
    runs: list[tuple[str, Extractor | None]] = [("articlex", _extractor(peers.articlex))]
    if args.peers:
        runs += [
            ("trafilatura", _extractor(peers.trafilatura)),
            ("trafilatura favor_precision", _extractor(peers.trafilatura, favor_precision=True)),
            ("readability-lxml", _extractor(peers.readability)),
        ]
    rows = []
    for name, extractor in runs:
        if extractor is None:
            print(f"{name:<28} not installed")
            continue
        if name == "articlex":
            rows.append(evaluate(name, extractor, pages, args.worst, args.dump))
        else:
            rows.append(evaluate(name, extractor, pages, 0))
    if args.markdown:
        args.markdown.write_text("\n".join([MARKDOWN_HEAD, *rows]) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
