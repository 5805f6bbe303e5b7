"""Bad, hostile and huge inputs, each with what ``extract`` must do with it.

One table serves both ``tests/robustness/test_bad_input.py`` (each case a test) and
``benchmarks/robustness.py`` (every case timed, violations counted), so the benchmark
measures exactly what the tests assert. Inputs are built lazily: some are tens of MB.

The contract checked for every case: ``extract`` returns an :class:`articlex.Article`
whose outputs (``to_dict``, ``to_json``, ``to_markdown``, ``to_html``) all work, or raises
an :class:`articlex.ArticlexError` subclass; never anything else. On top of it, a case
may expect a specific error, text the body must keep, text that must appear nowhere, and
warning codes.
"""

from __future__ import annotations

import codecs
import gzip
import json
import random
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import articlex
from articlex import Article, ArticlexError, ExtractOptions, WarningCode

Expect = Literal["article", "error", "either"]

#: A paragraph of ordinary article prose (long enough to be a body on its own).
PROSE = (
    "The council met on Tuesday evening and voted on the budget for next year, after a "
    "debate that lasted well past midnight. Several members asked for more money for "
    "schools and roads, and the mayor promised a review of the spending plan in spring."
)
RUSSIAN = (
    "Городской совет собрался во вторник вечером и проголосовал за бюджет на следующий "
    "год после долгих споров. Несколько депутатов попросили больше денег для школ."
)
JAPANESE = (
    "市議会は火曜日の夜に会合を開き、長い議論の末に来年度の予算案を可決した。"
    "複数の議員が学校と道路への予算の増額を求め、市長は春に支出計画を見直すと約束した。"
)
CHINESE = (
    "市议会周二晚上召开会议，经过长时间辩论后通过了明年的预算。"
    "几位议员要求为学校和道路增加拨款，市长承诺在春季审查支出计划。"
)
KOREAN = "시의회는 화요일 저녁에 회의를 열고 긴 토론 끝에 내년 예산안을 통과시켰다. " * 2
GERMAN = "Der Stadtrat in Zürich stimmte am Dienstag über den Haushalt des Jahres ab. " * 3


@dataclass(frozen=True)
class Case:
    """One input and what ``extract`` must make of it."""

    name: str
    family: str  # markup, binary, encoding, size, hostile, options
    make: Callable[[], object]  # builds the input (bytes, str...) when the case runs
    expect: Expect = "article"
    error: type[ArticlexError] | None = None  # the error class expected, if any
    contains: tuple[str, ...] = ()  # text the body must contain
    absent: tuple[str, ...] = ()  # text that must appear nowhere in the Article's JSON
    warnings: tuple[WarningCode, ...] = ()  # warning codes that must be present
    content_type: str | None = None
    options: ExtractOptions | None = None
    heavy: bool = False  # builds tens of MB or a million elements


@dataclass(frozen=True)
class Outcome:
    """What ``extract`` did with a case: an Article, or the exception it raised."""

    article: Article | None
    exception: BaseException | None
    input_size: int
    seconds: float  # time spent in ``extract`` alone (not building the input)


def page(body: str, head: str = "<title>Council votes on the budget</title>") -> str:
    """A small, well-formed article page around ``body``."""
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>Council votes on the budget</h1>{body}</article>"
        "<footer>© 2026 The Town Herald</footer></body></html>"
    )


def encoded(text: str, codec: str, declare: str | None) -> Callable[[], bytes]:
    """A page of ``text`` paragraphs encoded with ``codec``, declaring ``declare``."""

    def make() -> bytes:
        meta = f"<meta charset='{declare}'>" if declare else ""
        html = (
            f"<html><head>{meta}<title>Budget</title></head><body><article>"
            f"<p>{text}</p><p>{text}</p><p>{text}</p></article></body></html>"
        )
        return html.encode(codec)

    return make


def _big_page(megabytes: int) -> bytes:
    """A page of ``megabytes`` MB: sections of prose inside one article."""
    section = "<section><h2>Part</h2>" + f"<p>{PROSE}</p>" * 10 + "</section>\n"
    count = megabytes * 1024 * 1024 // len(section)
    return page(section * count).encode()


def _deep(depth: int, inner: str, tag: str = "div") -> str:
    return f"<{tag}>" * depth + inner + f"</{tag}>" * depth


def _gzip_bomb() -> bytes:
    """200 MB of zeros in a ~200 KB gzip stream, above the default 64 MB input cap."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = b"\0" * (1024 * 1024)
    parts = [compressor.compress(chunk) for _ in range(200)]
    return b"".join(parts) + compressor.flush()


_BILLION_LAUGHS = (
    "<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'>"
    + "".join(
        f"<!ENTITY lol{i} '{('&lol' + str(i - 1) + ';') * 10 if i > 1 else '&lol;' * 10}'>"
        for i in range(1, 10)
    )
    + "]>"
)

#: Text of ``/etc/passwd`` that an XML external entity would pull in.
PASSWD_MARKER = "root:x:0:0"

CASES: tuple[Case, ...] = (
    # --- markup that is barely a page -------------------------------------------------
    Case("empty-bytes", "markup", lambda: b"", "error", articlex.EmptyDocumentError),
    Case("empty-str", "markup", lambda: "", "error", articlex.EmptyDocumentError),
    Case("whitespace-only", "markup", lambda: " \n\t\r\n  ", "error", articlex.EmptyDocumentError),
    Case(
        "bom-and-whitespace",
        "markup",
        lambda: codecs.BOM_UTF8 + b"  \n ",
        "error",
        articlex.EmptyDocumentError,
    ),
    Case("lone-lt", "markup", lambda: "<", warnings=(WarningCode.NO_MAIN_CONTENT,)),
    Case("lone-lt-bytes", "markup", lambda: b"<", warnings=(WarningCode.NO_MAIN_CONTENT,)),
    Case("lone-gt-amp", "markup", lambda: ">&", warnings=(WarningCode.NO_MAIN_CONTENT,)),
    Case("comment-only", "markup", lambda: "<!-- nothing here -->", "either"),
    Case("doctype-only", "markup", lambda: "<!DOCTYPE html>", "either"),
    Case(
        "text-without-markup",
        "markup",
        lambda: f"{PROSE}\n\n{PROSE}\n\n{PROSE}",
        contains=(PROSE[:80],),
    ),
    Case(
        "unclosed-tags",
        "markup",
        lambda: f"<html><body><article><div><p>{PROSE}<p>{PROSE}<div><span>{PROSE}",
        contains=(PROSE[:80],),
    ),
    Case(
        "script-and-style-only",
        "markup",
        lambda: (
            "<html><head><style>body { color: red }</style></head><body>"
            "<script>document.write('hello world '.repeat(100));</script>"
            "<noscript>Please enable JavaScript.</noscript></body></html>"
        ),
        absent=("document.write", "color: red"),
        warnings=(WarningCode.NO_MAIN_CONTENT,),
    ),
    Case(
        "frameset",
        "markup",
        lambda: (
            "<html><head><title>Frames</title></head><frameset cols='50%,50%'>"
            "<frame src='menu.html'><frame src='story.html'></frameset></html>"
        ),
        warnings=(WarningCode.NO_MAIN_CONTENT,),
    ),
    Case(
        "xhtml-with-xml-declaration",
        "markup",
        lambda: (
            "<?xml version='1.0' encoding='ISO-8859-1'?>\n<!DOCTYPE html PUBLIC "
            "'-//W3C//DTD XHTML 1.0 Strict//EN' "
            "'http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd'>\n"
            "<html xmlns='http://www.w3.org/1999/xhtml'><head><title>Café</title></head>"
            f"<body><article><p>Café au lait. {PROSE}</p><p>{PROSE}</p></article></body></html>"
        ).encode("latin-1"),
        contains=("Café au lait.",),
    ),
    Case(
        "svg-document",
        "markup",
        lambda: (
            "<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg' width='10'>"
            "<text>Hello</text><script>alert(1)</script></svg>"
        ),
        "error",
        articlex.NotHTMLError,
    ),
    Case(
        "rss-feed",
        "markup",
        (
            "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
            f"<title>Feed</title><item><title>One</title><description>{PROSE}"
            "</description></item></channel></rss>"
        ).encode,
        "error",
        articlex.NotHTMLError,
    ),
    Case(
        "atom-feed",
        "markup",
        lambda: (
            "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>F</title>"
            f"<entry><title>One</title><content>{PROSE}</content></entry></feed>"
        ),
        "error",
        articlex.NotHTMLError,
    ),
    Case(
        "fragment-starting-with-inline-svg",
        "markup",
        lambda: f"<svg class='icon'><path d='M0 0'/></svg><h1>Budget</h1><p>{PROSE}</p>",
        contains=(PROSE[:80],),
    ),
    # --- binary data ------------------------------------------------------------------
    Case(
        "png",
        "binary",
        lambda: b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)) * 4,
        "error",
        articlex.NotHTMLError,
    ),
    Case(
        "pdf",
        "binary",
        lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj\n" * 20,
        "error",
        articlex.NotHTMLError,
    ),
    Case(
        "jpeg",
        "binary",
        lambda: b"\xff\xd8\xff\xe0\0\x10JFIF" + bytes(2000),
        "error",
        articlex.NotHTMLError,
    ),
    Case(
        "gzip-html",
        "binary",
        lambda: gzip.compress(page(f"<p>{PROSE}</p>" * 3).encode()),
        contains=(PROSE[:80],),
        warnings=(WarningCode.DECOMPRESSED,),
    ),
    Case(
        "gzip-truncated",
        "binary",
        lambda: gzip.compress(page(f"<p>{PROSE}</p>" * 20).encode())[:-50],
        contains=(PROSE[:80],),
        warnings=(WarningCode.DECOMPRESSED,),
    ),
    Case(
        "gzip-corrupt",
        "binary",
        lambda: b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"not deflate data" * 10,
        "error",
        articlex.NotHTMLError,
    ),
    Case("gzip-bomb", "binary", _gzip_bomb, "error", articlex.InputTooLargeError),
    Case("random-bytes", "binary", lambda: random.Random(20261124).randbytes(100_000), "either"),
    Case("nul-bytes", "binary", lambda: b"\0" * 4096, "error", articlex.NotHTMLError),
    Case(
        "nul-bytes-inside-a-page",
        "binary",
        lambda: page(f"<p>{PROSE}</p>\0<p>After the NUL. {PROSE}</p>\0").encode(),
        contains=("After the NUL.",),
    ),
    # --- encodings --------------------------------------------------------------------
    Case(
        "utf-16-le-with-bom",
        "encoding",
        lambda: codecs.BOM_UTF16_LE + page(f"<p>{RUSSIAN}</p>" * 2).encode("utf-16-le"),
        contains=(RUSSIAN[:60],),
    ),
    Case(
        "utf-16-be-with-bom",
        "encoding",
        lambda: codecs.BOM_UTF16_BE + page(f"<p>{RUSSIAN}</p>" * 2).encode("utf-16-be"),
        contains=(RUSSIAN[:60],),
    ),
    Case(
        "utf-16-le-without-bom",
        "encoding",
        lambda: page(f"<p>{RUSSIAN}</p>" * 2).encode("utf-16-le"),
        contains=(RUSSIAN[:60],),
    ),
    Case(
        "utf-16-be-without-bom",
        "encoding",
        lambda: page(f"<p>{JAPANESE}</p>" * 2).encode("utf-16-be"),
        contains=(JAPANESE[:30],),
    ),
    Case(
        "utf-32-with-bom",
        "encoding",
        lambda: codecs.BOM_UTF32_LE + page(f"<p>{CHINESE}</p>" * 2).encode("utf-32-le"),
        contains=(CHINESE[:30],),
    ),
    Case(
        "shift-jis-declared",
        "encoding",
        encoded(JAPANESE, "shift_jis", "shift_jis"),
        contains=(JAPANESE[:30],),
    ),
    Case(
        "shift-jis-undeclared",
        "encoding",
        encoded(JAPANESE, "shift_jis", None),
        contains=(JAPANESE[:30],),
    ),
    Case(
        "gb18030-declared",
        "encoding",
        encoded(CHINESE, "gb18030", "gb2312"),
        contains=(CHINESE[:30],),
    ),
    Case(
        "gb18030-undeclared",
        "encoding",
        encoded(CHINESE, "gb18030", None),
        contains=(CHINESE[:30],),
    ),
    Case("koi8-r", "encoding", encoded(RUSSIAN, "koi8-r", None), contains=(RUSSIAN[:60],)),
    Case(
        "windows-1251-declared",
        "encoding",
        encoded(RUSSIAN, "cp1251", "windows-1251"),
        contains=(RUSSIAN[:60],),
    ),
    Case("euc-kr", "encoding", encoded(KOREAN, "euc-kr", "euc-kr"), contains=(KOREAN[:30],)),
    Case(
        "declared-utf-8-written-in-windows-1251",
        "encoding",
        encoded(RUSSIAN, "cp1251", "utf-8"),
        contains=(RUSSIAN[:60],),
    ),
    Case(
        "declared-latin-1-written-in-utf-8",
        "encoding",
        encoded(GERMAN, "utf-8", "iso-8859-1"),
        contains=("Stadtrat in Zürich",),
    ),
    Case(
        "declared-utf-8-written-in-windows-1252",
        "encoding",
        encoded(GERMAN, "cp1252", "utf-8"),
        contains=("Stadtrat in Zürich",),
    ),
    Case(
        "content-type-beats-a-wrong-meta-charset",
        "encoding",
        encoded(RUSSIAN, "cp1251", "iso-8859-1"),
        content_type="text/html; charset=windows-1251",
        contains=(RUSSIAN[:60],),
    ),
    Case(
        "mixed-utf-8-and-windows-1252",
        "encoding",
        lambda: page(f"<p>{GERMAN}</p>").encode("utf-8").replace(b"<p>", b"<p>\x93Quoted\x94 ", 1),
        contains=("Stadtrat in Zürich", "“Quoted”"),
    ),
    Case(
        "unknown-charset-label",
        "encoding",
        encoded(GERMAN, "utf-8", "x-no-such-charset"),
        contains=("Stadtrat in Zürich",),
    ),
    Case(
        "lone-surrogates-in-str",
        "encoding",
        lambda: page(f"<p>{PROSE}\ud800</p><p>\udfff{PROSE}</p>"),
        contains=(PROSE[:80], "\ufffd"),
        absent=("\\ud800", "\\udfff"),
    ),
    # --- size and shape ---------------------------------------------------------------
    Case("page-of-50-mb", "size", lambda: _big_page(50), contains=(PROSE[:80],), heavy=True),
    Case(
        "nesting-10000-deep-before-the-article",
        "size",
        lambda: page(f"<aside>{_deep(10_000, 'ad')}</aside><p>{PROSE}</p><p>{PROSE}</p>"),
        contains=(PROSE[:80],),
        warnings=(WarningCode.DEEP_NESTING,),
    ),
    Case(
        "text-10000-deep",
        "size",
        lambda: page(_deep(10_000, f"<p>{PROSE} Deep down.</p>" * 3)),
        contains=("Deep down.",),
        warnings=(WarningCode.DEEP_NESTING,),
    ),
    Case(
        "inline-nesting-100000-deep",
        "size",
        lambda: page(f"<p>{_deep(100_000, PROSE, 'span')}</p>"),
        contains=(PROSE[:80],),
        warnings=(WarningCode.DEEP_NESTING,),
    ),
    Case(
        "one-million-siblings",
        "size",
        lambda: page("<div>" + "<p>x</p>" * 1_000_000 + f"</div><p>{PROSE}</p>"),
        contains=(PROSE[:80],),
        heavy=True,
    ),
    Case(
        "explained-100000-ad-siblings",
        "size",
        lambda: page(f"<p>{PROSE}</p>" * 3 + '<div class="ad-slot">Buy now</div>' * 100_000),
        contains=(PROSE[:80],),  # the removals listed (explain) hold "Buy now" 100,000 times
        options=ExtractOptions(explain=True),
    ),
    Case(
        "text-node-of-10-mb",
        "size",
        lambda: page(f"<p>{PROSE} " + "word " * 2_100_000 + "</p>"),
        contains=(PROSE[:80], "word word word"),
    ),
    Case(
        "attribute-of-1-mb",
        "size",
        lambda: page(f"<p class='{'a' * 1_000_000}' title='{'b' * 1_000_000}'>{PROSE}</p>" * 2),
        contains=(PROSE[:80],),
    ),
    Case(
        "ten-thousand-attributes",
        "size",
        lambda: page("<p " + " ".join(f"data-a{i}='{i}'" for i in range(10_000)) + f">{PROSE}</p>"),
        contains=(PROSE[:80],),
    ),
    Case(
        "word-of-5-mb-without-spaces",
        "size",
        lambda: page(f"<p>{PROSE}</p><p>{'x' * 5_000_000}</p>"),
        contains=(PROSE[:80],),
    ),
    Case(
        "json-ld-nested-100000-deep",
        "size",
        lambda: page(
            f"<p>{PROSE}</p>",
            "<script type='application/ld+json'>"
            + '{"@type":"NewsArticle","author":' * 1000
            + '"x"'
            + "}" * 1000
            + "</script><script type='application/ld+json'>"
            + "[" * 100_000
            + "]" * 100_000
            + "</script>",
        ),
        contains=(PROSE[:80],),
    ),
    # --- hostile markup ---------------------------------------------------------------
    Case(
        "billion-laughs",
        "hostile",
        lambda: _BILLION_LAUGHS + page(f"<p>&lol9; {PROSE}</p><p>{PROSE}</p>"),
        contains=(PROSE[:80],),
        absent=("lollollol",),
    ),
    Case(
        "billion-laughs-bytes",
        "hostile",
        (_BILLION_LAUGHS + page(f"<p>&lol9; {PROSE}</p><p>{PROSE}</p>")).encode,
        contains=(PROSE[:80],),
        absent=("lollollol",),
    ),
    Case(
        "external-entity-file",
        "hostile",
        lambda: (
            "<?xml version='1.0'?><!DOCTYPE html [<!ENTITY xxe SYSTEM 'file:///etc/passwd'>]>"
            + page(f"<p>&xxe; {PROSE}</p><p>{PROSE}</p>")
        ),
        contains=(PROSE[:80],),
        absent=(PASSWD_MARKER,),
    ),
    Case(
        "external-parameter-entity",
        "hostile",
        lambda: (
            "<!DOCTYPE html [<!ENTITY % ext SYSTEM 'file:///etc/passwd'> %ext;]>"
            + page(f"<p>{PROSE}</p><p>{PROSE}</p>")
        ),
        contains=(PROSE[:80],),
        absent=(PASSWD_MARKER,),
    ),
    Case(
        "xinclude",
        "hostile",
        lambda: page(
            "<p xmlns:xi='http://www.w3.org/2001/XInclude'>"
            f"<xi:include href='file:///etc/passwd' parse='text'/>{PROSE}</p><p>{PROSE}</p>"
        ),
        contains=(PROSE[:80],),
        absent=(PASSWD_MARKER,),
    ),
    Case(
        "external-dtd",
        "hostile",
        ("<!DOCTYPE html SYSTEM 'file:///etc/passwd'>" + page(f"<p>{PROSE}</p>" * 2)).encode,
        contains=(PROSE[:80],),
        absent=(PASSWD_MARKER,),
    ),
    # --- options ----------------------------------------------------------------------
    Case(
        "above-max-input-size",
        "options",
        lambda: page(f"<p>{PROSE}</p>" * 50).encode(),
        "error",
        articlex.InputTooLargeError,
        options=ExtractOptions(max_input_size=1000),
    ),
    Case(
        "gzip-inflating-past-max-input-size",
        "options",
        lambda: gzip.compress(page(f"<p>{PROSE}</p>" * 50).encode()),
        "error",
        articlex.InputTooLargeError,
        options=ExtractOptions(max_input_size=5000),
    ),
    Case(
        "shallow-max-depth",
        "options",
        lambda: page(_deep(40, f"<p>{PROSE}</p>" * 2)),
        contains=(PROSE[:80],),
        warnings=(WarningCode.DEEP_NESTING,),
        options=ExtractOptions(max_depth=16),
    ),
)


def run_case(case: Case) -> Outcome:
    """Extract ``case``'s input; an exception is returned, not raised."""
    html = case.make()
    size = len(html) if isinstance(html, (bytes, str)) else 0
    start = time.perf_counter()
    try:
        article = articlex.extract(html, content_type=case.content_type, options=case.options)
    except Exception as exc:  # the caller judges which exceptions are allowed
        return Outcome(None, exc, size, time.perf_counter() - start)
    return Outcome(article, None, size, time.perf_counter() - start)


def violations(case: Case, outcome: Outcome) -> list[str]:
    """Every way ``outcome`` breaks the contract or the case's expectations."""
    problems: list[str] = []
    exc = outcome.exception
    if exc is not None:
        if not isinstance(exc, ArticlexError):
            problems.append(f"contract: raised {type(exc).__name__}: {exc}")
        elif case.expect == "article":
            problems.append(f"expected an Article, got {type(exc).__name__}: {exc}")
        elif case.error is not None and not isinstance(exc, case.error):
            problems.append(f"expected {case.error.__name__}, got {type(exc).__name__}")
        return problems
    article = outcome.article
    assert article is not None
    if case.expect == "error":
        name = case.error.__name__ if case.error else "an error"
        return [f"expected {name}, got an Article"]
    problems += _output_problems(article)
    for text in case.contains:
        if text not in article.body:
            problems.append(f"body lacks {text[:40]!r}")
    everything = json.dumps(article.to_dict(), ensure_ascii=True) + article.to_json()
    for text in case.absent:
        if text in everything or text in article.body:
            problems.append(f"article holds {text[:40]!r}")
    codes = {w.code for w in article.warnings}
    for code in case.warnings:
        if code not in codes:
            problems.append(f"no {code.value} warning (has {sorted(c.value for c in codes)})")
    return problems


def _output_problems(article: Article) -> list[str]:
    """The contract on a returned Article: every output method works."""
    problems: list[str] = []
    for method in ("to_dict", "to_json", "to_markdown", "to_html"):
        try:
            getattr(article, method)()
        except Exception as exc:  # any failure here breaks the contract
            problems.append(f"contract: {method}() raised {type(exc).__name__}: {exc}")
    if not isinstance(article.body, str):
        problems.append("contract: body is not a str")
    return problems
