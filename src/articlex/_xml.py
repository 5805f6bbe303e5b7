"""Text that lxml's API accepts.

lxml's *parser* keeps characters that XML forbids (C0 controls such as ``\\x0c``,
``\\uffff``) in the tree it builds from a page, but its *API* refuses them: assigning such
a string to ``.text`` or ``.tail``, or giving it to a ``TreeBuilder``, raises
``ValueError``. Everything articlex writes into a tree goes through :func:`xml_safe`.
"""

from __future__ import annotations

import re

__all__ = ["xml_safe"]

#: The characters XML 1.0 leaves out of its ``Char`` production: the C0 controls but tab
#: and newlines, the surrogates, U+FFFE and U+FFFF (tests/test_xml.py checks the list
#: against the production).
_NOT_XML_CHAR = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters lxml's API refuses (they carry no words)."""
    return _NOT_XML_CHAR.sub("", text)
