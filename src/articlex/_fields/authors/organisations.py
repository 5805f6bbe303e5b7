"""People or organisations: each name read from a source, told apart.

A source naming only organisations or user names ("Reuters", "WIRED Staff", the site's
own name, "mikecason") does not stop the search for a person: such names are *weak*.
The site's own names come from its ``<meta>``, its JSON-LD publisher, its host name and
its copyright notice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from articlex._fields.authors.names import split_byline, strip_lead, valid, words
from articlex._meta import PageData
from articlex._rules import authors as rules
from articlex._text import collapse_ws
from articlex._urls import host_of

__all__ = ["Name", "Site", "merge", "norm", "persons", "read_names", "site_of"]

#: What is not a letter or a digit: ``\w`` is exactly what ``str.isalnum`` accepts, plus
#: the underscore.
_NOT_ALNUM = re.compile(r"[\W_]+")


def norm(text: str) -> str:
    """``text`` case-folded, letters and digits only: a key to compare names and titles."""
    return _NOT_ALNUM.sub("", text.casefold())


@dataclass(frozen=True)
class Site:
    """Normalised names of the publishing site, to tell its name from a person's."""

    names: frozenset[str]
    host: str | None
    copyright: str = ""  # the copyright notice: its holder is the publisher

    def matches(self, name: str) -> bool:
        key = norm(name)
        if not key:
            return False
        if key in self.names or key == self.host:
            return True
        if len(key) >= rules.MIN_COPYRIGHT_HOLDER_CHARS and key in self.copyright:
            return True
        bare = norm(rules.LEADING_THE.sub("", name))
        return bare in self.names or bare == self.host


def site_of(page: PageData) -> Site:
    """The site's names as the page gives them."""
    names: set[str] = set()
    for key in rules.SITE_NAME_META_KEYS:
        for value in page.meta.all(key):
            names.update(norm(p.lstrip("@")) for p in rules.SITE_SEPARATORS.split(value))
    for obj in page.jsonld.objects:
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            names.add(norm(publisher["name"]))
    names.discard("")
    host = None
    if page.url:
        labels = [p for p in host_of(page.url).split(".") if p]
        if (
            len(labels) >= 3  # a name, a suffix and a country code: "bbc.co.uk" -> "bbc"
            and labels[-2] in rules.HOST_SUFFIX_LABELS
            and len(labels[-1]) == rules.COUNTRY_CODE_CHARS
        ):
            labels = labels[:-1]
        labels = [p for p in labels[:-1] if p not in rules.GENERIC_HOST_LABELS]
        host = norm(labels[-1]) if labels else None
    notice = " ".join(value for key in rules.COPYRIGHT_META_KEYS for value in page.meta.all(key))
    return Site(frozenset(names), host, norm(notice))


def _is_organisation(name: str, site: Site) -> bool:
    name_words = [w.strip(rules.EDGE_PUNCT).casefold() for w in words(name)]
    if any(w in rules.ORGANISATION_WORDS for w in name_words):
        return True
    if any(mark in name for mark in rules.CJK_ORGANISATION_MARKS):
        return True
    if (
        len(name_words) == 1
        and name.isupper()
        and len(name) <= rules.MAX_ACRONYM_CHARS
        and name.isalpha()
    ):
        return True  # an acronym: "CNN", "AFP"
    if len(name_words) >= 2 and name_words[0] in rules.ORGANISATION_LEADS:
        return True
    return site.matches(name) or ("." in name and " " not in name.strip("."))


@dataclass(frozen=True)
class Name:
    """A name read from a source, and whether it is an organisation's."""

    text: str
    organisation: bool

    @property
    def weak(self) -> bool:
        """An organisation, or a user name ("mikecason"): a person named elsewhere wins."""
        return self.organisation or (" " not in self.text and self.text.islower())


def read_names(values: Iterable[str], site: Site, strict: bool, org: bool = False) -> list[Name]:
    """The names in raw author ``values`` (see :func:`split_byline` for ``strict``);
    ``org``: the source says they are organisations."""
    out: list[Name] = []
    for value in values:
        whole = strip_lead(collapse_ws(value.replace("|", " "))).strip(rules.EDGE_PUNCT)
        if site.matches(whole) and valid(whole, strict=False):
            out.append(Name(whole, True))  # the site's own name: "Mac & i" is not two
            continue
        out.extend(
            Name(name, org or _is_organisation(name, site))
            for name in split_byline(value, strict=strict)
        )
    return out


def merge(names: Iterable[Name]) -> list[Name]:
    """Deduplicated (case-insensitively), a person's reading winning over a weak one."""
    seen: dict[str, int] = {}
    kept: list[Name] = []
    for name in names:
        key = name.text.casefold()
        if key not in seen:
            seen[key] = len(kept)
            kept.append(name)
        elif not name.weak and kept[seen[key]].weak:
            kept[seen[key]] = name
    return kept


def persons(names: list[Name]) -> tuple[str, ...]:
    """The people named (user names too, beside full names); ``()`` when only
    organisations and user names are."""
    merged = merge(names)
    if all(n.weak for n in merged):
        return ()
    return tuple(n.text for n in merged if not n.organisation)
