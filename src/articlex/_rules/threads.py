"""What tells a comment thread by its structure, whatever its class names say.

A thread is a run of posts, each with its author, date, text and a link to answer it.
The link is the surest mark: a list whose items (MIN_THREAD_POSTS or more) each carry a
"Reply" link, with some text of their own, is a thread (see :mod:`articlex._threads`).
"""

from __future__ import annotations

import re

#: The text of a link or button that answers a post, lower-cased and stripped of
#: REPLY_TEXT_STRIP, in several languages.
REPLY_TEXTS: frozenset[str] = frozenset({
    "reply", "respond", "répondre", "repondre", "antworten", "responder", "responda",
    "rispondi", "reageer", "reageren", "beantwoorden", "svara", "svar", "odpowiedz",
    "odpowiedź", "ответить", "回复", "返信", "답글",
})  # fmt: skip
#: ... or starting with one of these ("Reply to this comment", "Reply to Jane").
REPLY_TEXT_PREFIXES: tuple[str, ...] = ("reply to ", "respond to ", "antworten auf ")
REPLY_TEXT_STRIP = " \t\r\n\xa0↓↳→»«›|[]()·"
#: ... or its address: WordPress's ``?replytocom=``, a ``#reply`` or ``/reply`` anchor
#: (only looked for in an address holding "reply" or "Reply").
REPLY_HREF_PATTERN: re.Pattern[str] = re.compile(r"replytocom=|[#/?]reply\b", re.IGNORECASE)
#: A link or button longer than this (characters) is no reply link.
REPLY_MAX_CHARS = 80
#: Posts with a reply link each, in distinct children of one element, that make it a
#: thread.
MIN_THREAD_POSTS = 3
#: Characters of text a post holds besides its reply link (a name and a date alone,
#: a list of "Reply" buttons in a toolbar, are no posts).
MIN_POST_TEXT_CHARS = 40
