"""Whatever a page holds, the HTML and Markdown articlex emits carry nothing executable.

Pages built from the known XSS vector families go through ``articlex.extract``, each vector
placed in the article body and in the metadata (``og:title``, ``og:image``, JSON-LD
headline, author and image, ``figcaption``, ``img src``/``srcset``, ``a href``...). The
``to_html()`` output is parsed twice (``html.parser`` and ``lxml.html``, which must see the
same elements: no parser differential) and every element and attribute is checked against
the allow-list below, derived from what ``articlex._render`` writes; every URL must have a
safe scheme. ``to_markdown()`` is scanned the way a CommonMark renderer reads it: outside
code fences there is no raw HTML and no link, and image URLs are safe once the renderer has
decoded their backslash escapes and character references.

Decision on ``data:`` URLs: only base64 raster images (``data:image/png|jpeg|gif|webp|avif``)
and only as an image source. ``data:image/svg+xml`` is an SVG document that can carry
script and handlers, ``data:text/html`` a whole document: both are refused.
"""

from __future__ import annotations

import html
import json
import re
import string
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import unquote

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import articlex
from articlex import (
    Article,
    Block,
    Code,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    Table,
)
from articlex._render import HTML_ATTRIBUTES, HTML_TAGS

# --- what safe output is -----------------------------------------------------------------------

#: Every element the renderer writes (read from ``articlex._render``); anything else fails.
ALLOWED_TAGS = frozenset({
    "article", "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "em", "small",
    "a", "strong", "sub", "sup",
    "ul", "ol", "li", "blockquote", "pre", "code",
    "table", "caption", "tr", "th", "td", "figure", "figcaption", "img",
})  # fmt: skip
#: The attributes each element may carry; elements not listed carry none.
ALLOWED_ATTRIBUTES: dict[str, frozenset[str]] = {
    "img": frozenset({"src", "alt"}),
    "a": frozenset({"href"}),
}
VOID_TAGS = frozenset({"br", "img"})
#: Attributes whose value is (or holds) a URL, in any HTML or SVG element.
URL_ATTRIBUTES = frozenset({
    "href", "src", "srcset", "cite", "action", "formaction", "poster", "background",
    "data", "codebase", "longdesc", "lowsrc", "dynsrc", "ping", "manifest", "usemap",
    "icon", "xlink:href", "xml:base", "srcdoc", "content",
})  # fmt: skip
#: Schemes a link may use; an image may use the first two, or a raster data URL.
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
IMAGE_SCHEMES = frozenset({"http", "https"})
RASTER_DATA = re.compile(r"data:image/(?:png|jpeg|gif|webp|avif);base64,[a-z0-9+/]*=*", re.I)

_C0_AND_SPACE = "".join(chr(c) for c in range(0x21))


def _decoded_forms(url: str) -> set[str]:
    """``url`` and everything character-reference or percent decoding makes of it."""
    forms = {url}
    todo = [url]
    while todo:
        form = todo.pop()
        for decoded in (html.unescape(form), unquote(form)):
            if decoded not in forms:
                forms.add(decoded)
                todo.append(decoded)
    return forms


def url_is_safe(url: str, *, image: bool) -> bool:
    """Whether every reading of ``url`` (browser-stripped, entity/percent decoded) is
    relative or uses an allowed scheme."""
    for form in _decoded_forms(url):
        cleaned = re.sub(r"[\t\n\r]", "", form.strip(_C0_AND_SPACE))
        if re.search(r"[\x00-\x1f\x7f]", cleaned):
            return False
        scheme = re.match(r"([^/?#\\]*?):", cleaned)
        if scheme is None:
            continue  # relative
        name = scheme.group(1).lower()
        if name in (IMAGE_SCHEMES if image else LINK_SCHEMES):
            continue
        if image and RASTER_DATA.fullmatch(cleaned):
            continue
        return False
    return True


class _StrictParser(HTMLParser):
    """Records elements and text; notes anything a well-formed, inert fragment lacks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self.problems: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if len({name for name, _ in attrs}) != len(attrs):
            self.problems.append(f"duplicate attribute in <{tag}>")
        self.elements.append((tag, {name: value or "" for name, value in attrs}))
        if tag not in VOID_TAGS:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.problems.append(f"self-closing <{tag}/>")
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open.pop() != tag:
            self.problems.append(f"misnested </{tag}>")

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_comment(self, data: str) -> None:
        self.problems.append(f"comment <!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self.problems.append(f"declaration <!{decl}>")

    def handle_pi(self, data: str) -> None:
        self.problems.append(f"processing instruction <?{data}>")

    def unknown_decl(self, data: str) -> None:
        self.problems.append(f"marked section <![{data}]>")


def check_html(out: str) -> lxml.html.HtmlElement:
    """Assert ``out`` is one well-formed ``<article>`` of allowed, inert markup; return it."""
    # The HTML input stream's preprocessing (CR and CRLF are LF; a browser reads NUL as
    # U+FFFD, and lxml refuses NUL in a str), so that both parsers read the same text.
    out = out.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "\ufffd")
    parser = _StrictParser()
    parser.feed(out)
    parser.close()
    assert parser.problems == []
    assert parser.open == [], f"unclosed elements {parser.open}"
    root = lxml.html.fragment_fromstring(out)
    assert root.tag == "article"
    elements = list(root.iter())
    assert all(isinstance(el.tag, str) for el in elements), "comment or PI in the output"
    # Both parsers see the same tree: nothing hides in a parser differential.
    assert [(el.tag, dict(el.attrib)) for el in elements] == parser.elements
    for tag, attributes in parser.elements:
        assert tag in ALLOWED_TAGS, f"<{tag}> is not on the allow-list"
        assert set(attributes) <= ALLOWED_ATTRIBUTES.get(tag, frozenset()), (tag, attributes)
        for name, value in attributes.items():
            assert not name.startswith("on") and name != "style", name
            if name == "srcset":
                urls = [c.split()[0] for c in value.split(",") if c.split()]
            elif name in URL_ATTRIBUTES:
                urls = [value]
            else:
                continue
            image = (tag, name) in {("img", "src"), ("img", "srcset")}
            assert all(url_is_safe(u, image=image) for u in urls), (tag, name, value)
    lowered = out.lower()
    for needle in ("<script", "<iframe", "<object", "<embed", "<form", "<svg", "<style", "<!--"):
        assert needle not in lowered
    return root


_LINE_END = re.compile(r"\r\n|\r|\n")
_FENCE_OPEN = re.compile(r" {0,3}(`{3,}|~{3,})(.*)")
_PUNCT = frozenset(string.punctuation)
_IMAGE = re.compile(r"!\[((?:\\.|[^\\\[\]])*)\]\(((?:\\.|[^\\\s()<>])*)\)")
#: A link as articlex writes one (with ``include_links``): text, then a URL in parentheses.
_LINK = re.compile(r"\[((?:\\.|[^\\\[\]])*)\]\(((?:\\.|[^\\\s()<>])*)\)")
#: The raw HTML articlex writes in Markdown itself (sub- and superscripts).
_OWN_HTML = re.compile(r"</?su[bp]>")


#: A backslash escape or a character reference, as CommonMark decodes them in one pass.
_MD_ESCAPE_OR_ENTITY = re.compile(
    r"\\([!-/:-@\[-`{-~])|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]*);"
)


def _md_unescape(text: str) -> str:
    return _MD_ESCAPE_OR_ENTITY.sub(lambda m: m.group(1) or html.unescape(m.group()), text)


def _check_md_inline(line: str, links: bool = False) -> list[str]:
    """Scan one non-code line: no raw HTML, no link (but, with ``links``, well-formed links
    to safe URLs and articlex's own sub/sup tags), only well-formed, safe images."""
    images: list[str] = []
    i = 0
    while i < len(line):
        char = line[i]
        if char == "\\" and i + 1 < len(line) and line[i + 1] in _PUNCT:
            i += 2
            continue
        if links and char == "[":
            match = _LINK.match(line, i)
            assert match, f"broken link syntax in {line!r}"
            images += _check_md_inline(match.group(1), links)
            url = _md_unescape(match.group(2))
            assert url_is_safe(url, image=False), f"unsafe link URL {url!r}"
            i = match.end()
            continue
        if links and (own := _OWN_HTML.match(line, i)):
            i = own.end()
            continue
        if line.startswith("![", i):
            match = _IMAGE.match(line, i)
            assert match, f"broken image syntax in {line!r}"
            _check_md_inline(match.group(1), links)
            url = _md_unescape(match.group(2))
            assert url_is_safe(url, image=True), f"unsafe image URL {url!r}"
            images.append(url)
            i = match.end()
            continue
        assert char not in "<[]", f"unescaped {char!r} (raw HTML or link) in {line!r}"
        i += 1
    return images


def check_markdown(md: str, links: bool = False) -> list[str]:
    """Assert a CommonMark renderer finds no raw HTML and no link outside code fences, and
    only safe image URLs; return the image URLs."""
    images: list[str] = []
    fence: str | None = None
    for line in _LINE_END.split(md):
        if fence is not None:
            closing = rf" {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*"
            if re.fullmatch(closing, line):
                fence = None
            continue
        opened = _FENCE_OPEN.fullmatch(line)
        if opened and not (opened.group(1)[0] == "`" and "`" in opened.group(2)):
            fence = opened.group(1)
            continue
        images += _check_md_inline(line, links)
    return images


# --- the vectors ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Vector:
    family: str
    source: str  # HTML source text, pasted raw into markup and attribute positions


def _vectors(family: str, *sources: str) -> list[Vector]:
    return [Vector(family, source) for source in sources]


JS_DECIMAL = "".join(f"&#{ord(c)};" for c in "javascript:")
JS_HEX = "".join(f"&#x{ord(c):X};" for c in "javascript:")
JS_PERCENT = "".join(f"%{ord(c):02X}" for c in "javascript:")

VECTORS: list[Vector] = [
    *_vectors(
        "script",
        "<script>alert(1)</script>",
        "<ScRiPt>alert(1)</sCrIpT>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        '<script src="https://evil.example/x.js"></script>',
        "<script/xss src=//evil.example/x.js></script>",
        "<svg><script>alert(1)</script></svg>",
        "<svg><script href=data:,alert(1) /></svg>",
        "<math><mtext><script>alert(1)</script></mtext></math>",
        "</script><script>alert(1)</script>",
    ),
    *_vectors(
        "event-handler",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=x ONERROR=alert(1)>",
        "<img/src='x'/onerror=alert(1)>",
        "<img src=x onerror\t=alert(1)>",
        "<body onload=alert(1)>",
        '<a onmouseover="alert(1)">hover me</a>',
        "<p onmouseover=alert(1)>hover</p>",
        "<input autofocus onfocus=alert(1)>",
        "<svg onload=alert(1)>",
        "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
        "<svg><set attributeName=onmouseover to=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<marquee onstart=alert(1)>x</marquee>",
        "<audio src=x onerror=alert(1)>",
        "<video><source onerror=alert(1)></video>",
        "<img src=x:alert(alt) onerror=eval(src) alt=0>",
    ),
    *_vectors(
        "javascript-url",
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "  javascript:alert(1)",
        "\x01\x1fjavascript:alert(1)",
        "&#1;javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "java&#9;script:alert(1)",
        "java&#x0A;script:alert(1)",
        "java&Tab;script:alert(1)",
        "java&NewLine;script:alert(1)",
        "javascript&colon;alert(1)",
        "javascript&amp;colon;alert(1)",
        f"{JS_DECIMAL}alert(1)",
        f"{JS_HEX}alert(1)",
        "&#0000106&#0000097vascript:alert(1)",
        f"{JS_PERCENT}alert(1)",
        "javascript%3Aalert(1)",
        "java\x00script:alert(1)",
        "java&#0;script:alert(1)",
        "javascript://%0Aalert(1)",
        '<a href="javascript:alert(1)">click</a>',
        '<a href=" &#14;  javascript:alert(1)">click</a>',
        '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
        '<svg><a><animate attributeName=href values="javascript:alert(1)"/><text>x</text></a>',
        '<picture><source srcset="javascript:alert(1) 2x">'
        '<img src="javascript:alert(2)"></picture>',
        "<video poster=javascript:alert(1)></video>",
    ),
    *_vectors(
        "vbscript-url",
        "vbscript:msgbox(1)",
        "VBScript:msgbox(1)",
        '<a href="vbscript:msgbox(1)">click</a>',
    ),
    *_vectors(
        "data-url",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "data:text/html,<script>alert(1)</script>",
        " DATA:text/html,<script>alert(1)</script>",
        "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+",
        "data:image/svg+xml,<svg onload=alert(1)>",
        "data:image/png;base64,iVBORw0KGgo=",
        '<a href="data:text/html,<script>alert(1)</script>">click</a>',
    ),
    *_vectors(
        "embedded-document",
        '<iframe src="javascript:alert(1)"></iframe>',
        '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
        "<iframe src=//evil.example></iframe>",
        '<object data="javascript:alert(1)"></object>',
        '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
        "<frameset onload=alert(1)>",
    ),
    *_vectors(
        "form",
        '<form action="javascript:alert(1)"><input type=submit value=go></form>',
        '<button formaction="javascript:alert(1)">go</button>',
        "<form><button formaction=javascript:alert(1)>X</button></form>",
        '<input type=image src=x formaction="javascript:alert(1)">',
        "<isindex action=javascript:alert(1) type=image>",
    ),
    *_vectors(
        "style",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<style>@import 'https://evil.example/x.css';</style>",
        '<p style="background:url(javascript:alert(1))">styled</p>',
        '<div style="width:expression(alert(1))">x</div>',
        '<span style="behavior:url(x.htc)">x</span>',
    ),
    *_vectors(
        "head-element",
        '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
        '<base href="javascript:alert(1)//">',
        '<link rel="stylesheet" href="javascript:alert(1)">',
        "<link rel=import href=//evil.example/x.html>",
    ),
    *_vectors(
        "template-noscript",
        "<template><img src=x onerror=alert(1)></template>",
        '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
        "<noscript><style></noscript><img src=x onerror=alert(1)></style></noscript>",
    ),
    *_vectors(
        "mutation-xss",
        "<svg><p><style><img src=x onerror=alert(1)></style></p></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></table></math>",
        '<noembed><img title="</noembed><img src=x onerror=alert(1)>"></noembed>',
        "<xmp><img src=x onerror=alert(1)></xmp>",
        "<textarea></textarea><img src=x onerror=alert(1)>",
        "<![CDATA[<img src=x onerror=alert(1)>]]>",
        "<!--<img src=x onerror=alert(1)>-->",
        "<!--><img src=x onerror=alert(1)>-->",
    ),
    *_vectors(
        "attribute-breaking",
        '"><img src=x onerror=alert(1)>',
        "'><script>alert(1)</script>",
        'x" onerror="alert(1)',
        "x' onerror='alert(1)",
        'https://ok.example/a.jpg" onerror="alert(1)',
        '"><svg onload=alert(1)>',
    ),
    *_vectors(
        "link-target",
        '<a href="https://evil.example/" target="_blank">tabnab</a>',
        '<a href="//evil.example/" target=_top>away</a>',
    ),
]

PARAGRAPHS = (
    "Residents of Port Calloway voted on Tuesday night to keep the island ferry running for "
    "at least another five years, ending a bitter eighteen-month dispute over who should pay.",
    "The council had proposed replacing the service with a twice-weekly charter boat, arguing "
    "that the ferry now costs more to insure and repair than it earns in fares.",
    "The vote passed by 412 to 139. The council will now apply for a regional transport "
    "grant, and fares will rise by fifty pence from September to cover the shortfall.",
)
PAGE_URL = "https://ledger.example/news/ferry-vote"


def hostile_page(v: str) -> str:
    """A news page with ``v`` pasted raw into markup positions and attribute values, and
    as a JSON-LD string value."""
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": f"Ferry vote {v}",
            "description": v,
            "image": [v, {"@type": "ImageObject", "url": v, "caption": v}],
            "author": [{"@type": "Person", "name": f"Ellen Marsh {v}", "url": v}],
            "publisher": {"@type": "Organization", "name": v, "logo": {"url": v}},
            "keywords": [v],
        }
    )
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Ferry vote {v} | The Ledger</title>
<meta property="og:title" content="Ferry vote {v}">
<meta property="og:image" content="{v}">
<meta property="og:url" content="{v}">
<meta property="og:site_name" content="{v}">
<meta name="description" content="{v}">
<meta name="author" content="Ellen Marsh {v}">
<meta name="keywords" content="ferry, {v}">
<link rel="canonical" href="{v}">
<script type="application/ld+json">{ld}</script>
</head><body>
<article>
<h1>Ferry vote {v}</h1>
<p class="byline">By <a rel="author" href="{v}">Ellen Marsh {v}</a></p>
<p>{PARAGRAPHS[0]}</p>
{v}
<p>{PARAGRAPHS[1]} <a href="{v}">{v}</a> <img src="{v}" alt="{v}"></p>
<figure><img src="{v}" srcset="{v} 800w, {v} 1600w" alt="Ferry {v}">
<figcaption>The ferry at dawn {v} Photo: Jane Doe {v}</figcaption></figure>
<figure><picture><source srcset="{v} 2x"><img data-src="{v}" alt="x"></picture></figure>
<h2>What next {v}</h2>
<ul><li>A transport grant {v}</li><li>Higher fares</li></ul>
<blockquote cite="{v}"><p>This boat is how my children get to school. {v}</p></blockquote>
<table><tr><th>Year</th><th>Passengers</th></tr><tr><td>2023 {v}</td><td>39,850</td></tr></table>
<pre>fare = base * 1.05 {v}</pre>
<p>{PARAGRAPHS[2]}</p>
<p class="tags"><a rel="tag" href="{v}">{v}</a></p>
</article>
</body></html>"""


def _vector_params() -> list[object]:
    return [
        pytest.param(v.source, page_url, id=f"{v.family}-{i}-{'url' if page_url else 'nourl'}")
        for i, v in enumerate(VECTORS)
        for page_url in (PAGE_URL, None)
    ]


@pytest.mark.parametrize(("vector", "page_url"), _vector_params())
def test_extracted_article_renders_safe_html_and_markdown(
    vector: str, page_url: str | None
) -> None:
    article = articlex.extract(hostile_page(vector), url=page_url)
    # The extraction did run: the article's own text is there, so the checks below are
    # about a real rendering and not about an empty one.
    assert PARAGRAPHS[0] in article.body
    root = check_html(article.to_html())
    assert PARAGRAPHS[0] in root.text_content()
    check_markdown(article.to_markdown())


@pytest.mark.parametrize(("vector", "page_url"), _vector_params())
def test_links_and_formatting_render_safe_html_and_markdown(
    vector: str, page_url: str | None
) -> None:
    options = articlex.ExtractOptions(include_links=True, include_formatting=True)
    article = articlex.extract(hostile_page(vector), url=page_url, options=options)
    assert PARAGRAPHS[0] in article.body
    check_html(article.to_html())
    check_markdown(article.to_markdown(), links=True)


def test_vector_families_are_all_covered() -> None:
    families = {v.family for v in VECTORS}
    assert families == {
        "script", "event-handler", "javascript-url", "vbscript-url", "data-url",
        "embedded-document", "form", "style", "head-element", "template-noscript",
        "mutation-xss", "attribute-breaking", "link-target",
    }  # fmt: skip
    assert len(VECTORS) == len({v.source for v in VECTORS})


# --- what the page wrote as text is shown as text ----------------------------------------------

#: Page text (HTML source) and the text a reader sees.
SHOWN_TEXT = [
    ("&lt;b&gt;bold&lt;/b&gt; is a tag", "<b>bold</b> is a tag"),
    ("before &lt;/script&gt; after", "before </script> after"),
    ("before &lt;!-- not a comment --&gt; after", "before <!-- not a comment --> after"),
    ("&lt;img src=x onerror=alert(1)&gt; was posted", "<img src=x onerror=alert(1)> was posted"),
    ("quote &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;", 'quote "><script>alert(1)</script>'),
    ("amp &amp;lt; and &amp;#106; literal", "amp &lt; and &#106; literal"),
    ("link [x](javascript:alert(1)) text", "link [x](javascript:alert(1)) text"),
    ("fence ``` and ~~~ and `code`", "fence ``` and ~~~ and `code`"),
]


@pytest.mark.parametrize(("source", "shown"), SHOWN_TEXT, ids=[s for s, _ in SHOWN_TEXT])
def test_markup_written_as_text_is_escaped_not_dropped(source: str, shown: str) -> None:
    page = f"""<html><head><title>Ferry vote {source}</title></head><body><article>
<h1>Ferry vote {source}</h1><p>{PARAGRAPHS[0]}</p><p>Readers wrote: {source}</p>
<p>{PARAGRAPHS[1]}</p><pre>{source}</pre><p>{PARAGRAPHS[2]}</p></article></body></html>"""
    article = articlex.extract(page, url=PAGE_URL)
    assert f"Readers wrote: {shown}" in article.body
    root = check_html(article.to_html())
    assert root.find("h1") is not None
    assert root.find("h1").text_content() == f"Ferry vote {shown}"
    assert f"Readers wrote: {shown}" in [p.text_content() for p in root.iter("p")]
    assert shown in (root.find(".//code").text_content())
    md = article.to_markdown()
    check_markdown(md)
    assert f"Readers wrote: {shown}" in _md_unescape(md)


def test_page_text_cannot_close_the_output_or_open_a_comment() -> None:
    text = "x </article></p><!-- ]]> --> </script> <![CDATA[ y"
    article = _article(Paragraph(text), Code(text), headline=text)
    root = check_html(article.to_html())
    assert [p.text_content() for p in root.iter("p")] == [text]
    assert root.find("h1").text_content() == text
    assert root.find(".//code").text_content() == text


# --- every Article field a page controls ---------------------------------------------------------


def _article(*blocks: Block, **fields: object) -> Article:
    values: dict[str, object] = {"url": PAGE_URL, "headline": "Ferry vote", "blocks": blocks}
    values.update(fields)
    return Article(**values)  # type: ignore[arg-type]


def _every_field(text: str, url: str) -> Article:
    return _article(
        Paragraph(text),
        Heading(text, 3),
        ListBlock((text, text)),
        Quote(text),
        Table(((text, text), (text, text)), 1, caption=text),
        Code(text),
        Figure(url, caption=text, credit=text, alt=text),
        url=url,
        canonical_url=url,
        headline=text,
        authors=(text, text),
        description=text,
        site_name=text,
        lead_image=url,
        tags=(text,),
        categories=(text,),
    )


#: The vectors as a parser hands them over: attribute values and text, entities decoded.
DECODED = sorted({html.unescape(v.source) for v in VECTORS})


@pytest.mark.parametrize("value", DECODED)
def test_every_field_renders_as_text(value: str) -> None:
    article = _every_field(value, value)
    root = check_html(article.to_html())
    shown = value.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "\ufffd")
    for tag in ("h1", "h3", "li", "th", "td", "caption", "code", "figcaption"):
        element = root.find(f".//{tag}")
        assert element is not None, tag
        assert element.text_content().startswith(shown), tag
    check_markdown(article.to_markdown())


#: Image URLs that must be dropped: every scheme obfuscation, as a parser decodes it.
UNSAFE_IMAGE_URLS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " \x01javascript:alert(1)",
    "\x00javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "java\x00script:alert(1)",
    "javascript&colon;alert(1)",
    "javascript&amp;colon;alert(1)",
    f"{JS_DECIMAL}alert(1)",
    f"{JS_HEX}alert(1)",
    f"{JS_PERCENT}alert(1)",
    "javascript%3Aalert(1)",
    "vbscript:msgbox(1)",
    "livescript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+",
    "data:image/svg+xml,<svg onload=alert(1)>",
    "data:image/png,<svg onload=alert(1)>",
    "file:///etc/passwd",
    "&amp;amp;amp;amp;amp;javascript:alert(1)",
    "%25252525252525" + JS_PERCENT + "alert(1)",
    "a.jpg\x0bx",
]
#: Image URLs that must be kept exactly as they are.
SAFE_IMAGE_URLS = [
    "https://cdn.ledger.example/ferry.jpg",
    "http://cdn.ledger.example/ferry.jpg?w=800&h=600",
    "//cdn.ledger.example/ferry.jpg",
    "/img/ferry.jpg",
    "ferry.jpg",
    "https://cdn.ledger.example/a b (1).jpg",
    " \t https://cdn.ledger.example/lead.jpg\n",
    "ht\ntps://cdn.ledger.example/wrapped.jpg",
    'https://cdn.ledger.example/a.jpg" onerror="alert(1)',
    "https://cdn.ledger.example/a.jpg\n<script>alert(1)</script>",
    "https://cdn.ledger.example/a&amp;b.jpg",
    "https://cdn.ledger.example/`x`/a\\b.jpg",
    "data:image/png;base64,iVBORw0KGgo=",
    "data:image/jpeg;base64,/9j/4AAQSkZJRg==",
    "DATA:image/webp;base64,UklGRg==",
]


@pytest.mark.parametrize("url", UNSAFE_IMAGE_URLS)
def test_unsafe_image_url_is_dropped(url: str) -> None:
    article = _article(Figure(url, caption="The ferry at dawn", alt="Ferry"))
    root = check_html(article.to_html())
    assert root.find(".//img") is None
    assert root.find(".//figcaption").text_content() == "The ferry at dawn"
    md = article.to_markdown()
    assert check_markdown(md) == []
    assert "*The ferry at dawn*" in md


@pytest.mark.parametrize("url", SAFE_IMAGE_URLS)
def test_safe_image_url_is_kept_and_cannot_break_out(url: str) -> None:
    article = _article(Figure(url, caption="The ferry at dawn", alt='Ferry "1" <b>'))
    root = check_html(article.to_html())
    images = list(root.iter("img"))
    assert [dict(img.attrib) for img in images] == [{"src": url, "alt": 'Ferry "1" <b>'}]
    md = article.to_markdown()
    [md_url] = check_markdown(md)
    # A Markdown renderer sees the URL a browser reads (ends stripped, tabs and newlines
    # removed), with the characters that would end it percent-encoded.
    assert unquote(md_url) == unquote(re.sub(r"[\t\n\r]", "", url.strip(_C0_AND_SPACE)))
    assert not re.search(r"[\s<>()`]", md_url)


def test_url_still_decoding_after_four_rounds_is_refused() -> None:
    # Four rounds of decoding settle a real URL; one nested deeper is refused, whatever
    # it decodes to, so that checking a URL stays linear in its length.
    deep = "https://cdn.ledger.example/a.jpg?q=" + "&amp;" + "amp;" * 4 + "x"
    shallow = "https://cdn.ledger.example/a.jpg?q=" + "&amp;" + "amp;" * 2 + "x"
    out = _article(Figure(deep, alt="deep"), Figure(shallow, alt="shallow")).to_html()
    assert [img.get("alt") for img in check_html(out).iter("img")] == ["shallow"]


def test_markdown_code_fence_cannot_be_closed_by_the_code() -> None:
    code = "x = 1\n```\n<script>alert(1)</script>\n````\n<img src=x onerror=alert(1)>"
    md = _article(Code(code)).to_markdown()
    check_markdown(md)
    fence = "`" * 5
    assert f"{fence}\n{code}\n{fence}" in md


@pytest.mark.parametrize("newline", ["\n", "\r", "\r\n"])
def test_markdown_text_cannot_open_a_tilde_fence(newline: str) -> None:
    text = f"Tildes{newline}~~~{newline}  ~~~~ and"
    blocks = (Paragraph(text), Code("~~~\n<script>alert(1)</script>"))
    md = _article(*blocks).to_markdown()
    check_markdown(md)
    assert "```\n~~~\n<script>alert(1)</script>\n```" in md


def test_renderer_allow_lists_are_inert() -> None:
    assert HTML_TAGS <= ALLOWED_TAGS
    for tag, attributes in HTML_ATTRIBUTES.items():
        assert tag in HTML_TAGS
        assert attributes <= ALLOWED_ATTRIBUTES[tag]
    # <a> is written (links, when asked for): its href is checked as every URL attribute.
    dangerous = {
        "script", "iframe", "object", "embed", "form", "input", "button", "style", "link",
        "meta", "base", "svg", "math", "template", "frame", "frameset",
    }  # fmt: skip
    assert not HTML_TAGS & dangerous


# --- properties ----------------------------------------------------------------------------------

#: Pieces that combine into markup, entities, URL schemes and Markdown syntax.
_PIECES = [
    "<", ">", "&", '"', "'", "`", "~", "[", "]", "(", ")", "!", "\\", "/", ":", ";", "=",
    "#", "-", "*", "|", " ", "\t", "\n", "\r", "\x00", "\x01", "x", "1", "script",
    "javascript", "data", "img src=x onerror=alert(1)", "&lt;", "&#x3A;", "&colon;", "&#106;",
    "%3A", "```", "~~~", "<!--", "-->", "</", "]]>", "image/png;base64,",
]  # fmt: skip
_HOSTILE = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@settings(deadline=None)
@given(text=_HOSTILE, url=_HOSTILE)
def test_any_text_and_url_render_safe(text: str, url: str) -> None:
    article = _every_field(text, url)
    check_html(article.to_html())
    check_markdown(article.to_markdown())
