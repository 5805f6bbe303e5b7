"""Field extractors: one module per field family, each choosing among candidates.

Every extractor runs on the *intact* tree (before the cleaner touches it) with the page's
structured data, :class:`~articlex._meta.PageData`, and returns :class:`Found` values
(the value and the :class:`~articlex.Source` it came from) or ``None``.

``in_boilerplate`` tells a DOM heuristic whether an element sits in a part of the page
that is not the article (comments, related stories, sidebar, footer...), using the same
rules as the cleaner, so that a date or a name found there is never taken;
:class:`Boilerplate` is the same test memoised for one extraction, for callers asking
about many elements that share ancestors; :class:`Verdicts` holds the cleaner's verdicts
behind such tests, one per extraction when its fields share it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from lxml import etree

from articlex._classify import ClassVerdicts, classify
from articlex._models import Source

__all__ = [
    "FOREIGN_KINDS",
    "Boilerplate",
    "Found",
    "InheritedFlag",
    "InheritedValue",
    "Verdicts",
    "in_boilerplate",
]

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


class InheritedValue(Generic[T]):
    """A property that descendants inherit ("inside a comment section", "how far from the
    article"), memoised per element for one extraction, so siblings reuse their
    ancestors' answers. An element's value is ``combine(parent's value, own(element))``,
    starting from ``initial`` above the root.
    """

    #: A value that ``combine`` keeps whatever the element's own value (``True`` for "an
    #: ancestor has it"): below an element that has it, ``own`` is not called.
    absorbing: T | None = None

    def __init__(self, initial: T) -> None:
        self._initial = initial
        self._memo: dict[etree._Element, T] = {}

    def own(self, node: etree._Element) -> T:  # pragma: no cover - abstract
        raise NotImplementedError

    def combine(self, inherited: T, own: T) -> T:  # pragma: no cover - abstract
        raise NotImplementedError

    def __call__(self, element: etree._Element) -> T:
        memo = self._memo
        if element in memo:  # the common case once siblings have been asked about
            return memo[element]
        chain: list[etree._Element] = []
        node: etree._Element | None = element
        value = self._initial
        while node is not None:
            if node in memo:
                value = memo[node]
                break
            chain.append(node)
            node = node.getparent()
        # ``value`` is the nearest memoised ancestor's; settle the chain top-down. Below an
        # ancestor holding the absorbing value, no element's own value is worth reading.
        absorbing = self.absorbing
        for item in reversed(chain):
            if absorbing is None or value != absorbing:
                value = self.combine(value, self.own(item))
            memo[item] = value
        return value


class InheritedFlag(InheritedValue[bool]):
    """A yes/no :class:`InheritedValue`: an element has it when an ancestor has it."""

    def __init__(self) -> None:
        super().__init__(False)

    def combine(self, inherited: bool, own: bool) -> bool:
        return inherited or own

    def __call__(self, element: etree._Element) -> bool:
        """:meth:`InheritedValue.__call__` for a flag, which this runs for every link or
        heading of a page: one memo lookup per element (a flag is never ``None``), and
        ``combine`` inlined (below an element that has the flag, ``own`` is not read)."""
        memo = self._memo
        value = memo.get(element)
        if value is not None:
            return value
        chain = [element]
        node = element.getparent()
        value = False
        while node is not None:
            known = memo.get(node)
            if known is not None:
                value = known
                break
            chain.append(node)
            node = node.getparent()
        own = self.own
        for item in reversed(chain):
            if not value:
                value = own(item)
            memo[item] = value
        return value


class Verdicts:
    """The cleaner's verdicts (:func:`~articlex._clean.classify`) on the elements of one
    intact page, memoised per element and per ``class``/``id`` text (pages repeat a few
    class names hundreds of times). The boilerplate tests of the fields climb the same
    ancestors (the page's wrappers, the article's containers): one ``Verdicts`` passed to
    all of them judges each element once. Lives as long as one extraction, while the
    tree is intact."""

    def __init__(self) -> None:
        self._texts: ClassVerdicts = {}
        self._elements: dict[etree._Element, tuple[str, str] | None] = {}

    def __call__(self, node: etree._Element, tag: str) -> tuple[str, str] | None:
        """``classify(node, tag)``, from the memo when ``node`` was judged already."""
        elements = self._elements
        if node in elements:
            return elements[node]
        verdict = elements[node] = classify(node, tag, memo=self._texts)
        return verdict

    @property
    def texts(self) -> ClassVerdicts:
        """The verdicts per ``class``/``id`` text, for the cleaner to go on with."""
        return self._texts


class Boilerplate(InheritedFlag):
    """:func:`in_boilerplate` for many elements of one page: the answers are memoised
    along shared ancestors, and the cleaner's verdicts in ``verdicts`` (see
    :class:`Verdicts`; pass the extraction's to share them with its other tests). Lives
    as long as one extraction."""

    def __init__(
        self, kinds: frozenset[str] = FOREIGN_KINDS, verdicts: Verdicts | None = None
    ) -> None:
        super().__init__()
        self._kinds = kinds
        self._verdicts = Verdicts() if verdicts is None else verdicts

    def own(self, node: etree._Element) -> bool:
        verdict = self.verdict(node)
        return verdict is not None and verdict[0] in self._kinds

    def verdict(self, node: etree._Element) -> tuple[str, str] | None:
        """The cleaner's ``(kind, reason)`` for ``node`` alone (``None`` for a comment and
        the like), for subclasses that read the kind beyond :attr:`_kinds`."""
        tag = node.tag
        return self._verdicts(node, tag) if isinstance(tag, str) else None
