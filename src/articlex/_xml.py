"""Text that lxml's API accepts.

lxml's *parser* keeps characters that XML forbids (C0 controls such as ``\\x0c``,
``\\uffff``) in the tree it builds from a page, but its *API* refuses them: assigning such
a string to ``.text`` or ``.tail``, or giving it to a ``TreeBuilder``, raises
``ValueError``. Everything articlex writes into a tree goes through :func:`xml_safe`.
"""

from __future__ import annotations

import re

__all__ = ["xml_safe"]

#: Characters outside XML 1.0's ``Char`` production (tab, newlines and the planes kept).
_NOT_XML_CHAR = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters lxml's API refuses (they carry no words)."""
    return _NOT_XML_CHAR.sub("", text)
