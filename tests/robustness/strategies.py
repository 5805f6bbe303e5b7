"""Hypothesis strategies for hostile and realistic input to :func:`articlex.extract`.

Shared by ``test_properties.py`` and by ``benchmarks/fuzz.py --hypothesis``. Every
strategy draws a :class:`Call`: the ``html`` argument (``str`` or ``bytes``) and the
keyword arguments ``extract`` is called with.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from articlex import ExtractOptions

__all__ = [
    "FIXTURE_PAGES",
    "Call",
    "any_call",
    "binary_calls",
    "content_types",
    "html_documents",
    "mutated_page_calls",
    "options",
    "text_calls",
    "tree_calls",
    "urls",
]

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE_PAGES: tuple[Path, ...] = tuple(sorted(FIXTURES.glob("*/page.html")))


@dataclass(frozen=True)
class Call:
    """One call of ``extract``: ``extract(html, **kwargs)``."""

    html: str | bytes
    kwargs: dict[str, Any] = field(default_factory=dict)

    def __repr__(self) -> str:  # what hypothesis prints as the reproducer
        return f"Call(html={self.html!r}, kwargs={self.kwargs!r})"


# --- words, text, dates ---------------------------------------------------------------------

CLASS_WORDS = (
    "nav", "menu", "related", "comment", "comments", "share", "ad", "ads", "byline",
    "author", "date", "content", "article", "body", "post", "entry", "caption", "credit",
    "hidden", "main", "story", "text", "footer", "header", "sidebar", "promo", "tags",
    "published", "updated", "entry-content", "post-body", "article-body", "meta", "social",
    "newsletter", "breadcrumb", "teaser", "card", "headline", "title", "dateline", "vcard",
    "fn", "photo", "figure", "wp-caption-text", "author-name", "timestamp", "modified",
)  # fmt: skip

WORDS = (
    "the", "a", "of", "Minister", "said", "on", "Tuesday", "By", "Jane", "Doe", "John",
    "Smith", "and", "Reuters", "AP", "Staff", "Writer", "Published", "Updated", "Posted",
    "Von", "Par", "Por", "Publié", "le", "Veröffentlicht", "am", "公開", "更新", "作者",
    "Share", "this", "article", "Advertisement", "Read", "more", "Related", "Comments",
    "Photo:", "Credit", "Getty", "Images", "©", "Copyright", "All", "rights", "reserved",
    "Tags:", "Topics:", "Filed", "under", "WASHINGTON", "—", "|", "·", "»", "\u00a0",
    "\u200b", "\ufeff", "ago", "hours", "min", "read", "Subscribe", "Sign", "in", "Login",
)  # fmt: skip

ENTITIES = (
    "&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;", "&#x1F600;", "&#0;", "&#xD800;",
    "&#99999999;", "&bogus;", "&#x;", "&#", "&", "&mdash;", "&eacute;", "&#8217;",
    "&#x110000;", "&AElig", "&amp;amp;",
)  # fmt: skip

DATE_STRINGS = (
    "2026-01-03T22:47:12-05:00", "2026-01-03T22:47:12Z", "2026-01-03T22:47:12",
    "2026-01-03 22:47", "2026-01-03", "20260103", "2026-1-3", "2026-01-03T25:61:99+99:99",
    "2026-02-30", "0000-00-00", "9999-12-31T23:59:59+14:00", "1989-12-31", "2101-01-01",
    "1970-01-01T00:00:00Z", "January 3, 2026", "Jan. 3, 2026 10:47 p.m. ET",
    "10:47 pm EST", "3 janvier 2026", "le 30 octobre 2012", "3. Januar 2026",
    "3 de enero de 2026", "3 gennaio 2026", "2026年1月3日", "2026年1月3日 22時47分",
    "03/01/2026", "1/3/2026", "03.01.2026", "2019.03.05", "3 hours ago", "yesterday",
    "Published: March 3, 2026 | By Jane Doe", "Updated: Jan 4, 2026, 8:01 AM EST",
    "Last updated 2026-01-04", "Mis à jour le 4 janvier 2026", "Aktualisiert am 04.01.2026",
    "Tue, 03 Jan 2026 22:47:12 GMT", "2026-01-03T22:47:12.123456789+05:45",
    "2026-W01-3", "2026-003", "1735948800", "-1", "NaN", "2026-01-03T22:47:12 +0530",
    "Jan 2026", "31/31/2031", "99/99/9999", "2026-13-45", "12:00 AM CEST 3 May 2025",
)  # fmt: skip

URL_VALUES = (
    "https://example.com/2026/01/03/story-headline/", "http://news.example.org/a?b=1#c",
    "/2026/01/03/relative", "relative/path.html", "//cdn.example.net/img.jpg", "#frag",
    "http://[", "http://[::1", "https://[::1]:80/x", "http://a:99999999/", "http://%zz/",
    "javascript:alert(1)", "data:image/png;base64,AAAA", "mailto:x@example.com",
    "http://exa mple.com/ x", "", " ", "\x00", "http://ex\u00e4mple.com/ü",
    "https://example.com/tag/politics", "https://example.com/author/jane-doe",
    "img.jpg 1200w, big.jpg 2400w", "a.jpg 1x,, ,b.jpg 2x", "http://",
    "https://example.com/\ud800", "ftp://files.example.com/a.jpg", "http://a/b/../../../c",
)  # fmt: skip

ENCODINGS = (
    "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252",
    "latin-1", "shift_jis", "euc-jp", "gb18030", "big5", "koi8-r", "iso-2022-jp",
    "cp1251", "iso-8859-7", "euc-kr", "cp437", "utf-7",
)  # fmt: skip

CHARSET_LABELS = (
    *ENCODINGS, "iso-8859-1", "us-ascii", "x-sjis", "gbk", "unicode", "bogus", "",
    "utf8", "UTF-8", "base64", "zlib", "rot13", "idna", "punycode", "hex", "uu", "bz2",
    "undefined", "mbcs", "x-user-defined", "\"utf-8\"", "utf-8;", "utf-16;q=1",
)  # fmt: skip

#: Arbitrary unicode including lone surrogates and control characters.
wild_text = st.text(st.characters(blacklist_categories=()), max_size=40)

date_values = st.one_of(
    st.sampled_from(DATE_STRINGS),
    st.datetimes().map(lambda d: d.isoformat()),
    st.dates().map(lambda d: d.strftime("%d %B %Y")),
    st.dates().map(lambda d: d.strftime("%m/%d/%Y")),
    st.dates().map(lambda d: d.strftime("%Y/%m/%d")),
)

text_pieces = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(ENTITIES),
    date_values,
    wild_text,
    st.text(max_size=30),
    st.sampled_from(("\n", "\r\n", "\t", "  ", "<", ">", "]]>", "<!--", "-->", "\x00")),
)
texts = st.lists(text_pieces, max_size=8).map(" ".join)
#: A sentence long enough to look like running text.
prose = st.lists(st.sampled_from(WORDS), min_size=8, max_size=40).map(" ".join)

urls = st.one_of(st.none(), st.sampled_from(URL_VALUES), wild_text)
attr_urls = st.one_of(st.sampled_from(URL_VALUES), wild_text)

content_types = st.one_of(
    st.none(),
    st.just("text/html"),
    st.sampled_from(CHARSET_LABELS).map(lambda c: f"text/html; charset={c}"),
    st.sampled_from(("application/xhtml+xml", "image/png", "text/plain", "", ";;;", "charset=")),
    wild_text,
)

options = st.one_of(
    st.none(),
    st.builds(
        ExtractOptions,
        explain=st.booleans(),
        include_tables=st.booleans(),
        include_figures=st.booleans(),
        jsonld_fallback=st.booleans(),
        max_input_size=st.one_of(st.just(64 * 1024 * 1024), st.integers(1, 4096)),
        max_depth=st.integers(16, 512),
    ),
)


def _kwargs(
    url: str | None, content_type: str | None, opts: ExtractOptions | None
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    if url is not None:
        kwargs["url"] = url
    if content_type is not None:
        kwargs["content_type"] = content_type
    if opts is not None:
        kwargs["options"] = opts
    return kwargs


call_kwargs = st.builds(_kwargs, urls, content_types, options)


# --- JSON-LD --------------------------------------------------------------------------------

JSONLD_KEYS = (
    "@context", "@type", "@graph", "@id", "headline", "name", "author", "creator",
    "datePublished", "dateModified", "dateCreated", "uploadDate", "articleBody",
    "keywords", "articleSection", "image", "url", "itemListElement", "publisher",
    "description", "inLanguage", "givenName", "familyName", "mainEntityOfPage", "item",
    "position", "caption", "thumbnailUrl", "isAccessibleForFree",
)  # fmt: skip
JSONLD_TYPES = (
    "NewsArticle", "Article", "BlogPosting", "Person", "Organization", "BreadcrumbList",
    "ListItem", "WebPage", "ImageObject", "VideoObject", "Comment", "LiveBlogPosting",
)  # fmt: skip

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.sampled_from(JSONLD_TYPES),
    date_values,
    attr_urls,
    texts,
    prose,
    st.sampled_from(("Jane \ud800 Doe", "\udc80", "A\x00B", "\u2028", "\ufeffX")),
)
json_values: st.SearchStrategy[Any] = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(JSONLD_KEYS) | st.text(max_size=5), inner, max_size=6),
    ),
    max_leaves=25,
)
json_articles = st.fixed_dictionaries(
    {"@type": st.sampled_from(JSONLD_TYPES) | st.lists(st.sampled_from(JSONLD_TYPES), max_size=3)},
    optional={key: json_values for key in JSONLD_KEYS if key != "@type"},
)


@st.composite
def jsonld_texts(draw: st.DrawFn) -> str:
    value = draw(st.one_of(json_articles, json_values, st.lists(json_articles, max_size=3)))
    text = json.dumps(value, ensure_ascii=draw(st.booleans()))
    breakage = draw(st.sampled_from(("none", "none", "truncate", "comma", "junk", "deep")))
    if breakage == "truncate" and text:
        text = text[: draw(st.integers(0, len(text)))]
    elif breakage == "comma":
        text = text.replace("}", ",}").replace("]", ",]")
    elif breakage == "junk":
        text = text + draw(st.sampled_from(("}", "]]", "</script>", "\x00", "NaN", "//")))
    elif breakage == "deep":
        depth = draw(st.integers(100, 3000))
        text = "[" * depth + text + "]" * draw(st.integers(0, depth))
    return text


# --- HTML trees -----------------------------------------------------------------------------

BODY_TAGS = (
    "div", "article", "section", "p", "p", "p", "h1", "h2", "h3", "h4", "h5", "h6", "a",
    "img", "figure", "figcaption", "ul", "ol", "li", "table", "thead", "tr", "td", "th",
    "caption", "blockquote", "pre", "code", "time", "span", "br", "nav", "aside", "footer",
    "header", "form", "iframe", "svg", "main", "b", "i", "em", "strong", "q", "small",
    "picture", "source", "abbr", "address", "hr", "noscript", "template", "button", "input",
    "select", "option", "textarea", "video", "dl", "dt", "dd", "sup", "math", "object",
    "fb:like", "o:p", "amp-img", "my-widget",
)  # fmt: skip
VOID_TAGS = frozenset({"img", "br", "hr", "source", "input", "meta", "link"})
ATTR_NAMES = (
    "class", "class", "id", "itemprop", "itemscope", "itemtype", "rel", "href", "src",
    "srcset", "data-src", "data-lazy-src", "datetime", "width", "height", "alt", "title",
    "content", "style", "hidden", "aria-hidden", "lang", "role", "property", "name", "value",
    "onclick", "pubdate", "type", "@click", ":class", "v-on:click", "(click)", "[hidden]",
    "*ngIf", "xmlns:og", "xml:lang", "\u26a1", "data-\u00e9",
)  # fmt: skip
ITEMPROPS = (
    "author", "creator", "name", "datePublished", "dateModified", "articleBody", "headline",
    "image", "keywords", "articleSection", "description", "url",
)  # fmt: skip

class_values = st.lists(
    st.one_of(
        st.sampled_from(CLASS_WORDS),
        st.tuples(st.sampled_from(CLASS_WORDS), st.sampled_from(CLASS_WORDS)).map("-".join),
        st.tuples(st.sampled_from(CLASS_WORDS), st.sampled_from(CLASS_WORDS)).map("_".join),
    ),
    max_size=4,
).map(" ".join)


def _attr_value(name: str) -> st.SearchStrategy[str]:
    if name in ("class", "id"):
        return class_values
    if name in ("href", "src", "srcset", "data-src", "data-lazy-src", "content"):
        return st.one_of(attr_urls, texts)
    if name in ("datetime", "title"):
        return st.one_of(date_values, texts)
    if name in ("width", "height"):
        return st.sampled_from(("1", "10", "49", "50", "600", "100%", "-5", "99999999999", "x"))
    if name == "itemprop":
        return st.sampled_from(ITEMPROPS)
    if name == "rel":
        return st.sampled_from(("author", "tag", "category", "canonical", "bookmark", "nofollow"))
    if name == "lang":
        return st.sampled_from(("en", "en-US", "de", "fr", "ja", "zh-Hans", "x", "", "ü"))
    return texts


@st.composite
def attributes(draw: st.DrawFn) -> dict[str, str]:
    names = draw(st.lists(st.sampled_from(ATTR_NAMES), max_size=4, unique=True))
    return {name: draw(_attr_value(name)) for name in names}


@dataclass(frozen=True)
class Element:
    """A node of a generated tree; serialised by :func:`serialise`."""

    tag: str
    attrs: dict[str, str]
    children: tuple[Element | str, ...]
    close: bool = True  # False: the end tag is left out (malformed but common HTML)


def _attr_text(name: str, value: str) -> str:
    quoted = value.replace("&", "&amp;").replace('"', "&quot;")
    return f' {name}="{quoted}"'


def serialise(node: Element | str, raw_text: bool = False) -> str:
    """HTML source of ``node``. Text is written raw (entities and stray ``<`` included)
    when ``raw_text`` says so, else escaped."""
    if isinstance(node, str):
        if raw_text:
            return node
        return node.replace("&", "&amp;").replace("<", "&lt;")
    if node.tag == DEEP:  # written without recursion: it is thousands of levels deep
        tag, depth = node.attrs["tag"], int(node.attrs["depth"])
        inner = "".join(serialise(child, raw_text) for child in node.children)
        end = f"</{tag}>" * depth if node.close else ""
        return f"<{tag}>" * depth + inner + end
    attrs = "".join(_attr_text(k, v) for k, v in node.attrs.items())
    if node.tag in VOID_TAGS:
        return f"<{node.tag}{attrs}>"
    inner = "".join(serialise(child, raw_text) for child in node.children)
    end = f"</{node.tag}>" if node.close else ""
    return f"<{node.tag}{attrs}>{inner}{end}"


def _leaf() -> st.SearchStrategy[Element | str]:
    return st.one_of(
        texts,
        prose,
        st.builds(Element, st.sampled_from(("img", "br", "hr")), attributes(), st.just(())),
    )


def _extend(children: st.SearchStrategy[Element | str]) -> st.SearchStrategy[Element | str]:
    return st.builds(
        Element,
        st.sampled_from(BODY_TAGS),
        attributes(),
        st.lists(children, max_size=5).map(tuple),
        st.booleans() | st.just(True),
    )


body_nodes: st.SearchStrategy[Element | str] = st.recursive(_leaf(), _extend, max_leaves=30)


#: Pseudo-tag of a chain of one element nested ``depth`` times (see :func:`serialise`).
DEEP = "#deep"


@st.composite
def deep_nests(draw: st.DrawFn) -> Element:
    """A chain of one tag nested hundreds or thousands of times around a paragraph."""
    tag = draw(st.sampled_from(("div", "span", "b", "blockquote", "section", "li", "td", "a")))
    depth = draw(st.integers(200, 3000))
    paragraph = Element("p", {}, (draw(prose),))
    return Element(DEEP, {"tag": tag, "depth": str(depth)}, (paragraph,), draw(st.booleans()))


META_KEYS = (
    "og:title", "og:type", "og:image", "og:site_name", "og:description", "og:url",
    "og:locale", "article:published_time", "article:modified_time", "article:author",
    "article:tag", "article:section", "author", "keywords", "news_keywords", "description",
    "date", "pubdate", "parsely-pub-date", "dc.date", "dc.creator", "byl",
    "citation_author", "twitter:title", "sailthru.date", "content-language",
)  # fmt: skip


@st.composite
def head_elements(draw: st.DrawFn) -> tuple[Element, ...]:
    items: list[Element] = []
    for _ in range(draw(st.integers(0, 8))):
        kind = draw(st.sampled_from(("meta", "meta", "meta", "title", "ldjson", "link", "charset")))
        if kind == "meta":
            attr = draw(st.sampled_from(("property", "name", "itemprop", "http-equiv")))
            key = draw(st.sampled_from(META_KEYS) | texts)
            value = draw(
                st.one_of(date_values, texts, prose, attr_urls, st.sampled_from(("article",)))
            )
            value_attr = draw(st.sampled_from(("content", "content", "value")))
            items.append(Element("meta", {attr: key, value_attr: value}, ()))
        elif kind == "title":
            items.append(Element("title", {}, (draw(st.one_of(texts, prose)),)))
        elif kind == "ldjson":
            script_type = draw(
                st.sampled_from(("application/ld+json", "application/ld+json ", "text/javascript"))
            )
            items.append(Element("script", {"type": script_type}, (draw(jsonld_texts()),)))
        elif kind == "link":
            rel = draw(st.sampled_from(("canonical", "amphtml", "author", "image_src")))
            items.append(Element("link", {"rel": rel, "href": draw(attr_urls)}, ()))
        else:
            items.append(Element("meta", {"charset": draw(st.sampled_from(CHARSET_LABELS))}, ()))
    return tuple(items)


@st.composite
def html_documents(draw: st.DrawFn) -> str:
    """A whole document: doctype, head with metadata and JSON-LD, body of random blocks."""
    body_children = draw(st.lists(st.one_of(body_nodes, body_nodes, prose), max_size=6))
    if draw(st.integers(0, 9)) == 0:
        body_children.append(draw(deep_nests()))
    body = Element("body", draw(attributes()), tuple(body_children), close=draw(st.booleans()))
    head = Element("head", {}, draw(head_elements()), close=draw(st.booleans()))
    html_attrs = {"lang": draw(_attr_value("lang"))} if draw(st.booleans()) else {}
    root = Element("html", html_attrs, (head, body), close=draw(st.booleans()))
    raw = draw(st.booleans())
    doctype = draw(
        st.sampled_from(
            ("<!DOCTYPE html>\n", "", "<?xml version='1.0'?>", "<!doctype html SYSTEM 'x'>")
        )
    )
    text = doctype + serialise(root, raw_text=raw)
    if draw(st.integers(0, 4)) == 0:  # sometimes only a fragment of it
        text = serialise(Element("div", {}, tuple(body_children)), raw_text=raw)
    return text


@st.composite
def encoded(draw: st.DrawFn, text: str) -> tuple[bytes, str | None]:
    """``text`` as bytes in a random encoding, and a content type that may or may not
    tell the truth about it."""
    encoding = draw(st.sampled_from(ENCODINGS))
    try:
        data = text.encode(
            encoding, "surrogatepass" if encoding.startswith("utf") else "xmlcharrefreplace"
        )
    except UnicodeEncodeError:  # a lone surrogate in a codec that cannot pass it
        data = text.encode(encoding, "replace")
    label = draw(st.sampled_from((encoding, encoding, *CHARSET_LABELS)))
    content_type = draw(st.sampled_from((None, f"text/html; charset={label}", "text/html")))
    if draw(st.integers(0, 9)) == 0:
        data = gzip.compress(data, mtime=0)
    return data, content_type


@st.composite
def tree_calls(draw: st.DrawFn) -> Call:
    """A generated document, as ``str`` or encoded ``bytes``, with random arguments."""
    text = draw(html_documents())
    kwargs = draw(call_kwargs)
    if draw(st.booleans()):
        data, content_type = draw(encoded(text))
        if content_type is not None and draw(st.booleans()):
            kwargs["content_type"] = content_type
        return Call(data, kwargs)
    return Call(text, kwargs)


def text_calls() -> st.SearchStrategy[Call]:
    """Arbitrary text, surrogates and control characters included, HTML-ish or not."""
    pieces = st.one_of(
        st.text(st.characters(blacklist_categories=()), max_size=200),
        st.sampled_from(
            (
                "<p>",
                "</p>",
                "<div class='content'>",
                "<script type='application/ld+json'>",
                "</script>",
                "<!--",
                "<![CDATA[",
                "<?xml ?>",
                "<html>",
                "<meta charset='",
                "&#",
            )
        ),
    )
    return st.builds(Call, st.lists(pieces, max_size=10).map("".join), call_kwargs)


def binary_calls() -> st.SearchStrategy[Call]:
    """Arbitrary bytes, sometimes behind an HTML-looking prefix or gzip's magic number."""
    prefixes = st.sampled_from(
        (
            b"",
            b"",
            b"<html><body><p>",
            b"\x1f\x8b",
            b"\xef\xbb\xbf",
            b"\xff\xfe",
            b"\xfe\xff",
            b"\x00\x00\xfe\xff",
            b"%PDF-",
        )
    )
    data = st.builds(lambda p, b: p + b, prefixes, st.binary(max_size=2000))
    return st.builds(Call, data, call_kwargs)


# --- mutations of real pages ----------------------------------------------------------------

SNIPPETS = (
    b"<", b">", b"</div>", b"</p>", b"<p>", b"<script>", b"</script>", b"<!--", b"-->",
    b"&#", b"&#x0;", b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\x1b$B", b"<![CDATA[", b"]]>",
    b"<table><tr><td>", b"<pre>", b"<meta charset=utf-16>", b"<meta charset=bogus>",
    b"\xc3", b"\xe2\x80", b"\xed\xa0\x80", b'"', b"'", b"{", b"}", b"[", b"]", b",",
    b"<div>" * 300, b"<svg><math><foreignObject>", b"<template>", b"<noscript>",
)  # fmt: skip


@dataclass(frozen=True)
class Mutation:
    kind: str
    where: float
    payload: bytes
    length: int


mutations = st.builds(
    Mutation,
    st.sampled_from(("flip", "truncate", "insert", "delete", "duplicate")),
    st.floats(0, 1),
    st.one_of(st.sampled_from(SNIPPETS), st.binary(min_size=1, max_size=16)),
    st.integers(1, 2000),
)


def mutate(data: bytes, changes: list[Mutation]) -> bytes:
    """Apply byte flips, truncations, insertions, deletions and duplications."""
    buf = bytearray(data)
    for change in changes:
        pos = min(int(change.where * len(buf)), max(len(buf) - 1, 0))
        if change.kind == "flip" and buf:
            buf[pos] ^= change.payload[0] or 1
        elif change.kind == "truncate":
            del buf[pos:]
        elif change.kind == "insert":
            buf[pos:pos] = change.payload
        elif change.kind == "delete":
            del buf[pos : pos + change.length]
        elif change.kind == "duplicate":
            buf[pos:pos] = buf[pos : pos + change.length]
    return bytes(buf)


@st.composite
def mutated_page_calls(draw: st.DrawFn) -> Call:
    """A real test page with random byte-level damage, as bytes or decoded to ``str``."""
    page = draw(st.sampled_from(FIXTURE_PAGES))
    data = mutate(page.read_bytes(), draw(st.lists(mutations, min_size=1, max_size=6)))
    kwargs = draw(call_kwargs)
    how = draw(st.sampled_from(("bytes", "bytes", "surrogateescape", "replace")))
    if how == "bytes":
        return Call(data, kwargs)
    return Call(data.decode("utf-8", how), kwargs)


def any_call() -> st.SearchStrategy[Call]:
    """Every strategy above, for the fuzzer's hypothesis mode."""
    return st.one_of(tree_calls(), text_calls(), binary_calls(), mutated_page_calls())
