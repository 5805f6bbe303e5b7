"""Stage 1, decode: turn the caller's bytes into ``str``.

Order of evidence, strongest first:

1. a byte-order mark;
2. UTF-16/32 without a BOM, recognised by its NUL-byte pattern;
3. bytes that are valid UTF-8 and not plain ASCII are UTF-8, whatever the page declares
   (a legacy-encoded page is almost never valid UTF-8 by accident, while pages that
   declare ``iso-8859-1`` and are really UTF-8 are common);
4. the charset of the HTTP ``Content-Type``, then ``<meta charset>`` / ``http-equiv``,
   then an XML declaration's ``encoding`` (XHTML);
5. mostly-UTF-8 with stray single bytes (pasted cp1252 quotes): each stray byte is read
   as cp1252;
6. charset-normalizer's guess (also for a page declared UTF-8 that is not, unless its
   text is mostly ASCII: then it is the classic mislabelled Windows-1252 page).

Labels are resolved the way browsers do (``latin-1`` and ``ascii`` mean ``cp1252``).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

__all__ = ["Decoded", "decode_bytes"]

#: How far into the document to look for a ``<meta charset>`` declaration.
META_SNIFF_BYTES = 4096

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# "\s*(?:["']\s*)?" rather than "\s*["']?\s*": the same text, but a long run of spaces after
# "charset=" is read one way instead of being shared out between two quantifiers in every
# way (quadratic time).
_CONTENT_TYPE_CHARSET = re.compile(r"charset\s*=\s*(?:[\"']\s*)?([\w.:-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*(?:["']\s*)?([\w.:-]{1,40})""", re.IGNORECASE
)
_XML_DECLARATION_ENCODING = re.compile(
    rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([\w.:-]{1,40})""", re.IGNORECASE
)
#: A declared-UTF-8 page that is not UTF-8 is read as Windows-1252 when at most this share
#: of its letters are non-ASCII bytes (accents, quotes); above it (Cyrillic, Greek, CJK
#: in a legacy encoding) the encoding is guessed instead.
MAX_CP1252_HIGH_BYTE_SHARE = 0.3
_ASCII_LETTER = re.compile(rb"[A-Za-z]")
_HIGH_BYTES = bytes(range(0x80, 0x100))

#: WHATWG label aliases that differ from Python's codec names.
_LABEL_ALIASES = {
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "x-sjis": "shift_jis",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "utf8": "utf-8",
    "unicode": "utf-16-le",
}


@dataclass(frozen=True)
class Decoded:
    """The decoded text and how sure we are of it."""

    text: str
    encoding: str
    guessed: bool = False
    had_errors: bool = False
    #: The input bytes when they are exactly ``text`` in UTF-8 (strictly valid UTF-8,
    #: BOM aside): the parser takes them as they are instead of encoding ``text`` again.
    utf8: bytes | None = field(default=None, repr=False, compare=False)


def normalise_label(label: str | None) -> str | None:
    """Map a charset label to a Python codec name, or ``None`` if Python does not know it
    as a text encoding (``undefined``, ``rot13`` and ``hex`` are codecs, not charsets)."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    name = _LABEL_ALIASES.get(name, name)
    try:
        codec = codecs.lookup(name).name
        bytes(8).decode(codec)  # NULs: whole code units in UTF-16 and UTF-32 too
    except (LookupError, UnicodeError):
        return None
    return codec


def charset_from_content_type(content_type: str | None) -> str | None:
    """The codec named by an HTTP ``Content-Type`` value, if any."""
    if not content_type:
        return None
    match = _CONTENT_TYPE_CHARSET.search(content_type)
    return normalise_label(match.group(1)) if match else None


def _declared_in_markup(data: bytes) -> str | None:
    head = data[:META_SNIFF_BYTES]
    match = _META_CHARSET.search(head) or _XML_DECLARATION_ENCODING.search(head)
    if not match:
        return None
    return normalise_label(match.group(1).decode("ascii", "replace"))


def _mostly_ascii_letters(data: bytes) -> bool:
    """Few of the letters are non-ASCII bytes: Western text in a single-byte encoding."""
    sample = data[: 64 * 1024]
    high = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    letters = len(_ASCII_LETTER.findall(sample))
    return high <= MAX_CP1252_HIGH_BYTE_SHARE * (high + letters)


def _utf16_without_bom(data: bytes) -> str | None:
    """Recognise BOM-less UTF-16 from NULs at every other byte of ASCII markup."""
    head = data[:512]
    if len(head) < 8:
        return None
    even_nuls = head[0::2].count(0)
    odd_nuls = head[1::2].count(0)
    half = len(head) // 2
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def _decode_mixed_utf8(data: bytes) -> tuple[str, bool]:
    """Decode UTF-8 whose stray invalid bytes are cp1252 (or give up: second value False)."""
    text = data.decode("utf-8", "surrogateescape")
    stray = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    multibyte = sum(1 for ch in text if "\u0080" <= ch < "\udc80" or ch > "\udcff")
    if multibyte == 0 or stray > multibyte:
        return text, False
    fixed = "".join(
        bytes([ord(ch) - 0xDC00]).decode("cp1252", "replace") if "\udc80" <= ch <= "\udcff" else ch
        for ch in text
    )
    return fixed, True


def _guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 256 * 1024]).best()
    return normalise_label(best.encoding) if best is not None else None


def _decode(data: bytes, encoding: str, *, guessed: bool = False) -> Decoded:
    """Decode strictly if possible; otherwise with replacement characters, flagged."""
    try:
        text = data.decode(encoding)
        return Decoded(text, encoding, guessed, utf8=data if encoding == "utf-8" else None)
    except UnicodeDecodeError:
        return Decoded(data.decode(encoding, "replace"), encoding, guessed, had_errors=True)


def decode_bytes(data: bytes, content_type: str | None = None) -> Decoded:
    """Decode an HTML document's bytes (see the module docstring for the order of evidence)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode(data[len(bom) :], encoding)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _decode(data, utf16)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if "\x1b" in text:  # 7-bit escape encodings (ISO-2022-*) are valid ASCII too
            declared = charset_from_content_type(content_type) or _declared_in_markup(data)
            if declared and declared.startswith("iso2022"):
                return _decode_declared(data, declared) or Decoded(text, "utf-8", utf8=data)
        return Decoded(text, "utf-8", utf8=data)
    declarations = (charset_from_content_type(content_type), _declared_in_markup(data))
    for declared in declarations:
        if declared and declared != "utf-8":
            decoded = _decode_declared(data, declared)
            if decoded is not None:
                return decoded
    mixed, ok = _decode_mixed_utf8(data)
    if ok:
        return Decoded(mixed, "utf-8")
    if "utf-8" in declarations and _mostly_ascii_letters(data):
        # Declared UTF-8 with no valid multi-byte sequence at all: the classic mislabel
        # of a Windows-1252 page (guessing could pick a wrong sibling such as cp1250).
        return _decode(data, "cp1252")
    return _decode(data, _guess(data) or "cp1252", guessed=True)


def _decode_declared(data: bytes, encoding: str) -> Decoded | None:
    try:
        return Decoded(data.decode(encoding), encoding)
    except (UnicodeError, LookupError):
        return None
