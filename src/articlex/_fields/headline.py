"""The headline: the visible heading when the metadata agrees, else the metadata.

A heading readers see beats an SEO title, unless it is the site's logo or sits in the
page's frame; metadata titles lose their " | Site" suffix. The order of sources is in
docs/fields.md; rules in :mod:`articlex._rules.headline`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from articlex._fields import FOREIGN_KINDS, Boilerplate, Found, Verdicts
from articlex._meta import PageData
from articlex._models import Source
from articlex._rules import headline as rules
from articlex._text import (
    DENSE_SCRIPT_CHAR,
    class_id,
    collapse_ws,
    inline_text,
    without_permalink,
)
from articlex._urls import host_of

__all__ = ["find_headline", "headline_element", "repeated_text", "strip_site_suffix"]

_NOT_HEADLINE_KINDS = FOREIGN_KINDS | rules.NOT_HEADLINE_KINDS
_NOT_AGREEING_KINDS = FOREIGN_KINDS | rules.NOT_AGREEING_KINDS


def strip_site_suffix(title: str, site_name: str | None = None) -> str:
    """Drop " | Site name" / " - Section" parts: without the site's name, keep the first
    segment, or the longest when the first is a short section label."""
    title = collapse_ws(title)
    parts = [p for p in rules.TITLE_SEPARATOR_PATTERN.split(title) if p]
    if len(parts) <= 1:
        return _strip_glued_site(title, [site_name]) if site_name else title
    if site_name:
        site = collapse_ws(site_name).casefold()
        kept = [p for p in parts if p.casefold() != site]
        if len(kept) == 1:
            return kept[0]
        if kept and len(kept) < len(parts):
            parts = kept
    longest = max(parts, key=len)
    return parts[0] if len(parts[0]) >= rules.MIN_FIRST_SEGMENT_SHARE * len(longest) else longest


def strip_known_site(title: str, site_names: list[str], host: str = "") -> str:
    """Drop a leading or trailing segment only when it is one of the site's names: an
    ``og:title`` rarely carries a suffix, and "Opinion | Why 3rd Grade Matters" is whole."""
    title = collapse_ws(title)
    parts = [p for p in rules.TITLE_SEPARATOR_PATTERN.split(title) if p]
    names = {_key(name) for name in site_names if name}
    if len(parts) <= 1:
        return _strip_glued_site(title, site_names)
    if _is_site(parts[-1], names, host):
        parts = parts[:-1]
    elif _is_site(parts[0], names, host):
        parts = parts[1:]
    else:
        return title
    separators = rules.TITLE_SEPARATOR_PATTERN.findall(title)
    rebuilt = parts[0]
    for separator, part in zip(separators, parts[1:], strict=False):
        rebuilt += separator + part
    return rebuilt


def _is_site(segment: str, names: set[str], host: str) -> bool:
    """``segment`` is one of the site's ``names`` (keys), or its host's name written
    out ("WRAL" on wral.com, "Smith Tools" on smithtools.com)."""
    key = _key(segment)
    if key in names:
        return True
    compact = key.replace(" ", "")
    return len(compact) >= rules.MIN_GLUED_SITE_CHARS and compact == _host_name(host)


def _host_name(host: str) -> str:
    """The label of ``host`` that names the site, hyphens dropped: the one before the
    top-level domain ("smith-tools" in www.smith-tools.com), or before a short second
    level ("herald" in herald.co.uk); ``""`` for no host."""
    labels = [label for label in host.split(".") if label]
    if len(labels) < 2:
        return ""
    name = labels[-2]
    if len(name) <= rules.MAX_SECOND_LEVEL_CHARS and len(labels) > 2:
        name = labels[-3]
    return name.replace("-", "")


def _strip_glued_site(title: str, site_names: list[str]) -> str:
    """Drop a site name glued to the title's end by a separator without spaces
    ("Headline:Site", "Headline_Site"): only a name the site gives itself, since such
    punctuation also sits inside headlines ("Q&A:Why")."""
    folded = title.casefold()
    for raw in site_names:
        name = collapse_ws(raw)
        if len(name) < rules.MIN_GLUED_SITE_CHARS or not folded.endswith(name.casefold()):
            continue
        head = title[: len(title) - len(name)].rstrip()
        if head and head[-1] in rules.GLUE_SEPARATORS:
            head = head[:-1].rstrip()
            if head:
                return head
    return title


def _site_names(page: PageData) -> list[str]:
    """What the site calls itself: metadata names and the suffix of its ``<title>``."""
    names = [n for n in (page.meta.first(*rules.SITE_NAME_META_KEYS),) if n]
    if page.meta.title:
        parts = [p for p in rules.TITLE_SEPARATOR_PATTERN.split(collapse_ws(page.meta.title)) if p]
        if len(parts) > 1:
            names.append(parts[-1])
    return names


#: What separates the words of a text compared by :func:`_key`.
_KEY_SEPARATORS = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    return _KEY_SEPARATORS.sub(" ", text).strip().casefold()


def _jsonld_headline(page: PageData) -> str | None:
    for obj in page.jsonld.articles():
        value = obj.get("headline") or obj.get("name")
        if isinstance(value, str) and value.strip():
            return collapse_ws(value)
    return None


#: A heading and its text.
_Heading = tuple[etree._Element, str]


class _Headings:
    """The page's ``<h1>``/``<h2>`` headings for one :func:`find_headline` call: each
    tag's headings and their texts read once, as far as asked (the ``<h1>`` may be
    asked for twice), and the
    boilerplate test of each set of kinds memoised along their shared ancestors (the
    cleaner's verdicts, ``verdicts``, shared by all the tests)."""

    def __init__(self, root: etree._Element, page: PageData, verdicts: Verdicts) -> None:
        self._root = root
        self._page = page
        #: Per tag, the headings read so far and the walk reading the others.
        self._texts: dict[str, tuple[list[_Heading], Iterator[_Heading]]] = {}
        self._tests: dict[frozenset[str], Boilerplate] = {}
        self._verdicts = verdicts

    def __call__(
        self, tag: str, kinds: frozenset[str] = _NOT_HEADLINE_KINDS
    ) -> Iterator[tuple[etree._Element, str]]:
        """The ``tag`` headings with a text of a headline's length, outside boilerplate
        of ``kinds``, in page order (tested as they are asked for: a caller that stops
        at the first agreeing heading leaves the others untested)."""
        excluded = self.test(kinds)
        return ((heading, text) for heading, text in self.texts(tag) if not excluded(heading))

    def texts(self, tag: str) -> Iterator[_Heading]:
        """The ``tag`` headings with a text of a headline's length, boilerplate or not, in
        page order: each read when first asked for (a caller stopping at an agreeing
        heading reads none after it), and kept for the next caller."""
        read = self._texts.get(tag)
        if read is None:
            read = self._texts[tag] = ([], _read_headings(self._page, self._root, tag))
        kept, pending = read
        index = 0
        while True:
            if index == len(kept):
                found = next(pending, None)
                if found is None:
                    return
                kept.append(found)
            yield kept[index]
            index += 1

    def test(self, kinds: frozenset[str]) -> Boilerplate:
        """The boilerplate test of ``kinds``, shared by the calls asking for them."""
        test = self._tests.get(kinds)
        if test is None:
            test = self._tests[kinds] = Boilerplate(kinds, self._verdicts)
        return test


def _read_headings(page: PageData, root: etree._Element, tag: str) -> Iterator[_Heading]:
    """The walk behind :meth:`_Headings.texts` (the tree is intact while the fields are
    read). A function, not a method: a generator holding its ``_Headings`` while the
    ``_Headings`` holds it would be a reference cycle, keeping the tree alive until the
    garbage collector runs."""
    for heading in page.tagged(root, tag):
        text = without_permalink(heading, inline_text(heading))
        if text and len(text) <= rules.MAX_HEADLINE_CHARS:
            yield heading, text


class _TitleKeys:
    """The metadata titles' keys, with and without their site suffix, for comparing many
    headings with them (a page may have dozens of ``<h2>``): each title's keys are read
    the first time a heading gets that far down the list, and kept. A title repeated
    (the JSON-LD headline is often the ``og:title``) is listed once: its keys are the
    same."""

    def __init__(self, titles: list[str], site: str | None) -> None:
        self.titles = list(dict.fromkeys(titles))
        self._site = site
        self._keys: list[tuple[str, str]] = []

    def __iter__(self) -> Iterator[tuple[str, str]]:
        keys = self._keys
        for index, title in enumerate(self.titles):
            if index == len(keys):
                keys.append((_key(title), _key(strip_site_suffix(title, self._site))))
            yield keys[index]


def _agrees(heading: str, title_keys: _TitleKeys) -> bool:
    key = _key(heading)
    if len(key) < rules.MIN_AGREEING_CHARS:
        return False
    if heading in title_keys.titles:
        return True  # a title as it is (its key is the heading's): no title's keys read
    for full, stripped in title_keys:
        if key in (full, stripped):
            return True
        if _starts_with_words(full, key):
            return True
        if _starts_with_words(key, full):
            return True  # the heading adds a subtitle to the metadata's title
    return False


def _starts_with_words(longer: str, prefix: str) -> bool:
    """``longer`` starts with the whole words of ``prefix``, which covers most of it."""
    return (
        longer.startswith(prefix)
        and longer[len(prefix) : len(prefix) + 1] in ("", " ")
        and len(prefix) >= rules.MIN_PREFIX_SHARE * len(longer)
    )


def _agreeing_heading(
    headings: _Headings, titles: list[str], site: str | None
) -> tuple[etree._Element, str] | None:
    """The first ``<h1>`` (else ``<h2>``) outside boilerplate whose text agrees with a
    title. The text is compared first: most headings (a sidebar's, a teaser's) do not
    agree, and then need no verdict on their ancestors."""
    title_keys = _TitleKeys(titles, site)
    excluded = headings.test(_NOT_AGREEING_KINDS)
    for tag in rules.AGREEING_HEADING_TAGS:
        for heading, text in headings.texts(tag):
            if _agrees(text, title_keys) and not excluded(heading):
                return heading, text
    return None


def headline_element(
    root: etree._Element, headline: str, page: PageData | None = None, *, cut: bool = False
) -> etree._Element | None:
    """The ``<h1>`` (else ``<h2>``, ``<h3>``) showing ``headline``, if the page shows it.

    A visible headline is usually a heading's text as it is: that heading is taken
    without building keys (equal texts have equal keys); the others' keys are compared.
    Failing those, with ``cut`` (a headline read from a heading), the first heading the
    headline was cut from (see :func:`_shows_cut`). ``page``: the page's data read from
    ``root``, whose index lists the headings."""
    key: str | None = None
    cut_from: etree._Element | None = None
    tags = rules.SHOWN_HEADING_TAGS
    headings = page.tagged(root, *tags) if page else root.iter(*tags)
    for heading in headings:
        text = without_permalink(heading, inline_text(heading))
        if text == headline:
            return heading
        if key is None:
            key = _key(headline)
        if _key(text) == key:
            return heading
        if cut and cut_from is None and _shows_cut(text, headline):
            cut_from = heading
    return cut_from


def repeated_text(element: etree._Element | None, headline: str) -> str:
    """The text the body leaves out as the headline repeated: the heading's own when the
    headline was cut from it (a tagline after a bar, the site's name), else the headline."""
    if element is None:
        return headline
    text = without_permalink(element, inline_text(element))
    return text if _shows_cut(text, headline) else headline


def _shows_cut(text: str, headline: str) -> bool:
    """``text`` is ``headline`` with a part cut off at a title separator ("Headline |
    Tagline", "Headline - Site"), as :func:`_shown_headline` cuts a heading."""
    if len(text) <= len(headline):
        return False
    if text.startswith(headline):
        return rules.TITLE_SEPARATOR_PATTERN.match(text, len(headline)) is not None
    if text.endswith(headline):
        cut = len(text) - len(headline)
        return any(m.end() == cut for m in rules.TITLE_SEPARATOR_PATTERN.finditer(text, 0, cut))
    return False


def find_headline(
    root: etree._Element, page: PageData, verdicts: Verdicts | None = None
) -> Found[str] | None:
    """The article's headline and where it came from, or ``None``. ``verdicts``: the
    extraction's cleaner verdicts, when its other fields share them (see
    :class:`~articlex._fields.Verdicts`)."""
    meta = page.meta
    site = meta.first(*rules.SITE_NAME_META_KEYS)
    jsonld = _jsonld_headline(page)
    og = meta.first(*rules.TITLE_META_KEYS)
    titles = [t for t in (jsonld, og, meta.title) if t]
    headings = _Headings(root, page, Verdicts() if verdicts is None else verdicts)
    agreeing = _agreeing_heading(headings, titles, site)
    # A heading loses the site's name ("Headline | Site"), as the page names itself (not
    # by the <title>'s last part: beside a heading that is its subtitle, not a name).
    own_names = [site] if site else []
    host = host_of(page.url)
    if agreeing is not None:
        return Found(_shown_headline(agreeing[1], own_names, host), Source.DOM)
    names = _site_names(page)
    h1s = _visible_h1s(headings, _NOT_HEADLINE_KINDS, meta.title, site, titles, host)
    if not h1s:
        # No <h1> outside the page's frame: one in a header (a "page-masthead" holding
        # the article's title) is the headline, unless it is the site's logo.
        h1s = _visible_h1s(headings, _NOT_AGREEING_KINDS, meta.title, site, titles, host)
    if len(h1s) == 1 and _word_count(h1s[0]) >= rules.MIN_VISIBLE_HEADLINE_WORDS:
        # One visible headline: what readers see wins over an SEO title in the metadata.
        return Found(_shown_headline(h1s[0], own_names, host), Source.DOM)
    if jsonld:
        return Found(strip_known_site(jsonld, names, host), Source.JSON_LD)
    if og:
        return Found(strip_known_site(og, names, host), Source.META)
    if len(h1s) == 1 and (not meta.title or _shares_words(h1s[0], meta.title)):
        # A short heading that shares no word with the <title> labels a widget or a
        # section ("Original text"), not this page.
        return Found(h1s[0], Source.DOM)
    if meta.title:
        return Found(strip_site_suffix(meta.title, site), Source.META)
    return None


def _shown_headline(heading: str, site_names: list[str], host: str) -> str:
    """A heading's text as the headline: without the site's name, and without what
    follows a bar ("Best Movers in 2025 | Top 19 Companies": an SEO title printed as
    the heading; a bar never punctuates a headline's prose, as dashes and colons do)."""
    text = strip_known_site(heading, site_names, host)
    parts = [p for p in rules.HEADING_BAR_PATTERN.split(text) if p]
    if len(parts) <= 1:
        return text
    longest = max(parts, key=len)
    return parts[0] if len(parts[0]) >= rules.MIN_FIRST_SEGMENT_SHARE * len(longest) else longest


def _visible_h1s(
    headings: _Headings,
    kinds: frozenset[str],
    title: str | None,
    site: str | None,
    titles: list[str],
    host: str,
) -> list[str]:
    """The texts of the ``<h1>`` headings outside boilerplate of ``kinds`` that are not
    the site's logo."""
    return [
        text
        for heading, text in headings("h1", kinds)
        if not _is_logo(text, title, site, titles, host) and not _has_logo_markup(heading)
    ]


def _word_count(text: str) -> int:
    """Words of ``text``; a run of CJK characters counts one word per two characters."""
    cjk = len(DENSE_SCRIPT_CHAR.findall(text))
    if not cjk:
        return len(text.split())
    return len(DENSE_SCRIPT_CHAR.sub("", text).split()) + cjk // rules.CJK_CHARS_PER_WORD


def _shares_words(text: str, other: str) -> bool:
    """``text`` and ``other`` have a word (or a CJK character) in common."""

    def words(value: str) -> set[str]:
        latin = _key(DENSE_SCRIPT_CHAR.sub(" ", value)).split()
        return set(latin) | set(DENSE_SCRIPT_CHAR.findall(value))

    return bool(words(text) & words(other))


def _has_logo_markup(heading: etree._Element) -> bool:
    """The heading, its first child or a close wrapper is marked as the site's logo/name."""
    nodes = [heading, *heading.iterchildren(*rules.LOGO_CHILD_TAGS)]
    node = heading.getparent()
    for _ in range(rules.LOGO_ANCESTOR_LEVELS):
        if node is None:
            break
        nodes.append(node)
        node = node.getparent()
    return any(rules.LOGO_PATTERN.search(class_id(n)) for n in nodes)


def _is_logo(
    heading: str, title: str | None, site: str | None, titles: list[str], host: str = ""
) -> bool:
    """An ``<h1>`` that starts with the site's name (from metadata or the <title>'s
    suffix) is the site's logo, not the article's headline; so is one that, with another
    metadata title, makes up the <title> ("Blog name: Post title")."""
    if title and _is_title_remainder(heading, title, titles):
        return True
    key = _key(heading)
    names = [site] if site else []
    if title:
        parts = [p for p in rules.TITLE_SEPARATOR_PATTERN.split(collapse_ws(title)) if p]
        if len(parts) > 1:
            names.append(parts[-1])
            if len(parts[0]) < len(parts[-1]) and key == _key(parts[0]):
                # "Blog | Post title": the blog's name, shorter, leads. A heading that
                # only starts with it goes on to be a headline ("Types of Service: ...").
                return True
    if any(_starts_with_name(key, _key(name)) for name in names):
        return True
    # The host's name written out, alone or before a separator ("Arch Linux" on
    # archlinux.org, "Tcritic – The T-Shirt Blog"); not a product of the same name
    # ("Nintendo Switch" on nintendo.com).
    first = rules.TITLE_SEPARATOR_PATTERN.split(collapse_ws(heading), maxsplit=1)[0]
    return _is_site(first, set(), host)


def _starts_with_name(key: str, name: str) -> bool:
    """``key`` starts with the whole words of ``name``."""
    return bool(name) and key.startswith(name) and key[len(name) : len(name) + 1] in ("", " ")


def _is_title_remainder(heading: str, title: str, titles: list[str]) -> bool:
    """``title`` is ``heading`` joined to one of ``titles`` (in either order)."""
    key, full = _key(heading), _key(title)
    for other in titles:
        other_key = _key(other)
        if other_key and other_key != full and full in (f"{key} {other_key}", f"{other_key} {key}"):
            return True
    return False
