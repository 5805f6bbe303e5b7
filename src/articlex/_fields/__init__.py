"""Field extractors: one module per field family, each choosing among candidates.

Every extractor runs on the *intact* tree (before the cleaner touches it) with the page's
structured data, :class:`~articlex._meta.PageData`, and returns :class:`Found` values
(the value and the :class:`~articlex.Source` it came from) or ``None``.

``in_boilerplate`` tells a DOM heuristic whether an element sits in a part of the page
that is not the article (comments, related stories, sidebar, footer...), using the same
rules as the cleaner, so that a date or a name found there is never taken.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from lxml import etree

from articlex._clean import classify
from articlex._models import Source

__all__ = ["FOREIGN_KINDS", "Found", "InheritedFlag", "in_boilerplate"]

T = TypeVar("T")

#: Cleaner kinds whose content never describes the article itself. The article's own
#: header and meta line (``title-header``, ``meta-line``, ``header`` rules) are not here:
#: that is where bylines and datelines live.
FOREIGN_KINDS: frozenset[str] = frozenset(
    {
        "comments", "related", "sidebar", "footer", "navigation", "ads", "consent", "login",
        "newsletter", "share", "dialog", "author-box", "captcha", "paywall", "form",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Found(Generic[T]):
    """A field value and where it was read."""

    value: T
    source: Source


def in_boilerplate(element: etree._Element, kinds: frozenset[str] = FOREIGN_KINDS) -> bool:
    """True when ``element`` or an ancestor is boilerplate of one of ``kinds``."""
    node: etree._Element | None = element
    while node is not None:
        tag = node.tag
        if isinstance(tag, str):
            verdict = classify(node, tag)
            if verdict is not None and verdict[0] in kinds:
                return True
        node = node.getparent()
    return False


class InheritedFlag:
    """A yes/no property that descendants inherit ("inside a comment section"), memoised
    per element for one extraction, so siblings reuse their ancestors' answers.

    Subclasses say, in :meth:`own`, whether one element has the property itself.
    """

    def __init__(self) -> None:
        self._memo: dict[etree._Element, bool] = {}

    def own(self, node: etree._Element) -> bool:  # pragma: no cover - abstract
        raise NotImplementedError

    def __call__(self, element: etree._Element) -> bool:
        chain: list[etree._Element] = []
        node: etree._Element | None = element
        verdict = False
        while node is not None:
            known = self._memo.get(node)
            if known is not None:
                verdict = known
                break
            chain.append(node)
            node = node.getparent()
        # ``verdict`` is the nearest memoised ancestor's; settle the chain top-down.
        for item in reversed(chain):
            verdict = verdict or self.own(item)
            self._memo[item] = verdict
        return verdict
