"""The public entry point: ``articlex.extract`` inputs, errors, options and the Article."""

from __future__ import annotations

import dataclasses
import io
import json
import struct
import zlib
from typing import Any

import bs4
import lxml.html
import pytest
from lxml import etree

import articlex
from articlex import (
    Article,
    ArticlexError,
    EmptyDocumentError,
    ExtractOptions,
    InputError,
    InputTooLargeError,
    NotHTMLError,
    Paragraph,
    Removal,
    Source,
    URLInputError,
    WarningCode,
)

HEADLINE = "Harbour town votes to keep its ferry running"

PARAGRAPHS = [
    "Residents of Port Calloway voted on Tuesday night to keep the island ferry running for "
    "at least another five years, ending a bitter eighteen-month dispute over who should pay "
    "for the ageing vessel.",
    "The council had proposed replacing the service with a twice-weekly charter boat, arguing "
    "that the ferry, which first sailed in 1987, now costs more to insure and repair than it "
    "earns in fares.",
    '"This boat is how my children get to school and how my mother gets to the hospital," '
    "said Ellen Marsh, a fisherman's daughter who organised the petition. \"You cannot "
    'replace that with a charter that comes when it suits."',
    "The vote passed by 412 to 139. The council will now apply for a regional transport "
    "grant, and fares will rise by fifty pence from September to cover the rest of the "
    "shortfall.",
]
BODY = "\n\n".join(PARAGRAPHS)

#: Boilerplate texts of the page: none may reach the body.
NAV_TEXT = "Weather"
SHARE_TEXT = "Share on Facebook"
NEWSLETTER_TEXT = "Get the Ledger's morning briefing in your inbox every weekday."
COMMENT_TEXT = "About time the council listened to the people who actually live on the island."
FOOTER_TEXT = "All rights reserved."

PAGE = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{HEADLINE} | The Coastal Ledger</title>
<meta property="og:title" content="{HEADLINE}">
<script>window.dataLayer = [];</script>
</head>
<body>
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">{NAV_TEXT}</a></li></ul></nav>
<main>
<article class="story">
<h1>{HEADLINE}</h1>
<div class="share-bar"><a href="https://facebook.com/sharer">{SHARE_TEXT}</a>
<a href="https://twitter.com/intent/tweet">Share on Twitter</a></div>
<div class="story-body">
<p>{PARAGRAPHS[0]}</p>
<p>{PARAGRAPHS[1]}</p>
<!-- editor: check the fare figures with the harbour master -->
<p>{PARAGRAPHS[2].replace('"', "&quot;")}</p>
<p>{PARAGRAPHS[3]}</p>
</div>
<form class="newsletter-signup" action="/subscribe"><p>{NEWSLETTER_TEXT}</p>
<input type="email" name="email"><button>Sign up</button></form>
</article>
<section id="comments" class="comments-area"><h3>2 comments</h3>
<ol class="comment-list"><li><p>{COMMENT_TEXT}</p></li>
<li><p>Fifty pence is nothing compared to losing the service altogether.</p></li></ol>
</section>
</main>
<footer class="site-footer"><p>&copy; 2024 The Coastal Ledger. {FOOTER_TEXT}</p></footer>
</body>
</html>
"""

HEADLINES = [
    "Council approves new cycle lanes on the ring road",
    "Flooding closes three schools in the valley",
    "Local bakery wins national sourdough award",
    "Police appeal for witnesses after bridge collision",
    "Hospital car park charges to rise in April",
    "Rail strike called off after late-night talks",
    "New library opens its doors after six years",
    "Farmers warn of poor harvest after wet summer",
    "Marathon raises record sum for hospice",
    "Planning row over seafront hotel goes to appeal",
    "Teenage chess prodigy qualifies for world final",
    "Water company fined over sewage spills",
    "Bus routes to be cut from next month",
    "Museum returns stolen medals to family",
    "Record numbers visit the castle this summer",
    "Fire crews tackle blaze at disused mill",
    "Town twinning group marks fiftieth year",
    "Wind farm plan divides coastal villages",
    "Primary school rated outstanding by inspectors",
    "Ferry fares frozen for another year",
]
_LINKS = "\n".join(
    f'<li><a href="/news/2024/story-{i}">{text}</a></li>' for i, text in enumerate(HEADLINES)
)
HEADLINE_LIST_PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Latest news | The Coastal Ledger</title>
</head><body>
<header><a href="/">The Coastal Ledger</a></header>
<main><h1>Latest news</h1><ul class="headlines">
{_LINKS}
</ul></main>
</body></html>
"""

JSONLD_PARAGRAPHS = [
    "The storm that hit the coast on Saturday caused more than two million pounds of "
    "damage, the council said on Monday.",
    "Repairs to the sea wall at North Beach will start next week and are expected to take "
    "until the end of the month.",
    "Residents whose homes were flooded can apply for emergency grants of up to five "
    "hundred pounds from the town hall.",
]
_JSONLD = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Storm damage bill tops two million",
    "datePublished": "2024-03-04T08:00:00Z",
    "articleBody": "\n".join(JSONLD_PARAGRAPHS),
}
JSONLD_ONLY_PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Storm damage bill tops two million</title>
<script type="application/ld+json">{json.dumps(_JSONLD)}</script>
</head><body><div id="app"></div><noscript>Please enable JavaScript.</noscript>
<script src="/static/app.js"></script></body></html>
"""


def _codes(article: Article) -> list[WarningCode]:
    return [w.code for w in article.warnings]


def _png() -> bytes:
    """A real 16x16 black PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    raw = b"".join(b"\x00" + b"\x00\x00\x00" * 16 for _ in range(16))
    header = struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


PDF = (
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
    b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n"
    b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
)


# --- the reference extraction ----------------------------------------------------------------


def test_reference_page_extracts_the_story_only() -> None:
    article = articlex.extract(PAGE.encode("utf-8"))
    assert article.headline == HEADLINE
    assert article.body == BODY
    assert article.blocks == tuple(Paragraph(p) for p in PARAGRAPHS)
    for boilerplate in (NAV_TEXT, SHARE_TEXT, NEWSLETTER_TEXT, COMMENT_TEXT, FOOTER_TEXT):
        assert boilerplate not in article.body
    assert "editor: check" not in article.body  # HTML comments are not text
    assert article.is_probably_article
    assert article.provenance["body"] is Source.DOM
    assert WarningCode.NO_MAIN_CONTENT not in _codes(article)


# --- input types ----------------------------------------------------------------------------


def _lxml_element() -> Any:
    return lxml.html.fromstring(PAGE)


def _lxml_tree() -> Any:
    return etree.parse(io.StringIO(PAGE), etree.HTMLParser())


def _soup_lxml() -> Any:
    return bs4.BeautifulSoup(PAGE, "lxml")


def _soup_builtin() -> Any:
    return bs4.BeautifulSoup(PAGE, "html.parser")


@pytest.mark.parametrize(
    "make",
    [
        lambda: PAGE.encode("utf-8"),
        lambda: bytearray(PAGE.encode("utf-8")),
        lambda: memoryview(PAGE.encode("utf-8")),
        lambda: PAGE,
        _lxml_element,
        lambda: _lxml_element().getroottree(),
        _lxml_tree,
        _soup_lxml,
        _soup_builtin,
    ],
    ids=[
        "bytes",
        "bytearray",
        "memoryview",
        "str",
        "lxml.html.fromstring",
        "lxml.html-elementtree",
        "etree.parse-elementtree",
        "soup-lxml",
        "soup-html.parser",
    ],
)
def test_every_input_type_gives_the_same_article(make: Any) -> None:
    article = articlex.extract(make(), url="https://ledger.example/news/ferry-vote")
    assert article.body == BODY
    assert article.headline == HEADLINE
    assert article.url == "https://ledger.example/news/ferry-vote"


@pytest.mark.parametrize("page", [PAGE, HEADLINE_LIST_PAGE], ids=["article", "non-article"])
@pytest.mark.parametrize("explain", [False, True])
def test_callers_lxml_tree_is_not_mutated(page: str, explain: bool) -> None:
    # The non-article page runs every retry pass, each on a fresh copy of the tree.
    root = lxml.html.fromstring(page)
    tree = root.getroottree()
    before = etree.tostring(tree, encoding="unicode")
    count = sum(1 for _ in root.iter())
    articlex.extract(root, options=ExtractOptions(explain=explain))
    articlex.extract(tree, options=ExtractOptions(explain=explain))
    assert etree.tostring(tree, encoding="unicode") == before
    assert sum(1 for _ in root.iter()) == count


@pytest.mark.parametrize("page", [PAGE, HEADLINE_LIST_PAGE], ids=["article", "non-article"])
def test_callers_soup_is_not_mutated(page: str) -> None:
    soup = bs4.BeautifulSoup(page, "lxml")
    before = str(soup)
    articlex.extract(soup, options=ExtractOptions(explain=True))
    assert str(soup) == before


@pytest.mark.parametrize("value", [123, 1.5, None, ["<p>x</p>"], {"html": "<p>x</p>"}, object()])
def test_unsupported_input_type_is_a_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="html must be"):
        articlex.extract(value)


def test_type_error_is_not_an_articlex_error() -> None:
    with pytest.raises(TypeError) as info:
        articlex.extract(123)
    assert not isinstance(info.value, ArticlexError)


# --- errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [b"", b"   \n", b"\r\n\t ", bytearray(), "", "   \n", "\t"],
    ids=["bytes", "bytes-ws", "bytes-crlf", "bytearray", "str", "str-ws", "str-tab"],
)
def test_empty_documents(value: bytes | bytearray | str) -> None:
    with pytest.raises(EmptyDocumentError):
        articlex.extract(value)


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (_png(), "PNG"),
        (PDF, "PDF"),
        (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04", "GIF"),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "ZIP"),
    ],
    ids=["png", "pdf", "gif", "zip"],
)
def test_binary_input_is_not_html(data: bytes, what: str) -> None:
    with pytest.raises(NotHTMLError, match=what):
        articlex.extract(data)


@pytest.mark.parametrize(
    "error", [EmptyDocumentError, NotHTMLError, InputTooLargeError, URLInputError, InputError]
)
def test_errors_share_one_base(error: type[Exception]) -> None:
    assert issubclass(error, ArticlexError)
    assert issubclass(error, InputError)
    assert issubclass(ArticlexError, Exception)


@pytest.mark.parametrize(
    "value", [b"", _png(), PAGE.encode("utf-8")], ids=["empty", "png", "too-large"]
)
def test_raised_errors_are_caught_by_the_base_class(value: bytes) -> None:
    with pytest.raises(ArticlexError):
        articlex.extract(value, options=ExtractOptions(max_input_size=1000))


def test_input_too_large_bytes() -> None:
    data = PAGE.encode("utf-8")
    with pytest.raises(InputTooLargeError):
        articlex.extract(data, options=ExtractOptions(max_input_size=len(data) - 1))
    # The limit itself is allowed.
    article = articlex.extract(data, options=ExtractOptions(max_input_size=len(data)))
    assert article.body == BODY


def test_input_too_large_str_counts_characters() -> None:
    page = PAGE.replace("Port Calloway", "Port Callowäy")
    assert len(page.encode("utf-8")) > len(page)
    article = articlex.extract(page, options=ExtractOptions(max_input_size=len(page)))
    assert "Port Callowäy" in article.body
    with pytest.raises(InputTooLargeError):
        articlex.extract(page, options=ExtractOptions(max_input_size=len(page) - 1))


def test_input_too_large_soup() -> None:
    with pytest.raises(InputTooLargeError):
        articlex.extract(_soup_lxml(), options=ExtractOptions(max_input_size=100))


# --- options ---------------------------------------------------------------------------------


def test_options_are_frozen() -> None:
    options = ExtractOptions()
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.explain = True  # type: ignore[misc]
    assert options.explain is False


def test_options_evolve_returns_a_changed_copy() -> None:
    options = ExtractOptions()
    changed = options.evolve(explain=True, max_input_size=10)
    assert changed is not options
    assert changed.explain is True
    assert changed.max_input_size == 10
    assert changed.include_tables is options.include_tables
    assert options.explain is False  # the original is untouched
    assert options == ExtractOptions()
    assert changed == ExtractOptions(explain=True, max_input_size=10)
    assert hash(changed) == hash(ExtractOptions(explain=True, max_input_size=10))


def test_options_evolve_rejects_unknown_fields() -> None:
    with pytest.raises(TypeError):
        ExtractOptions().evolve(no_such_option=True)


def test_explain_records_removed_boilerplate() -> None:
    article = articlex.extract(PAGE, options=ExtractOptions(explain=True))
    assert article.body == BODY  # explaining does not change the result
    assert article.removed
    assert all(isinstance(r, Removal) for r in article.removed)
    kinds = {r.kind for r in article.removed}
    assert {"navigation", "share", "comments"} <= kinds
    for removal in article.removed:
        assert removal.preview.strip()
        assert removal.reason.strip()
        assert removal.tag
    by_kind = {r.kind: r for r in article.removed}
    assert NAV_TEXT in by_kind["navigation"].preview
    assert by_kind["navigation"].tag == "nav"
    assert SHARE_TEXT in by_kind["share"].preview
    assert by_kind["comments"].preview.startswith("2 comments")
    # The newsletter form is removed and explained, whatever kind it is given.
    [form] = [r for r in article.removed if r.tag == "form"]
    assert NEWSLETTER_TEXT in form.preview
    # Previews are short: the first words, not the whole removed block.
    assert all(len(r.preview) <= 80 for r in article.removed)


def test_explain_newsletter_signup_form_is_a_newsletter() -> None:
    article = articlex.extract(PAGE, options=ExtractOptions(explain=True))
    [form] = [r for r in article.removed if r.tag == "form"]
    assert form.kind == "newsletter"
    assert "newsletter" in {r.kind for r in article.removed}


def test_without_explain_nothing_is_recorded() -> None:
    article = articlex.extract(PAGE)
    assert article.removed == ()
    assert article.body == BODY


# --- the Article value -----------------------------------------------------------------------


def test_article_is_frozen_and_hashable() -> None:
    first = articlex.extract(PAGE, url="https://ledger.example/a")
    second = articlex.extract(PAGE.encode("utf-8"), url="https://ledger.example/a")
    assert first == second
    assert hash(first) == hash(second)
    assert len({first, second}) == 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.body = "changed"  # type: ignore[misc]
    assert first.body == BODY


def test_url_is_passed_through() -> None:
    assert articlex.extract(PAGE).url is None
    url = "https://ledger.example/news/2024/05/ferry-vote?ref=home#top"
    assert articlex.extract(PAGE, url=url).url == url


def test_non_article_page() -> None:
    """A page that is a list of headlines is no article, and says so; the list is its
    main text (issue 14: users want every page's main text, told by its kind)."""
    article = articlex.extract(HEADLINE_LIST_PAGE, url="https://ledger.example/news")
    for text in HEADLINES:
        assert text in article.body
    assert "The Coastal Ledger" not in article.body
    assert article.is_probably_article is False
    assert article.page_type == "listing"
    assert WarningCode.NOT_AN_ARTICLE in _codes(article)


def test_jsonld_article_body_fallback() -> None:
    article = articlex.extract(JSONLD_ONLY_PAGE)
    assert article.body == "\n\n".join(JSONLD_PARAGRAPHS)
    assert article.blocks == tuple(Paragraph(p) for p in JSONLD_PARAGRAPHS)
    codes = _codes(article)
    assert WarningCode.JSONLD_BODY_FALLBACK in codes
    assert WarningCode.NO_MAIN_CONTENT not in codes
    assert "jsonld-body-fallback" in {str(c) for c in codes}
    assert article.provenance["body"] is Source.JSON_LD
    assert article.headline == "Storm damage bill tops two million"
    assert article.is_probably_article
    assert "enable JavaScript" not in article.body


def test_jsonld_fallback_can_be_switched_off() -> None:
    article = articlex.extract(JSONLD_ONLY_PAGE, options=ExtractOptions(jsonld_fallback=False))
    assert article.body == ""
    assert WarningCode.JSONLD_BODY_FALLBACK not in _codes(article)
    assert WarningCode.NO_MAIN_CONTENT in _codes(article)
    assert not article.is_probably_article


def test_jsonld_fallback_not_used_when_the_html_has_the_body() -> None:
    page = PAGE.replace(
        "</head>", f'<script type="application/ld+json">{json.dumps(_JSONLD)}</script></head>'
    )
    article = articlex.extract(page)
    assert article.body == BODY
    assert WarningCode.JSONLD_BODY_FALLBACK not in _codes(article)
    assert article.provenance["body"] is Source.DOM


JA_PARAGRAPHS = [
    "京都地方気象台は二十日、京都市で桜が開花したと発表しました。平年より五日早く、"
    "昨年より二日遅い開花となりました。",
    "気象台の職員が午前十時ごろ、標本木に五つ以上の花が咲いているのを確認しました。"
    "満開は来週の半ばになる見込みです。",
    "市内の観光地では、朝早くから多くの人が訪れ、写真を撮ったり散歩を楽しんだりして"
    "いました。嵐山の茶店の店主は「今年は人出が多くなりそうで楽しみです」と話していました。",
]
JA_PAGE = (
    '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">'
    "<title>京都で桜の開花を発表、平年より五日早く</title></head><body><article>"
    "<h1>京都で桜の開花を発表、平年より五日早く</h1>"
    + "".join(f"<p>{p}</p>" for p in JA_PARAGRAPHS)
    + "</article></body></html>"
)


def test_short_cjk_article_is_an_article() -> None:
    # ~190 characters, but as much text as ~500 characters of English: not a listing.
    article = articlex.extract(JA_PAGE.encode("utf-8"))
    assert article.body == "\n\n".join(JA_PARAGRAPHS)  # the body itself is right
    assert WarningCode.NO_MAIN_CONTENT not in _codes(article)
    assert article.is_probably_article
