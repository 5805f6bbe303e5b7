"""Where a date is not the article's: in boilerplate (by the cleaner's verdicts, with the
exceptions datelines need), in a caption or a quote, under a class naming comments or
related stories, or in a link to another page."""

from __future__ import annotations

from lxml import etree

from articlex._fields import FOREIGN_KINDS, InheritedFlag, Verdicts
from articlex._rules import dates as rules
from articlex._rules.boilerplate import MODIFIER_TOKEN_PATTERN
from articlex._text import class_id
from articlex._urls import join_url

__all__ = ["Foreign", "PageForeign", "class_id", "in_link", "in_marked_article"]

#: Boilerplate kinds that disqualify a date: those of :func:`~articlex._fields.in_boilerplate`
#: but the allowed ones, plus captions, galleries and the masthead (see the rules).
_FOREIGN_KINDS = (FOREIGN_KINDS - rules.DATE_ALLOWED_KINDS) | rules.DATE_FOREIGN_KINDS


def in_marked_article(node: etree._Element) -> bool:
    """``node`` is inside an ``<article>``, an hAtom entry (``hentry``, ``h-entry``) or an
    element whose ``itemtype`` is an article or a posting."""
    for ancestor in node.iterancestors():
        if ancestor.tag == "article":
            return True
        if rules.ARTICLE_CLASS.search(ancestor.get("class") or ""):
            return True
        if rules.ARTICLE_ITEMTYPE.search((ancestor.get("itemtype") or "").strip()):
            return True
    return False


def _foreign_tokens(text: str, posts: bool = False) -> bool:
    """``class``/``id`` text names something that is not the article (taxonomy tokens
    such as ``category-breaking-news`` or ``tag-comments``, and state tokens such as
    ``is-sidebar-right``, say nothing about the element; nor, on a thread's page
    (``posts``), do the names of its posts, ``reply``, ``comment``)."""
    for token in MODIFIER_TOKEN_PATTERN.sub(" ", text.lower()).split():
        if rules.TAXONOMY_TOKEN.match(token) or (posts and rules.POST_HINT.search(token)):
            continue
        if rules.FOREIGN_HINT.search(token):
            return True
    return False


class Foreign(InheritedFlag):
    """Whether elements sit in something that is not the article (memoised along shared
    ancestors; the cleaner's verdicts, ``classified``, may be shared by the tests of one
    page). ``hints``: also by the class/id names; ``exempt``: kinds allowed inside the
    article; ``trusted``: elements never foreign themselves (the containers of a headline
    shown in a banner); ``posts``: a thread's page, whose posts (comment and reply markup)
    are its content."""

    def __init__(
        self,
        hints: bool = True,
        exempt: frozenset[str] = rules.EXEMPT_KINDS,
        classified: Verdicts | None = None,
        *,
        trusted: frozenset[etree._Element] = frozenset(),
        posts: bool = False,
    ) -> None:
        super().__init__()
        self.hints = hints
        self.exempt = exempt
        self._classified = Verdicts() if classified is None else classified
        self.trusted = trusted
        self.posts = posts

    def own(self, node: etree._Element) -> bool:
        tag = node.tag
        if not isinstance(tag, str) or tag in ("body", "html") or node in self.trusted:
            return False
        if tag in rules.FOREIGN_TAGS:
            return True
        if tag == "article" and rules.ARTICLE_KIND_CLASS.search(node.get("class") or ""):
            return False
        found = self._classified(node, tag)
        if found is not None and found[0] in _FOREIGN_KINDS:
            if self.posts and found[0] in rules.POST_KINDS:
                return False
            exempt = found[0] in self.exempt or tag in rules.ARTICLE_PART_TAGS
            if not exempt or not in_marked_article(node):
                return True
        return self.hints and _foreign_tokens(class_id(node), self.posts)


class PageForeign:
    """The boilerplate tests of one page's dates, sharing the cleaner's verdicts:
    ``anywhere`` (in boilerplate, by the cleaner's rules as
    :func:`~articlex._fields.in_boilerplate` with the exceptions above, or under a class/id
    naming something that is not the article: ``comment``, ``related``, ``widget``...),
    ``near`` (the same near the headline, where navigation bars, columns and footers
    inside the article are allowed) and ``heading`` (which ``<h1>`` is the article's
    title: the cleaner's rules alone)."""

    def __init__(self, classified: Verdicts) -> None:
        self.classified = classified
        self.anywhere = Foreign(classified=classified)
        self.near = Foreign(exempt=rules.NEAR_EXEMPT_KINDS, classified=classified)
        self.heading = Foreign(hints=False, exempt=rules.NEAR_EXEMPT_KINDS, classified=classified)

    def thread(self) -> Foreign:
        """The test of a thread's page, where comment and reply markup holds its posts."""
        return Foreign(exempt=rules.NEAR_EXEMPT_KINDS, classified=self.classified, posts=True)

    def around(self, headline: etree._Element) -> None:
        """The headline sits in what the cleaner calls boilerplate (a page-wide banner,
        an overlay): the containers holding it are the article's header, and the dates
        near it are tested without them."""
        self.near = Foreign(
            exempt=rules.NEAR_EXEMPT_KINDS,
            classified=self.classified,
            trusted=frozenset(headline.iterancestors()),
        )


def in_link(element: etree._Element, page_url: str | None) -> bool:
    """Inside a link to another page (a date there is usually that page's); a permalink
    to the page itself (``rel=bookmark``, or the page's URL) does not count."""
    for depth, node in enumerate((element, *element.iterancestors())):
        if node.tag == "a":
            href = (node.get("href") or "").strip()
            if not href or href.startswith("#") or "bookmark" in (node.get("rel") or ""):
                return False
            return not (page_url and _same_page(href, page_url))
        if depth >= rules.LINK_DEPTH or node.tag in rules.LINK_STOP_TAGS:
            return False
    return False


def _same_page(href: str, page_url: str) -> bool:
    def key(url: str) -> str:
        return url.split("#", 1)[0].split("?", 1)[0].rstrip("/")

    resolved = join_url(page_url, href)
    return resolved is not None and key(resolved) == key(page_url)
