"""The Article Extraction Benchmark metric, exactly as ``datasets/aeb/README.md`` defines it.

Kept apart from the runner so the accuracy-floor test and the benchmark share one copy.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    toks = tokens(text)
    if len(toks) < size:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i : i + size]) for i in range(len(toks) - size + 1))


@dataclass(frozen=True)
class PageScore:
    tp: float
    fp: float
    fn: float
    exact: bool


def score_page(gold: str, extracted: str) -> PageScore:
    g, e = shingles(gold), shingles(extracted)
    tp = sum((g & e).values())
    fp = sum((e - g).values())
    fn = sum((g - e).values())
    total = tp + fp + fn
    exact = tokens(gold) == tokens(extracted)
    if total == 0:
        return PageScore(0.0, 0.0, 0.0, exact)
    return PageScore(tp / total, fp / total, fn / total, exact)


@dataclass(frozen=True)
class Summary:
    f1: float
    precision: float
    recall: float
    accuracy: float
    pages: int


def summarise(scores: Iterable[PageScore]) -> Summary:
    precisions: list[float] = []
    recalls: list[float] = []
    exact = pages = 0
    for s in scores:
        pages += 1
        exact += s.exact
        if s.fp == 0 and s.fn == 0:
            precisions.append(1.0)
            recalls.append(1.0)
            continue
        if s.tp + s.fp > 0:
            precisions.append(s.tp / (s.tp + s.fp))
        if s.tp + s.fn > 0:
            recalls.append(s.tp / (s.tp + s.fn))
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return Summary(f1, p, r, exact / pages if pages else 0.0, pages)


@dataclass(frozen=True)
class Page:
    id: str
    url: str
    html: bytes
    gold: str


def load_pages(data: Path) -> Iterator[Page]:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id in sorted(truth):
        html = gzip.decompress((data / "html" / f"{page_id}.html.gz").read_bytes())
        yield Page(page_id, truth[page_id].get("url", ""), html, truth[page_id]["articleBody"])
