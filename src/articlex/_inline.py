"""Stage 5b, inline marks: a paragraph's links and emphasis, carried through the
whitespace collapsing that makes its text.

While the block walk gathers a run of inline text, it notes which elements open and close
a mark (a link, bold, italic...) as offsets into the run's raw text. Here the raw text is
cut into paragraphs exactly as :func:`articlex._text.rendered_paragraphs` cuts it (the
tests hold the two to the same texts), and each mark becomes a :class:`Span` of its
paragraph: its start on the first character shown at or after its opening, its end after
the last character shown before its closing, so a span never starts or ends on a space.
Built only when ``ExtractOptions`` asks for links or formatting.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping

from articlex._models import Span, SpanKind
from articlex._options import ExtractOptions
from articlex._text import LINE_BREAK, SHOWN_WORD

__all__ = ["Mark", "mark_tags", "marked_paragraphs"]

#: Elements that make a link span.
LINK_TAGS: Mapping[str, SpanKind] = {"a": "link"}
#: Elements that make a formatting span, and which.
FORMATTING_TAGS: Mapping[str, SpanKind] = {
    "strong": "strong",
    "b": "strong",
    "em": "emphasis",
    "i": "emphasis",
    "cite": "emphasis",
    "code": "code",
    "kbd": "code",
    "samp": "code",
    "tt": "code",
    "sub": "subscript",
    "sup": "superscript",
}

#: A mark in a run's raw text: (start, end, kind, href).
Mark = tuple[int, int, SpanKind, str | None]


def mark_tags(options: ExtractOptions) -> dict[str, SpanKind]:
    """The elements whose marks ``options`` asks for (none by default)."""
    tags: dict[str, SpanKind] = {}
    if options.include_links:
        tags.update(LINK_TAGS)
    if options.include_formatting:
        tags.update(FORMATTING_TAGS)
    return tags


def marked_paragraphs(raw: str, marks: list[Mark]) -> list[tuple[str, tuple[Span, ...]]]:
    """The paragraphs of ``raw`` (as ``rendered_paragraphs`` gives them), each with the
    spans of ``marks`` that show in it."""
    paragraphs: list[tuple[str, tuple[Span, ...]]] = []
    words: list[tuple[int, int, int]] = []  # raw start, raw end, start in the text
    pieces: list[str] = []
    length = 0
    line_start = 0
    for line in raw.split(LINE_BREAK):
        found = [(line_start + m.start(), line_start + m.end()) for m in SHOWN_WORD.finditer(line)]
        line_start += len(line) + len(LINE_BREAK)
        if not found:  # a blank line: it ends the paragraph
            if words:
                paragraphs.append(("".join(pieces), _spans(words, marks)))
                words, pieces, length = [], [], 0
            continue
        for number, (start, end) in enumerate(found):
            if number or words:
                pieces.append(" " if number else "\n")
                length += 1
            words.append((start, end, length))
            pieces.append(raw[start:end])
            length += end - start
    if words:
        paragraphs.append(("".join(pieces), _spans(words, marks)))
    return paragraphs


def _spans(words: list[tuple[int, int, int]], marks: list[Mark]) -> tuple[Span, ...]:
    """The spans of ``marks`` over the paragraph of ``words``, outer ones first."""
    starts = [word[0] for word in words]
    ends = [word[1] for word in words]
    spans: list[Span] = []
    for mark_start, mark_end, kind, href in marks:
        first = bisect_right(ends, mark_start)  # the first word ending after the opening
        last = bisect_left(starts, mark_end) - 1  # the last word starting before the closing
        if first >= len(words) or last < 0:
            continue
        raw_start, _, shown_start = words[first]
        start = shown_start + max(0, mark_start - raw_start)
        raw_start, raw_end, shown_start = words[last]
        end = shown_start + min(mark_end, raw_end) - raw_start
        if start < end:
            spans.append(Span(start, end, kind, href))
    spans.sort(key=lambda span: (span.start, -span.end))
    return tuple(spans)
