"""Stage 2, parse: any accepted input -> one lxml tree that articlex owns.

The tree returned here may be changed freely by later stages: input we parsed ourselves
is ours, and a caller's lxml tree is deep-copied first (the caller's tree is never touched).

One page gives one tree, whatever its form: every form is brought to the tree that
articlex's parser makes of the page's markup, so that bytes, ``str``, lxml trees and
BeautifulSoup objects of the same page give the same Article (tests/test_input_parity.py
checks it on every page of the shared sets).

* ``bytes`` are decoded (:mod:`articlex._decode`) and parsed; a ``str`` is parsed as it is
  (a ``<meta charset>`` in it is not obeyed: it was decoded already).
* A tree an HTML parser built (``lxml.html``, ``etree.HTMLParser``) is already that tree,
  plus the comments and processing instructions articlex's parser drops: it is copied and
  they are dropped from the copy.
* Any other tree (XHTML read by ``lxml.etree``'s XML parser, a tree built element by
  element) is written out as XML and read back by articlex's HTML parser, as the page's
  bytes would be: ``{http://www.w3.org/1999/xhtml}p`` becomes ``p``, a script's text is
  read as an HTML parser reads the XHTML page's (its ``&amp;`` kept).
* A BeautifulSoup object is written out (attributes in their order, void elements as HTML
  writes them, raw-text elements unescaped) and parsed like a ``str``.
* A ``str`` or ``bytes`` that is nothing but a URL is refused (:class:`URLInputError`):
  articlex never downloads.

Parsing is safe by construction: lxml's *HTML* parser never resolves entities from a DTD
(no "billion laughs", no external entities), and ``no_network`` keeps libxml2 from
fetching anything.

Limits. libxml2's own limits are lifted (``huge_tree``: a 10 MB text node is kept, not
silently dropped with everything after it) and replaced by articlex's, which degrade
instead of losing the page: the input size (``max_input_size``, also after gunzipping)
and the nesting depth (``max_depth``). A document nested deeper than that is rebuilt with
the deeper elements flattened into their ancestor, their text kept: libxml2 would
otherwise stop at its depth limit and drop the rest of the page, article included.
"""

from __future__ import annotations

import functools
import re
import zlib
from copy import deepcopy
from dataclasses import dataclass
from typing import Any

from lxml import etree

from articlex._decode import Decoded, decode_bytes
from articlex._errors import EmptyDocumentError, InputTooLargeError, NotHTMLError, URLInputError
from articlex._options import DEFAULT_MAX_DEPTH, ExtractOptions
from articlex._tree_repairs import repair_tree
from articlex._xml import xml_safe

__all__ = ["Parsed", "is_supported_input", "parse_input"]

#: Magic numbers of binary formats people feed to HTML tools by mistake.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
    (b"\x7fELF", "an executable"),
)

#: Root elements of XML documents that are not web pages, and what to call them.
_XML_ROOTS = {
    "rss": "an RSS feed",
    "feed": "an Atom feed",
    "rdf:rdf": "an RDF/RSS 1.0 feed",
    "svg": "an SVG image",
    "urlset": "a sitemap",
    "sitemapindex": "a sitemap index",
    "opml": "an OPML outline",
    "kml": "a KML document",
}
#: The first element of a document, past an XML declaration, doctype and comments.
_FIRST_ELEMENT = re.compile(
    r"^\ufeff?(?:\s|<\?[^>]{0,500}\?>|<!--(?:[^-]|-(?!->)){0,2000}-->"
    r"|<!DOCTYPE[^>\[]{0,500}(?:\[[^\]]{0,5000}\][^>\[]{0,500})?>)*"
    r"<([A-Za-z][\w:.-]{0,40})",
    re.DOTALL | re.IGNORECASE,
)
#: A share of control characters (other than whitespace) above which bytes are not text.
_MAX_CONTROL_SHARE = 0.1
#: Those control characters: the C0 bytes but tab, line feed, form feed, carriage return.
_CONTROL_BYTES = bytes(byte for byte in range(32) if byte not in (9, 10, 12, 13))
#: gzip's magic number: such input is decompressed (bounded by ``max_input_size``).
_GZIP_MAGIC = b"\x1f\x8b"
#: libxml2's message when a document is nested deeper than it accepts.
_DEPTH_ERROR = "Excessive depth"
#: Markup in a ``<title>`` text that shows it swallowed the page (_close_runaway_title).
_PAGE_IN_TITLE = re.compile(r"</head\b|<body\b", re.IGNORECASE)
_TITLE_START = re.compile(rb"<title\b[^>]*>", re.IGNORECASE)
#: Where the title's own text ends after the ``<title>`` tag: the end of its first line
#: holding text, or the first tag.
_FIRST_LINE_END = re.compile(rb"\s*[^\r\n<]*")
#: Lone UTF-16 surrogates, which a ``str`` may hold but UTF-8 cannot encode.
_SURROGATES = re.compile("[\ud800-\udfff]")
#: A page given as nothing but its address: a scheme, ``://``, then neither whitespace nor
#: markup (a ``str`` or ``bytes`` of a whole page always holds one or the other).
_URL_ONLY = re.compile(r"\s*[A-Za-z][A-Za-z0-9+.-]*://[^\s<>]+\s*")
_URL_ONLY_BYTES = re.compile(rb"\s*[A-Za-z][A-Za-z0-9+.-]*://[^\s<>]+\s*")
#: How much of a refused URL the error message repeats.
MAX_URL_IN_MESSAGE = 200
#: Elements whose text libxml2's HTML parser reads raw, as it is written (HTML's raw-text
#: elements): a BeautifulSoup object's text in them is written out unescaped.
RAW_TEXT_TAGS = frozenset({"script", "style", "iframe", "noembed", "noframes", "xmp", "plaintext"})


@dataclass(frozen=True)
class Parsed:
    """The parsed document, what decoding it learned, and how to get a fresh copy.

    ``source`` is what ``reparse`` rebuilds the tree from: the UTF-8 bytes articlex parsed,
    or the caller's element (copied again, see :func:`_copy_tree`). Retry passes need a
    fresh, uncleaned tree.
    """

    root: etree._Element
    decoded: Decoded | None  # its encoding and flags; the text itself is dropped
    source: bytes | etree._Element
    max_depth: int
    flattened: bool = False  # elements deeper than max_depth were flattened
    decompressed: bool = False  # the input was gzip-compressed

    def reparse(self) -> etree._Element:
        """A new, unmodified tree of the same document."""
        if isinstance(self.source, bytes):
            return _parse_utf8(self.source, self.max_depth)[0]
        return _copy_tree(self.source, self.max_depth)


def _new_parser(target: etree.ParserTarget | None = None) -> etree.HTMLParser:
    # A parser per call: lxml parser objects must not be shared between threads.
    return etree.HTMLParser(
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        recover=True,
        collect_ids=False,
        huge_tree=True,
        target=target,
    )


class _DepthCappedBuilder:
    """Parser target that builds the tree with elements deeper than ``max_depth``
    flattened: their start and end tags are dropped, their text goes to the element
    open at ``max_depth``. Python callbacks are slow, so this runs only on the rare
    document that is too deep.

    lxml's ``TreeBuilder`` is stricter than its HTML parser: it refuses control
    characters and names that are not XML names (AMP's ``<html ⚡>``, Vue's ``@click``,
    Word's ``<o:p>``). Text is made XML-safe, such attributes are dropped, and such
    elements become ``<span>``, so the rest of the page is kept."""

    def __init__(self, max_depth: int) -> None:
        self._builder = etree.TreeBuilder()
        self._depth = 0
        self._max_depth = max_depth
        self._open: list[str | None] = []  # per open element: its name in the builder

    def start(self, tag: str | bytes, attrib: dict[str | bytes, str | bytes]) -> None:
        self._depth += 1
        if self._depth > self._max_depth:
            self._open.append(None)
            return
        name = _text_of(tag)
        if not _XML_NAME.match(name):
            name = "span"
        attributes: dict[str | bytes, str | bytes] = {
            _text_of(key): xml_safe(_text_of(value))
            for key, value in attrib.items()
            if _XML_NAME.match(_text_of(key))
        }
        self._builder.start(name, attributes)
        self._open.append(name)

    def end(self, tag: str | bytes) -> None:
        self._depth -= 1
        name = self._open.pop() if self._open else None
        if name is not None:
            self._builder.end(name)

    def data(self, data: str | bytes) -> None:
        self._builder.data(xml_safe(_text_of(data)))

    def comment(self, text: str | bytes) -> None:
        """Comments are dropped, as the normal parser's ``remove_comments`` does."""

    def close(self) -> etree._Element | None:
        while self._open:  # elements still open at the end of a truncated page
            name = self._open.pop()
            if name is not None:
                self._builder.end(name)
        return self._builder.close()


#: An XML name without a namespace prefix: what ``TreeBuilder`` accepts as a tag or
#: attribute name.
_XML_NAME = re.compile(r"^[A-Za-z_][\w.-]*$")


def _text_of(value: str | bytes) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


def _deeper_than(max_depth: int) -> etree.XPath:
    """An XPath true when some element sits below ``max_depth`` levels: it visits each
    level once in C, about a tenth of the parse's time. The default depth's is compiled
    once (compiling costs half as much as running it)."""
    if max_depth == DEFAULT_MAX_DEPTH:
        return _DEEPER_THAN_DEFAULT
    return _compile_deeper_than(max_depth)


def _compile_deeper_than(max_depth: int) -> etree.XPath:
    return etree.XPath("boolean(/" + "/".join(["*"] * (max_depth + 1)) + ")")


#: ``_deeper_than(DEFAULT_MAX_DEPTH)``, compiled at import (an XPath object is immutable
#: and may be called from several threads).
_DEEPER_THAN_DEFAULT = _compile_deeper_than(DEFAULT_MAX_DEPTH)


def _reject_signatures(data: bytes) -> None:
    head = data[:256].lstrip()
    for signature, what in _BINARY_SIGNATURES:
        if head.startswith(signature):
            raise NotHTMLError(f"input is {what}, not HTML")


def _reject_xml_documents(text: str) -> None:
    """A feed, sitemap or SVG file is XML, not a page: say so rather than return its
    markup as an "article". Only a whole document counts (it ends with the root's end
    tag): a fragment that merely starts with an inline ``<svg>`` icon is still HTML."""
    match = _FIRST_ELEMENT.match(text[:8192])
    if match:
        root = match.group(1).lower()
        what = _XML_ROOTS.get(root)
        if what and text[-256:].rstrip().lower().endswith(f"</{root}>"):
            raise NotHTMLError(f"input is {what}, not an HTML page")


def _reject_control_bytes(sample: bytes) -> None:
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if sample and controls > _MAX_CONTROL_SHARE * len(sample):
        raise NotHTMLError("input is binary data, not HTML")


def _parse_utf8(data: bytes, max_depth: int, repair: bool = True) -> tuple[etree._Element, bool]:
    """The tree of UTF-8 ``data`` and whether deep elements had to be flattened
    (``repair``: whether a runaway title may be closed and the data parsed again)."""
    if not data.strip():
        raise EmptyDocumentError("the document is empty")
    parser = _new_parser()
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:  # lxml raises this for documents with no element
        raise EmptyDocumentError(f"the document has no HTML element ({exc})") from None
    if root is None:
        raise EmptyDocumentError("the document has no HTML element")
    too_deep = any(_DEPTH_ERROR in entry.message for entry in parser.error_log)
    if too_deep or _deeper_than(max_depth)(root):
        return repair_tree(_parse_capped(data, max_depth)), True
    closed = _close_runaway_title(root, data) if repair else None
    if closed is not None:
        return _parse_utf8(closed, max_depth, repair=False)
    return repair_tree(root), False


def _runaway_title(root: etree._Element) -> etree._Element | None:
    """The ``<title>`` that holds the rest of the page as its text, when a missing
    ``</title>`` made the parser read it so (there is no ``<body>`` then); else ``None``."""
    if root.find("body") is not None:
        return None
    title = root.find("head/title")
    text = title.text if title is not None else None
    return title if text and _PAGE_IN_TITLE.search(text) else None


def _close_runaway_title(root: etree._Element, data: bytes) -> bytes | None:
    """``data`` with the ``<title>`` closed where its first line ends, when a missing
    ``</title>`` made the parser read the rest of the page as the title's text;
    ``None`` otherwise."""
    if _runaway_title(root) is None:
        return None
    start = _TITLE_START.search(data)
    if start is None:
        return None
    end = _FIRST_LINE_END.search(data, start.end())
    cut = end.end() if end is not None else len(data)
    return data[:cut] + b"</title>" + data[cut:]


def _parse_capped(data: bytes, max_depth: int) -> etree._Element:
    root = etree.fromstring(data, _new_parser(_DepthCappedBuilder(max_depth)))
    if root is None:  # pragma: no cover - the normal parse found an element already
        raise EmptyDocumentError("the document has no HTML element")
    return root


def _gunzip(data: bytes, limit: int) -> bytes:
    """Decompress gzip ``data`` (all members), never past ``limit`` bytes: a gzip bomb is
    refused, not inflated. A truncated stream gives what it holds."""
    out = bytearray()
    rest = data
    while rest[:2] == _GZIP_MAGIC:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out += inflater.decompress(rest, limit + 1 - len(out))
        except zlib.error as exc:
            if out:
                break
            raise NotHTMLError(f"input is corrupt gzip data ({exc})") from None
        if len(out) > limit:
            raise InputTooLargeError(f"gzip input inflates past max_input_size={limit} bytes")
        if not inflater.eof:
            break
        rest = inflater.unused_data
    if not out:
        raise NotHTMLError("input is gzip data that could not be decompressed")
    return bytes(out)


def parse_input(html: Any, content_type: str | None, options: ExtractOptions) -> Parsed:
    """Turn ``html`` (bytes, str, lxml tree or BeautifulSoup object) into an owned tree."""
    max_depth = options.max_depth
    if isinstance(html, (bytes, bytearray, memoryview)):
        data = bytes(html)
        _check_size(len(data), options, "bytes")
        decompressed = data[:2] == _GZIP_MAGIC
        if decompressed:
            data = _gunzip(data, options.max_input_size)
        if data.lstrip()[:1] in (b"", None):
            raise EmptyDocumentError("the document is empty")
        if _URL_ONLY_BYTES.fullmatch(data):
            _refuse_url(data.decode("utf-8", "replace"))
        _reject_signatures(data)
        decoded = decode_bytes(data, content_type)
        if not decoded.encoding.startswith(("utf-16", "utf-32")):
            _reject_control_bytes(data[:1024])
        _reject_xml_documents(decoded.text)
        utf8 = decoded.utf8 if decoded.utf8 is not None else decoded.text.encode("utf-8", "replace")
        # Keep what decoding learned, not its text: on a 50 MB page that is 50 MB more.
        decoded = Decoded("", decoded.encoding, decoded.guessed, decoded.had_errors)
        root, flattened = _parse_utf8(utf8, max_depth)
        return Parsed(root, decoded, utf8, max_depth, flattened, decompressed)
    if isinstance(html, str):
        _check_size(len(html), options, "characters")
        if _URL_ONLY.fullmatch(html):
            _refuse_url(html)
        _reject_xml_documents(html)
        utf8 = _encode_utf8(html)
        root, flattened = _parse_utf8(utf8, max_depth)
        return Parsed(root, None, utf8, max_depth, flattened)
    if isinstance(html, etree._ElementTree):
        html = html.getroot()
        if html is None:
            raise EmptyDocumentError("the tree has no root element")
    if isinstance(html, etree._Element):
        return _parse_tree(html, max_depth)
    if _is_beautifulsoup(html):
        return parse_input(_soup_markup(html), content_type, options)
    raise TypeError(
        "html must be bytes, str, an lxml element or tree, or a BeautifulSoup object, "
        f"not {type(html).__name__}"
    )


def _refuse_url(text: str) -> None:
    url = text.strip()
    if len(url) > MAX_URL_IN_MESSAGE:
        url = url[:MAX_URL_IN_MESSAGE] + "..."
    raise URLInputError(
        f"the input is a URL, not a page: articlex never downloads anything. Fetch the "
        f"page with any HTTP client and pass its HTML: extract(html, url={url!r})"
    )


def _encode_utf8(text: str) -> bytes:
    """``text`` as UTF-8; lone surrogates (from a bad ``surrogateescape`` decode, say)
    become U+FFFD, the replacement character, as a browser shows them."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATES.sub("\ufffd", text).encode("utf-8")


def _parse_tree(element: etree._Element, max_depth: int) -> Parsed:
    """The tree articlex's parser makes of the page a caller's lxml tree holds."""
    if not isinstance(element.tag, str):  # a comment, a processing instruction, an entity
        raise EmptyDocumentError("the tree's root is not an element")
    top = element.getroottree().getroot()
    if top is None:
        raise EmptyDocumentError("the tree has no root element")
    if not isinstance(element.getroottree().parser, etree.HTMLParser):
        # An XML parser's tree (XHTML), or one built element by element: read back as its
        # markup would be (names in the XHTML namespace lose it, character references are
        # read, the page is put in <html> and <body>). The copy has no DOCTYPE: with an
        # XHTML one, libxml2 would write XHTML and add a <meta> of its own.
        markup = etree.tostring(deepcopy(top), encoding="utf-8")
        root, flattened = _parse_utf8(markup, max_depth)
        return Parsed(root, None, markup, max_depth, flattened)
    root = _copy_tree(element, max_depth)  # a copy: the caller's tree is not touched
    if _deeper_than(max_depth)(root):
        utf8 = etree.tostring(root, encoding="utf-8")
        return Parsed(repair_tree(_parse_capped(utf8, max_depth)), None, utf8, max_depth, True)
    return Parsed(root, None, element, max_depth)


def _copy_tree(element: etree._Element, max_depth: int) -> etree._Element:
    """A copy of the whole document an HTML parser built (ancestors such as ``<head>``
    included), as articlex's parser would have read it: without comments and processing
    instructions (their tails kept, as the parser joins the text around them), a runaway
    title closed, stray elements after the body moved into it. (Entity references, which
    no HTML parser makes, are dropped with them.)"""
    copy = deepcopy(element.getroottree().getroot())
    etree.strip_elements(
        copy, etree.Comment, etree.ProcessingInstruction, etree.Entity, with_tail=False
    )
    title = _runaway_title(copy)
    if title is not None:
        _close_title_in_tree(title, max_depth)
    return repair_tree(copy)


def _close_title_in_tree(title: etree._Element, max_depth: int) -> None:
    """Close a runaway ``<title>`` of a caller's tree as :func:`_close_runaway_title`
    closes it in markup: the page that its text holds is parsed again, after a
    ``<title>`` (the part of the page the tree read well, before it, is kept), and takes
    the title's place. The text is the markup as the parser left it: its character
    references are already read."""
    bare = deepcopy(title)  # its start tag, attributes and all, written by lxml
    bare.text = None
    empty = etree.tostring(bare, encoding="utf-8", method="html", with_tail=False)
    start_tag = empty.removesuffix(b"</title>")
    markup = b"<html><head>" + start_tag + _encode_utf8(title.text or "")
    rest = _parse_utf8(markup, max_depth)[0]
    rest_head = rest.find("head")
    head, root = title.getparent(), title.getroottree().getroot()
    if rest_head is None or not len(rest_head) or head is None:  # pragma: no cover
        return  # the markup starts with a title: the parser gives a head holding it
    closed, *after_title = rest_head
    head.replace(title, closed)
    previous = closed
    for element in after_title:
        previous.addnext(element)
        previous = element
    head.tail = rest_head.tail
    for element in list(rest)[1:]:  # the body, and anything else after the head
        root.append(element)


def _soup_markup(soup: Any) -> str:
    """A BeautifulSoup object's markup, written for articlex's parser to read back the
    tree it reads from the page itself (``str(soup)`` sorts attributes, closes void
    elements XML-style, escapes raw text and rewrites the ``<meta charset>``)."""
    text: str = soup.decode(eventual_encoding=None, formatter=_soup_formatter())
    return text


@functools.cache
def _soup_formatter() -> Any:
    """The formatter of :func:`_soup_markup`, made once (bs4 is imported only when a
    BeautifulSoup object is given)."""
    from bs4.dammit import EntitySubstitution
    from bs4.element import Tag
    from bs4.formatter import HTMLFormatter

    class SourceFormatter(HTMLFormatter):
        def attributes(self, tag: Tag) -> list[tuple[str, Any]]:
            """The attributes in the page's order (bs4's default sorts them); an empty
            value written as a bare name, as a parser reads ``<script defer>``."""
            return [(name, value if value != "" else None) for name, value in tag.attrs.items()]

    return SourceFormatter(
        entity_substitution=EntitySubstitution.substitute_xml,
        void_element_close_prefix="",
        cdata_containing_tags=set(RAW_TEXT_TAGS),
    )


def is_supported_input(html: object) -> bool:
    """``html`` is of a type :func:`parse_input` accepts."""
    return isinstance(
        html, (bytes, bytearray, memoryview, str, etree._Element, etree._ElementTree)
    ) or _is_beautifulsoup(html)


def _is_beautifulsoup(obj: object) -> bool:
    module = type(obj).__module__ or ""
    return module.startswith("bs4") and hasattr(obj, "decode")


def _check_size(size: int, options: ExtractOptions, unit: str) -> None:
    if size > options.max_input_size:
        raise InputTooLargeError(
            f"input of {size} {unit} exceeds max_input_size={options.max_input_size}"
        )
