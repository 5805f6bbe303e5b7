"""Time per page of two versions of articlex, side by side, on the AEB pages.

    git archive OLD src | tar -x -C /tmp/old      # the version to compare with
    python benchmarks/ab.py /tmp/old/src src --rounds 7

Each version runs in a process of its own (its ``src`` first on the path); the two are
asked for the same page one after the other, in alternating order, page after page,
round after round. Each page keeps its best time per version over the rounds, so that
a busy machine slows both alike and a stray pause is forgotten. Times are CPU time of
the extracting thread by default (``--clock wall`` for wall time). Prints the medians,
the totals and the per-page ratios of B to A: the figure a change's commit quotes.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "aeb"

#: What each timing process runs: it loads the pages, warms up on each once, then times
#: one extraction per index read from its standard input.
WORKER = """
import gzip, json, sys, time
from pathlib import Path
import articlex
data = Path(sys.argv[1])
truth = json.loads((data / "ground-truth.json").read_text())
pages = []
for path in sorted((data / "html").glob("*.html.gz")):
    url = (truth.get(path.name.removesuffix(".html.gz")) or {}).get("url") or None
    pages.append((gzip.decompress(path.read_bytes()), url))
for html, url in pages:
    articlex.extract(html, url=url)
print(len(pages), flush=True)
for line in sys.stdin:
    html, url = pages[int(line)]
    wall, cpu = time.perf_counter_ns(), time.thread_time_ns()
    articlex.extract(html, url=url)
    print(time.perf_counter_ns() - wall, time.thread_time_ns() - cpu, flush=True)
"""


class Version:
    """One timing process, running the articlex found in ``src``."""

    def __init__(self, src: str, data: Path, clock: str) -> None:
        env = dict(os.environ, PYTHONPATH=src, PYTHONHASHSEED="0")
        self.process = subprocess.Popen(
            [sys.executable, "-c", WORKER, str(data)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self.stdin, self.stdout = self.process.stdin, self.process.stdout
        self.pages = int(self.stdout.readline())
        self.cpu = clock == "cpu"

    def time(self, index: int) -> int:
        """Nanoseconds to extract page ``index`` once."""
        self.stdin.write(f"{index}\n")
        self.stdin.flush()
        wall, cpu = map(int, self.stdout.readline().split())
        return cpu if self.cpu else wall

    def close(self) -> None:
        self.stdin.close()
        self.process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("a", help="the src folder of version A (the reference)")
    parser.add_argument("b", help="the src folder of version B")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--clock", choices=("cpu", "wall"), default="cpu")
    args = parser.parse_args()
    versions = (Version(args.a, args.data, args.clock), Version(args.b, args.data, args.clock))
    n = versions[0].pages
    best = [[sys.maxsize] * n for _ in versions]
    for round_ in range(args.rounds):
        for index in range(n):
            order = (0, 1) if (round_ + index) % 2 == 0 else (1, 0)
            for which in order:
                best[which][index] = min(best[which][index], versions[which].time(index))
    for version in versions:
        version.close()
    median_a, median_b = statistics.median(best[0]), statistics.median(best[1])
    ratios = sorted(b / a for a, b in zip(best[0], best[1], strict=True))
    print(f"{n} pages, best of {args.rounds} rounds, {args.clock} time")
    print(f"median per page: A {median_a / 1e6:.3f} ms, B {median_b / 1e6:.3f} ms, "
          f"B/A {median_b / median_a:.4f}")  # fmt: skip
    print(f"total: A {sum(best[0]) / 1e6:.1f} ms, B {sum(best[1]) / 1e6:.1f} ms, "
          f"B/A {sum(best[1]) / sum(best[0]):.4f}")  # fmt: skip
    print(f"per-page B/A: median {statistics.median(ratios):.4f}, "
          f"p10 {ratios[n // 10]:.4f}, p90 {ratios[9 * n // 10]:.4f}")  # fmt: skip


if __name__ == "__main__":
    main()
