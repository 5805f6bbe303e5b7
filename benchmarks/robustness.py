#!/usr/bin/env python3
"""Robustness: every bad-input case and the AEB pages (as served and damaged) vs the contract.

    python benchmarks/robustness.py --data ../shared/datasets/aeb [--no-heavy] [--no-memory]

The contract: ``extract`` returns an Article whose outputs all work, or raises an
``ArticlexError``; never anything else. The bad-input cases are those of
``tests/robustness/cases.py`` (the tests assert the same table). Each AEB page is run
as served and in three damaged forms (cut in half, every 97th byte flipped, the markup's
``<`` and ``>`` swapped), which must keep the contract too (content is not checked there).

Prints, per family, the cases tried, the violations (target 0) and the slowest case, then
the overall figures; then the peak memory of the 50 MB page, measured in a fresh child
process (libxml2's memory is invisible to tracemalloc, so the figure is the process's peak
resident set): peak RSS and its growth over the interpreter with articlex imported, both
as a multiple of the input size (target: under 10x). Exit status 1 on any violation.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from tests.robustness.cases import CASES, Case, run_case, violations  # noqa: E402

from _aeb_metric import load_pages  # noqa: E402

#: The bad-input case whose peak memory is reported.
MEMORY_CASE = "page-of-50-mb"
#: Peak memory target, as a multiple of the input size.
MEMORY_TARGET = 10.0


@dataclass
class Tally:
    """Cases tried, violations and the slowest case of one family."""

    tried: int = 0
    violations: int = 0
    slowest: float = 0.0
    slowest_name: str = ""

    def add(self, name: str, seconds: float, problems: list[str]) -> None:
        self.tried += 1
        self.violations += bool(problems)
        if seconds >= self.slowest:
            self.slowest, self.slowest_name = seconds, name


def _damaged(html: bytes) -> Iterator[tuple[str, bytes]]:
    """The page as served and three damaged copies of it."""
    yield "served", html
    yield "half", html[: len(html) // 2]
    flipped = bytearray(html)
    for i in range(0, len(flipped), 97):
        flipped[i] ^= 0xFF
    yield "flipped", bytes(flipped)
    yield "swapped", html.translate(bytes.maketrans(b"<>", b"><"))


def _aeb_cases(data: Path) -> Iterator[Case]:
    for page in load_pages(data):
        for form, html in _damaged(page.html):
            yield Case(f"{page.id[:12]}-{form}", f"aeb-{form}", _constant(html), "either")


def _constant(value: bytes) -> Callable[[], bytes]:
    return lambda: value


def run_cases(cases: Iterator[Case], verbose: bool) -> dict[str, Tally]:
    tallies: dict[str, Tally] = {}
    for case in cases:
        outcome = run_case(case)
        seconds = outcome.seconds
        problems = violations(case, outcome)
        tallies.setdefault(case.family, Tally()).add(case.name, seconds, problems)
        if problems:
            print(f"  VIOLATION {case.family}/{case.name}: {'; '.join(problems)}")
        elif verbose:
            print(f"  ok {case.family}/{case.name} {seconds * 1000:.1f} ms")
    return tallies


# The child reads VmHWM (``speed.high_water``), its own high-water mark: ru_maxrss would
# carry the parent's peak over the fork and exec.
_MEMORY_CHILD = """
import sys
sys.path[:0] = [{root!r}, {root!r} + "/benchmarks"]
from speed import high_water
from tests.robustness.cases import CASES, run_case

case = next(c for c in CASES if c.name == {name!r})
baseline = high_water()
outcome = run_case(case)
print(outcome.input_size, baseline, high_water(), outcome.exception is None)
"""


def measure_memory(name: str) -> tuple[int, int, int]:
    """Input size, baseline RSS and peak RSS (bytes) of one case in a fresh process."""
    code = _MEMORY_CHILD.format(root=str(ROOT), name=name)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    size, baseline, peak, _ok = result.stdout.split()
    return int(size), int(baseline), int(peak)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared/datasets/aeb")
    parser.add_argument(
        "--heavy",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="include the 50 MB page and the million siblings",
    )
    parser.add_argument(
        "--memory",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="measure peak memory on the 50 MB page in a child process",
    )
    parser.add_argument("--verbose", action="store_true", help="print every case")
    args = parser.parse_args()

    start = time.perf_counter()
    cases = [c for c in CASES if args.heavy or not c.heavy]
    tallies = run_cases(iter(cases), args.verbose)
    if args.data.is_dir():
        tallies.update(run_cases(_aeb_cases(args.data), args.verbose))
    else:
        print(f"AEB data not found at {args.data}: bad-input cases only", file=sys.stderr)

    print(f"{'family':<16}{'cases':>8}{'violations':>12}{'slowest':>12}  slowest case")
    for family, tally in tallies.items():
        print(
            f"{family:<16}{tally.tried:>8}{tally.violations:>12}"
            f"{tally.slowest * 1000:>10.0f}ms  {tally.slowest_name}"
        )
    tried = sum(t.tried for t in tallies.values())
    broken = sum(t.violations for t in tallies.values())
    worst = max(tallies.values(), key=lambda t: t.slowest)
    print(f"cases tried: {tried}")
    print(f"contract violations: {broken} (target 0)")
    print(f"slowest case: {worst.slowest_name} {worst.slowest:.2f} s")
    print(f"wall time: {time.perf_counter() - start:.1f} s")

    if args.memory and args.heavy:
        size, baseline, peak = measure_memory(MEMORY_CASE)
        growth = (peak - baseline) / size
        print(
            f"memory on the {size / 2**20:.0f} MB page: peak RSS {peak / 2**20:.0f} MB "
            f"= {peak / size:.1f}x the input; growth over the interpreter "
            f"{(peak - baseline) / 2**20:.0f} MB = {growth:.1f}x (target < {MEMORY_TARGET:.0f}x)"
        )
    sys.exit(1 if broken else 0)


if __name__ == "__main__":
    main()
