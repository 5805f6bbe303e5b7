"""The parsed tree is the browser's where libxml2 reads HTML5's void elements as
containers: what follows a ``<source>``, ``<embed>``, ``<track>`` or ``<wbr>`` is not
swallowed by it."""

from __future__ import annotations

import articlex
import articlex._text
from articlex import Figure, Paragraph
from articlex._options import ExtractOptions
from articlex._parse import parse_input

STORY = [
    "The harbour board approved the new ferry timetable on Monday evening, adding two "
    "crossings a day during the summer months.",
    "Residents of the island had asked for the change for three years, and the board's "
    "chair said the extra crossings would start in June.",
    "The first ferry will now leave the mainland at six in the morning, an hour earlier "
    "than before, and the last will return at eleven at night.",
]


def _page(inside: str) -> str:
    return (
        "<html lang='en'><head><title>Ferry timetable</title></head><body><article>"
        f"<h1>New ferry timetable approved</h1>{inside}</article></body></html>"
    )


def test_text_after_an_embed_is_not_dropped_with_it() -> None:
    # libxml2 reads <embed> as a container: the paragraphs after it would be its
    # children, and the cleaner drops embeds with what they hold.
    html = _page(
        f"<div class='text'><p>{STORY[0]}</p><embed src='/media/ferry.swf' width='400'>"
        f"<p>{STORY[1]}</p><p>{STORY[2]}</p></div>"
    )
    paragraphs = [b.text for b in articlex.extract(html).blocks if isinstance(b, Paragraph)]
    assert paragraphs == STORY


def test_the_image_after_a_source_makes_the_figure() -> None:
    html = _page(
        f"<p>{STORY[0]}</p><figure><picture>"
        "<source srcset='/img/ferry.avif' type='image/avif'>"
        "<img src='/img/ferry.jpg' alt='The ferry at the quay'></picture>"
        f"<figcaption>The ferry at the quay.</figcaption></figure><p>{STORY[1]}</p>"
        f"<p>{STORY[2]}</p>"
    )
    article = articlex.extract(html, url="https://harbour.example/news/ferry")
    figures = [b for b in article.blocks if isinstance(b, Figure)]
    assert [(f.image_url, f.alt) for f in figures] == [
        ("https://harbour.example/img/ferry.jpg", "The ferry at the quay")
    ]


def test_void_elements_hold_nothing_and_keep_the_order_of_the_text() -> None:
    html = (
        "<html><body><p>a<wbr>b<wbr>c</p><video><source src='a.mp4'><track src='a.vtt'>"
        "Your browser cannot play this.</video><div>x<embed src='e'>y<b>z</b>w</div>"
        "</body></html>"
    )
    body = parse_input(html, None, ExtractOptions()).root.find("body")
    assert body is not None
    for tag in ("wbr", "source", "track", "embed"):
        for element in body.iter(tag):
            assert len(element) == 0 and element.text is None, tag
    assert articlex._text.inner_text(body) == "abcYour browser cannot play this.xyzw"
    video = body.find("video")
    assert video is not None and [child.tag for child in video] == ["source", "track"]
