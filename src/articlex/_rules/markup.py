"""Limits on what is read of an element's markup, shared by every stage that reads it.

Read by the cleaner (:mod:`articlex._classify`) and the field finders: one value each, so
that the stages judge the same text of a pathological attribute.
"""

from __future__ import annotations

#: Characters of ``class`` + " " + ``id`` examined: a class list longer than this (some
#: pages stuff thousands of utility classes into one element) is cut there.
MAX_CLASS_ID_CHARS = 256
