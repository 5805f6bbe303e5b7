"""The characters xml_safe removes: exactly those outside XML 1.0's ``Char`` production."""

from __future__ import annotations

import re

from articlex._xml import _NOT_XML_CHAR, xml_safe

#: XML 1.0's ``Char`` production (tab, newlines and the planes kept), as it reads.
XML_CHAR_CLASS = r"[\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"


def test_listed_class_is_the_negated_production() -> None:
    """_NOT_XML_CHAR lists what the production leaves out: both tell every code point,
    surrogates included, alike."""
    negated = re.compile("[^" + XML_CHAR_CLASS.removeprefix("["))
    every = "".join(map(chr, range(0x110000)))
    listed = [match.start() for match in _NOT_XML_CHAR.finditer(every)]
    assert listed == [match.start() for match in negated.finditer(every)]
    assert len(listed) == 29 + 0x800 + 2  # C0 but tab and newlines, surrogates, FFFE/FFFF


def test_xml_safe_keeps_words_and_drops_controls() -> None:
    text = "a\x00b\x0cc\td\ne\rf\ufffeg\uffffh\ud800i\U0001f600"
    assert xml_safe(text) == "abc\td\ne\rfghi\U0001f600"
