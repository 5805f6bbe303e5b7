"""JSON-LD: every ``application/ld+json`` script, flattened into a list of objects.

Pages put their schema.org data in several scripts, in ``@graph`` arrays, in lists, and
sometimes in slightly broken JSON (trailing commas, raw newlines in strings); all of it
ends up here as a flat tuple of dicts, in page order, with broken scripts counted.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

__all__ = ["JsonLd", "is_jsonld_script", "jsonld_of_scripts", "read_jsonld"]

_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
#: A ``\uXXXX`` escape of a lone UTF-16 surrogate (a high one not followed by a low one,
#: or a low one on its own): ``json.loads`` would put an unencodable character in a field,
#: and the Article could not be written as UTF-8. It becomes U+FFFD, as in the HTML.
_LONE_SURROGATE_ESCAPE = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
    r"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}"
)
_CONTROL_CHARS = re.compile(r"[\x00-\x1f]")
#: Largest JSON-LD script read (characters); larger ones are skipped as broken.
MAX_SCRIPT_CHARS = 2_000_000
#: Characters of a script searched by :meth:`JsonLd.loose_strings` (a broken script's
#: values are still found by a regular expression)...
MAX_LOOSE_CHARS = 200_000
#: ... and the length of a value read there, shortest and longest (a date or a short
#: name, not a text).
LOOSE_VALUE_CHARS = (6, 64)
#: Types whose objects describe the article itself.
ARTICLE_TYPES = frozenset(
    {
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "techarticle",
        "scholarlyarticle", "liveblogposting", "posting", "socialmediaposting", "report",
        "advertisercontentarticle", "satiricalarticle", "medicalscholarlyarticle",
    }
)  # fmt: skip


@dataclass(frozen=True)
class JsonLd:
    """All JSON-LD objects of a page and how many scripts could not be read; ``scripts``:
    the ``application/ld+json`` scripts they were read from, in page order (``None``
    when not known), so that a search of their text needs no look at the others."""

    objects: tuple[dict[str, Any], ...] = ()
    broken: int = 0
    scripts: tuple[etree._Element, ...] | None = field(default=None, repr=False, compare=False)

    def loose_strings(self, keys: Iterable[str]) -> Iterator[tuple[str, str]]:
        """``(key, value)`` for each ``"key": "value"`` of ``keys`` written in the text of
        the scripts, in page order: how a script that is not valid JSON is still read."""
        if not self.scripts:
            return
        pattern = _loose_pattern(tuple(keys))
        for script in self.scripts:
            text = (script.text or "")[:MAX_LOOSE_CHARS]
            for match in pattern.finditer(text):
                yield match["key"], match["value"]

    def articles(self) -> Iterator[dict[str, Any]]:
        """Objects whose ``@type`` is an article type, in page order."""
        for obj in self.objects:
            if types_of(obj) & ARTICLE_TYPES:
                yield obj


@functools.lru_cache(maxsize=8)
def _loose_pattern(keys: tuple[str, ...]) -> re.Pattern[str]:
    shortest, longest = LOOSE_VALUE_CHARS
    names = "|".join(map(re.escape, keys))
    return re.compile(rf'"(?P<key>{names})"\s*:\s*"(?P<value>[^"]{{{shortest},{longest}}})"')


def types_of(obj: dict[str, Any]) -> set[str]:
    """The lower-cased ``@type`` names of an object (a string or a list of them)."""
    value = obj.get("@type")
    if isinstance(value, str):
        return {value.lower().rsplit("/", 1)[-1]}
    if isinstance(value, list):
        return {v.lower().rsplit("/", 1)[-1] for v in value if isinstance(v, str)}
    return set()


def _loads(text: str) -> Any:
    if "\\u" in text:
        text = _LONE_SURROGATE_ESCAPE.sub(r"\\ufffd", text)
    try:
        return json.loads(text)
    except ValueError:
        pass
    repaired = _TRAILING_COMMA.sub(r"\1", text)
    repaired = _CONTROL_CHARS.sub(" ", repaired)
    return json.loads(repaired)


def _flatten(value: Any, out: list[dict[str, Any]], depth: int = 0) -> None:
    if depth > 4:
        return
    if isinstance(value, list):
        for item in value:
            _flatten(item, out, depth + 1)
    elif isinstance(value, dict):
        graph = value.get("@graph")
        if isinstance(graph, list):
            _flatten(graph, out, depth + 1)
        if "@type" in value:
            out.append(value)


def read_jsonld(root: etree._Element) -> JsonLd:
    """Read every JSON-LD script of ``root`` (call before scripts are stripped)."""
    return jsonld_of_scripts(root.iter("script"))


def jsonld_of_scripts(scripts: Iterable[etree._Element]) -> JsonLd:
    """Read the JSON-LD scripts among ``scripts`` (the page's ``<script>`` elements, in
    page order: :func:`~articlex._meta.read_page_data` finds them in the same walk as the
    meta tags)."""
    objects: list[dict[str, Any]] = []
    broken = 0
    found = [script for script in scripts if is_jsonld_script(script)]
    for script in found:
        text = (script.text or "").strip()
        if not text:
            continue
        if len(text) > MAX_SCRIPT_CHARS:
            broken += 1
            continue
        if text.startswith("<!--"):
            text = text.removeprefix("<!--").removesuffix("-->").strip()
        if text.startswith(("<![CDATA[", "//<![CDATA[")):
            text = text.split("<![CDATA[", 1)[1].rsplit("]]>", 1)[0].strip().removesuffix("//")
        try:
            data = _loads(text)
        except (ValueError, RecursionError):
            broken += 1
            continue
        _flatten(data, objects)
    return JsonLd(tuple(objects), broken, tuple(found))


def is_jsonld_script(script: etree._Element) -> bool:
    """A ``<script>`` whose type says it holds JSON-LD."""
    return (script.get("type") or "").strip().lower() == "application/ld+json"
