#!/usr/bin/env python3
"""Speed and memory per page on the AEB pages: articlex, the parse floor, and the peers.

    python benchmarks/speed.py --data ../shared/datasets/aeb [--tools articlex,floor,...]
        [--repeat 1] [--rounds 1] [--paired] [--markdown docs/_generated/speed.md]

Each tool runs in a process of its own (a fresh interpreter: no shared caches, and its
memory is its own), over every page, ``--repeat`` times, after a warm-up on the first
pages. Printed per tool: median and mean milliseconds per page, the total, the peak
resident memory the run added over the process's baseline (pages loaded, tool imported;
read from ``VmHWM``, which libxml2's allocations count in, unlike tracemalloc), the AEB
body F1 of what it extracted, and ratios of its median to the floor's and to
trafilatura's: ratios hold on a noisy machine where absolute times do not.

``--paired`` times articlex against the floor in one process instead, page by page:
on each page the floor, then articlex, ``--repeat`` times (at least 3), keeping each
one's best time on that page. A neighbour's burst then slows both sides of the same
page, not one tool's whole run, so the ratio holds where separate runs swing. Printed:
both medians, their ratio, and the median of the per-page ratios.

``--rounds N`` runs the tools' processes N times, one tool after another in each round,
and keeps for each tool the round with its lowest median (as ``timeit`` keeps the best
of its runs): on a shared virtual machine a neighbour's burst slows whichever process
runs during it, and the best round is the one least disturbed.

Tools: ``articlex``; ``floor``, articlex's decode and lxml parse alone (what any
lxml-based extractor pays before doing anything); ``trafilatura`` (``extract``, default
settings); ``readability-lxml``; ``newspaper4k`` (parse of the given HTML, no fetching, no
images); ``goose3``; ``resiliparse`` (``extract_plain_text(main_content=True)``, the C++
reference for speed). Peers that are not installed are skipped.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import _peers as peers  # noqa: E402
from _aeb_metric import Page, load_pages, score_page, summarise  # noqa: E402
from _peers import Extractor  # noqa: E402

Runner = Callable[[Page], str]
#: Pages run once before timing, so imports and lazy set-up are not counted.
WARMUP_PAGES = 5
#: Runs of each page and tool in --paired mode, whatever --repeat says.
PAIRED_MIN_REPEAT = 3
TOOLS = ("floor", "articlex", "trafilatura", "readability-lxml", "newspaper4k", "goose3",
         "resiliparse")  # fmt: skip


def _runner(factory: Callable[[], Extractor]) -> Callable[[], Runner]:
    def make() -> Runner:
        run = factory()
        return lambda page: run(page.html, page.url)

    return make


RUNNERS: dict[str, Callable[[], Runner]] = {
    "floor": _runner(peers.floor),
    "articlex": _runner(peers.articlex),
    "trafilatura": _runner(peers.trafilatura),
    "readability-lxml": _runner(peers.readability),
    "newspaper4k": _runner(peers.newspaper),
    "goose3": _runner(peers.goose),
    "resiliparse": _runner(peers.resiliparse),
}


def high_water() -> int:
    """This process's peak resident memory in bytes (VmHWM; ru_maxrss as a fallback)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def child(tool: str, data: Path, repeat: int) -> dict[str, Any]:
    """Run one tool over the pages in this process; the figures as a dict."""
    import logging
    import warnings

    warnings.simplefilter("ignore")
    logging.disable(logging.CRITICAL)
    pages = list(load_pages(data))
    run = RUNNERS[tool]()
    for page in pages[:WARMUP_PAGES]:
        _safe(run, page)
    baseline = high_water()
    millis: list[float] = []
    texts: dict[str, str] = {}
    for _ in range(repeat):
        for page in pages:
            start = time.perf_counter()
            text = _safe(run, page)
            millis.append((time.perf_counter() - start) * 1000)
            texts[page.id] = text
    peak = high_water() - baseline
    f1 = None
    if tool != "floor":
        f1 = summarise(score_page(p.gold, texts[p.id]) for p in pages).f1
    return {"tool": tool, "millis": millis, "peak": peak, "f1": f1, "pages": len(pages)}


def paired(data: Path, repeat: int) -> dict[str, Any]:
    """Floor and articlex timed alternately on each page, each one's best of ``repeat``."""
    import logging
    import warnings

    warnings.simplefilter("ignore")
    logging.disable(logging.CRITICAL)
    pages = list(load_pages(data))
    floor, articlex = RUNNERS["floor"](), RUNNERS["articlex"]()
    for page in pages[:WARMUP_PAGES]:
        _safe(floor, page)
        _safe(articlex, page)
    best: dict[str, list[float]] = {"floor": [], "articlex": []}
    for page in pages:
        times = {"floor": float("inf"), "articlex": float("inf")}
        for _ in range(max(PAIRED_MIN_REPEAT, repeat)):
            for name, run in (("floor", floor), ("articlex", articlex)):
                start = time.perf_counter()
                _safe(run, page)
                times[name] = min(times[name], (time.perf_counter() - start) * 1000)
        for name, value in times.items():
            best[name].append(value)
    return {"pages": len(pages), **best}


def paired_report(figures: dict[str, Any]) -> list[str]:
    floor, articlex = figures["floor"], figures["articlex"]
    ratios = [a / f for a, f in zip(articlex, floor, strict=True) if f > 0]
    floor_median, articlex_median = statistics.median(floor), statistics.median(articlex)
    return [
        "| measure | floor | articlex | x floor |",
        "|---|---|---|---|",
        f"| median ms per page (best of each page's runs) | {floor_median:.2f} "
        f"| {articlex_median:.2f} | {articlex_median / floor_median:.2f}x |",
        f"| median of the per-page ratios | - | - | {statistics.median(ratios):.2f}x |",
    ]


def _safe(run: Runner, page: Page) -> str:
    try:
        return run(page)
    except Exception:  # a peer failing on a page scores it empty; the run goes on
        return ""


def run_in_child(tool: str, data: Path, repeat: int) -> dict[str, Any] | None:
    result = subprocess.run(
        [sys.executable, __file__, "--child", tool, "--data", str(data), "--repeat", str(repeat)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["?"])[-1]
        print(f"{tool:<18} skipped: {last}")
        return None
    figures: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def table(results: list[dict[str, Any]]) -> list[str]:
    """Rows of the report: one per tool, ratios to the floor and to trafilatura."""
    medians = {r["tool"]: statistics.median(r["millis"]) for r in results}
    floor = medians.get("floor")
    trafilatura = medians.get("trafilatura")
    head = (
        "| tool | median ms | mean ms | total s | x floor | vs trafilatura | peak MB | AEB F1 |",
        "|---|---|---|---|---|---|---|---|",
    )
    rows = list(head)
    for r in results:
        median = medians[r["tool"]]
        to_floor = f"{median / floor:.1f}x" if floor else "-"
        to_trafilatura = f"{trafilatura / median:.2f}x faster" if trafilatura else "-"
        f1 = f"{r['f1']:.4f}" if r["f1"] is not None else "-"
        rows.append(
            f"| {r['tool']} | {median:.2f} | {statistics.fmean(r['millis']):.2f} "
            f"| {sum(r['millis']) / 1000:.2f} | {to_floor} | {to_trafilatura} "
            f"| {r['peak'] / 2**20:.1f} | {f1} |"
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared/datasets/aeb")
    parser.add_argument("--tools", default=",".join(TOOLS), help="comma-separated tools")
    parser.add_argument("--repeat", type=int, default=1, help="passes over the pages")
    parser.add_argument(
        "--rounds", type=int, default=1, help="runs of each tool, interleaved; the best kept"
    )
    parser.add_argument("--markdown", type=Path, help="also write the table as Markdown here")
    parser.add_argument(
        "--paired", action="store_true", help="articlex against the floor, page by page"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.data, args.repeat)))
        return
    if args.paired:
        timed = paired(args.data, args.repeat)
        rows = paired_report(timed)
        print(f"AEB pages: {timed['pages']}, floor and articlex alternating on each page")
        print("\n".join(rows))
        if args.markdown:
            args.markdown.write_text("\n".join(rows) + "\n", encoding="utf-8")
        return
    best: dict[str, dict[str, Any]] = {}
    for _ in range(max(1, args.rounds)):
        for tool in (name.strip() for name in args.tools.split(",")):
            figures = run_in_child(tool, args.data, args.repeat)
            if figures is not None and (
                tool not in best
                or statistics.median(figures["millis"]) < statistics.median(best[tool]["millis"])
            ):
                best[tool] = figures
    results = list(best.values())
    rows = table(results)
    print(f"AEB pages: {results[0]['pages'] if results else 0}, repeat {args.repeat}, "
          f"best of {max(1, args.rounds)} round(s), one process per tool")  # fmt: skip
    print("\n".join(rows))
    if args.markdown:
        args.markdown.write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
