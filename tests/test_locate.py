"""The body locator's survey reads paragraph text exactly as inner_text does."""

from __future__ import annotations

from lxml import etree, html

from articlex._locate import _survey
from articlex._text import inner_text


def _paragraph_texts(start: etree._Element) -> list[str]:
    return [text for _, text in _survey(start)[1]]


def test_survey_texts_equal_inner_text_on_a_parsed_page() -> None:
    root = html.fromstring(
        "<html><body><div><p>One <b>bold</b> and <i>it<u>al</u>ic</i> line, here.</p>"
        "<p>Plain text.</p></div></body></html>"
    )
    body = root.find("body")
    assert body is not None
    expected = [inner_text(p) for p in body.iter("p")]
    assert _paragraph_texts(body) == expected


def test_survey_texts_equal_inner_text_with_an_entity_node() -> None:
    """A caller's own tree may hold entity reference nodes: their text is what
    inner_text says (itertext's ``&name;``), not libxml2's serialisation."""
    root = html.fromstring("<html><body><div><p>Fish <b>and</b> chips</p></div></body></html>")
    paragraph = next(root.iter("p"))
    paragraph[0].append(etree.Entity("amp"))
    body = root.find("body")
    assert body is not None
    assert _paragraph_texts(body) == [inner_text(paragraph)]
    assert "&amp;" in inner_text(paragraph)


def test_survey_texts_equal_inner_text_with_entity_nodes_before_and_after() -> None:
    """Entity nodes in the paragraphs before and after one without: every paragraph's
    text is inner_text's (the walk meets a paragraph's descendants before it)."""
    root = html.fromstring(
        "<html><body><div><p>One <b>x</b> a</p><p>Two <b>y</b> b</p><p>Three <b>z</b> c</p>"
        "</div></body></html>"
    )
    first, _, last = root.iter("p")
    first[0].append(etree.Entity("amp"))
    last[0].append(etree.Entity("lt"))
    body = root.find("body")
    assert body is not None
    assert _paragraph_texts(body) == [inner_text(p) for p in body.iter("p")]
