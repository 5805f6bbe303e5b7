"""Byline text to clean person names: "By", roles, credits, dates and links removed.

Every author value of every source goes through :func:`split_byline`, so that "By Jane
Doe and John Roe, Staff Writers | Updated Jan 3, 2026" and a JSON-LD ``"Jane Doe"`` give
the same names. The words and patterns are in :mod:`articlex._rules.authors`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from articlex._rules import authors as rules
from articlex._text import collapse_ws

__all__ = ["invert", "is_byline_line", "is_cased", "split_byline", "strip_lead", "valid", "words"]


def words(text: str) -> list[str]:
    """The words of ``text``, split at whitespace."""
    return text.split()


def _is_capitalised(word: str) -> bool:
    for char in word:
        if char.isalpha():
            return char.isupper() or char.lower() == char.upper()
    return True  # punctuation only, or an uncased script


def is_cased(word: str) -> bool:
    """``word`` holds a letter of a script with upper and lower case."""
    return any(c.isalpha() and c.lower() != c.upper() for c in word)


def _title_case(name: str) -> str:
    """``JEFFREY GETTLEMAN`` -> ``Jeffrey Gettleman`` (words without vowels kept: "CNN")."""
    letters = [c for c in name if c.isalpha()]
    if len(words(name)) < rules.MIN_TITLE_CASE_WORDS or not letters:
        return name
    if any(c.lower() == c.upper() or not c.isupper() for c in letters):
        return name
    return " ".join(
        w if not (rules.VOWELS & set(w.lower())) else "-".join(p.capitalize() for p in w.split("-"))
        for w in words(name)
    )


def _strip_parens(text: str) -> str:
    """Drop parenthesised asides (handles, URLs, roles) but keep "(avec X et Y)" names."""

    def replace(match: re.Match[str]) -> str:
        inner = match.group(1).strip()
        if rules.WITH_LIST.match(inner):
            return ", " + rules.WITH_LIST.sub("", inner) + ", "
        return " "

    previous = None
    while previous != text:
        previous, text = text, rules.PARENS.sub(replace, text)
    return text


def strip_lead(part: str) -> str:
    """``part`` without the byline words it starts with ("By", "Written by", "作者：")."""
    while True:
        match = rules.LEAD_START.match(part)
        if match is None or match.end() == 0:
            return part
        rest = part[match.end() :]
        if match.group(0).strip(rules.LEAD_SEPARATORS).lower() in rules.PARTICLE_LEADS:
            following = words(rest)
            wanted = rules.PARTICLE_LEAD_NAME_WORDS
            if len(following) < wanted or not all(_is_capitalised(w) for w in following[:wanted]):
                return part
        if not rest.strip():
            return ""
        part = rest


def _cut_job_title(name_words: list[str], first: bool) -> tuple[list[str], bool]:
    """``(name words, a title was found)``. A part starting with a job title names no
    one, nor does a name followed by a title unless it is the byline's first name or
    follows "and" ("Daniel Neira - Los Angeles Writer" gives no "Los Angeles")."""
    for index, word in enumerate(name_words):
        if word.lower().strip(rules.EDGE_PUNCT) in rules.JOB_TITLE_WORDS:
            if index == 0 or not first:
                return [], True
            before = name_words[index - 1].lower()
            end = index - 1 if before in rules.TITLE_PREFIXES else index
            return name_words[:end], True
    return name_words, False


def _trim(name_words: list[str]) -> list[str]:
    """Cut at an interface word; drop lower-case words after a capitalised name
    ("Aleš Vávra před"), and particles or joiners left at either end."""
    for index, word in enumerate(name_words):
        if word.lower().strip(rules.EDGE_PUNCT) in rules.JUNK_WORDS:
            name_words = name_words[:index]
            break
    while len(name_words) > 1 and is_cased(name_words[-1]) and not _is_capitalised(name_words[-1]):
        if not any(_is_capitalised(w) and is_cased(w) for w in name_words[:-1]):
            break
        name_words = name_words[:-1]
    while name_words and name_words[-1] in rules.NAME_PARTICLES:  # "Minh Do" keeps its "Do"
        name_words = name_words[:-1]
    while len(name_words) > 1 and name_words[0] in rules.NAME_JOINERS:
        name_words = name_words[1:]
    return name_words


def valid(name: str, strict: bool) -> bool:
    """Whether ``name`` can be a name: no digits, @, URL or interface word, not too long;
    ``strict``: every word of a multi-word name capitalised (particles aside)."""
    if not rules.MIN_NAME_CHARS <= len(name) <= rules.MAX_NAME_CHARS:
        return False
    if any(c.isdigit() for c in name):
        return False
    if not any(c.isalpha() for c in name) or "@" in name or rules.URL_BITS.search(name):
        return False
    if rules.BY_WORD.search(name) or any(f in name.casefold() for f in rules.ACCOUNT_FRAGMENTS):
        return False
    name_words = words(name)
    if len(name_words) > rules.MAX_NAME_WORDS:
        return False
    lowered = [w.lower().strip(rules.EDGE_PUNCT) for w in name_words]
    if any(w in rules.JUNK_WORDS for w in lowered):
        return False
    if any(w.endswith(rules.POSSESSIVE_ENDINGS) for w in lowered):
        return False
    if len(name_words) == 1 and (
        lowered[0] in rules.COMMON_WORDS or lowered[0] in rules.JOB_TITLE_WORDS
    ):
        return False
    if not strict or len(name_words) == 1:
        return True
    if not any(is_cased(w) for w in name_words):  # a name in an uncased script: "中村 真子"
        return len(name_words) == rules.UNCASED_NAME_WORDS and all(
            len(w) <= rules.MAX_UNCASED_WORD_CHARS for w in name_words
        )
    if all(low in rules.NAME_PARTICLES for low in lowered):
        return False
    return all(
        _is_capitalised(w) or low in rules.NAME_PARTICLES
        for w, low in zip(name_words, lowered, strict=True)
    )


@dataclass(frozen=True)
class _Part:
    name: str | None
    dated: bool  # a date was cut off: no name follows
    titled: bool  # a job title was cut off: no name follows but after "and"


def _clean_part(part: str, strict: bool, first: bool) -> _Part:
    part = strip_lead(part.strip(rules.EDGE_PUNCT))
    if rules.CJK_ROLE.search(part):
        return _Part(None, dated=False, titled=False)
    part = rules.CJK_AUTHOR_MARK.sub("", part)
    date = rules.DATE_CUT.search(part)
    if date is not None:
        part = part[: date.start()]
    location = rules.LOCATION.search(part)
    if location is not None and location.start() > 0:
        part = part[: location.start()]
    name_words, titled = _cut_job_title(words(part.strip(rules.EDGE_PUNCT)), first)
    name = " ".join(_trim(name_words)).strip(rules.EDGE_PUNCT)
    is_name = bool(name) and valid(name, strict)
    return _Part(_title_case(name) if is_name else None, dated=date is not None, titled=titled)


def _prepare(text: str) -> str:
    """``text`` without addresses, handles, asides, and what comes before the byline
    word or after a credit that is not authorship."""
    text = collapse_ws(text.replace("\u200b", " ").replace("\u00ad", ""))
    if rules.CONTRIBUTION_NOTE.search(text):
        return ""
    text = rules.HANDLE.sub(" ", rules.URL.sub(" ", rules.EMAIL.sub(" ", text)))
    text = _strip_parens(text)
    credit = rules.CREDIT_CUT.search(text)
    if credit is not None:
        text = text[: credit.start()]
    lead = rules.LEAD_ANYWHERE.search(text)
    if lead is not None:
        text = text[lead.end() :]
    return collapse_ws(text)


def is_byline_line(text: str) -> bool:
    """True for a short line such as "By Jane Doe and John Roe" or "Von Max Mustermann":
    a byline word followed by nothing but names (the body builder drops such lines)."""
    if len(text) > rules.MAX_BYLINE_LINE_CHARS or not rules.BY_LINE.match(text):
        return False
    return bool(split_byline(text))


def split_byline(text: str, *, strict: bool = True) -> tuple[str, ...]:
    """The names in one byline string, cleaned, deduplicated and in order.

    ``"By Jane Doe and John Roe, Staff Writers | Updated Jan 3, 2026"`` gives ``("Jane
    Doe", "John Roe")``; ``"Par Marie Dupont et Jean Martin"`` gives ``("Marie Dupont",
    "Jean Martin")``. ``strict`` (text read from the page) also requires every word of a
    multi-word name to be capitalised, as names are, and drops one-word names beside
    full names ("Jane Doe | Politics"); author fields (JSON-LD, meta) are trusted to hold
    names and are read with ``strict=False``. Organisations are not told apart here.
    """
    names: list[str] = []
    joined = False  # the part follows "and", "et", "&": another author's name
    after_title = False
    for index, piece in enumerate(rules.SPLIT.split(_prepare(text))):
        if index % 2:  # a separator (the pattern's one group)
            joined = bool(rules.JOINED.search(piece))
            if after_title and not joined:
                break  # "Jane Doe, Reporter, Los Angeles Times": the names have ended
            continue
        if not piece.strip(rules.EDGE_PUNCT):
            continue
        part = _clean_part(piece, strict, first=not names or joined)
        if part.name:
            names.append(part.name)
        if names and part.dated:
            break
        after_title = after_title or (part.titled and bool(names))
    if strict and any(len(words(n)) > 1 for n in names):
        names = [n for n in names if len(words(n)) > 1 or not is_cased(n)]
    return tuple(_dedupe(names))


def _dedupe(names: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    kept = []
    for name in names:
        key = collapse_ws(name).casefold()
        if key not in seen:
            seen.add(key)
            kept.append(name)
    return kept


def invert(value: str) -> str:
    """``"Jong, Michiel de"`` -> ``"Michiel de Jong"`` (library-style author fields)."""
    parts = [p.strip() for p in value.split(",")]
    if len(parts) == 2 and all(parts) and len(words(parts[0])) <= rules.MAX_INVERTED_SURNAME_WORDS:
        return f"{parts[1]} {parts[0]}"
    return value
