"""The block builder: boilerplate inside the article container, dropped by its shape."""

from __future__ import annotations

import articlex

PROSE = (
    "Die Stadtwerke haben am Montag angekündigt, das Fernwärmenetz im Osten der Stadt bis "
    "zum Jahr 2030 zu verdoppeln, und rechnen dafür mit Kosten von rund 80 Millionen Euro."
)


def _page(first_line: str) -> str:
    paragraphs = "".join(f"<p>{PROSE} Absatz {i}.</p>" for i in range(5))
    return (
        "<html lang='de'><body><div class='beitrag'><h1>Fernwärme für den Osten</h1>"
        f"<div class='text'><p>{first_line}</p>{paragraphs}</div></div></body></html>"
    )


def test_a_leftover_byline_line_is_not_body() -> None:
    body = articlex.extract(_page("Von Max Mustermann und Erika Musterfrau")).body
    assert "Mustermann" not in body
    assert body.startswith(PROSE)


def test_a_sentence_starting_with_a_byline_word_stays() -> None:
    sentence = "Von den 40 Haushalten in der Straße sind bisher nur zwölf angeschlossen."
    body = articlex.extract(_page(sentence)).body
    assert body.startswith(sentence)


def test_an_inline_list_of_links_to_other_stories_is_dropped() -> None:
    links = "".join(f"<li><a href='/s/{i}'>Andere Geschichte Nummer {i}</a></li>" for i in range(5))
    html = _page("Erster Satz des Artikels, der hier beginnt.").replace(
        "</div></div>", f"<ul>{links}</ul></div></div>"
    )
    body = articlex.extract(html).body
    assert "Andere Geschichte" not in body
    assert body.endswith("Absatz 4.")


def test_collapse_ws_fast_path_premise_holds() -> None:
    """``collapse_ws`` returns printable text without double or outer spaces as it is:
    true only while the plain space is the one printable whitespace or invisible char."""
    from articlex._text import _INVISIBLE_CHARS, collapse_ws

    printable_spaces = [
        hex(code)
        for code in range(0x110000)
        if (chr(code).isspace() or chr(code) in _INVISIBLE_CHARS)
        and chr(code).isprintable()
        and code != 0x20
    ]
    assert printable_spaces == []
    assert collapse_ws("\u00a0a\u200b  b\u3000") == "a b"
    assert collapse_ws(" a  b ") == "a b"
    assert collapse_ws("a b") == "a b"
    assert collapse_ws("") == ""
