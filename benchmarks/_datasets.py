"""The shared body-text sets (AEB, webtext-dev, modern-dev) as one kind of page.

Each set's README says what its gold is; all three are scored with the AEB metric
(``_aeb_metric``). ``group`` is what a set is reported by besides its whole: the
source for webtext-dev, the page kind for modern-dev, nothing for AEB.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from _aeb_metric import load_pages as load_aeb

#: The sets by the name the scripts use, and their folder under ``shared/datasets``.
SETS = {"aeb": "aeb", "webtext": "webtext-dev", "modern": "modern-dev"}


@dataclass(frozen=True)
class BodyPage:
    set: str
    id: str
    url: str | None
    html: bytes
    gold: str
    group: str = ""
    with_snippets: tuple[str, ...] = ()
    without_snippets: tuple[str, ...] = ()


def load_set(name: str, datasets: Path) -> Iterator[BodyPage]:
    """The pages of the set ``name`` (a key of :data:`SETS`) under ``datasets``."""
    root = datasets / SETS[name]
    if name == "aeb":
        for page in load_aeb(root):
            yield BodyPage("aeb", page.id, page.url or None, page.html, page.gold)
        return
    with open(root / "gold.jsonl", encoding="utf-8") as lines:
        for line in lines:
            rec = json.loads(line)
            yield BodyPage(
                set=name,
                id=rec["id"],
                url=rec.get("url"),
                html=gzip.decompress((root / rec["file"]).read_bytes()),
                gold=rec["body"],
                group=rec.get("source") or rec.get("page_type") or "",
                with_snippets=tuple(rec.get("with") or ()),
                without_snippets=tuple(rec.get("without") or ()),
            )
