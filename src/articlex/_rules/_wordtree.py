"""Word lists written as trees of their letters, for the rules' regular expressions.

An alternation of words (``jan|january|feb|...``) makes the regex engine try every word
at every position of a text. The same words as a tree of their letters
(``(?:jan(?:uary)?|feb...)``) let it compare each character with a few first letters
instead. The rules keep their readable word lists; their patterns are derived here, once,
at import.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable

__all__ = ["word_tree"]


def word_tree(words: Iterable[str], *, prefixes: bool = False) -> str:
    """A regex of ``words`` (plain text, escaped here) as a tree of their letters.

    By default it matches what ``"|".join(sorted(words, key=len, reverse=True))``
    matches, preferring the longest word, as long as no two branches of one node start
    with letters that can match the same character (true of distinct letters without
    ``re.IGNORECASE``; the month names' test checks it with the flag). With
    ``prefixes``, it matches the start of a text that begins with one of the words (all
    a ``search`` for the words' presence asks): a word that another begins with
    ("foot", "footnote") then stands for both."""
    return _branches(sorted(set(words)), prefixes)


def _branches(words: list[str], prefixes: bool) -> str:
    """The tree below one node: ``words`` are what is left of the words through it."""
    ends = "" in words  # a word ends at this node
    if ends and prefixes:
        return ""  # matching it is enough
    rests = [word for word in words if word]
    if not rests:
        return ""
    common = os.path.commonprefix(rests)  # noqa: RUF071 (letters wanted, not path parts)
    if common and not ends:  # the letters all the words share, at once
        return re.escape(common) + _branches([word[len(common) :] for word in rests], prefixes)
    tails: dict[str, list[str]] = {}
    for word in rests:
        tails.setdefault(word[0], []).append(word[1:])
    branches = [re.escape(char) + _branches(tail, prefixes) for char, tail in tails.items()]
    tree = branches[0] if len(branches) == 1 and not ends else f"(?:{'|'.join(branches)})"
    return f"{tree}?" if ends else tree
