"""``collapse_ws`` answers as its plain form, the regex, on any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from articlex._text import _INVISIBLE_CHARS, _WS, collapse_ws


def _plain(text: str) -> str:
    return _WS.sub(" ", text).strip()


def test_the_plain_space_is_the_one_printable_space() -> None:
    """Printable text is taken without the regex: true only while the plain space is the
    one printable whitespace or invisible character."""
    printable_spaces = [
        hex(code)
        for code in range(0x110000)
        if (chr(code).isspace() or chr(code) in _INVISIBLE_CHARS)
        and chr(code).isprintable()
        and code != 0x20
    ]
    assert printable_spaces == []


def test_collapse_ws_collapses_every_space_and_invisible_character() -> None:
    assert collapse_ws("\u00a0a\u200b  b\u3000") == "a b"
    assert collapse_ws(" a  b ") == "a b"
    assert collapse_ws("a\n\tb\ufeff") == "a b"
    assert collapse_ws("a b") == "a b"
    assert collapse_ws("") == ""


_SPACES = [" ", "  ", "\n", "\t", "\r\n", "\xa0", "\u3000", "\u2028", "\x1c", "\x85"]
_PIECES = st.one_of(
    st.sampled_from([*_SPACES, *_INVISIBLE_CHARS, "a", "é", "中", ".", "-"]),
    st.text(max_size=4),
)


@settings(max_examples=2000, deadline=None, derandomize=True)
@given(st.lists(_PIECES, max_size=12))
def test_collapse_ws_is_its_plain_form(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert collapse_ws(text) == _plain(text), repr(text)
