"""Every page of the shared sets gives one Article, whatever form it is passed in.

The forms: the page's ``bytes`` (the reference), a ``str``, an lxml element
(``lxml.html.document_fromstring``) and its ``ElementTree``, the tree of an XML parser for
pages that are well-formed XML (XHTML, mostly in its namespace), and BeautifulSoup objects
of both builders (``html.parser`` and ``lxml``).

"The same page" is the same characters. The ``str`` is the page's bytes decoded as
articlex decodes them (:func:`articlex._decode.decode_bytes`: BOM, ``<meta charset>``,
detection), and the trees and soups are made from that ``str``, as a user who has the
page's text makes them. For a page in a legacy encoding (windows-1252, Shift_JIS,
GB18030...) ``bytes.decode("utf-8", errors="replace")`` would be another page, with
U+FFFD where its letters were, and lxml or BeautifulSoup given the bytes may guess another
encoding than articlex: a different text gives, rightly, a different Article.

Checking every form of every page Article for Article would take minutes more of CI,
mostly building soups. So, in one pass over the pages:

1. every page: the tree articlex parses from the ``str`` and from the lxml element is the
   bytes' tree, exactly (names, attributes in order, text, tails). Extraction reads nothing
   of the input but that tree (and, for its retries, a fresh copy of it), so equal trees
   give equal Articles;
2. a deterministic sample (one page in :data:`SAMPLE_EVERY` of each set): the whole
   Article of the ``str`` and the lxml element is compared with the bytes' Article, and
   the ElementTree's tree with the bytes' tree; one page in :data:`SOUP_SAMPLE_EVERY`, the
   Article of both soups;
3. every well-formed XML page whose attribute values an XML parser keeps as written (see
   ``_LOSSY_ATTRIBUTE``): the XML parser's tree gives the bytes' Article. Its tree is not
   the bytes' tree to the letter: lxml writes namespace declarations before the other
   attributes, and an XML parser keeps no text after the root element.

A soup's tree is not the page's either: BeautifulSoup shortens every whitespace-only string
to ``"\n"`` or ``" "``, which articlex's body search still weighs in places. Its Articles
are counted against a ceiling (:data:`MAX_SOUP_DIFFERENCES`).

Skipped when the shared sets are not beside the repository.
"""

from __future__ import annotations

import gzip
import json
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import bs4
import lxml.html
import pytest
from lxml import etree

import articlex
from articlex._decode import decode_bytes
from articlex._options import ExtractOptions
from articlex._parse import parse_input
from tests.conftest import SHARED

DATASETS = SHARED / "datasets"
SETS = ("aeb", "webtext-dev", "modern-dev", "metadata-dev")
#: One page in this many of each set is compared Article for Article as str and lxml tree...
SAMPLE_EVERY = 4
#: ... and one in this many as BeautifulSoup objects too (building soups is slow).
SOUP_SAMPLE_EVERY = 8
#: Warnings about decoding bytes, which only the bytes form goes through: a str, a tree or
#: a soup was decoded by the caller, so its Article cannot carry them. The one exclusion.
BYTES_ONLY_WARNINGS = frozenset({"encoding-guessed", "encoding-errors"})
#: Soup-sampled pages whose soup's Article differs from the bytes' one, at most, per
#: builder: when set, html.parser 18 and lxml 5 of the 586 (before text was read as a
#: browser shows it, 55 and 43). BeautifulSoup shortens every whitespace-only string to
#: ``"\n"`` or ``" "``; the paragraphs no longer depend on it, but the body search still
#: weighs a paragraph's length with its inner whitespace (collapsing it there cost
#: modern-dev 0.0012 F1 when tried: four listing and forum pages). html.parser also
#: reads broken markup its own way (``&sect=`` in an attribute read as "§=") and
#: BeautifulSoup keeps, of a repeated attribute, the last.
MAX_SOUP_DIFFERENCES = {"html.parser": 20, "lxml": 7}
#: A start tag with an attribute value an XML parser does not keep as it is written: a named
#: entity but XML's five (dropped by a parser that does not read the DTD), a tab or a line
#: break (turned into a space: XML's attribute-value normalisation).
_LOSSY_ATTRIBUTE = re.compile(
    rb"""=\s*(?:"[^"<>]*(?:&(?!(?:amp|lt|gt|quot|apos);)[A-Za-z]\w*;|[\t\n\r])"""
    rb"""|'[^'<>]*(?:&(?!(?:amp|lt|gt|quot|apos);)[A-Za-z]\w*;|[\t\n\r]))"""
)
_START_TAG = re.compile(rb"<[A-Za-z][^<>]*>")

pytestmark = pytest.mark.skipif(
    not all((DATASETS / name).is_dir() for name in SETS), reason="shared datasets not available"
)


@dataclass(frozen=True)
class Page:
    name: str  # set/id
    html: bytes
    url: str | None
    sampled: bool  # in the sample of str and lxml Articles
    soup_sampled: bool  # in the sample of soup Articles


def _pages() -> Iterator[Page]:
    for name in SETS:
        folder = DATASETS / name
        if name == "aeb":
            truth = json.loads((folder / "ground-truth.json").read_text("utf-8"))
            records = [
                {"id": key, "file": f"html/{key}.html.gz", "url": value.get("url") or None}
                for key, value in sorted(truth.items())
            ]
        else:
            with open(folder / "gold.jsonl", encoding="utf-8") as lines:
                records = [json.loads(line) for line in lines]
        for index, record in enumerate(records):
            data = (folder / record["file"]).read_bytes()
            if record["file"].endswith(".gz"):
                data = gzip.decompress(data)
            yield Page(
                f"{name}/{record['id']}",
                data,
                record.get("url"),
                sampled=index % SAMPLE_EVERY == 0,
                soup_sampled=index % SOUP_SAMPLE_EVERY == 0,
            )


def _tree_key(root: etree._Element) -> list[tuple[Any, ...]]:
    """Everything extraction reads of a tree, in document order."""
    return [(e.tag, tuple(e.attrib.items()), e.text, e.tail) for e in root.iter()]


def _document(text: str) -> etree._Element:
    """``lxml.html.document_fromstring`` of the page's text (lxml refuses a ``str`` with
    an XML declaration naming an encoding: its UTF-8 bytes, then, told they are UTF-8)."""
    try:
        return lxml.html.document_fromstring(text)
    except ValueError:
        utf8 = lxml.html.HTMLParser(encoding="utf-8")
        return lxml.html.document_fromstring(text.encode("utf-8", "replace"), parser=utf8)


def _xml_tree(data: bytes) -> etree._Element | None:
    """The page as an XML parser reads it (CDATA sections kept, entities left as references,
    as without its DTD they must be), or None when it is not well-formed XML."""
    parser = etree.XMLParser(
        resolve_entities=False, strip_cdata=False, no_network=True, huge_tree=True
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return None
    return root if root is not None and isinstance(root.tag, str) else None


def _article(html: Any, page: Page) -> dict[str, Any]:
    data = articlex.extract(html, url=page.url).to_dict()
    if isinstance(html, bytes):  # another form showing them would be a difference
        data["warnings"] = [w for w in data["warnings"] if w["code"] not in BYTES_ONLY_WARNINGS]
    return data


@dataclass
class Parity:
    """What one pass over the shared sets found: the pages where a form differs."""

    pages: int = 0
    sampled: int = 0
    soup_sampled: int = 0
    xml_pages: int = 0  # well-formed XML, compared Article for Article
    xml_lossy: int = 0  # well-formed XML, but the XML parser's tree lost some of the page
    trees: list[str] = field(default_factory=list)  # "page (form)" whose tree differs
    articles: list[str] = field(default_factory=list)  # "page (form): fields" that differ
    soups: dict[str, list[str]] = field(default_factory=lambda: {"html.parser": [], "lxml": []})


@pytest.fixture(scope="module")
def parity() -> Parity:
    """One pass over every page (the forms of a page share its decoding and its Article)."""
    found = Parity()
    with warnings.catch_warnings():
        # html.parser warns of XHTML pages that they are XML: parsing them is the point.
        warnings.simplefilter("ignore", bs4.XMLParsedAsHTMLWarning)
        for page in _pages():
            _check_page(page, found)
    return found


def _check_page(page: Page, found: Parity) -> None:
    """Compare the forms of one page with its bytes, into ``found``."""
    options = ExtractOptions()
    found.pages += 1
    try:
        reference = parse_input(page.html, None, options)
    except articlex.ArticlexError:  # not a page (no element at all): nothing to compare
        return
    text = decode_bytes(page.html).text
    element = _document(text)
    forms: dict[str, Any] = {"str": text, "lxml element": element}
    if page.sampled:
        forms["lxml ElementTree"] = element.getroottree()  # element's path after getroot
    expected_tree = _tree_key(reference.root)
    for form, html in forms.items():
        if _tree_key(parse_input(html, None, options).root) != expected_tree:
            found.trees.append(f"{page.name} ({form})")
    xml_root = _xml_tree(page.html)
    if xml_root is not None:
        found.xml_pages += 1
        if any(map(_LOSSY_ATTRIBUTE.search, _START_TAG.findall(page.html))):
            found.xml_lossy += 1
            xml_root = None
    if not page.sampled and xml_root is None:
        return
    expected = _article(page.html, page)
    if xml_root is not None:
        _compare(found, page, expected, "XML tree", xml_root)
    if page.sampled:
        found.sampled += 1
        _compare(found, page, expected, "str", text)
        _compare(found, page, expected, "lxml element", element)
    if page.soup_sampled:
        found.soup_sampled += 1
        for builder, pages in found.soups.items():
            if expected != _article(bs4.BeautifulSoup(text, builder), page):
                pages.append(page.name)


def _compare(found: Parity, page: Page, expected: dict[str, Any], form: str, html: Any) -> None:
    got = _article(html, page)
    fields = [key for key in expected if expected[key] != got.get(key)]
    if fields:
        found.articles.append(f"{page.name} ({form}): {', '.join(fields)}")


def test_the_str_and_lxml_trees_of_every_page_are_the_bytes_tree(parity: Parity) -> None:
    assert parity.pages > 4_000, parity.pages
    assert not parity.trees, parity.trees


def test_sampled_pages_and_xhtml_trees_give_the_bytes_article(parity: Parity) -> None:
    assert parity.sampled > 1_000, parity.sampled
    # XHTML (115 pages in its namespace) and other well-formed pages, read by an XML parser.
    assert parity.xml_pages > 150, parity.xml_pages
    assert parity.xml_lossy < parity.xml_pages / 3, parity.xml_lossy
    assert not parity.articles, parity.articles


@pytest.mark.parametrize("builder", ["html.parser", "lxml"])
def test_soups_of_sampled_pages_give_the_bytes_article_but_for_lost_whitespace(
    parity: Parity, builder: str
) -> None:
    assert parity.soup_sampled > 500, parity.soup_sampled
    differing = parity.soups[builder]
    assert len(differing) <= MAX_SOUP_DIFFERENCES[builder], (len(differing), differing)
