"""What ``ExtractOptions(focus=...)`` changes, as trafilatura's favor_precision and
favor_recall do: "precision" leaves out more of what may be boilerplate, "recall" keeps
more of what may be text. "balanced" (the default) uses the rules as they are.
"""

from __future__ import annotations

#: The values ``focus`` takes.
FOCUS_VALUES = frozenset({"precision", "balanced", "recall"})

#: Precision: a short paragraph with this share of its text in links is left out (the
#: default rule leaves out those that are nearly all link, LINK_PARAGRAPH_DENSITY).
PRECISION_LINK_PARAGRAPH_DENSITY = 0.5
#: Precision: blocks after the article's last paragraph of prose that are shorter than
#: this (characters) are left out: the trail of tags, share lines and "more" links that
#: follows a story inside its container.
PRECISION_TAIL_MAX_CHARS = 120
#: Precision: a paragraph of at least this many characters is prose, and ends the trail.
PRECISION_PROSE_CHARS = 150
