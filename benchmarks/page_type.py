#!/usr/bin/env python3
"""How well ``Article.page_type`` tells the kinds of modern-dev's pages.

    python benchmarks/page_type.py [--data ../shared/datasets/modern-dev] [--misses KIND]

modern-dev labels seven kinds; articlex names six. The mapping (stated in
docs/fields.md): article -> article, listing -> listing, collection -> listing (a curated
list of items is a listing), forum -> forum, product -> product, documentation ->
documentation, service -> other (a company's service or landing page is none of the
others). Printed: the share of pages told right as article or not (the binary
question), the share named right under the mapping, and the confusion table.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

import articlex

MAPPING = {
    "article": "article",
    "listing": "listing",
    "collection": "listing",
    "forum": "forum",
    "product": "product",
    "documentation": "documentation",
    "service": "other",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[1])
    parser.add_argument("--data", type=Path, default=Path("../shared/datasets/modern-dev"))
    parser.add_argument("--misses", help="list the pages of this gold kind told wrong")
    args = parser.parse_args()
    confusion: Counter[tuple[str, str]] = Counter()
    binary = named = total = 0
    misses: list[str] = []
    with open(args.data / "gold.jsonl", encoding="utf-8") as lines:
        for line in lines:
            rec = json.loads(line)
            html = gzip.decompress((args.data / rec["file"]).read_bytes())
            got = articlex.extract(html, url=rec["url"]).page_type or "none"
            gold = rec["page_type"]
            confusion[(gold, got)] += 1
            total += 1
            binary += (gold == "article") == (got == "article")
            named += MAPPING[gold] == got
            if args.misses == gold and MAPPING[gold] != got:
                misses.append(f"  {rec['id']} {got:<14} {rec['url']}")
    print(f"article or not: {binary / total:.3f}   kind named: {named / total:.3f}   ({total})")
    kinds = sorted({got for _, got in confusion})
    print(f"{'gold / got':<15}" + "".join(f"{k[:11]:>12}" for k in kinds))
    for gold in sorted(MAPPING):
        print(f"{gold:<15}" + "".join(f"{confusion[(gold, k)]:>12}" for k in kinds))
    print("\n".join(misses), file=sys.stdout)


if __name__ == "__main__":
    main()
