"""MkDocs hook: show the Sphinx roles of articlex's docstrings as plain code.

The docstrings use reST roles (``:class:`Article```, ``:func:`~articlex.extract```), which
Markdown renders literally as ``:class:<code>Article</code>``. This hook drops the role and,
as Sphinx does for a ``~`` target, keeps only the last component of the dotted name.
"""

from __future__ import annotations

import re
from typing import Any

_ROLE = re.compile(r":(?:class|func|meth|attr|data|mod|exc|obj|const):<code>(~?)([^<]*)</code>")


def _plain(match: re.Match[str]) -> str:
    target = match.group(2)
    if match.group(1):
        target = target.rsplit(".", 1)[-1]
    return f"<code>{target}</code>"


def on_page_content(html: str, **_: Any) -> str:
    return _ROLE.sub(_plain, html)
