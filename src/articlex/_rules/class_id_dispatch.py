r"""The class/id rule table, regrouped for matching: what the cleaner searches with.

The plain pattern (:func:`articlex._rules.boilerplate.plain_class_id_pattern`) tries
all its alternatives at every token start: the regex engine cannot see that only the few
beginning with the character there can match, and the compound rules (``\w+-ad``)
backtrack through the whole token each time. Here the same table is regrouped, once, at
import: a prefilter of the literal text some rule begins with (most of a page's class
names, ``flex`` or ``col-md-8``, hold none, and one search settles them), then one
pattern with a branch per first character, each holding the rules that start with it,
in table order. :func:`best_match` gives what the plain pattern gives on every text.

This is the one speed device of the cleaner: it is kept because it pays on every page,
and it is confined here; ``tests/test_class_id_dispatch.py`` holds it to the plain
pattern.
"""

from __future__ import annotations

import itertools
import operator
import re

from articlex._rules._wordtree import word_tree
from articlex._rules.boilerplate import CLASS_ID_RULES, COMPOUND_HEAD, KIND_PRIORITY, TOKEN_END

__all__ = [
    "CLASS_ID_DISPATCH_KINDS",
    "CLASS_ID_DISPATCH_PATTERN",
    "CLASS_ID_PREFILTER",
    "best_match",
    "may_match",
]

#: A regex quantifier: a literal followed by one is not certain to be there.
_QUANTIFIERS = frozenset("?*+{")
#: Characters that stand for themselves in a rule.
_LITERAL_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_-"
#: A group of plain words, ``(?:word|word...)``.
_PLAIN_WORDS = re.compile(r"\(\?:((?:[a-z0-9]+\|)*[a-z0-9]+)\)")
#: A leading one-character lookbehind, such as ``(?<![\w-])``.
_LEADING_LOOKBEHIND = re.compile(r"\(\?<[!=](?:\[[^\]]*\]|\\\w|[a-z0-9-])\)")
#: Most texts one rule's start is read as (an optional character doubles them): past
#: that, the prefilter reads no further into the rule. Keeps the prefilter small.
_MAX_STARTS_PER_RULE = 16
#: The token-start test of a compound rule in a branch (see _compound_rest).
_COMPOUND_START = r"(?<!\w.)"


def _top_level_bar(regex: str) -> bool:
    """Whether ``regex`` has a ``|`` outside any group or class (so it is no single rule)."""
    depth, index, in_class = 0, 0, False
    while index < len(regex):
        char = regex[index]
        if char == "\\":
            index += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
        index += 1
    return False


# --- the prefilter ---------------------------------------------------------------------------


def _required_starts(rule: str) -> list[str]:
    """Texts one of which a match of ``rule`` must begin with: its leading literal
    characters, an optional one (``-?``) read both with and without it, a group of plain
    words read as each word, up to the first other construct. The longer the starts, the
    fewer class names pass the prefilter only to fail the pattern (``article`` is no
    ``article-meta``)."""
    lookbehind = _LEADING_LOOKBEHIND.match(rule)
    if lookbehind is not None:
        rule = rule[lookbehind.end() :]
    starts = [""]
    index = 0
    while index < len(rule):
        words = _PLAIN_WORDS.match(rule, index)
        if words is not None:
            if rule[words.end() : words.end() + 1] in _QUANTIFIERS:
                break
            longer = [start + word for start in starts for word in words.group(1).split("|")]
            index = words.end()
        elif rule[index] not in _LITERAL_CHARS:
            break
        elif rule[index + 1 : index + 2] == "?":
            longer = starts + [start + rule[index] for start in starts]
            index += 2
        elif rule[index + 1 : index + 2] in _QUANTIFIERS:
            break
        else:
            longer = [start + rule[index] for start in starts]
            index += 1
        if len(longer) > _MAX_STARTS_PER_RULE:
            break
        starts = longer
    return starts


def _suffix_tail(rule: str) -> str:
    r"""The literal a compound rule (``\w+-ad``) needs after its word, less its first
    character, which must be one no rule word holds (``-``, ``_``): the prefilter's
    ``[^a-z0-9]`` then stands for that character."""
    body = rule[len(COMPOUND_HEAD) :]
    literal = body[: len(body) - len(body.lstrip(_LITERAL_CHARS))]
    if body[len(literal) : len(literal) + 1] in _QUANTIFIERS:
        literal = literal[:-1]
    if len(literal) < 2 or literal[0] not in "-_":
        raise ValueError(f"class/id compound rule without a literal suffix: {rule!r}")
    return literal[1:]


def _prefilter_words() -> set[str]:
    """The literal beginnings of the rules, and the compound rules' suffixes."""
    words: set[str] = set()
    for alternatives in CLASS_ID_RULES.values():
        for rule in alternatives:
            if rule.startswith(COMPOUND_HEAD):
                words.add(_suffix_tail(rule))
            else:
                words.update(_required_starts(rule))
    return words


CLASS_ID_PREFILTER: re.Pattern[str] = re.compile(
    "[^a-z0-9]" + word_tree(_prefilter_words(), prefixes=True)
)
"""What any class/id rule needs to match, in a text with a space in front: a token start
followed by the literal beginning of some rule, or a compound rule's literal suffix (its
``-`` or ``_`` matched by ``[^a-z0-9]``)."""


# --- the dispatched pattern ------------------------------------------------------------------


def _split_first_char(rule: str) -> list[tuple[str, str]]:
    """``(first character, rest)`` for each way ``rule`` can begin, ``rest`` matching what
    follows that character exactly as ``rule`` did. Knows the shapes the table uses (a
    letter or digit, one behind a one-character lookbehind, a group of plain words) and
    raises on any other, rather than dispatch a rule it does not understand."""
    if _top_level_bar(rule):
        raise ValueError(f"class/id rule is not a single alternative: {rule!r}")
    lookbehind = _LEADING_LOOKBEHIND.match(rule)
    if lookbehind is not None:
        (char, rest), *more = _split_first_char(rule[lookbehind.end() :])
        if more:
            raise ValueError(f"class/id rule of an unknown shape: {rule!r}")
        # The lookbehind now stands after the character: it looks one character further.
        return [(char, f"{lookbehind.group(0)[:-1]}{re.escape(char)}){rest}")]
    words = _PLAIN_WORDS.match(rule)
    if words is not None:
        tails: dict[str, list[str]] = {}
        for word in words.group(1).split("|"):
            tails.setdefault(word[0], []).append(word[1:])
        tail = rule[words.end() :]
        return [(char, f"(?:{'|'.join(rests)}){tail}") for char, rests in tails.items()]
    if rule[:1].isascii() and rule[:1].isalnum() and rule[1:2] not in _QUANTIFIERS:
        return [(rule[0], rule[1:])]
    raise ValueError(f"class/id rule of an unknown shape: {rule!r}")


def _compound_rest(rule: str) -> str:
    r"""A compound rule (``\w+-ad``) after its first character, which may be any word
    character: the rest of its word, then its literal. _COMPOUND_START (two characters
    back, the one before the first), which the branch puts in front, keeps the token
    start the plain pattern tests with ``(?<!\w)``."""
    return rf"\w*{rule[len(COMPOUND_HEAD) :]}"


def _kind_alternatives(rests: list[tuple[str, bool]]) -> str:
    """One kind's rules in a branch, in table order, as one alternation: ``(rest,
    is_compound)`` pairs, the compound rules next to each other behind one
    _COMPOUND_START (it reads no text: testing it once is testing it before each)."""
    alternatives: list[str] = []
    for is_compound, run in itertools.groupby(rests, key=operator.itemgetter(1)):
        texts = [rest for rest, _ in run]
        if is_compound:
            body = texts[0] if len(texts) == 1 else f"(?:{'|'.join(texts)})"
            alternatives.append(_COMPOUND_START + body)
        else:
            alternatives.extend(texts)
    if len(alternatives) == 1 and not _top_level_bar(alternatives[0]):
        return alternatives[0]
    return f"(?:{'|'.join(alternatives)})"


def _dispatch_branches() -> tuple[str, tuple[str, ...]]:
    r"""The table's rules, one branch per first character, then the token-end test (no
    token-start test); and the kind of each capturing group (group names cannot repeat
    across branches). A compound rule (``\w+-ad``) can begin with any word character:
    it stands in every branch, in its place in the table, and alone in a last branch
    for the word characters that begin no other rule. A kind's rules end with an empty
    group, its mark, rather than sit in a group of their own, which the regex engine
    would enter at each candidate; a bare alternative starting with a literal is passed
    over at one comparison.

    The token-end test stands once, after all the branches, rather than after each
    kind's rules: a rule whose match it refuses is left for the next one in the same
    order either way (the engine backtracks into the alternation, and a branch that
    fails restores the marks it set)."""
    starts = {
        char
        for alternatives in CLASS_ID_RULES.values()
        for rule in alternatives
        if not rule.startswith(COMPOUND_HEAD)
        for char, _ in _split_first_char(rule)
    }
    # The word characters only a compound rule can begin with (``q``, digits, ``_``...).
    others = f"[^\\W{re.escape(''.join(sorted(starts)))}]"
    by_char: dict[str, list[tuple[str, str, bool]]] = {}
    for kind, alternatives in CLASS_ID_RULES.items():
        for rule in alternatives:
            if rule.startswith(COMPOUND_HEAD):
                for char in [*sorted(starts), others]:
                    by_char.setdefault(char, []).append((kind, _compound_rest(rule), True))
            else:
                for char, rest in _split_first_char(rule):
                    by_char.setdefault(char, []).append((kind, rest, False))
    kinds: list[str] = [""]  # group 0 is the whole match
    branches: list[str] = []
    for char, entries in by_char.items():
        groups: list[str] = []
        for kind, run in itertools.groupby(entries, key=operator.itemgetter(0)):
            kinds.append(kind)
            groups.append(
                _kind_alternatives([(rest, compound) for _, rest, compound in run]) + "()"
            )
        head = char if char == others else re.escape(char)
        branches.append(f"{head}(?:{'|'.join(groups)})")
    return f"(?:{'|'.join(branches)}){TOKEN_END}", tuple(kinds)


_BRANCHES, CLASS_ID_DISPATCH_KINDS = _dispatch_branches()

#: The table's rules by first character, with the token start *consumed* rather than
#: tested, on a text given with a space in front: every rule begins with a letter or
#: digit, so a match begins after a character that is not one, and this pattern begins
#: with that character. No character is wanted twice: a match ends after a letter or
#: digit (then no match starts next) or where ``\w`` ends (then the next character
#: starts none). ``match.group(0)[1:]`` is the token; its kind is
#: ``CLASS_ID_DISPATCH_KINDS[match.lastindex]``.
CLASS_ID_DISPATCH_PATTERN: re.Pattern[str] = re.compile("[^a-z0-9]" + _BRANCHES)


def may_match(text: str) -> bool:
    """Whether some rule may match in ``text``: ``False`` only when none can."""
    return CLASS_ID_PREFILTER.search(" " + text) is not None


def best_match(text: str) -> tuple[str, str] | None:
    """``(kind, token)`` of the most specific kind the rules match in ``text`` (a class/id
    text as the plain pattern reads it), or ``None``: of the plain pattern's matches, the
    first of the kind earliest in the table."""
    if not may_match(text):
        return None
    best: tuple[str, str] | None = None
    # The pattern consumes the character before a token: a space stands before the first.
    for match in CLASS_ID_DISPATCH_PATTERN.finditer(" " + text):
        kind = CLASS_ID_DISPATCH_KINDS[match.lastindex or 0]
        if best is None or KIND_PRIORITY[kind] < KIND_PRIORITY[best[0]]:
            best = (kind, match.group(0)[1:])
    return best
