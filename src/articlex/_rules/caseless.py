"""Case-insensitive rules searched the quick way in ASCII text.

Python's ``re`` searches a pattern compiled with IGNORECASE several times slower than the
same pattern without it: it folds the case of every character it compares. A rule
written in lower case finds in an ASCII text just what its lower-case form finds in the
text once lower-cased, which is how :class:`Caseless` searches the class names, ``id``
values and addresses the stages test (nearly all ASCII). Any other text is searched with
the rule itself: IGNORECASE also folds a few other letters into ASCII ones ("ſ" into
"s", the Kelvin sign into "k"). ``tests/test_caseless.py`` holds the two forms equal.
"""

from __future__ import annotations

import re

__all__ = ["Caseless"]


class Caseless:
    """A case-insensitive ``pattern`` written in lower case, with its :meth:`search`
    that says whether it matches somewhere in a text."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        if not pattern.flags & re.IGNORECASE:
            raise ValueError(f"not a case-insensitive pattern: {pattern.pattern!r}")
        if pattern.pattern != pattern.pattern.lower():
            # An upper-case letter is a literal or an escape (\W, \S): neither reads the
            # same in lower-cased text.
            raise ValueError(f"pattern not written in lower case: {pattern.pattern!r}")
        self.pattern = pattern
        self._lower = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)

    def search(self, text: str) -> bool:
        """``pattern.search(text) is not None``."""
        if text.isascii():
            return self._lower.search(text.lower()) is not None
        return self.pattern.search(text) is not None
