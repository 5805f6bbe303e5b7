"""Text as the browser shows it: the source's line breaks are spaces, ``<br>`` is a line
break, two ``<br>`` end a paragraph, ``<pre>`` keeps its whitespace."""

from __future__ import annotations

import articlex
from articlex import Code, Paragraph
from articlex._text import LINE_BREAK, rendered_paragraphs

LEAD = (
    "The county council voted on Tuesday to reopen the river bridge to cyclists and "
    "walkers next spring, after two years of repairs to its stone piers."
)
MORE = (
    "Engineers found the piers sound in March, and the council's transport committee "
    "asked for the deck to be resurfaced before the bridge reopens to the public."
)


def _page(body: str) -> str:
    return (
        "<html lang='en'><head><title>Bridge to reopen</title></head><body><article>"
        f"<h1>Bridge to reopen</h1><p>{LEAD}</p>{body}<p>{MORE}</p></article></body></html>"
    )


def _paragraphs(html: str) -> list[str]:
    return [b.text for b in articlex.extract(html).blocks if isinstance(b, Paragraph)]


def test_source_line_breaks_inside_a_paragraph_are_spaces() -> None:
    wrapped = (
        "<p>The bridge was built in 1841\n      by the county's first surveyor,\r\n"
        "and it has carried\n\n   the market road ever since.</p>"
    )
    paragraphs = _paragraphs(_page(wrapped))
    assert (
        "The bridge was built in 1841 by the county's first surveyor, and it has carried "
        "the market road ever since."
    ) in paragraphs
    assert "  \n" not in articlex.extract(_page(wrapped)).to_markdown()


def test_a_br_is_a_line_break_and_two_end_a_paragraph() -> None:
    verse = (
        "<div>The toll-keeper's rhyme, painted on the east arch:<br>\n"
        "    Pay your penny, cross the water,<br>   bring your son and bring your daughter."
        "<br>\n  <br>\nThe rhyme was repainted in 1950.</div>"
    )
    paragraphs = _paragraphs(_page(verse))
    assert (
        "The toll-keeper's rhyme, painted on the east arch:\n"
        "Pay your penny, cross the water,\nbring your son and bring your daughter."
    ) in paragraphs
    assert "The rhyme was repainted in 1950." in paragraphs
    markdown = articlex.extract(_page(verse)).to_markdown()
    assert "east arch:  \nPay your penny, cross the water,  \nbring" in markdown


def test_a_br_after_source_line_break_is_one_line_break_not_a_paragraph() -> None:
    # The line break before the <br> is whitespace: one break, one paragraph.
    html = _page(
        "<p>Opening hours from April:\n<br>\nweekdays seven to seven,\n<br>\n"
        "weekends eight to six.</p>"
    )
    assert (
        "Opening hours from April:\nweekdays seven to seven,\nweekends eight to six."
        in _paragraphs(html)
    )


def test_pre_keeps_its_whitespace() -> None:
    code = "def load(path):\n    with open(path) as f:\n        return f.read()"
    html = _page(f"<pre>{code}</pre>")
    codes = [b.text for b in articlex.extract(html).blocks if isinstance(b, Code)]
    assert codes == [code]


def test_rendered_paragraphs() -> None:
    br = LINE_BREAK
    assert rendered_paragraphs(f"\n  one\n two {br}three{br} \n {br}four  ") == [
        "one two\nthree",
        "four",
    ]
    assert rendered_paragraphs(f"{br}{br} lone {br}") == ["lone"]
    assert rendered_paragraphs(" \n\t ") == []


def test_header_lines_before_the_text_are_dropped_but_lines_in_it_stay() -> None:
    # A table layout writes its header as lines of one run: headline, date, then text.
    html = (
        "<html><head><title>Bridge to reopen - Valley Gazette</title></head><body><table>"
        "<tr><td class='storytext'><b>Bridge to reopen</b><br>\n"
        "<font size='1'>Posted 14 March 2008</font><br><br>\n"
        f"{LEAD}<br><br>\n{MORE}<br>\nPosted 15 March 2008 by the editors, with a correction."
        "</td></tr></table></body></html>"
    )
    article = articlex.extract(html)
    assert article.body.startswith(LEAD)
    assert article.body.endswith("Posted 15 March 2008 by the editors, with a correction.")
