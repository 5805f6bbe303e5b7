"""``python -m articlex.demo``: extract the sample page shipped with articlex and show it.

The sample is the project's founding example, a WordPress news page full of the
boilerplate articlex removes. The demo prints the article's fields, its body, and a
summary of what the cleaner removed, by kind.
"""

from __future__ import annotations

import sys
from collections import Counter
from importlib.resources import files

from articlex._api import extract
from articlex._models import Article
from articlex._options import ExtractOptions

__all__ = ["SAMPLE_URL", "main", "sample_html"]

SAMPLE_URL = (
    "https://newsasthey-happen.example/"
    "carney-to-travel-to-france-to-discuss-ukraine-ceasefire-with-allies/"
)


def sample_html() -> bytes:
    """The bytes of the sample page shipped inside the package."""
    return files("articlex._data").joinpath("sample_article.html").read_bytes()


def describe(article: Article) -> str:
    """A readable, plain-text account of an article and its extraction."""
    lines = [f"headline       {article.headline}"]
    for name in (
        "authors",
        "date_published",
        "date_modified",
        "site_name",
        "language",
        "canonical_url",
        "lead_image",
        "tags",
        "categories",
        "description",
    ):
        value = getattr(article, name)
        if value:
            shown = ", ".join(value) if isinstance(value, tuple) else value
            lines.append(f"{name:<14} {shown}")
    for caption in article.captions:
        credit = f"  [credit: {caption.credit}]" if caption.credit else ""
        lines.append(f"caption        {caption.text}{credit}")
    lines.append(f"blocks         {', '.join(b.kind for b in article.blocks)}")
    for warning in article.warnings:
        lines.append(f"warning        {warning.code}: {warning.message}")
    lines += ["", "--- body " + "-" * 62, article.body, "-" * 71]
    if article.removed:
        kinds = Counter(r.kind for r in article.removed)
        lines.append("removed        " + ", ".join(f"{k} x{n}" for k, n in kinds.most_common()))
        lines += [f"  - {r.kind:<11} {r.preview}" for r in article.removed]
    return "\n".join(lines)


def main() -> None:
    article = extract(sample_html(), url=SAMPLE_URL, options=ExtractOptions(explain=True))
    sys.stdout.write(describe(article) + "\n")


if __name__ == "__main__":
    main()
