"""Stage 2, parse: any accepted input -> one lxml tree that articlex owns.

The tree returned here may be changed freely by later stages: input we parsed ourselves
is ours, and a caller's lxml tree is deep-copied first (the caller's tree is never touched).
Parsing is safe by construction: lxml's *HTML* parser never resolves entities from a DTD,
and ``no_network`` keeps libxml2 from fetching anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lxml import etree

from articlex._decode import Decoded, decode_bytes
from articlex._errors import EmptyDocumentError, InputTooLargeError, NotHTMLError
from articlex._options import ExtractOptions

__all__ = ["Parsed", "parse_input"]

#: Magic numbers of binary formats people feed to HTML tools by mistake.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
    (b"\x7fELF", "an executable"),
)

#: A share of control characters (other than whitespace) above which bytes are not text.
_MAX_CONTROL_SHARE = 0.1


@dataclass(frozen=True)
class Parsed:
    """The parsed document, what decoding it learned, and how to get a fresh copy.

    ``source`` is what ``reparse`` rebuilds the tree from: the UTF-8 bytes articlex parsed,
    or the caller's element (copied again). Retry passes need a fresh, uncleaned tree.
    """

    root: etree._Element
    decoded: Decoded | None
    source: bytes | etree._Element

    def reparse(self) -> etree._Element:
        """A new, unmodified tree of the same document."""
        if isinstance(self.source, bytes):
            return _parse_utf8(self.source)
        return _copy_root(self.source)


def _new_parser() -> etree.HTMLParser:
    # A parser per call: lxml parser objects must not be shared between threads.
    return etree.HTMLParser(
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        recover=True,
        collect_ids=False,
    )


def _reject_signatures(data: bytes) -> None:
    head = data[:256].lstrip()
    for signature, what in _BINARY_SIGNATURES:
        if head.startswith(signature):
            raise NotHTMLError(f"input is {what}, not HTML")


def _reject_control_bytes(sample: bytes) -> None:
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if sample and controls > _MAX_CONTROL_SHARE * len(sample):
        raise NotHTMLError("input is binary data, not HTML")


def _parse_utf8(data: bytes) -> etree._Element:
    if not data.strip():
        raise EmptyDocumentError("the document is empty")
    try:
        root = etree.fromstring(data, _new_parser())
    except etree.XMLSyntaxError as exc:  # lxml raises this for documents with no element
        raise EmptyDocumentError(f"the document has no HTML element ({exc})") from None
    if root is None:
        raise EmptyDocumentError("the document has no HTML element")
    return root


def parse_input(html: Any, content_type: str | None, options: ExtractOptions) -> Parsed:
    """Turn ``html`` (bytes, str, lxml tree or BeautifulSoup object) into an owned tree."""
    if isinstance(html, (bytes, bytearray, memoryview)):
        data = bytes(html)
        _check_size(len(data), options)
        if data.lstrip()[:1] in (b"", None):
            raise EmptyDocumentError("the document is empty")
        _reject_signatures(data)
        decoded = decode_bytes(data, content_type)
        if not decoded.encoding.startswith(("utf-16", "utf-32")):
            _reject_control_bytes(data[:1024])
        utf8 = decoded.text.encode("utf-8", "replace")
        return Parsed(_parse_utf8(utf8), decoded, utf8)
    if isinstance(html, str):
        _check_size(len(html), options)
        utf8 = html.encode("utf-8", "replace")
        return Parsed(_parse_utf8(utf8), None, utf8)
    if isinstance(html, etree._ElementTree):
        html = html.getroot()
    if isinstance(html, etree._Element):
        return Parsed(_copy_root(html), None, html)
    if _is_beautifulsoup(html):
        return parse_input(str(html), content_type, options)
    raise TypeError(
        "html must be bytes, str, an lxml element or tree, or a BeautifulSoup object, "
        f"not {type(html).__name__}"
    )


def _copy_root(element: etree._Element) -> etree._Element:
    """Deep-copy the caller's whole document (ancestors such as ``<head>`` included)."""
    from copy import deepcopy

    if element is None:
        raise EmptyDocumentError("the tree has no root element")
    return deepcopy(element.getroottree().getroot())


def _is_beautifulsoup(obj: object) -> bool:
    module = type(obj).__module__ or ""
    return module.startswith("bs4") and hasattr(obj, "decode")


def _check_size(size: int, options: ExtractOptions) -> None:
    if size > options.max_input_size:
        raise InputTooLargeError(
            f"input of {size} bytes exceeds max_input_size={options.max_input_size}"
        )
