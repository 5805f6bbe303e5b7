#!/usr/bin/env python3
"""Body-text accuracy on every shared set, articlex beside its peers in one run.

    python benchmarks/body.py [--datasets ../shared/datasets] [--sets aeb,webtext,modern]
        [--tools articlex,articlex-precision,articlex-recall,trafilatura,...] [--jobs 2]
        [--cache .bench-cache] [--worst N] [--dump out.json] [--markdown out.md]

For each set: F1, precision and recall (the AEB metric, ``_aeb_metric``), the empty
outputs (all, and those where the gold holds 500 characters or more), then F1 per group
(webtext-dev by source, modern-dev by page kind) and, on modern-dev, the share of the
gold's ``with`` snippets found in the output and of ``without`` snippets found (lower is
better), after whitespace collapsing and case folding, as its README says.

Peers run when installed; their outputs are cached under ``--cache`` (they do not change
between runs), articlex's never are (``articlex-precision`` and ``-recall``: its ``focus``
options). ``--worst N`` lists articlex's N worst pages per set;
``--dump`` writes articlex's output per page, to compare two versions.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _peers as peers
from _aeb_metric import PageScore, Summary, score_page, summarise
from _datasets import SETS, BodyPage, load_set
from _peers import Extractor

#: A gold this long or longer must never meet an empty output.
LONG_GOLD_CHARS = 500
TOOLS = ("articlex", "trafilatura", "readability", "newspaper", "resiliparse")


_FACTORIES: dict[str, Callable[[], Extractor]] = {
    "articlex": peers.articlex,
    "articlex-precision": lambda: peers.articlex("precision"),
    "articlex-recall": lambda: peers.articlex("recall"),
    "trafilatura": peers.trafilatura,
    "readability": peers.readability,
    "newspaper": peers.newspaper,
    "resiliparse": peers.resiliparse,
}

#: The extractor of this worker process (set once, by _init_worker).
_WORKER: dict[str, Extractor] = {}


def _init_worker(tool: str) -> None:
    import logging
    import warnings

    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    _WORKER["run"] = _FACTORIES[tool]()


def _run_one(item: tuple[str, bytes, str | None]) -> tuple[str, str]:
    page_id, html, url = item
    try:
        return page_id, _WORKER["run"](html, url)
    except Exception:  # a peer crashing on one page must not end the run
        return page_id, ""


def installed(tool: str) -> bool:
    try:
        _FACTORIES[tool]()
    except ImportError:
        return False
    return True


def run_tool(tool: str, pages: list[BodyPage], jobs: int, cache: Path | None) -> dict[str, str]:
    """``{page id: output}`` of ``tool`` on ``pages`` (peers' outputs cached)."""
    cached: dict[str, str] = {}
    cache_file = None
    if cache is not None and not tool.startswith("articlex") and pages:
        cache_file = cache / f"{tool}-{pages[0].set}.json"
        if cache_file.exists():
            cached = json.loads(cache_file.read_text(encoding="utf-8"))
    todo = [(p.id, p.html, p.url) for p in pages if p.id not in cached]
    if todo:
        with Pool(jobs, initializer=_init_worker, initargs=(tool,), maxtasksperchild=200) as pool:
            for page_id, text in pool.imap_unordered(_run_one, todo, chunksize=4):
                cached[page_id] = text
        if cache_file is not None:
            cache_file.parent.mkdir(parents=True, exist_ok=True)
            cache_file.write_text(json.dumps(cached), encoding="utf-8")
    return {p.id: cached.get(p.id, "") for p in pages}


_WS = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _WS.sub(" ", text).strip().casefold()


def snippet_rates(pages: Iterable[BodyPage], outputs: dict[str, str]) -> tuple[float, float]:
    """The share of ``with`` snippets found in the outputs, and of ``without`` ones."""
    found_with = total_with = found_without = total_without = 0
    for page in pages:
        text = _norm(outputs[page.id])
        for snippet in page.with_snippets:
            total_with += 1
            found_with += _norm(snippet) in text
        for snippet in page.without_snippets:
            total_without += 1
            found_without += _norm(snippet) in text
    return (
        found_with / total_with if total_with else 0.0,
        found_without / total_without if total_without else 0.0,
    )


def page_f1(score: PageScore) -> float:
    return 2 * score.tp / (2 * score.tp + score.fp + score.fn) if score.tp + score.fp else 0.0


def _summary_of(pages: list[BodyPage], scores: dict[str, PageScore]) -> Summary:
    return summarise(scores[p.id] for p in pages)


def report_set(
    name: str,
    pages: list[BodyPage],
    outputs: dict[str, dict[str, str]],
    worst: int,
) -> list[str]:
    """Print the figures of one set; return them as Markdown lines."""
    md = [f"### {SETS[name]} ({len(pages)} pages)", ""]
    scores = {
        tool: {p.id: score_page(p.gold, out[p.id]) for p in pages} for tool, out in outputs.items()
    }
    snippets = name == "modern"
    head = "| tool | F1 | P | R | empty | empty, gold >= 500 |" + (
        " with | without |" if snippets else ""
    )
    md += [head, "|---" * (head.count("|") - 1) + "|"]
    print(f"\n== {SETS[name]}: {len(pages)} pages")
    for tool, out in outputs.items():
        s = _summary_of(pages, scores[tool])
        empty = [p for p in pages if not out[p.id].strip()]
        long_empty = [p for p in empty if len(p.gold) >= LONG_GOLD_CHARS]
        line = (
            f"{tool:<12} F1 {s.f1:.4f}  P {s.precision:.4f}  R {s.recall:.4f}  "
            f"empty {len(empty):>3} ({len(long_empty)} with gold >= {LONG_GOLD_CHARS})"
        )
        row = f"| {tool} | {s.f1:.4f} | {s.precision:.4f} | {s.recall:.4f} | {len(empty)} "
        row += f"| {len(long_empty)} |"
        if snippets:
            with_rate, without_rate = snippet_rates(pages, out)
            line += f"  with {with_rate:.3f}  without {without_rate:.3f}"
            row += f" {with_rate:.3f} | {without_rate:.3f} |"
        print(line)
        md.append(row)
    groups: dict[str, list[BodyPage]] = defaultdict(list)
    for page in pages:
        if page.group:
            groups[page.group].append(page)
    if groups:
        tools = list(outputs)
        print(f"  {'F1 by group':<22}" + "".join(f"{t[:11]:>12}" for t in tools))
        md += ["", "| group | pages | " + " | ".join(tools) + " |", "|---" * (len(tools) + 2) + "|"]
        for group in sorted(groups):
            members = groups[group]
            f1s = [_summary_of(members, scores[t]).f1 for t in tools]
            print(f"  {group:<16}{len(members):>6}" + "".join(f"{f:>12.4f}" for f in f1s))
            md.append(f"| {group} | {len(members)} | " + " | ".join(f"{f:.4f}" for f in f1s) + " |")
    if worst and "articlex" in outputs:
        ranked = sorted(pages, key=lambda p: page_f1(scores["articlex"][p.id]))[:worst]
        for page in ranked:
            sc = scores["articlex"][page.id]
            print(
                f"    {page_f1(sc):.3f} P {sc.tp / (sc.tp + sc.fp) if sc.tp + sc.fp else 0:.2f} "
                f"R {sc.tp / (sc.tp + sc.fn) if sc.tp + sc.fn else 0:.2f} "
                f"{page.group:<14} {page.id}  out {len(outputs['articlex'][page.id])} "
                f"gold {len(page.gold)}"
            )
    md.append("")
    return md


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[1])
    parser.add_argument("--datasets", type=Path, default=Path("../shared/datasets"))
    parser.add_argument("--sets", default="aeb,webtext,modern")
    parser.add_argument("--tools", default=",".join(TOOLS))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--cache", type=Path, default=Path(".bench-cache"))
    parser.add_argument("--worst", type=int, default=0)
    parser.add_argument("--dump", type=Path, help="write articlex's outputs here (JSON)")
    parser.add_argument("--markdown", type=Path)
    args = parser.parse_args()
    tools = [t for t in args.tools.split(",") if t]
    unknown = [t for t in tools if t not in _FACTORIES]
    if unknown:
        parser.error(f"unknown tools: {', '.join(unknown)}")
    tools = [t for t in tools if installed(t) or print(f"{t}: not installed")]
    md: list[str] = []
    dump: dict[str, str] = {}
    for name in args.sets.split(","):
        pages = list(load_set(name, args.datasets))
        outputs = {tool: run_tool(tool, pages, args.jobs, args.cache) for tool in tools}
        md += report_set(name, pages, outputs, args.worst)
        if "articlex" in outputs:
            dump.update({f"{name}/{k}": v for k, v in outputs["articlex"].items()})
    if args.dump:
        args.dump.write_text(json.dumps(dump, ensure_ascii=False), encoding="utf-8")
    if args.markdown:
        args.markdown.write_text("\n".join(md), encoding="utf-8")


if __name__ == "__main__":
    main()
