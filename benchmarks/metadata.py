#!/usr/bin/env python3
"""Metadata accuracy on metadata-dev and modern-dev, articlex beside its peers.

    python benchmarks/metadata.py --data ../shared/datasets/metadata-dev
        [--modern ../shared/datasets/modern-dev | --no-modern]
        [--field headline --field authors ...] [--misses FIELD] [--no-peers]

For each field, prints the share of pages having a gold value where the tool matches it
(``0.873 (n=337)``), for articlex and, in the same run, trafilatura
(``trafilatura.extract_metadata``, metadata only) and newspaper4k (``Article.parse``, the
whole pipeline) when they are installed, then each tool's median milliseconds per page.
A tool raising on a page scores a miss on every field of that page; the run goes on.
``n`` is the same for every tool; ``n/a`` marks a field the tool does not produce.

Metrics (pure functions below, importable by tests). "Normalised" means whitespace runs
collapsed to one space, ends stripped, then case-folded (``str.casefold``).

* headline: normalised equality, also counting a match when a site suffix dropped from
  *one* side makes them equal: ``gold == got``, ``strip(gold) == got`` or
  ``gold == strip(got)``, where ``strip`` cuts the title at the *last* occurrence of any of
  " | ", " - ", " – ", " — " (the gold sometimes keeps "… | Site").
* authors: the same *set* of normalised names; only pages whose gold ``authors`` is not
  null; a gold ``[]`` (the source asserts no author) matches a tool returning no author.
* date_published / date_modified: the same calendar day.
  - A date-only gold (``2019-03-14``) is compared with the tool value's own calendar day.
  - A tool value that is a ``date`` or a naive ``datetime`` is compared as its plain
    calendar day with the gold's day *in the gold's own offset*.
  - An aware tool value against an aware gold is converted to the gold's UTC offset first;
    against a naive gold with a time, both are taken as plain days.
  - Shifted date-only golds: when the gold's time is exactly 15:00:00 at UTC (Mercury turns
    a Japanese date-only ``2017-03-15`` into ``2017-03-14T15:00:00.000Z``) or exactly
    00:00:00 (in its own offset), a plain-day tool value (``date`` or naive datetime)
    matches either the gold's day or the next day.
* tags: set F1 between normalised tool tags and gold tags, averaged over pages whose gold
  ``tags`` is not null (a gold ``[]`` scores 1 when the tool has no tags, else 0; a gold
  list with no tool tags scores 0). For articlex only ``Article.tags``, not ``categories``.
* site_name, description: normalised equality (so case-insensitive); a gold ``""`` (one
  Mercury page asserts an empty dek) matches a tool giving no value.

Information-only rows:

* headline_fold: the headline rule with typographic quotes and apostrophes (‘ ’ “ ” ‚ „)
  folded to ASCII on both sides first: metascraper's gold is smart-quoted even where the
  page is not, and Readability's gold keeps the ASCII quotes of ``og:title`` where the
  visible heading is typographic.
* date_modified: the date rule above (metadata-dev has no gold modified dates today).
* lead_image: exact string equality of the URL (gold ``lead_image_url``).
* captions: per page, the share of gold captions whose normalised text equals, or is
  contained in, one of the tool's normalised caption texts (for articlex each caption
  counts both as its text and as "text credit"); the row is the mean over pages with
  gold captions.

Peer mapping: trafilatura ``title``, ``author`` (split on ";"), ``date`` (YYYY-MM-DD),
``tags`` (each split on ",": trafilatura keeps a keywords meta as one string),
``sitename``, ``description``, ``image``; newspaper4k ``title``, ``authors``,
``publish_date``, ``tags`` (else ``meta_keywords``: 0.9.6 never fills ``tags``),
``meta_site_name``, ``meta_description``, ``top_image`` (run with ``fetch_images=False``,
so no network). Each tool gets the gold URL (newspaper ``""`` when the gold has none).
newspaper4k needs its language extras (``newspaper4k[ja,zh,th,nlp]``), else it raises on
Japanese, Chinese, Thai and Arabic pages.

modern-dev (a second table, same tools, same run) has a gold title, author and date, scored
as its README says:

* headline: normalised equality (no site-suffix tolerance: the gold is the page's title
  as a reader sees it).
* authors: the gold is one string as the page shows it; it is split on ",", ";", "&" and
  the word "and", and credentials are dropped from each name ("Jane Doe, MD, RD" and
  "Elle Penner M.P.H., R.D." give one name each; see ``split_gold_authors``); then the
  same set of normalised names, as above.
* date_published: the gold ``publish_date`` (a day), the same calendar day.

``--misses FIELD`` lists, for articlex only, each page scoring below 1 on FIELD with the
gold and the extracted value.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import importlib
import json
import logging
import re
import statistics
import sys
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# --- fields --------------------------------------------------------------------------------

MAIN_FIELDS = ("headline", "authors", "date_published", "tags", "site_name", "description")
INFO_FIELDS = ("headline_fold", "date_modified", "lead_image", "captions")
ALL_FIELDS = MAIN_FIELDS + INFO_FIELDS
#: Every field a tool can be scored on (modern-dev's exact headline included).
SCORED_FIELDS = frozenset(ALL_FIELDS) | {"headline_exact"}

# gold.jsonl key of each field
GOLD_KEYS = {
    "headline": "title",
    "headline_fold": "title",
    "authors": "authors",
    "date_published": "date_published",
    "date_modified": "date_modified",
    "tags": "tags",
    "site_name": "site_name",
    "description": "description",
    "lead_image": "lead_image_url",
    "captions": "captions",
}

#: ``Got`` attribute of a field whose name is not one (a second metric on the same value).
GOT_ATTRIBUTE = {"headline_fold": "headline", "headline_exact": "headline"}
#: modern-dev's fields: its gold key and the field scored.
MODERN_FIELDS = ("headline_exact", "authors", "date_published")
MODERN_GOLD_KEYS = {
    "headline_exact": "title",
    "authors": "author",
    "date_published": "publish_date",
}

DateValue = dt.datetime | dt.date


@dataclass(frozen=True)
class Got:
    """What one tool extracted from one page, in the benchmark's common shape."""

    headline: str | None = None
    authors: tuple[str, ...] = ()
    date_published: DateValue | None = None
    date_modified: DateValue | None = None
    tags: tuple[str, ...] = ()
    site_name: str | None = None
    description: str | None = None
    lead_image: str | None = None
    captions: tuple[str, ...] = ()


# --- metrics (pure) ------------------------------------------------------------------------

SITE_SEPARATORS = (" | ", " - ", " – ", " — ")


def normalise(text: str) -> str:
    """Whitespace runs collapsed to one space, ends stripped, case-folded."""
    return " ".join(text.split()).casefold()


def strip_site_suffix(title: str) -> str | None:
    """The title cut at the last " | ", " - ", " – " or " — "; None when there is none."""
    cut = max(title.rfind(sep) for sep in SITE_SEPARATORS)
    if cut <= 0:
        return None
    return title[:cut].strip() or None


def headline_match(gold: str, got: str | None) -> bool:
    if not got:
        return False
    g, t = normalise(gold), normalise(got)
    if g == t:
        return True
    return strip_site_suffix(g) == t or g == strip_site_suffix(t)


#: Typographic quotes and apostrophes -> ASCII, for ``headline_fold``.
QUOTE_FOLDING = str.maketrans("\u2018\u2019\u201a\u201c\u201d\u201e", "'''" + '"""')


def headline_fold_match(gold: str, got: str | None) -> bool:
    """``headline_match`` once typographic quotes are folded to ASCII on both sides."""
    return headline_match(gold.translate(QUOTE_FOLDING), got and got.translate(QUOTE_FOLDING))


def authors_match(gold: Sequence[str], got: Sequence[str]) -> bool:
    """Same set of normalised names; an empty gold matches an empty answer."""
    return {normalise(a) for a in gold if a.strip()} == {normalise(a) for a in got if a.strip()}


#: Where a modern-dev gold author string splits into names.
AUTHOR_SEPARATORS = re.compile(r"\s*(?:[,;&]|\band\b)\s*")
#: A credential or degree after a name: upper-case letters with optional dots ("MD",
#: "M.P.H.", "FACLM", "CEPF®") or a mixed-case degree ("PhD", "PharmD", "MSc").
CREDENTIAL = re.compile(
    r"^(?:(?:[A-Z]\.?){2,6}|Ph\.?D|Pharm\.?D|Dr\.?PH|M\.?Sc|M\.?Ed|Ed\.?D|Psy\.?D)\.?®?$"
)


def split_gold_authors(text: str) -> tuple[str, ...]:
    """A modern-dev gold author string as names: split on the separators, credentials
    dropped from the end of each part, parts left empty dropped."""
    names = []
    for part in AUTHOR_SEPARATORS.split(text):
        words = part.split()
        while words and CREDENTIAL.match(words[-1]):
            words.pop()
        if words:
            names.append(" ".join(words))
    return tuple(names)


def parse_gold_date(text: str) -> DateValue:
    """An ISO 8601 gold value: a ``date`` when it has no time part, else a ``datetime``."""
    text = text.strip()
    if "T" not in text and " " not in text:
        return dt.date.fromisoformat(text)
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    return dt.datetime.fromisoformat(text)


def _plain_day(value: DateValue) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _is_plain(value: DateValue) -> bool:
    """A ``date`` or a naive ``datetime``: no offset to convert."""
    return not isinstance(value, dt.datetime) or value.utcoffset() is None


def _is_shifted_date_only(gold: dt.datetime) -> bool:
    """15:00:00 at UTC, or 00:00:00: a date-only value that went through a timezone."""
    clock = gold.time().replace(tzinfo=None)
    if clock == dt.time(0, 0):
        return True
    return clock == dt.time(15, 0) and gold.utcoffset() == dt.timedelta(0)


def date_match(gold: str, got: DateValue | None) -> bool:
    """Same calendar day, under the rules in the module docstring."""
    if got is None:
        return False
    g = parse_gold_date(gold)
    if not isinstance(g, dt.datetime):
        return _plain_day(got) == g
    if _is_plain(got):
        day = _plain_day(got)
        if day == g.date():
            return True
        return _is_shifted_date_only(g) and day == g.date() + dt.timedelta(days=1)
    assert isinstance(got, dt.datetime)
    if g.tzinfo is None:
        return got.date() == g.date()
    return got.astimezone(g.tzinfo).date() == g.date()


def set_f1(gold: Sequence[str], got: Sequence[str]) -> float:
    """F1 of two sets of normalised strings; two empty sets score 1."""
    g = {normalise(x) for x in gold if x.strip()}
    t = {normalise(x) for x in got if x.strip()}
    if not g and not t:
        return 1.0
    common = len(g & t)
    if not common:
        return 0.0
    precision, recall = common / len(t), common / len(g)
    return 2 * precision * recall / (precision + recall)


def text_match(gold: str, got: str | None) -> bool:
    """Normalised equality (site name, description); a gold ``""`` wants no value."""
    return normalise(gold) == normalise(got or "")


def url_match(gold: str, got: str | None) -> bool:
    return got is not None and gold.strip() == got.strip()


def caption_share(gold: Sequence[str], got: Sequence[str]) -> float:
    """Share of gold captions equal to, or contained in, one of the tool's captions."""
    if not gold:
        return 1.0
    texts = [normalise(t) for t in got if t.strip()]
    found = sum(1 for cap in gold if any(normalise(cap) in t for t in texts))
    return found / len(gold)


def score_field(name: str, gold: Any, got: Got) -> float:
    """The score (0..1) of one field of one page; ``gold`` is the gold.jsonl value."""
    if name == "headline":
        return float(headline_match(gold, got.headline))
    if name == "headline_fold":
        return float(headline_fold_match(gold, got.headline))
    if name == "headline_exact":
        return float(bool(got.headline) and normalise(gold) == normalise(got.headline or ""))
    if name == "authors":
        return float(authors_match(gold, got.authors))
    if name == "date_published":
        return float(date_match(gold, got.date_published))
    if name == "date_modified":
        return float(date_match(gold, got.date_modified))
    if name == "tags":
        return set_f1(gold, got.tags)
    if name == "site_name":
        return float(text_match(gold, got.site_name))
    if name == "description":
        return float(text_match(gold, got.description))
    if name == "lead_image":
        return float(url_match(gold, got.lead_image))
    if name == "captions":
        return caption_share(gold, got.captions)
    raise ValueError(f"unknown field {name!r}")


# --- data ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    id: str
    url: str | None
    html: bytes
    gold: dict[str, Any]  # field name -> gold value; fields with a null gold are left out


def load_pages(data: Path) -> Iterator[Page]:
    with (data / "gold.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            record = json.loads(line)
            raw = (data / record["file"]).read_bytes()
            if record["file"].endswith(".gz"):
                raw = gzip.decompress(raw)
            gold = {
                name: record[key] for name, key in GOLD_KEYS.items() if record.get(key) is not None
            }
            yield Page(record["id"], record.get("url"), raw, gold)


def load_modern_pages(data: Path) -> Iterator[Page]:
    """modern-dev's pages, with its gold title, author (split into names) and date."""
    with (data / "gold.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            record = json.loads(line)
            gold: dict[str, Any] = {}
            for name, key in MODERN_GOLD_KEYS.items():
                value = record.get(key)
                if isinstance(value, str) and value.strip():
                    gold[name] = split_gold_authors(value) if name == "authors" else value
            raw = gzip.decompress((data / record["file"]).read_bytes())
            yield Page(record["id"], record.get("url"), raw, gold)


# --- tools ---------------------------------------------------------------------------------


@dataclass
class Tool:
    name: str
    run: Callable[[Page], Got]
    fields: frozenset[str]  # the fields this tool produces at all
    note: str = ""
    quiet: bool = True  # silence the tool's Python warnings (peers' dateutil/nltk chatter)


@dataclass
class ToolResult:
    tool: Tool
    got: dict[str, Got] = field(default_factory=dict)  # page id -> extracted
    millis: list[float] = field(default_factory=list)
    errors: int = 0


def _optional_module(name: str) -> Any | None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return importlib.import_module(name)
        except ImportError:
            return None


def _text(value: Any) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def _strings(values: Any) -> tuple[str, ...]:
    if not values or isinstance(values, str):
        return ()
    return tuple(str(v).strip() for v in values if str(v).strip())


def articlex_tool() -> Tool:
    import articlex

    def run(page: Page) -> Got:
        a = articlex.extract(page.html, url=page.url)
        captions: list[str] = []
        for cap in a.captions:
            captions.append(cap.text)
            if cap.credit:
                captions.append(f"{cap.text} {cap.credit}")
        return Got(
            headline=a.headline,
            authors=a.authors,
            date_published=a.date_published,
            date_modified=a.date_modified,
            tags=a.tags,
            site_name=a.site_name,
            description=a.description,
            lead_image=a.lead_image,
            captions=tuple(captions),
        )

    return Tool("articlex", run, SCORED_FIELDS, quiet=False)


def trafilatura_tool() -> Tool | None:
    trafilatura = _optional_module("trafilatura")
    if trafilatura is None:
        return None

    def run(page: Page) -> Got:
        doc = trafilatura.extract_metadata(page.html, default_url=page.url)
        date: dt.date | None = None
        if isinstance(doc.date, str) and doc.date:
            try:
                date = dt.date.fromisoformat(doc.date[:10])
            except ValueError:
                date = None
        author = doc.author if isinstance(doc.author, str) else ""
        return Got(
            headline=_text(doc.title),
            authors=tuple(a.strip() for a in author.split(";") if a.strip()),
            date_published=date,
            tags=_strings([t for tag in doc.tags or () for t in str(tag).split(",")]),
            site_name=_text(doc.sitename),
            description=_text(doc.description),
            lead_image=_text(doc.image),
        )

    fields = SCORED_FIELDS - {"date_modified", "captions"}
    return Tool("trafilatura", run, fields, "extract_metadata only (no body)")


def newspaper_tool() -> Tool | None:
    newspaper = _optional_module("newspaper")
    if newspaper is None:
        return None

    def run(page: Page) -> Got:
        article = newspaper.Article(page.url or "", fetch_images=False)
        article.download(input_html=page.html)  # bytes: newspaper decodes them itself
        article.parse()
        published = article.publish_date
        return Got(
            headline=_text(article.title),
            authors=_strings(article.authors),
            date_published=published if isinstance(published, dt.date) else None,
            # newspaper4k 0.9.6 never fills ``tags`` (its tag-link reader is not called):
            # fall back to its ``meta_keywords``, as trafilatura's tags include them too.
            tags=_strings(article.tags) or _strings(article.meta_keywords),
            site_name=_text(article.meta_site_name),
            description=_text(article.meta_description),
            lead_image=_text(article.top_image),
        )

    fields = SCORED_FIELDS - {"date_modified", "captions"}
    return Tool("newspaper4k", run, fields, "full parse, fetch_images=False")


def run_tool(tool: Tool, pages: Sequence[Page]) -> ToolResult:
    result = ToolResult(tool)
    for page in pages:
        start = time.perf_counter()
        try:
            with warnings.catch_warnings():
                if tool.quiet:
                    warnings.simplefilter("ignore")
                got = tool.run(page)
        except Exception as exc:  # a tool crashing on one page must not end the run
            print(f"  {tool.name}: {page.id} raised {type(exc).__name__}: {exc}", file=sys.stderr)
            got = Got()
            result.errors += 1
        result.millis.append((time.perf_counter() - start) * 1000)
        result.got[page.id] = got
    return result


# --- report ------------------------------------------------------------------------------

Sections = tuple[tuple[str, Sequence[str]], ...]


def field_score(result: ToolResult, pages: Sequence[Page], name: str) -> tuple[float, int]:
    """Mean score of ``name`` over the pages with a gold value, and their number."""
    scores = [score_field(name, p.gold[name], result.got[p.id]) for p in pages if name in p.gold]
    return (sum(scores) / len(scores) if scores else float("nan")), len(scores)


def _cell(result: ToolResult, pages: Sequence[Page], name: str) -> str:
    if name not in result.tool.fields:
        return "n/a"
    mean, n = field_score(result, pages, name)
    return f"– (n={n})" if n == 0 else f"{mean:.3f} (n={n})"


#: The rows of each set's table: its sections, each a title and its fields.
METADATA_SECTIONS: Sections = (("", MAIN_FIELDS), ("info only:", INFO_FIELDS))
MODERN_SECTIONS: Sections = (("", MODERN_FIELDS),)


def print_table(
    results: Sequence[ToolResult],
    pages: Sequence[Page],
    fields: Sequence[str],
    sections: Sections = METADATA_SECTIONS,
) -> None:
    width = 16
    print(f"{'field':<16}" + "".join(f"{r.tool.name:>{width}}" for r in results))
    for section, names in sections:
        chosen = [n for n in names if n in fields]
        if not chosen:
            continue
        if section:
            print(section)
        for name in chosen:
            print(f"{name:<16}" + "".join(f"{_cell(r, pages, name):>{width}}" for r in results))
    print(
        f"{'median ms/page':<16}"
        + "".join(f"{statistics.median(r.millis):>{width}.2f}" for r in results)
    )
    print(f"{'pages raising':<16}" + "".join(f"{r.errors:>{width}}" for r in results))
    for r in results:
        if r.tool.note:
            print(f"  {r.tool.name}: {r.tool.note}")


def markdown_table(
    results: Sequence[ToolResult],
    pages: Sequence[Page],
    fields: Sequence[str],
    sections: Sections = METADATA_SECTIONS,
    title: str = "metadata-dev",
) -> str:
    """The table of :func:`print_table` in Markdown (information-only rows in italics)."""
    lines = [
        f"| {title} field | " + " | ".join(r.tool.name for r in results) + " |",
        "|---" * (len(results) + 1) + "|",
    ]
    for section, names in sections:
        for name in (n for n in names if n in fields):
            label = f"*{name}*" if section else name
            lines.append(
                f"| {label} | " + " | ".join(_cell(r, pages, name) for r in results) + " |"
            )
    lines.append(
        "| median ms/page | "
        + " | ".join(f"{statistics.median(r.millis):.2f}" for r in results)
        + " |"
    )
    return "\n".join(lines) + "\n"


def _show(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return json.dumps(list(value), ensure_ascii=False)
    return repr(value)


def print_misses(result: ToolResult, pages: Sequence[Page], name: str) -> None:
    misses = 0
    total = 0
    print(f"\n{result.tool.name} misses on {name}:")
    for page in pages:
        if name not in page.gold:
            continue
        total += 1
        got = result.got[page.id]
        score = score_field(name, page.gold[name], got)
        if score >= 1.0:
            continue
        misses += 1
        print(f"- {page.id}  ({page.url})" + (f"  score {score:.2f}" if score else ""))
        print(f"    gold: {_show(page.gold[name])}")
        print(f"    got:  {_show(getattr(got, GOT_ATTRIBUTE.get(name, name)))}")
    print(f"{misses} of {total} pages with a gold {name} missed")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/datasets/metadata-dev"))
    parser.add_argument(
        "--modern",
        type=Path,
        default=Path("../shared/datasets/modern-dev"),
        help="modern-dev, scored in the same run (title, author, date)",
    )
    parser.add_argument("--no-modern", action="store_true", help="metadata-dev alone")
    parser.add_argument(
        "--field",
        action="append",
        choices=ALL_FIELDS,
        dest="fields",
        help="report only this field (repeatable; default: all)",
    )
    parser.add_argument(
        "--misses",
        choices=ALL_FIELDS,
        metavar="FIELD",
        help="list the pages where articlex misses FIELD, gold vs got",
    )
    parser.add_argument(
        "--modern-misses",
        choices=MODERN_FIELDS,
        metavar="FIELD",
        help="the same on modern-dev",
    )
    parser.add_argument(
        "--peers",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also run the peers installed here (default: yes)",
    )
    parser.add_argument("--markdown", type=Path, help="also write the tables as Markdown here")
    args = parser.parse_args()

    for noisy in ("newspaper", "trafilatura", "htmldate", "courlan", "justext", "jieba"):
        logging.getLogger(noisy).disabled = True  # jieba resets its level on import
    pages = list(load_pages(args.data))
    tools: list[Tool] = [articlex_tool()]
    if args.peers:
        for name, make in (("trafilatura", trafilatura_tool), ("newspaper4k", newspaper_tool)):
            peer = make()
            if peer is None:
                print(f"{name}: not installed, skipped", file=sys.stderr)
            else:
                tools.append(peer)
    results = [run_tool(tool, pages) for tool in tools]
    print(f"metadata-dev: {len(pages)} pages; share of pages with a gold value matched")
    print_table(results, pages, args.fields or ALL_FIELDS)
    markdown = markdown_table(results, pages, args.fields or ALL_FIELDS)
    if args.misses:
        print_misses(results[0], pages, args.misses)
    if not args.no_modern:
        modern = list(load_modern_pages(args.modern))
        modern_results = [run_tool(tool, modern) for tool in tools]
        print(f"\nmodern-dev: {len(modern)} pages; share of pages with a gold value matched")
        print_table(modern_results, modern, MODERN_FIELDS, MODERN_SECTIONS)
        markdown += "\n" + markdown_table(
            modern_results, modern, MODERN_FIELDS, MODERN_SECTIONS, "modern-dev"
        )
        if args.modern_misses:
            print_misses(modern_results[0], modern, args.modern_misses)
    if args.markdown:
        args.markdown.write_text(markdown)


if __name__ == "__main__":
    main()
