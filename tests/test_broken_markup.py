"""Markup a browser forgives and libxml2 reads otherwise: the article must survive it.

Each case is a shape seen on real pages of the open web: a ``<title>`` never closed,
content written after ``</body>``, the page inside an element HTML does not know
(CleanEval's ``<text>`` wrapper, a custom element), layout tables nested deep or
broken (cells straight under ``<table>``, a ``<center>`` between a table and its rows).
"""

from __future__ import annotations

import articlex

PARAGRAPHS = [
    "The harbour authority confirmed on Monday that the northern breakwater will be "
    "rebuilt over the next two winters, after storms last January opened a gap of "
    "almost forty metres in the old stone wall.",
    "Fishing boats will keep using the inner basin during the works, but the ferry "
    "to the islands will leave from the temporary pontoon beside the lifeboat station "
    "until the new wall is finished.",
    "The cost, shared between the county and the national coastal fund, is put at "
    "eleven million euros, and local firms are expected to supply most of the stone.",
]


def _story() -> str:
    return "".join(f"<p>{text}</p>\n" for text in PARAGRAPHS)


def _assert_story_once(body: str) -> None:
    for text in PARAGRAPHS:
        assert body.count(text) == 1, (text[:40], body[:300])


def test_a_title_left_open_does_not_swallow_the_page() -> None:
    page = (
        "<html><head><title>Breakwater to be rebuilt (Coast News)\n"
        "function zoom() { return 1; }\n</script>\n</head>\n"
        f"<body><div class='story'>{_story()}</div></body></html>"
    )
    article = articlex.extract(page)
    _assert_story_once(article.body)


def test_content_after_the_end_of_body_is_read() -> None:
    page = (
        "<html><head><title>Breakwater</title></head><body><div>Coast News</div></body>"
        f"<div class='story'>{_story()}</div></html>"
    )
    _assert_story_once(articlex.extract(page).body)


def test_a_page_inside_an_unknown_element_is_read() -> None:
    for wrapper in ("text id='http://coast.example/story'", "x-app-shell"):
        name = wrapper.split()[0]
        page = (
            f"<html><body><{wrapper}><h2>Breakwater to be rebuilt</h2>{_story()}"
            f"<p>More coast news</p></{name}></body></html>"
        )
        _assert_story_once(articlex.extract(page).body)


def test_nested_layout_tables_give_each_text_once() -> None:
    cells = "".join(f"<tr><td>{text}<br><br></td></tr>" for text in PARAGRAPHS)
    inner = f"<table><tr><td><table>{cells}</table></td></tr></table>"
    for _ in range(3):  # four tables deep
        inner = f"<table><tr><td>{inner}</td></tr></table>"
    page = f"<html><body><a href='/'>Home</a>{inner}</body></html>"
    _assert_story_once(articlex.extract(page).body)


def test_broken_table_markup_keeps_its_text() -> None:
    # Cells straight under <table>, and a <center> between a table and its rows.
    story = "".join(f"<td>{text}<br><br></td>" for text in PARAGRAPHS)
    page = (
        "<html><body><table><center><table>"
        f"<tr><td><table>{story}</table></td></tr>"
        "</table></center></table></body></html>"
    )
    _assert_story_once(articlex.extract(page).body)
