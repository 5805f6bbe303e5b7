"""One page, one Article, whatever form it is passed in; the input articlex refuses (a URL)
and the JSON it reads back (the command line's record of a page).

Each test is one failure seen before the inputs were normalised: an lxml tree holding
comments or processing instructions raised an ExtractionError, a namespaced XHTML tree
gave an empty Article, a BeautifulSoup object gave other blocks than the page's bytes, a
URL was extracted as if it were a page, and ``Article.from_json`` read the command line's
output as an empty Article. tests/test_input_parity.py checks every page of the shared sets.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import bs4
import lxml.html
import pytest
from lxml import etree

import articlex
from articlex import Article, ArticlexError, InputError, URLInputError
from articlex._interfaces.cli import main

URL = "https://www.valleytribune.example/2024/05/14/river-bridge-reopens"

PARAGRAPHS = [
    "The Mill Street bridge over the Calder River reopened to traffic on Tuesday morning, "
    "eleven months after engineers closed it when a routine inspection found cracks in two "
    "of its steel girders.",
    "Crews replaced both girders and resurfaced the deck at a cost of 3.2 million dollars, "
    "about 400,000 dollars under the estimate the county approved last summer.",
    "Shop owners on the east bank said the closure had cut their weekday trade by as much "
    "as a third, as drivers from the west side took the ring road instead.",
    "The county will keep a 20-mile-an-hour limit on the bridge until the new surface has "
    "cured, which the highways department expects to take about three weeks.",
]

_CUT_BY_A_COMMENT = PARAGRAPHS[2].split(" by ", 1)

#: A news page as a CMS writes it: conditional comments; a comment just before the date
#: heading, whose date the page has nowhere else (the dates reader looks at the node
#: before the heading for a label "Updated:": in a tree, that comment); an ad slot's
#: comments between paragraphs and one inside a sentence; a template's leftover processing
#: instruction; entities; a JSON-LD block.
COMMENTED_PAGE = f"""<!DOCTYPE html>
<!--[if lt IE 9]><html class="ie8" lang="en"><![endif]-->
<!--[if gt IE 8]><!--><html lang="en"><!--<![endif]-->
<head>
<meta charset="utf-8">
<title>River bridge reopens after eleven months &ndash; Valley Tribune</title>
<meta property="og:site_name" content="Valley Tribune">
<script type="application/ld+json">{{"@context": "https://schema.org",
 "@type": "NewsArticle", "headline": "River bridge reopens after eleven months",
 "author": {{"@type": "Person", "name": "Dana Whitfield"}}}}</script>
<!-- Google Tag Manager --><script>dataLayer = [];</script><!-- End Google Tag Manager -->
</head>
<body class="single-post">
<!-- header -->
<header class="site-header"><a href="/">Valley Tribune</a>
<nav><a href="/news">News</a> <a href="/sport">Sport</a>
<a href="/what-s-on">What&#8217;s on</a></nav>
</header>
<main id="content">
<!-- entries -->
<h2 class="date-header">May 14, 2024</h2>
<article class="post">
<h1 class="entry-title">River bridge reopens after eleven months</h1>
<p class="byline">By Dana Whitfield &middot; 14 May 2024</p>
<div class="entry-content">
<p>{PARAGRAPHS[0]}</p>
<p>{PARAGRAPHS[1].replace(" dollars", "&nbsp;dollars")}</p>
<!-- ad-slot: in-article-1 --><div class="ad" id="div-gpt-ad-1"></div><!-- /ad-slot -->
<?php echo $related_links; ?>
<p>{_CUT_BY_A_COMMENT[0]} <!-- fact-check: -->by {_CUT_BY_A_COMMENT[1]}</p>
<p>{PARAGRAPHS[3]}</p>
</div>
<div class="share"><a href="https://www.facebook.com/sharer.php">Share on Facebook</a></div>
</article>
</main>
<footer class="site-footer"><p>&copy; 2024 Valley Tribune. All rights reserved.</p></footer>
<!-- page generated in 0.21s -->
</body>
</html>
"""


def _bytes_article(page: str) -> Article:
    return articlex.extract(page.encode("utf-8"), url=URL)


# --- an lxml tree with comments and processing instructions ---------------------------------


def test_an_lxml_tree_with_comments_gives_the_pages_article() -> None:
    root = lxml.html.fromstring(COMMENTED_PAGE)
    assert any(isinstance(node, etree._Comment) for node in root.iter())
    before = etree.tostring(root.getroottree())
    article = articlex.extract(root, url=URL)
    assert article == _bytes_article(COMMENTED_PAGE)
    assert article.body == "\n\n".join(PARAGRAPHS)  # the ad slot's comments joined, not cut
    assert str(article.date_published) == "2024-05-14"
    assert articlex.extract(root.getroottree(), url=URL) == article
    assert etree.tostring(root.getroottree()) == before  # the caller's tree is untouched


def test_processing_instructions_in_an_lxml_tree_are_dropped_as_the_parser_drops_them() -> None:
    # libxml2 2.14 reads "<?php ... ?>" in HTML as a comment, older versions as a processing
    # instruction: whichever the tree holds, the Article is the page's.
    root = lxml.html.fromstring(COMMENTED_PAGE)
    content = root.find(".//div[@class='entry-content']")
    assert content is not None
    content.insert(1, etree.ProcessingInstruction("php", "the_post_thumbnail();"))
    content[1].tail = "\n"
    head = root.find("head")
    assert head is not None
    head.append(etree.ProcessingInstruction("xml-stylesheet", 'href="feed.xsl"'))
    assert articlex.extract(root, url=URL) == _bytes_article(COMMENTED_PAGE)


# --- a namespaced XHTML tree ----------------------------------------------------------------

XHTML_PAGE = f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"
  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:og="http://ogp.me/ns#" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="application/xhtml+xml; charset=utf-8" />
<title>River bridge reopens after eleven months &#8211; Valley Tribune</title>
<meta property="og:title" content="River bridge reopens after eleven months" />
<meta name="author" content="Dana Whitfield" />
<link rel="canonical" href="{URL}" />
</head>
<body>
<div id="header"><a href="/">Valley Tribune</a> <a href="/news">News</a>&nbsp;|&nbsp;<a
href="/sport">Sport</a></div>
<div id="content">
<h1>River bridge reopens after eleven months</h1>
<p class="meta">Posted on 14 May 2024 by Dana Whitfield</p>
<!-- entry -->
<div class="entry">
<p>{PARAGRAPHS[0]}</p>
<p>{PARAGRAPHS[1].replace(" dollars", "&nbsp;dollars")}</p>
<p><img src="/images/2024/05/mill-street-bridge.jpg" alt="The Mill Street bridge" /><br />
<svg xmlns="http://www.w3.org/2000/svg" width="12" height="12"><circle r="6" /></svg>
The Mill Street bridge on Tuesday.</p>
<p>{PARAGRAPHS[2]}</p>
<p>{PARAGRAPHS[3]}</p>
</div>
</div>
<div id="footer"><p>&copy; 2024 Valley Tribune</p></div>
</body>
</html>
"""


@pytest.mark.parametrize(
    "parse",
    [
        lambda data: etree.fromstring(data, etree.XMLParser(resolve_entities=False)),
        lambda data: etree.parse(io.BytesIO(data), etree.XMLParser(resolve_entities=False)),
        lambda data: etree.fromstring(data, lxml.html.XHTMLParser(resolve_entities=False)),
    ],
    ids=["etree.fromstring", "etree.parse", "lxml.html.XHTMLParser"],
)
def test_a_namespaced_xhtml_tree_gives_the_pages_article(parse: Any) -> None:
    data = XHTML_PAGE.encode("utf-8")
    tree = parse(data)
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    assert root.tag == "{http://www.w3.org/1999/xhtml}html"
    assert next(root.iter(etree.Entity), None) is not None  # &nbsp; and &copy; unresolved
    before = etree.tostring(root)
    article = articlex.extract(tree, url=URL)
    assert article == articlex.extract(data, url=URL)
    assert article.headline == "River bridge reopens after eleven months"
    assert PARAGRAPHS[0] in article.body
    assert "3.2 million dollars" in article.body  # &nbsp; read as a space, not dropped
    assert etree.tostring(root) == before


# --- a BeautifulSoup object -----------------------------------------------------------------

#: A figure whose image has ``<source>`` elements before it in a ``<picture>``. HTML says
#: ``<source>`` has no end tag; libxml2 (articlex's parser) does not know it, and reads the
#: ``<img>`` inside it. ``str(soup)`` wrote ``<source/>``, which libxml2 closes at once: the
#: soup's figure was not the bytes' one.
PICTURE_PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>River bridge reopens after eleven months</title></head>
<body><main><article>
<h1>River bridge reopens after eleven months</h1>
<p>{PARAGRAPHS[0]}</p>
<figure class="wp-block-image"><picture>
<source media="(min-width: 1024px)" srcset="/uploads/2024/05/bridge-1600.webp" type="image/webp">
<source srcset="/uploads/2024/05/bridge-800.webp" type="image/webp">
<img src="/uploads/2024/05/bridge-800.jpg" alt="The Mill Street bridge" width="800" height="450">
</picture>
<figcaption>The Mill Street bridge on Tuesday.
<span class="credit">Photo: Sam Ortiz</span></figcaption>
</figure>
<p>{PARAGRAPHS[1]}</p>
<p>{PARAGRAPHS[2]}</p>
<iframe src="https://www.youtube.com/embed/x1y2z3" title="Video: the bridge reopens">
<p>Your browser does not show frames.</p></iframe>
<p>{PARAGRAPHS[3]}</p>
</article></main></body></html>
"""


@pytest.mark.parametrize("builder", ["html.parser", "lxml"])
def test_a_soup_gives_the_pages_article(builder: str) -> None:
    soup = bs4.BeautifulSoup(PICTURE_PAGE, builder)
    before = str(soup)
    article = articlex.extract(soup, url=URL)
    assert article == _bytes_article(PICTURE_PAGE)
    assert any(isinstance(block, articlex.Figure) for block in article.blocks)
    assert str(soup) == before


#: Documentation prose as it is often indented: a line break, then a ``<br>`` on the next
#: line after a ``<code>``.
CODE_THEN_BREAK_PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Fetch and credentials</title></head>
<body><main><article>
<h1>Fetch and credentials</h1>
<p>{PARAGRAPHS[0]}</p>
<div class="post-body">
            <p>The <code>credentials</code> enumeration determines if cookies for the
                other domain are
                <br/>sent to cross-origin requests, as XHR's <code>withCredentials</code>
                <br/>flag, but tri-valued: <code>"omit"</code> (default),
                <code>"same-origin"</code> and <code>"include"</code>.</p>
</div>
<p>{PARAGRAPHS[1]}</p>
</article></main></body></html>
"""


@pytest.mark.parametrize("builder", ["html.parser", "lxml"])
def test_a_soup_keeps_a_paragraph_with_a_br_after_code(builder: str) -> None:
    soup = bs4.BeautifulSoup(CODE_THEN_BREAK_PAGE, builder)
    assert articlex.extract(soup).blocks == _bytes_article(CODE_THEN_BREAK_PAGE).blocks


# --- a URL is not a page --------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "https://www.valleytribune.example/2024/05/14/river-bridge-reopens",
        "  https://www.valleytribune.example/search?q=bridge&page=2\n",
        b"https://www.valleytribune.example/2024/05/14/river-bridge-reopens",
        "http://例え.jp/記事/123",
    ],
    ids=["str", "str-whitespace-around", "bytes", "iri"],
)
def test_a_url_is_refused_with_a_clear_error(value: str | bytes) -> None:
    with pytest.raises(URLInputError, match="never downloads") as info:
        articlex.extract(value)
    assert isinstance(info.value, InputError) and isinstance(info.value, ArticlexError)
    assert "extract(html, url=" in str(info.value)


@pytest.mark.parametrize(
    "value",
    [
        f'<a href="{URL}">{URL}</a>',
        f"{URL} (the Tribune's story on the bridge)",
        f"<p>Read more: {URL}</p>",
    ],
    ids=["a-link", "url-and-words", "markup"],
)
def test_a_page_that_holds_a_url_is_not_refused(value: str) -> None:
    articlex.extract(value)


def test_extract_many_returns_the_url_error() -> None:
    (result,) = articlex.extract_many([URL])
    assert isinstance(result.error, URLInputError)


# --- Article.from_json reads what the command line prints ----------------------------------


def test_from_json_reads_the_command_lines_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "bridge.html"
    page.write_text(COMMENTED_PAGE, encoding="utf-8")
    assert main([str(page), "--url", URL]) == 0
    printed = capsys.readouterr().out
    article = Article.from_json(printed)
    assert article == _bytes_article(COMMENTED_PAGE)
    assert article.body  # never silently empty
    assert main([str(page), "-f", "jsonl"]) == 0  # one record per line
    (line,) = capsys.readouterr().out.splitlines()
    assert Article.from_json(line) == articlex.extract(COMMENTED_PAGE.encode("utf-8"))


def test_from_json_refuses_a_failed_pages_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "scan.html"
    page.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    assert main([str(page)]) == 1
    printed = capsys.readouterr().out
    with pytest.raises(ValueError, match=r"record of a page that failed \(NotHTMLError"):
        Article.from_json(printed)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "the dict is empty"),
        (
            {"title": "River bridge reopens", "text": "...", "tags": ["roads"]},
            "no 'body' or 'blocks'",
        ),
        ({"source": "a.html", "index": 0, "ok": True}, "no 'body' or 'blocks'"),
    ],
    ids=["empty", "another-tools-json", "record-without-article"],
)
def test_from_dict_refuses_a_dict_that_is_no_article(data: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Article.from_dict(data)


def test_from_json_refuses_an_array_of_records() -> None:
    record = {"source": "a.html", "index": 0, "ok": True, "article": Article().to_dict()}
    with pytest.raises(ValueError, match="from_dict on each record"):
        Article.from_json(json.dumps([record, record]))


def test_from_dict_still_reads_a_partial_article_dict() -> None:
    # A dict written by another version may lack fields: it loads, with their defaults.
    article = Article.from_dict({"headline": "River bridge reopens", "body": PARAGRAPHS[0]})
    assert (article.headline, article.body) == ("River bridge reopens", PARAGRAPHS[0])
