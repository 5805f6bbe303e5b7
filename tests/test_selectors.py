"""The caller's own selectors: ``remove`` drops elements before anything reads the page,
``keep`` takes elements as the body's containers; an invalid selector is refused."""

from __future__ import annotations

import lxml.html
import pytest

import articlex
from articlex import ExtractOptions, InvalidOptionError

STORY = [
    "The harbour board approved the new ferry timetable on Monday evening, adding two "
    "crossings a day during the summer months.",
    "Residents of the island had asked for the change for three years, and the board's "
    "chair said the extra crossings would start in June.",
]
PROMO = "Subscribers save twenty per cent on every crossing booked before the end of May."
NOTES = [
    "A reader writes: the early ferry will help everyone who works on the mainland.",
    "Another asks whether the winter timetable will change as well, and when.",
]
PAGE = f"""<html lang="en"><head><title>New ferry timetable</title></head><body>
<article><h1>New ferry timetable</h1>
<p>{STORY[0]}</p>
<div class="offer"><p>{PROMO}</p></div>
<p>{STORY[1]}</p>
</article>
<section id="comments" class="comments"><h2>Comments</h2>
<div class="comment"><p>{NOTES[0]}</p></div><div class="comment"><p>{NOTES[1]}</p></div>
</section>
</body></html>"""


def test_remove_drops_what_css_or_xpath_selects() -> None:
    assert PROMO in articlex.extract(PAGE).body  # the cleaner cannot tell it is an offer
    for selector in ("div.offer", "//div[@class='offer']"):
        body = articlex.extract(PAGE, options=ExtractOptions(remove=(selector,))).body
        assert PROMO not in body
        assert body == "\n\n".join(STORY)


def test_remove_never_touches_the_callers_tree() -> None:
    tree = lxml.html.fromstring(PAGE)
    before = lxml.html.tostring(tree)
    articlex.extract(tree, options=ExtractOptions(remove=(".offer",)))
    assert lxml.html.tostring(tree) == before


def test_keep_takes_the_selected_elements_as_the_body() -> None:
    assert NOTES[0] not in articlex.extract(PAGE).body  # comments are cleaned away
    body = articlex.extract(PAGE, options=ExtractOptions(keep=("#comments",))).body
    assert NOTES[0] in body and NOTES[1] in body
    assert STORY[0] not in body


def test_keep_without_a_match_locates_the_body_as_usual() -> None:
    options = ExtractOptions(keep=("main.story",))
    assert articlex.extract(PAGE, options=options).body == articlex.extract(PAGE).body


@pytest.mark.parametrize("selector", ["div..offer", "p[", "//div[@class=", "(//p"])
def test_an_invalid_selector_is_refused_by_name(selector: str) -> None:
    with pytest.raises(InvalidOptionError, match="invalid") as info:
        ExtractOptions(remove=(selector,))
    assert repr(selector) in str(info.value)


def test_selectors_are_a_tuple_of_str() -> None:
    options = ExtractOptions(remove=[".offer", "//aside"], keep=())  # type: ignore[arg-type]
    assert options.remove == (".offer", "//aside")
    assert hash(options) == hash(ExtractOptions(remove=(".offer", "//aside")))
    with pytest.raises(TypeError):
        ExtractOptions(remove=".offer")  # type: ignore[arg-type]  # one str, not a tuple
    with pytest.raises(TypeError):
        ExtractOptions(keep=(3,))  # type: ignore[arg-type]
