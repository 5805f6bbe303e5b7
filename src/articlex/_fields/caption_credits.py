"""A caption's credit, told apart from its text by the wording alone.

The credit is a labelled tail ("Photo: X"), a parenthesised agency or name ("(Getty
Images)") or a last "Name/Agency" line; it loses its label and brackets (see
docs/fields.md). Rules in :mod:`articlex._rules.captions`.
"""

from __future__ import annotations

from articlex._rules import captions as rules
from articlex._text import collapse_ws

__all__ = ["credit_text", "split_credit", "tidy_caption"]


def split_credit(text: str) -> tuple[str, str | None]:
    """Split a caption's text into ``(caption, credit)`` by its wording alone."""
    text = collapse_ws(text)
    if not text:
        return "", None
    for match in rules.CREDIT_START_PATTERN.finditer(text):
        tail = text[match.start() :]
        if len(tail) <= rules.MAX_LABELLED_CREDIT_CHARS and not _has_sentence_stop(tail):
            credit = credit_text(tail)
            if credit:
                return tidy_caption(text[: match.start()]), credit
    paren = rules.TRAILING_PAREN_CREDIT.search(text)
    if paren:
        inside = paren.group("credit")
        if "/" in inside or rules.AGENCY_PATTERN.search(inside) or rules.NAME_PATTERN.match(inside):
            credit = credit_text(inside)
            if credit:
                return tidy_caption(text[: paren.start()]), credit
    starts = [0] + [m.end() for m in rules.SENTENCE_END_PATTERN.finditer(text)]
    for start in starts:  # the longest tail first: "Photo by A. Smith/Reuters"
        tail = text[start:].strip()
        if _is_slash_credit(tail):
            return tidy_caption(text[:start]), credit_text(tail)
    if (
        len(text) <= rules.MAX_AGENCY_CAPTION_CHARS
        and rules.AGENCY_PATTERN.search(text)
        and rules.CREDIT_PART_PATTERN.match(text.replace(" via ", " of "))
    ):
        return "", credit_text(text)  # "Getty Images", "Chesnot via Getty Images"
    return text, None


def credit_text(raw: str) -> str | None:
    """A credit without its label ("Photo by", "Credit", "©") and brackets; ``None``
    when nothing is left or it is too long to be a credit."""
    credit = collapse_ws(raw).strip(rules.CREDIT_BRACKETS)
    previous = None
    while previous != credit:  # "CreditCredit", "(Photo: X)"
        previous = credit
        credit = rules.CREDIT_LABEL_PATTERN.sub("", credit).strip(rules.CREDIT_EDGE_CHARS)
    if not credit or len(credit) > rules.MAX_CREDIT_CHARS:
        return None
    return credit


def tidy_caption(text: str) -> str:
    """A caption's text once its credit is cut off, without the separator left at its end."""
    return text.rstrip(rules.CAPTION_TRAILING_CHARS).strip()


def _has_sentence_stop(tail: str) -> bool:
    return bool(rules.SENTENCE_STOP_PATTERN.search(tail.rstrip(". ")))


def _is_slash_credit(tail: str) -> bool:
    """``tail`` is a "Name/Agency" credit line: short, no sentence in it, each part one
    word or capitalised words of a credit."""
    if "/" not in tail or len(tail) > rules.MAX_CREDIT_CHARS or _has_sentence_stop(tail):
        return False
    if not any(ch.isupper() for ch in tail):
        return False
    parts = [p.strip() for p in tail.split("/")]
    if len(parts) < 2 or not all(parts):
        return False
    return all(
        (" " not in part and any(ch.isalpha() for ch in part))
        or rules.CREDIT_PART_PATTERN.match(part)
        for part in parts
    )
