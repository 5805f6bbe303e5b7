"""The page's structured data as :mod:`articlex._meta` reads it (microdata here)."""

from __future__ import annotations

import pytest
from lxml import etree

from articlex._meta import microdata
from articlex._meta.microdata import read_microdata

_PAGE = """<html><head><meta itemprop="name" content="  The   site "></head><body>
<article itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline name">A headline</h1>
<div itemprop="author" itemscope><span itemprop="name">Jo  Doe</span></div>
<time itemprop="datePublished" datetime="2026-01-03">3 Jan</time>
<a itemprop="url" href="/story">link</a>
<div itemprop="articleBody"><p>Text.</p></div>
</article></body></html>"""


def _root() -> etree._Element:
    return etree.fromstring(_PAGE, etree.HTMLParser())


def test_values_are_each_element_s_value_in_page_order() -> None:
    """The values read when asked for are those read at once (the plain form)."""
    found = read_microdata(_root())
    eager = {
        name: tuple(microdata._value(element) for element in elements)
        for name, elements in found.elements.items()
    }
    assert dict(found.values) == eager
    assert eager == {
        "name": ("The site", "A headline", "Jo Doe"),
        "headline": ("A headline",),
        "author": ("Jo Doe",),
        "datepublished": ("2026-01-03",),
        "url": ("/story",),
    }
    assert found.first("author") == "Jo Doe"
    assert found.all("articlebody") == ()
    assert "url" in found.values and "articlebody" not in found.values
    assert len(found.values) == len(eager)


def test_values_are_read_only_when_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    value = microdata._value

    def counting(element: etree._Element) -> str:
        read.append(element.get("itemprop") or "")
        return value(element)

    monkeypatch.setattr(microdata, "_value", counting)
    found = read_microdata(_root())
    assert read == []
    assert found.first("datepublished") == "2026-01-03"
    assert read == ["datePublished"]  # once, and no other property's
