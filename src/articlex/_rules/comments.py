"""What tells a page's comments (``ExtractOptions(comments=True)``,
:mod:`articlex._fields.comments`): the section holding them, each comment, and its
author, date and text, by the class names and ids comment systems write."""

from __future__ import annotations

import re

#: A class or id (one token, whole) naming the section that holds the comments.
SECTION_PATTERN: re.Pattern[str] = re.compile(
    r"comments?|comment-(?:list|section|area|thread|wrap\w*)|commentlist|comments-\w+"
    r"|disqus_thread|discussion",
    re.IGNORECASE,
)
#: A class (one token, whole) naming one comment, or what wraps it with its replies.
ENTRY_CLASS_PATTERN: re.Pattern[str] = re.compile(
    r"comment|comment-(?:body|item|entry|container|wrap|single|main)|commentbody"
    r"|single-comment|comment_item|reply",
    re.IGNORECASE,
)
#: An id (whole) naming one comment: WordPress's ``comment-12``, ``div-comment-12``.
ENTRY_ID_PATTERN: re.Pattern[str] = re.compile(r"(?:div-|li-)?comment-?\d+", re.IGNORECASE)
#: A class token (searched) of the element holding a comment's author.
AUTHOR_PATTERN: re.Pattern[str] = re.compile(
    r"author|user-?name|nickname|commenter|\bfn\b|\bname\b", re.IGNORECASE
)
#: A class token (searched) of the element holding a comment's date.
DATE_PATTERN: re.Pattern[str] = re.compile(r"date|time|published|posted", re.IGNORECASE)
#: A class token (searched) of the element holding a comment's text.
TEXT_PATTERN: re.Pattern[str] = re.compile(
    r"comment-?(?:content|text|body)|commenttext|comment_text|\bcontent\b", re.IGNORECASE
)
#: What a theme writes after the author's name ("Jane says:").
SAYS_SUFFIX: re.Pattern[str] = re.compile(r"\s+(?:says|said|wrote)\s*:?\s*$", re.IGNORECASE)
#: Characters of its own text (beyond replies nested in it) that make an entry a
#: comment rather than a wrapper of one.
MIN_COMMENT_CHARS = 2
#: The most comments read from one page.
MAX_COMMENTS = 500
