"""Short blocks that are boilerplate by their text: what the block builder drops inside
the article, and the comment heading where the article ends.

Matched against a block's whitespace-collapsed text, case-insensitively, in several
languages ("Advertisement", "Share this article", "Lesen Sie auch", "3 min read",
datelines, "Read more: <headline>", WordPress shortcodes). The cleaner keeps a comment
section's heading (whatever its class) for the block builder to stop at.
"""

from __future__ import annotations

import re

#: The heading of a comment section ("Comments", "14 Responses to “...”", "3 thoughts
#: on ...", "Leave a Reply", "Kommentare (5)"): inside the article's container, the
#: article ends there (old blog engines put the comments as the post's siblings, with
#: no element of their own to drop). Several languages.
COMMENTS_HEADING_PATTERN: re.Pattern[str] = re.compile(
    r"^\W*(?:\d+\s+)?comments?(?:\s*\(\d+\))?\W*$"
    r"|^\W*\d+\s+(?:comments?|responses?|replies|thoughts?|reactions?)(?:\s+(?:on|to)\b.*)?$"
    r"|^\W*(?:leave|post|add|write)\s+a\s+(?:reply|comment|response)\W*$"
    r"|^\W*(?:readers?'?|user)\s+comments?\W*$"
    r"|^\W*(?:kommentare?|commentaires?|comentarios?|commenti|reacties)(?:\s*\(\d+\))?\W*$",
    re.IGNORECASE,
)
COMMENTS_HEADING_MAX_CHARS = 120


def opens_comments(heading_text: str) -> bool:
    """Whether a heading saying ``heading_text`` (whitespace collapsed) opens a comment
    section (COMMENTS_HEADING_PATTERN)."""
    return (
        len(heading_text) <= COMMENTS_HEADING_MAX_CHARS
        and COMMENTS_HEADING_PATTERN.match(heading_text) is not None
    )


#: Whole short blocks that are boilerplate by their text alone (matched case-insensitively
#: against the block's whitespace-collapsed text). Several languages.
BOILERPLATE_BLOCK_PATTERN: re.Pattern[str] = re.compile(
    r"^[\s|•·»›>–—-]*(?:"
    r"advertisements?|advert|ad|anzeige|werbung|publicit[ée]|publicidad|pubblicit[àa]|reklama|"
    r"sponsored(?: content)?|paid content|"
    r"share(?: this)?(?: article| story| post| page)?(?: on \w+)?|"
    r"(?:diesen )?artikel teilen|partager(?: cet article)?|compartir|condividi|"
    r"related(?: articles?| stories| posts| content| coverage| news| reading)?|"
    r"read more|read next|see also|more from [\w\s]{1,40}|more on this(?: story| topic)?|"
    r"more stories|you (?:may|might) also like|recommended(?: for you)?|trending(?: now)?|"
    r"most (?:read|popular|viewed|shared)|mehr zum thema|lesen sie auch|à lire aussi|"
    r"sign up(?: for \w+(?: \w+){0,4})?|subscribe(?: now| today| to \w+(?: \w+){0,4})?|"
    r"follow us(?: on \w+)?|"
    r"comments?(?: \(\d+\))?|\d+ comments?|leave a (?:reply|comment)|kommentare|"
    r"tags?:?|tagged:?|topics?:|filed under:?|"
    r"\d+\s*min(?:ute)?s?\.? read|"
    r"(?:last )?updated:?|print|email|e-mail|facebook|twitter|linkedin|whatsapp|copy link|"
    r"this slideshow requires javascript|caption|close|enlarge this image|"
    r"(?:show|hide) caption|toggle caption|skip (?:to )?(?:main )?content|"
    r"(?:photo|image|foto|bild)s?:?"
    r")[\s.:!»›>|-]*$",
    re.IGNORECASE,
)

#: Short blocks that start like a pointer to another story ("Read more: <headline>"),
#: when at least RELATED_LEAD_MIN_LINK_SHARE of their text is a link.
RELATED_LEAD_MIN_LINK_SHARE = 0.5
RELATED_LEAD_PATTERN: re.Pattern[str] = re.compile(
    r"^\W*(?:read (?:more|also|next)|related|see also|also read|more|watch|listen|"
    r"recommended|lesen sie (?:auch|mehr)|mehr zum thema|à lire aussi|lire aussi|"
    r"lee también|leia também|leggi anche)\b\s*[:|>»-]",
    re.IGNORECASE,
)

#: Short blocks that list the article's tags or labels ("Tags: a, b, c", "Tags / a, b").
TAG_LINE_PATTERN: re.Pattern[str] = re.compile(
    r"^\W*(?:tags|tagged|topics|labels|filed under|categories|categorias?|schlagworte|"
    r"stichworte|etiquetas|themen|mots-cl[ée]s)\b\s*[:/|]",
    re.IGNORECASE,
)

_MONTHS = (
    r"jan(?:uary|vier|uar|eiro)?|feb(?:ruary|ruar)?|f[ée]v(?:rier)?|fevereiro|mar(?:ch|s|zo|ço)?|"
    r"m[äa]rz|apr(?:il)?|avr(?:il)?|abril|may|mai|mayo|maio|jun(?:e|i|io|ho)?|juin|"
    r"jul(?:y|i|io|ho)?|juil(?:let)?|aug(?:ust)?|ao[uû]t|agosto|sep(?:t|tember|tembre|tiembre)?|"
    r"setembro|oct(?:ober|obre|ubre)?|okt(?:ober)?|outubro|nov(?:ember|embre|iembre|embro)?|"
    r"dec(?:ember)?|d[ée]c(?:embre)?|dez(?:ember|embro)?|dic(?:iembre)?|enero|febrero|"
    r"janeiro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
)
_WEEKDAYS = (
    r"mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|"
    r"segunda|ter[çc]a|quarta|quinta|sexta|feira"
)
_DATE_FILLERS = (
    r"published|updated|posted|last|modified|on|at|the|of|de|del|às|as|um|le|el|am|pm|a\.m|"
    r"p\.m|h|uhr|et|est|edt|pst|pdt|cst|cdt|gmt|utc|bst|cet|cest|ist|publicado|"
    r"actualizado|atualizado|veröffentlicht|aktualisiert|publié|mis à jour|stand|by|"
    r"heute|today|yesterday|ago|hours?|minutes?|mins?|days?"
)
#: A short block made of nothing but a date, a time and their filler words: a dateline.
#: (``[\W\d_]*`` takes a word's trailing dot as well: a ``\.?`` before it gave each dot two
#: readings, so "jan. jan. … x" took exponential time to fail.)
DATE_LINE_PATTERN: re.Pattern[str] = re.compile(
    rf"^[\W\d_]*(?:(?:{_MONTHS}|{_WEEKDAYS}|{_DATE_FILLERS})\b[\W\d_]*)+$",
    re.IGNORECASE,
)
#: A dateline must hold a digit (a bare "Published" line is handled as a phrase).
DATE_LINE_MAX_CHARS = 100

#: WordPress shortcodes that a broken plugin left in the text: ``[button ...]...[/button]``.
#: (A name of at most 64 characters: with ``\w+`` every shorter name was tried against the
#: rest of an unclosed "[…", quadratic time.)
SHORTCODE_PATTERN: re.Pattern[str] = re.compile(r"^\[(\w{1,64})[^\]]*\].*\[/\1\]$", re.DOTALL)
