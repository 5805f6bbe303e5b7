"""Text that lxml's API accepts.

lxml's *parser* keeps characters that XML forbids (C0 controls such as ``\\x0c``,
``\\uffff``) in the tree it builds from a page, but its *API* refuses them: assigning such
a string to ``.text`` or ``.tail``, or giving it to a ``TreeBuilder``, raises
``ValueError``. Everything articlex writes into a tree goes through :func:`xml_safe`.
"""

from __future__ import annotations

import re

__all__ = ["xml_safe"]

#: XML 1.0's ``Char`` production (tab, newlines and the planes kept), as it reads.
XML_CHAR_CLASS = r"[\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"

#: The characters outside XML_CHAR_CLASS, listed: the C0 controls but tab and newlines,
#: the surrogates, U+FFFE and U+FFFF. Written as the negation ``[^...]`` of that class it
#: took 4.4 ms to compile (the regex compiler walks every BMP code point of a range in
#: Python), 0.5 ms this way: a worker process compiles it at start-up.
#: tests/test_xml.py checks both classes tell every code point alike.
_NOT_XML_CHAR = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters lxml's API refuses (they carry no words)."""
    return _NOT_XML_CHAR.sub("", text)
