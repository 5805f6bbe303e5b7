"""Small text helpers shared by the stages (whitespace, previews)."""

from __future__ import annotations

import re

__all__ = ["collapse_ws"]

_WS = re.compile(r"\s+")


def collapse_ws(text: str) -> str:
    """Collapse every run of whitespace (including NBSP) to one space and trim."""
    return _WS.sub(" ", text).strip()
