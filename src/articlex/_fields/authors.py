"""Authors: clean person names from JSON-LD, meta tags, microdata, bylines and text.

Precedence: the first source naming at least one *person* wins. A source naming only
organisations or user names ("Reuters", "WIRED Staff", the site's own name, "mikecason")
does not stop the search; it is kept aside and returned only when no later source names
a person (so "The Canadian Press" as the only byline is kept, but a JSON-LD author that
is the publisher loses to a visible byline naming a reporter).

1. JSON-LD (``Source.JSON_LD``): ``author`` (else ``creator``) of the article objects,
   then ``author`` of any other object but comments and media: a string, a
   ``Person``/``Organization`` object (its ``name``, which may be a list, or
   ``givenName`` + ``familyName``), an ``@id`` reference to an object of the graph, or a
   list of these. ``Organization`` authors are organisations.
2. ``<meta>`` (``Source.META``): ``author``, ``article:author`` (never a URL: a profile
   link is not a name), ``parsely-author``, ``sailthru.author``, ``dc.creator`` /
   ``dcterms.creator`` / ``citation_author`` ("Last, First" turned round), ``byl``
   ("By X", NYT), ``cxenseparse:author``: the first key naming a person wins.
3. Microdata (``Source.MICRODATA``): ``itemprop=author`` / ``creator`` (a nested
   ``itemscope`` gives its ``name``; an author link its text), not on images, videos or
   comments, not in boilerplate, and only the first one with the co-authors beside it
   (author properties further down belong to the stories listed there).
4. DOM bylines (``Source.DOM``): elements whose class/id says *author*, *byline*,
   *writer*, *contributor*... (``.author``, ``.byline``, ``[class*=author-name]``,
   hCard ``.vcard .fn``), ``rel=author`` links and links to author pages. They are
   grouped into byline blocks and ranked: blocks in an author box or a headline footer
   last; then by how close they sit to the headline ``<h1>`` (the deeper the container
   shared with it, the closer), blocks after it before blocks above it, nearest first.
   The first block naming a person wins, with the co-authors' blocks beside it. Inside
   a block, the parts whose class names say they are not names (job title, date,
   avatar, social links) are skipped.
5. Visible text (``Source.TEXT``): the first short "By Jane Doe" line after the headline.

A DOM or text candidate is never taken from comments, related stories, sidebars, share
bars, teaser cards (a byline inside a link holding a headline), embedded posts or
figures; the boilerplate rules are the cleaner's (those of
:func:`articlex._fields.in_boilerplate`), except that an author box is searched (its
name is the article's author), a container holding the headline is not boilerplate, and
a meta line that also carries share or comment-count class names is the meta line.

Every raw value goes through :func:`split_byline`: byline words ("By", "Von", "Par",
"Por", "Di", "Door", "Av", "Af", "Przez", "Od", "De", "作者"...), e-mail addresses, URLs,
social handles, dates and "Updated ...", job titles ("Staff Writer") and other credits
("Photos by ...") are removed; "A and B", "A, B & C", "A et B" are split. Names are
deduplicated case-insensitively and kept in page order. Every heuristic is a word list
below; none is keyed to a site.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import accumulate, compress, count, islice
from operator import add
from typing import Any, cast

from lxml import etree

from articlex._attributes import (
    CLASS_VALUES,
    ID_VALUES,
    IN_PAGE_ORDER,
    ITEMPROP_VALUES,
    REL_VALUES,
    attribute_values,
    owners,
)
from articlex._fields import FOREIGN_KINDS, Found, InheritedValue, Verdicts
from articlex._meta import PageData
from articlex._meta.jsonld import types_of
from articlex._models import Source
from articlex._text import NOT_INSIDE_WS_RUN, collapse_ws
from articlex._urls import host_of

__all__ = ["find_authors", "split_byline"]

# --- word lists --------------------------------------------------------------------------

#: Words introducing the author's name that may also stand inside a byline, after a
#: section label or a date ("Tech Industry by Jane Doe", "3 May · Par Marie Dupont"):
#: everything before the first of them is dropped. Lower case.
BYLINE_LEADS: tuple[str, ...] = (
    # English
    "by", "written by", "posted by", "words by", "story by", "text by", "reported by",
    "analysis by", "commentary by", "opinion by", "review by", "interview by",
    "compiled by", "published by",
    # German, French, Spanish/Portuguese, Dutch, Scandinavian, Polish, Czech
    "von", "text von", "geschrieben von", "par", "écrit par", "publié par", "por",
    "escrito por", "publicado por", "door", "geschreven door", "av", "af", "skrevet af",
    "skrevet av", "przez", "napsal", "napsala",
)  # fmt: skip

#: Byline words recognised only at the start of a byline part, since they are also
#: ordinary words or name particles ("di", "de": "Lisa de Moraes"); PARTICLE_LEADS only
#: when two capitalised words follow. Lower case.
START_LEADS: tuple[str, ...] = (
    "author", "authors", "about the author", "reporter", "text", "words", "reporting by",
    "autor", "autorin", "autoren", "autora", "autore", "auteur", "auteure", "auteurs",
    "texte", "texto", "testo", "tekst", "a cura di", "scritto da", "di", "de", "od",
    "redacción", "redakcja", "текст", "автор", "авторы",
)  # fmt: skip
PARTICLE_LEADS: frozenset[str] = frozenset({"di", "de", "od"})

#: Byline labels in Chinese and Japanese ("作者：", "文●", "投稿者 ").
CJK_LEADS = (
    r"(?:作者|著者|記者|投稿者|筆者|撰文|执笔|執筆|取材・文|文|编辑|編集)(?:\s*[：:●/・|]\s*|$)"
    r"|(?:作者|著者|記者|投稿者|筆者)\s+"
)

#: Phrases starting a credit that is not authorship, or a link next to the name: the
#: byline is cut there ("Jane Doe Photos by John Roe", "Jane Doe More stories by...").
NON_AUTHOR_CREDITS: tuple[str, ...] = (
    "edited by", "editing by", "illustration", "illustrations", "illustrated by",
    "photo", "photos", "photograph", "photographs", "photography", "image by",
    "images by", "video by", "videos by", "graphic by", "graphics by", "design by",
    "designed by", "translated by", "translation by", "additional reporting",
    "more stories by", "more by", "more from", "view all posts", "view author",
    "all posts by", "see all", "see more", "get alerts", "read more", "fact checked by",
    "fact-checked by", "reviewed by", "medically reviewed by", "last updated",
    "fotos", "foto", "bild", "übersetzung", "mitarbeit", "traduction", "fotografía",
    "ilustración", "traducción", "foto di", "vertaling", "zdjęcie", "zdjęcia", "фото",
    "翻訳者", "訳者", "翻訳", "イラスト", "写真", "撮影", "监修", "監修",
)  # fmt: skip

#: A note crediting contributors ("CNN's Jane Doe contributed to this report"): the
#: whole string names no author.
CONTRIBUTION_NOTES: tuple[str, ...] = (
    "contributed to this report", "contributed to the report", "contributed to this story",
    "contributed to this article", "contributed reporting", "a contribué", "contribuyó",
    "contribuiu", "ha collaborato", "hat mitgearbeitet",
)  # fmt: skip

#: Japanese/Chinese role marks after a name that is not an author's ("嶋田 健志 監訳":
#: supervising translator). "著" (author) after a name is simply dropped.
CJK_NON_AUTHOR_ROLES: tuple[str, ...] = (
    "監訳", "訳", "翻訳", "イラスト", "写真", "撮影", "絵", "編",
)  # fmt: skip

#: Job titles and role words: a byline part starting with one is a job title ("Staff
#: Writer", "Senior Reporter"); a name followed by one keeps the name ("Gina Trapani
#: CEO"), and the names end there unless "and" follows. Lower case, single words.
JOB_TITLE_WORDS: frozenset[str] = frozenset(
    {
        # English
        "writer", "writers", "reporter", "reporters", "correspondent", "correspondents",
        "editor", "editors", "editor-in-chief", "columnist", "columnists", "contributor",
        "contributors", "contributing", "journalist", "journalists", "producer",
        "photographer", "analyst", "intern", "fellow", "freelance", "freelancer",
        "critic", "blogger", "host", "anchor", "presenter", "ceo", "cto", "cfo", "coo",
        "cmo", "cio", "founder", "co-founder", "cofounder", "president", "vice-president",
        "director", "manager", "chief", "deputy", "associate", "assistant", "senior",
        "principal", "special", "researcher", "professor", "scientist", "engineer",
        "consultant", "strategist", "officer", "specialist", "chairman", "secretary",
        "vp", "evp", "svp", "staffer", "former", "guest",
        # French, German, Spanish, Portuguese, Italian, Polish, Dutch
        "journaliste", "rédacteur", "rédactrice", "correspondant", "correspondante",
        "envoyé", "envoyée", "envoyés", "envoyées", "chroniqueur", "chroniqueuse",
        "redakteur", "redakteurin", "korrespondent", "korrespondentin", "reporterin",
        "periodista", "redactor", "redactora", "corresponsal", "columnista", "jornalista",
        "repórter", "correspondente", "giornalista", "redattore", "redattrice", "inviato",
        "corrispondente", "dziennikarz", "dziennikarka", "redaktor", "redaktorka",
        "verslaggever", "redacteur",
    }
)  # fmt: skip

#: Words that make a name an organisation ("Reuters", "The Canadian Press" (also: a name
#: starting with "The"), "WIRED Staff", "CNN Wire", "BWW News Desk"). Lower case.
ORGANISATION_WORDS: frozenset[str] = frozenset(
    {
        "staff", "team", "desk", "editors", "editorial", "newsroom", "press", "wire",
        "wires", "news", "agency", "agencies", "service", "services", "reuters", "afp",
        "ap", "dpa", "efe", "ansa", "apa", "upi", "ians", "pti", "bloomberg", "associated",
        "media", "inc", "inc.", "ltd", "ltd.", "llc", "gmbh", "corp", "corp.",
        "corporation", "company", "group", "publishing", "publications", "times", "post",
        "journal", "magazine", "daily", "tribune", "herald", "gazette", "network", "tv",
        "radio", "online", "submissions", "redaktion", "rédaction", "redacción",
        "redazione", "redactie", "redakcja", "redakce", "university", "institute",
        "foundation", "association", "society", "council", "committee", "department",
        "ministry", "government", "studio", "studios", "community", "collectif",
        "collective", "partners", "blog", "sciences", "leader", "courier", "chronicle",
        "bulletin", "examiner", "inquirer", "enquirer", "dispatch", "sentinel", "telegraph",
        "observer", "argus", "globe",
    }
)  # fmt: skip
#: Organisation marks in Chinese and Japanese (editorial department, newspaper company,
#: news agency...), found inside names written without spaces.
CJK_ORGANISATION_MARKS: tuple[str, ...] = (
    "編集部", "编辑部", "新聞社", "新闻社", "通信社", "報道部", "编辑室", "編集局", "株式会社",
)  # fmt: skip

#: Name particles: lower-case words allowed inside a name ("Lisa de Moraes").
NAME_PARTICLES: frozenset[str] = frozenset(
    {
        "de", "del", "della", "der", "den", "di", "da", "das", "do", "dos", "du", "la",
        "le", "van", "von", "zu", "ten", "ter", "bin", "ibn", "al", "el", "y", "e", "af",
        "av", "st.", "d'", "l'",
    }
)  # fmt: skip

#: Interface words found in bylines next to names ("Follow", "Profile", "Twitter"): a
#: part is cut at one, and a name holding one is no name. Lower case.
JUNK_WORDS: frozenset[str] = frozenset(
    {
        "follow", "following", "unfollow", "profile", "twitter", "facebook", "instagram",
        "linkedin", "email", "e-mail", "mail", "share", "tweet", "comments", "comment",
        "contact", "bio", "more", "view", "rss", "feed", "subscribe", "copied", "link",
        "print", "close", "menu", "search", "home", "read", "min", "ago", "advertisement",
        "sponsored", "opinion", "analysis", "video", "gallery", "live", "updated",
        "posted", "published", "login", "website", "homepage", "articles", "stories",
        "posts", "anonymous", "unknown", "deleted", "removed", "by", "recent", "latest",
        "popular", "trending", "connect", "sign", "register", "logout", "license",
        "licence", "licensed", "copyright", "publish", "write",
    }
)  # fmt: skip

#: Fragments of site accounts that are nobody's name ("jdadmin", "Webmaster").
ACCOUNT_FRAGMENTS: tuple[str, ...] = ("admin", "webmaster", "wpengine", "postmaster")

#: Ordinary words that are not a one-word name ("See", "Show", "This"). Lower case.
COMMON_WORDS: frozenset[str] = frozenset(
    {
        "the", "this", "that", "these", "those", "a", "an", "in", "on", "at", "of", "for",
        "to", "from", "with", "see", "show", "hide", "size", "small", "medium", "large",
        "all", "new", "top", "next", "previous", "back", "yes", "no", "our", "your", "my",
        "we", "you", "it", "is", "are", "was", "le", "la", "les", "un", "une", "der", "die",
        "das", "ein", "eine", "el", "los", "las", "il", "lo", "het", "een", "and", "und",
        "et", "or", "oder", "ou", "o", "y", "e", "i", "en", "og", "och", "oraz", "by",
        "von", "par", "por", "di", "de", "da", "door", "av", "af", "przez", "od", "written",
        "posted", "author", "authors", "autor", "auteur", "text", "words", "staff",
        "about", "contact", "news", "home", "here", "click", "now", "today", "tags",
        "admin", "administrator", "post", "edit", "page", "article", "story", "blog", "guest",
    }
)  # fmt: skip

#: Words a byline puts between names ("A and B", "A et B", "A und B", "A y B").
NAME_JOINERS: tuple[str, ...] = (
    "and", "und", "et", "y", "e", "i", "en", "og", "och", "oraz", "a", "és", "ve",
)  # fmt: skip

#: Month and weekday names, and words starting a dateline: a byline part is cut at a
#: date ("Jane Doe Jan 3, 2026", "Jane Doe Updated ..."), and at any digit.
_MONTHS = (
    r"jan(?:uary|vier|uar|eiro)?|feb(?:ruary|ruar)?|f[ée]v(?:rier)?|fevereiro|"
    r"mar(?:ch|s|zo|ço)?|m[äa]rz|apr(?:il)?|avr(?:il)?|abril|may|mai|mayo|maio|"
    r"jun(?:e|i|io|ho)?|juin|jul(?:y|i|io|ho)?|juil(?:let)?|aug(?:ust)?|ao[uû]t|agosto|"
    r"sep(?:t|tember|tembre|tiembre)?|setembro|oct(?:ober|obre|ubre)?|okt(?:ober)?|"
    r"outubro|nov(?:ember|embre|iembre|embro)?|dec(?:ember)?|d[ée]c(?:embre)?|"
    r"dez(?:ember|embro)?|dic(?:iembre)?|enero|febrero|janeiro|gennaio|febbraio|aprile|"
    r"maggio|giugno|luglio|settembre|ottobre|dicembre"
)
_WEEKDAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
)
_DATE_WORDS = (
    r"updated|published|posted on|last updated|modified|aktualisiert|veröffentlicht|"
    r"publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato|"
    r"opublikowano|gepubliceerd|bijgewerkt|yesterday|gestern|ayer|ontem|ieri"
)

#: Class/id fragments of byline elements, lower case and without their first letter, so
#: that ``Byline`` and ``byline``, ``articleAuthor`` and ``article-author`` all match.
BYLINE_CLASS_FRAGMENTS: tuple[str, ...] = (
    "uthor", "yline", "riter", "utor", "uteur", "ontributor", "vcard", "eporter",
    "ournalist", "y-line",
)  # fmt: skip
#: Link targets of author pages.
AUTHOR_HREF_FRAGMENTS: tuple[str, ...] = (
    "/author/", "/authors/", "/autor/", "/autoren/", "/auteur/", "/auteurs/", "/by/",
    "/profile/", "/profiles/", "/staff/", "/contributor/", "/contributors/", "/writers/",
    "/journalist/", "/journalists/", "/redaktion/", "/reporter/", "/editors/", "/editor/",
)  # fmt: skip
#: Class/id words of the parts of a byline that are not names (dates, job titles,
#: avatars, social links): such an element is skipped. Whole words of the class names,
#: split at ``-``, ``_`` and camelCase humps; a class saying *name* wins over them.
NOT_A_NAME_WORDS: frozenset[str] = frozenset(
    {
        "bio", "biography", "avatar", "image", "img", "photo", "picture", "pic", "thumb",
        "thumbnail", "social", "twitter", "facebook", "linkedin", "instagram", "follow",
        "email", "mail", "mailto", "date", "time", "timestamp", "published", "updated",
        "title", "role", "job", "position", "desc", "description", "about", "more",
        "other", "count", "comment", "comments", "reply", "hovercard", "flyout", "modal",
        "dropdown", "popup", "tooltip", "separator", "sep", "divider", "icon", "logo",
        "caption", "credit", "credits", "tagline", "dateline", "read", "share",
        "authorization", "authority", "handle", "rss", "archive", "readtime", "duration",
        "subscribe", "newsletter", "recent", "latest", "stories", "posts", "articles",
    }
)  # fmt: skip
#: The same, found inside compound class names ("authordateline", "authorAvatar").
NOT_A_NAME_FRAGMENTS: tuple[str, ...] = (
    "avatar", "twitter", "facebook", "linkedin", "instagram", "timestamp", "dateline",
    "thumbnail", "tooltip", "hovercard", "flyout", "dropdown", "social", "follow",
    "authoriz", "authorit",
)  # fmt: skip
#: Class names of posts embedded from elsewhere: their authors are not the article's.
EMBED_CLASS_FRAGMENTS: tuple[str, ...] = (
    "tweet", "instagram-media", "tiktok-embed", "fb-post", "reddit-embed",
)  # fmt: skip

#: ``<meta>`` keys naming the author, in order of trust.
META_AUTHOR_KEYS: tuple[str, ...] = (
    "author", "article:author", "og:article:author", "parsely-author", "sailthru.author",
    "dc.creator", "dcterms.creator", "dc.creator.personalname", "citation_author", "byl",
    "cxenseparse:author", "book:author",
)  # fmt: skip
#: Of those, library-style keys whose values read "Last, First" when there are several.
INVERTED_META_KEYS: frozenset[str] = frozenset({"dc.creator", "dcterms.creator", "citation_author"})

# --- limits ------------------------------------------------------------------------------

#: Longest name, in characters, and most words in one name.
MAX_NAME_CHARS = 60
MAX_NAME_WORDS = 6
#: Longest word of a two-word name in an uncased script (family and given name).
MAX_UNCASED_WORD_CHARS = 4
#: Most characters of a byline block (a bigger element is a container: the byline
#: elements inside it are read instead).
MAX_BYLINE_CHARS = 300
#: Most characters of a co-author's byline element taken along with the chosen block
#: (a bigger neighbour is something else: an author card, a list of their stories).
MAX_COAUTHOR_CHARS = 80
#: A link holding this many characters more than the byline inside it is a teaser card.
TEASER_EXTRA_CHARS = 40
#: Most characters of a teaser card: a small ``<article>`` with a linked heading.
MAX_CARD_CHARS = 800
#: Most characters of a visible "By Jane Doe" line, and how many elements after the
#: headline are searched for one.
MAX_TEXT_LINE_CHARS = 160
TEXT_LINE_WINDOW = 150

# --- compiled patterns -------------------------------------------------------------------


def _alternation(phrases: Iterable[str]) -> str:
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


#: An address starts where its run of ``[\w.+-]`` starts: were it tried from each character
#: of a long run with no "@" after it, each try would rescan the run (quadratic time).
#: (So an address glued to the one before by "." or "+" is no longer cut out on its own.)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: Where a bare host ("example.com/path") may start: where ``\b`` first finds a word in its
#: run of labels, never on a later label of "a.b.c…" or "a-b-c…" (one that a word before it
#: joins through "-" and single "."), since each of those would rescan the rest of the run:
#: quadratic time on a long run with no "/" after it. The look back is three characters
#: deep; four dots and hyphens with no ".." are taken as joining.
_JOINER = r"[.-](?<!\.\.)"
_HOST_START = (
    rf"(?<!\w)(?<!\w{_JOINER})(?<!\w{_JOINER}{_JOINER})(?<!\w{_JOINER}{_JOINER}{_JOINER})"
    rf"(?<!{_JOINER}{_JOINER}{_JOINER}{_JOINER})"
)
_URL = re.compile(rf"(?:https?://|www\.)\S+|{_HOST_START}\b[\w-]+(?:\.[\w-]+)+/\S*", re.IGNORECASE)
_URL_VALUE = re.compile(r"^(?:https?:|//|/|www\.|mailto:)|^[\w-]+(?:\.[\w-]+)+/", re.IGNORECASE)
_URL_BITS = re.compile(r"http|www\.|://", re.IGNORECASE)
_BY_WORD = re.compile(r"(?<!\w)by(?!\w)", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w@])@\s?\w[\w.]*")
_PARENS = re.compile(r"[(\[]([^()\[\]]*)[)\]]")
_WITH_LIST = re.compile(r"^\s*(?:with|avec|mit|con|com|and|et|und|y|e)\s+", re.IGNORECASE)
# "(?:\s*:)?\s+" here and in _BY_LINE rather than "\s*:?\s+": the same strings, but a long
# run of spaces is no longer shared out between two quantifiers in every way (quadratic).
_LEAD_ANYWHERE = re.compile(
    rf"(?:^|(?<=[\s|,;:·•]))(?:{_alternation(BYLINE_LEADS)})(?:\s*[:：])?[\s|]+(?=[^\W\d_])",
    re.IGNORECASE,
)
_LEAD_START = re.compile(
    rf"^[\W_]*(?:(?:{_alternation(BYLINE_LEADS + START_LEADS)})(?:\s*[:：\-–—|]\s*|\s+)"
    rf"|{CJK_LEADS})",
    re.IGNORECASE,
)
_BY_START = re.compile(rf"^\W*(?:{_alternation(BYLINE_LEADS)})(?!\w)", re.IGNORECASE)
_BY_LINE = re.compile(rf"^\W*(?:{_alternation(BYLINE_LEADS)})(?:\s*:)?\s+[^\W\d_]", re.IGNORECASE)
_CREDIT_CUT = re.compile(rf"(?<!\w)(?:{_alternation(NON_AUTHOR_CREDITS)})(?!\w)", re.IGNORECASE)
_CONTRIBUTION_NOTE = re.compile(_alternation(CONTRIBUTION_NOTES), re.IGNORECASE)
_DATE_CUT = re.compile(
    rf"\d|\b(?:{_MONTHS})\b\.?(?=\s*\d)|\b(?:{_WEEKDAYS})\b|\b(?:{_DATE_WORDS})\b",
    re.IGNORECASE,
)
_CJK_ROLE = re.compile(rf"(?:{'|'.join(CJK_NON_AUTHOR_ROLES)})$")
_CJK_AUTHOR_MARK = re.compile(r"(?<=\S)\s*著$")
_JOINERS = _alternation(NAME_JOINERS)
_WORD_JOINERS = _alternation(j for j in NAME_JOINERS if len(j) > 1)
#: Separators between names (punctuation, spaced dashes, "and"-like words), captured.
#: (Started outside whitespace runs, and "(?:\s*,)?\s+" for "\s*,?\s+": linear time on long
#: runs of spaces; see NOT_INSIDE_WS_RUN.)
_SPLIT = re.compile(
    rf"{NOT_INSIDE_WS_RUN}"
    rf"(\s*(?:[,;|/&·•+，、；／｜]|\s[-–—]\s|\s[-–—]$|^[-–—]\s)\s*(?:(?:{_WORD_JOINERS})\s+)?"
    rf"|\s+(?:{_JOINERS})\s+(?=\S)"
    rf"|(?:\s*,)?\s+(?:{_JOINERS})$)",
    re.IGNORECASE,
)
_JOINED = re.compile(rf"&|\b(?:{_JOINERS})\b", re.IGNORECASE)
#: " in <Place>" after a name ("Olivia Solon in San Francisco").
_LOCATION = re.compile(
    rf"{NOT_INSIDE_WS_RUN}\s+(?:in|aus|à|en|em|from|reporting from)\s+(?=[^\W\d_])"
)
#: "Gillman, Steve": a surname, a comma and a given name, one word each.
_SURNAME_FIRST = re.compile(r"^\s*[^\W\d_][\w'’-]+,\s*[^\W\d_][\w'’.-]+\s*$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_SITE_SEPARATORS = re.compile(rf"{NOT_INSIDE_WS_RUN}\s+[|–—·:-]\s+")
_EDGE_PUNCT = " \t-–—,;:|/·•*+.…!?\"'“”‘’«»()[]{}《》「」【】<>=#_~"
_VOWELS = frozenset("aeiouyàáâäãåèéêëìíîïòóôöõùúûüý")

_AUTHOR_HREF = re.compile(f"(?:{'|'.join(re.escape(h) for h in AUTHOR_HREF_FRAGMENTS)})\\w")
_NOT_A_NAME = re.compile("|".join(NOT_A_NAME_FRAGMENTS))
_EMBED = re.compile("|".join(EMBED_CLASS_FRAGMENTS), re.IGNORECASE)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
#: Class tokens saying what an element has or how it looks, not what it is
#: (``--has-date``, ``is-sticky``, ``has-social``, ``hover:underline``).
_MODIFIERS = re.compile(r"--\S*|(?<!\S)(?:has|is|with|no|js|u|l)[-_]\S*|(?<!\S)\S*:\S*")
#: ``(?<![-_][-_])``: a run of "-" and "_" is entered at its first or second character only
#: (the second when the first follows a letter), else a long run with no "name" after it
#: is rescanned from each of its characters (quadratic time). Same matches.
_NAME_CLASS = re.compile(
    r"(?<![a-z])(?:author|byline|user|display|full)?(?<![-_][-_])[-_]*name(?![a-z])|\bfn\b"
)
_CLASS_WORDS = re.compile(r"[a-z]+")
#: The article's meta line, whatever widget class names it also carries.
_META_LINE = re.compile(r"byline|author|(?:entry|post|article|story)[-_]?meta")

_HOST_SUFFIX_LABELS = frozenset({"co", "com", "org", "net", "ac", "gov", "ne", "or", "go"})
_GENERIC_HOST_LABELS = frozenset({"www", "m", "amp", "blog", "blogs", "news", "edition"})

# --- names -------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


def _is_capitalised(word: str) -> bool:
    for char in word:
        if char.isalpha():
            return char.isupper() or char.lower() == char.upper()
    return True  # punctuation only, or an uncased script


def _is_cased(word: str) -> bool:
    return any(c.isalpha() and c.lower() != c.upper() for c in word)


def _title_case(name: str) -> str:
    """``JEFFREY GETTLEMAN`` -> ``Jeffrey Gettleman`` (words without vowels kept: "CNN")."""
    letters = [c for c in name if c.isalpha()]
    if len(_words(name)) < 2 or not letters:
        return name
    if any(c.lower() == c.upper() or not c.isupper() for c in letters):
        return name
    return " ".join(
        w if not (_VOWELS & set(w.lower())) else "-".join(p.capitalize() for p in w.split("-"))
        for w in _words(name)
    )


def _strip_parens(text: str) -> str:
    """Drop parenthesised asides (handles, URLs, roles) but keep "(avec X et Y)" names."""

    def replace(match: re.Match[str]) -> str:
        inner = match.group(1).strip()
        if _WITH_LIST.match(inner):
            return ", " + _WITH_LIST.sub("", inner) + ", "
        return " "

    previous = None
    while previous != text:
        previous, text = text, _PARENS.sub(replace, text)
    return text


def _strip_lead(part: str) -> str:
    while True:
        match = _LEAD_START.match(part)
        if match is None or match.end() == 0:
            return part
        rest = part[match.end() :]
        if match.group(0).strip(" :：-–—|").lower() in PARTICLE_LEADS:
            following = _words(rest)
            if len(following) < 2 or not all(_is_capitalised(w) for w in following[:2]):
                return part
        if not rest.strip():
            return ""
        part = rest


def _cut_job_title(words: list[str], first: bool) -> tuple[list[str], bool]:
    """``(name words, a title was found)``. A part starting with a job title names no
    one, nor does a name followed by a title unless it is the byline's first name or
    follows "and" ("Daniel Neira - Los Angeles Writer" gives no "Los Angeles")."""
    for index, word in enumerate(words):
        if word.lower().strip(_EDGE_PUNCT) in JOB_TITLE_WORDS:
            if index == 0 or not first:
                return [], True
            end = index - 1 if words[index - 1].lower() == "staff" else index
            return words[:end], True
    return words, False


def _trim(words: list[str]) -> list[str]:
    """Cut at an interface word; drop lower-case words after a capitalised name
    ("Aleš Vávra před"), and particles or joiners left at either end."""
    for index, word in enumerate(words):
        if word.lower().strip(_EDGE_PUNCT) in JUNK_WORDS:
            words = words[:index]
            break
    while len(words) > 1 and _is_cased(words[-1]) and not _is_capitalised(words[-1]):
        if not any(_is_capitalised(w) and _is_cased(w) for w in words[:-1]):
            break
        words = words[:-1]
    while words and words[-1] in NAME_PARTICLES:  # lower case: "Minh Do" keeps its "Do"
        words = words[:-1]
    while len(words) > 1 and words[0] in NAME_JOINERS:
        words = words[1:]
    return words


def _valid(name: str, strict: bool) -> bool:
    """Whether ``name`` can be a name: no digits, @, URL or interface word, not too long;
    ``strict``: every word of a multi-word name capitalised (particles aside)."""
    if not 2 <= len(name) <= MAX_NAME_CHARS or any(c.isdigit() for c in name):
        return False
    if not any(c.isalpha() for c in name) or "@" in name or _URL_BITS.search(name):
        return False
    if _BY_WORD.search(name) or any(f in name.casefold() for f in ACCOUNT_FRAGMENTS):
        return False
    words = _words(name)
    if len(words) > MAX_NAME_WORDS:
        return False
    lowered = [w.lower().strip(_EDGE_PUNCT) for w in words]
    if any(w in JUNK_WORDS for w in lowered):
        return False
    if any(w.endswith(("'s", "’s")) for w in lowered):
        return False  # a possessive: "David Fear's Most Recent", "CNN's Jane Doe"
    if len(words) == 1 and (lowered[0] in COMMON_WORDS or lowered[0] in JOB_TITLE_WORDS):
        return False
    if not strict or len(words) == 1:
        return True
    if not any(_is_cased(w) for w in words):  # a name in an uncased script: "中村 真子"
        return len(words) == 2 and all(len(w) <= MAX_UNCASED_WORD_CHARS for w in words)
    if all(low in NAME_PARTICLES for low in lowered):
        return False
    return all(
        _is_capitalised(w) or low in NAME_PARTICLES for w, low in zip(words, lowered, strict=True)
    )


@dataclass(frozen=True)
class _Part:
    name: str | None
    dated: bool  # a date was cut off: no name follows
    titled: bool  # a job title was cut off: no name follows but after "and"


def _clean_part(part: str, strict: bool, first: bool) -> _Part:
    part = _strip_lead(part.strip(_EDGE_PUNCT))
    if _CJK_ROLE.search(part):
        return _Part(None, dated=False, titled=False)
    part = _CJK_AUTHOR_MARK.sub("", part)
    date = _DATE_CUT.search(part)
    if date is not None:
        part = part[: date.start()]
    location = _LOCATION.search(part)
    if location is not None and location.start() > 0:
        part = part[: location.start()]
    words, titled = _cut_job_title(_words(part.strip(_EDGE_PUNCT)), first)
    name = " ".join(_trim(words)).strip(_EDGE_PUNCT)
    valid = bool(name) and _valid(name, strict)
    return _Part(_title_case(name) if valid else None, dated=date is not None, titled=titled)


def _prepare(text: str) -> str:
    text = collapse_ws(text.replace("\u200b", " ").replace("\u00ad", ""))
    if _CONTRIBUTION_NOTE.search(text):
        return ""
    text = _HANDLE.sub(" ", _URL.sub(" ", _EMAIL.sub(" ", text)))
    text = _strip_parens(text)
    credit = _CREDIT_CUT.search(text)
    if credit is not None:
        text = text[: credit.start()]
    lead = _LEAD_ANYWHERE.search(text)
    if lead is not None:
        text = text[lead.end() :]
    return collapse_ws(text)


#: A byline line is short: longer text that starts with "By" is a sentence.
MAX_BYLINE_LINE_CHARS = 100


def is_byline_line(text: str) -> bool:
    """True for a short line such as "By Jane Doe and John Roe" or "Von Max Mustermann":
    a byline word followed by nothing but names (the body builder drops such lines)."""
    if len(text) > MAX_BYLINE_LINE_CHARS or not _BY_LINE.match(text):
        return False
    return bool(split_byline(text))


def split_byline(text: str, *, strict: bool = True) -> tuple[str, ...]:
    """The names in one byline string, cleaned, deduplicated and in order.

    ``"By Jane Doe and John Roe, Staff Writers | Updated Jan 3, 2026"`` gives ``("Jane
    Doe", "John Roe")``; ``"Par Marie Dupont et Jean Martin"`` gives ``("Marie Dupont",
    "Jean Martin")``. ``strict`` (text read from the page) also requires every word of a
    multi-word name to be capitalised, as names are, and drops one-word names beside
    full names ("Jane Doe | Politics"); author fields (JSON-LD, meta) are trusted to hold
    names and are read with ``strict=False``. Organisations are not told apart here.
    """
    names: list[str] = []
    joined = False  # the part follows "and", "et", "&": another author's name
    after_title = False
    for index, piece in enumerate(_SPLIT.split(_prepare(text))):
        if index % 2:  # a separator (the pattern's one group)
            joined = bool(_JOINED.search(piece))
            if after_title and not joined:
                break  # "Jane Doe, Reporter, Los Angeles Times": the names have ended
            continue
        if not piece.strip(_EDGE_PUNCT):
            continue
        part = _clean_part(piece, strict, first=not names or joined)
        if part.name:
            names.append(part.name)
        if names and part.dated:
            break
        after_title = after_title or (part.titled and bool(names))
    if strict and any(len(_words(n)) > 1 for n in names):
        names = [n for n in names if len(_words(n)) > 1 or not _is_cased(n)]
    return tuple(_dedupe(names))


def _dedupe(names: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    kept = []
    for name in names:
        key = collapse_ws(name).casefold()
        if key not in seen:
            seen.add(key)
            kept.append(name)
    return kept


def _invert(value: str) -> str:
    """``"Jong, Michiel de"`` -> ``"Michiel de Jong"`` (library-style author fields)."""
    parts = [p.strip() for p in value.split(",")]
    if len(parts) == 2 and all(parts) and len(_words(parts[0])) <= 3:
        return f"{parts[1]} {parts[0]}"
    return value


# --- organisations -----------------------------------------------------------------------


#: What is not a letter or a digit: ``\w`` is exactly what ``str.isalnum`` accepts, plus
#: the underscore.
_NOT_ALNUM = re.compile(r"[\W_]+")


def _norm(text: str) -> str:
    """``text`` case-folded, letters and digits only (one regex pass rather than a
    Python loop over its characters)."""
    return _NOT_ALNUM.sub("", text.casefold())


@dataclass(frozen=True)
class _Site:
    """Normalised names of the publishing site, to tell its name from a person's."""

    names: frozenset[str]
    host: str | None
    copyright: str = ""  # the copyright notice: its holder is the publisher

    def matches(self, name: str) -> bool:
        key = _norm(name)
        if not key:
            return False
        if key in self.names or key == self.host or (len(key) >= 4 and key in self.copyright):
            return True
        bare = _norm(_LEADING_THE.sub("", name))
        return bare in self.names or bare == self.host


def _site(page: PageData) -> _Site:
    names: set[str] = set()
    for key in ("og:site_name", "application-name", "twitter:site", "publisher"):
        for value in page.meta.all(key):
            names.update(_norm(p.lstrip("@")) for p in _SITE_SEPARATORS.split(value))
    for obj in page.jsonld.objects:
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            names.add(_norm(publisher["name"]))
    names.discard("")
    host = None
    if page.url:
        labels = [p for p in host_of(page.url).split(".") if p]
        if len(labels) >= 3 and labels[-2] in _HOST_SUFFIX_LABELS and len(labels[-1]) == 2:
            labels = labels[:-1]  # "bbc.co.uk" -> "bbc"
        labels = [p for p in labels[:-1] if p not in _GENERIC_HOST_LABELS]
        host = _norm(labels[-1]) if labels else None
    notice = " ".join(page.meta.all("copyright") + page.meta.all("dc.rights"))
    return _Site(frozenset(names), host, _norm(notice))


def _is_organisation(name: str, site: _Site) -> bool:
    words = [w.strip(_EDGE_PUNCT).casefold() for w in _words(name)]
    if any(w in ORGANISATION_WORDS for w in words):
        return True
    if any(mark in name for mark in CJK_ORGANISATION_MARKS):
        return True
    if len(words) == 1 and name.isupper() and len(name) <= 6 and name.isalpha():
        return True  # an acronym: "CNN", "AFP"
    if len(words) >= 2 and words[0] == "the":
        return True
    return site.matches(name) or ("." in name and " " not in name.strip("."))


@dataclass(frozen=True)
class _Name:
    text: str
    organisation: bool

    @property
    def weak(self) -> bool:
        """An organisation, or a user name ("mikecason"): a person named elsewhere wins."""
        return self.organisation or (" " not in self.text and self.text.islower())


def _names(values: Iterable[str], site: _Site, strict: bool, org: bool = False) -> list[_Name]:
    out: list[_Name] = []
    for value in values:
        whole = _strip_lead(collapse_ws(value.replace("|", " "))).strip(_EDGE_PUNCT)
        if site.matches(whole) and _valid(whole, strict=False):
            out.append(_Name(whole, True))  # the site's own name: "Mac & i" is not two
            continue
        out.extend(
            _Name(name, org or _is_organisation(name, site))
            for name in split_byline(value, strict=strict)
        )
    return out


def _merge(names: Iterable[_Name]) -> list[_Name]:
    """Deduplicated (case-insensitively), a person's reading winning over a weak one."""
    seen: dict[str, int] = {}
    kept: list[_Name] = []
    for name in names:
        key = name.text.casefold()
        if key not in seen:
            seen[key] = len(kept)
            kept.append(name)
        elif not name.weak and kept[seen[key]].weak:
            kept[seen[key]] = name
    return kept


# --- JSON-LD -----------------------------------------------------------------------------

_ORGANISATION_TYPES = frozenset(
    {"organization", "newsmediaorganization", "corporation", "educationalorganization",
     "governmentorganization", "ngo", "localbusiness", "brand", "website"}
)  # fmt: skip
_SKIPPED_TYPES = frozenset({"comment", "answer", "question", "imageobject", "videoobject"})


def _jsonld_values(
    value: Any, index: dict[str, dict[str, Any]], org: bool = False, depth: int = 0
) -> Iterator[tuple[str, bool]]:
    """``(text, is_organisation)`` of each author of a JSON-LD value."""
    if depth > 4:
        return
    if isinstance(value, str):
        if value.strip() and not value.lstrip().startswith(("http", "/", "#")):
            yield value, org
    elif isinstance(value, list):
        for item in value:
            yield from _jsonld_values(item, index, org, depth + 1)
    elif isinstance(value, dict):
        types = types_of(value)
        name = value.get("name")
        if name is None and isinstance(value.get("@id"), str):
            target = index.get(value["@id"])
            if target is not None and target is not value:
                yield from _jsonld_values(target, index, org, depth + 1)
            return
        if name is None and (value.get("givenName") or value.get("familyName")):
            name = f"{value.get('givenName') or ''} {value.get('familyName') or ''}"
        is_org = bool(types & _ORGANISATION_TYPES) and "person" not in types
        yield from _jsonld_values(name, index, is_org, depth + 1)


def _from_jsonld(page: PageData, site: _Site) -> list[_Name]:
    objects = page.jsonld.objects
    if not objects:
        return []
    index = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str) and "name" in o}
    articles = list(page.jsonld.articles())
    values = [a.get("author") or a.get("creator") for a in articles]
    article_ids = {id(a) for a in articles}
    values += [
        o.get("author") for o in objects
        if not types_of(o) & _SKIPPED_TYPES and id(o) not in article_ids
    ]  # fmt: skip
    weak: list[_Name] = []
    for value in values:
        if not value:
            continue
        names: list[_Name] = []
        for text, org in _jsonld_values(value, index):
            names.extend(_names([text], site, strict=False, org=org))
        if any(not n.weak for n in names):
            return names
        weak = weak or names
    return weak


# --- meta tags ---------------------------------------------------------------------------


def _from_meta(page: PageData, site: _Site) -> list[_Name]:
    """Names of the first key naming a person, else of the first key naming anyone."""
    weak: list[_Name] = []
    for key in META_AUTHOR_KEYS:
        values = [v for v in page.meta.all(key) if v and not _URL_VALUE.match(v.strip())]
        if not values:
            continue
        if key in INVERTED_META_KEYS and len(values) > 1:
            values = [_invert(v) for v in values]
        else:
            values = [_invert(v) if _SURNAME_FIRST.match(v) else v for v in values]
        names = _names(values, site, strict=False)
        if any(not n.weak for n in names):
            return names
        weak = weak or names
    return weak


# --- where an element sits ---------------------------------------------------------------

#: How far from the article an element is: CLEAN, WEAK (in an author box, a headline
#: footer, an ``<aside>`` inside the article: ranked after the others) or FOREIGN
#: (comments, related stories, sidebars, share bars...: never read).
CLEAN, WEAK, FOREIGN = 0, 1, 2
#: The cleaner's boilerplate kinds no name is taken from: the shared foreign kinds but
#: the author box, plus galleries (carousels of other stories).
BYLINE_FOREIGN_KINDS: frozenset[str] = (FOREIGN_KINDS - {"author-box"}) | {"gallery"}
#: Kinds that only lower a byline's rank.
BYLINE_WEAK_KINDS: frozenset[str] = frozenset({"author-box", "footer"})
#: Kinds the cleaner sees in a meta line that also shows share buttons or a comment count
#: ("entry-meta social-comments", "share-byline-timestamp"): with a byline or meta-line
#: class name as well, the element is the article's meta line.
MISTAKABLE_KINDS: frozenset[str] = frozenset({"comments", "share"})


def _class_id(element: etree._Element) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


class _Where(InheritedValue[int]):
    """How far from the article elements are (CLEAN, WEAK, FOREIGN), memoised; an element
    is as far as its parent, or more.

    The cleaner's rules decide (see :func:`articlex._fields.in_boilerplate`), but a
    container holding the headline is the article's own header whatever its class names
    say (``<header id="share-buttons-parent">``)."""

    absorbing = FOREIGN

    def __init__(self, headline: etree._Element | None, verdicts: Verdicts) -> None:
        super().__init__(CLEAN)
        self._headers = set(headline.iterancestors()) if headline is not None else set()
        self._verdicts = verdicts

    def combine(self, inherited: int, own: int) -> int:
        return max(inherited, own)

    def own(self, node: etree._Element) -> int:
        return CLEAN if node in self._headers else self._tier(node)

    def _tier(self, node: etree._Element) -> int:
        tag = node.tag
        if not isinstance(tag, str):
            return CLEAN
        if tag in ("figure", "figcaption", "blockquote") or _EMBED.search(_class_id(node)):
            return FOREIGN  # a photo credit, a quotation, an embedded post
        verdict = self._verdicts(node, tag)
        if verdict is None:
            return CLEAN
        kind = verdict[0]
        if kind in MISTAKABLE_KINDS and _META_LINE.search(_class_id(node).lower()):
            return CLEAN
        if kind in BYLINE_WEAK_KINDS:
            return WEAK
        if kind == "sidebar" and tag == "aside":  # the meta column of some layouts
            inside = any(a.tag in ("article", "main") for a in node.iterancestors())
            return WEAK if inside else FOREIGN
        return FOREIGN if kind in BYLINE_FOREIGN_KINDS else CLEAN


# --- microdata ---------------------------------------------------------------------------

_NON_ARTICLE_ITEMS = ("imageobject", "photograph", "videoobject", "comment", "answer", "review")


def _item_type(element: etree._Element) -> str:
    for node in element.iterancestors():
        if node.get("itemscope") is not None:
            return (node.get("itemtype") or "").lower()
    return ""


def _microdata_text(element: etree._Element, value: str) -> str:
    """The property's value, but an author link's text rather than its ``href``, and a
    text value read with its element boundaries (so that "A | B" splits)."""
    if element.get("itemscope") is not None or element.get("content") is not None:
        return value
    if element.tag in ("meta", "link", "img", "time", "data"):
        return value
    return _segments(element)


def _from_microdata(page: PageData, site: _Site, where: _Where) -> list[_Name]:
    for prop in ("author", "creator"):
        kept: list[tuple[etree._Element, str]] = []
        elements = page.microdata.elements.get(prop, ())
        for value, element in zip(page.microdata.all(prop), elements, strict=False):
            if _item_type(element).endswith(_NON_ARTICLE_ITEMS) or where(element) == FOREIGN:
                continue
            text = _microdata_text(element, value)
            if text and not _URL_VALUE.match(text):
                kept.append((element, text))
        if kept:
            first = kept[0][0]
            return _names([t for e, t in kept if e is first or _near(first, e)], site, strict=True)
    return []


# --- DOM bylines -------------------------------------------------------------------------

#: Tags never read inside a byline.
_SKIPPED_TAGS = frozenset(
    {"time", "img", "svg", "button", "script", "style", "noscript", "picture", "figure",
     "figcaption", "select", "input", "form", "template", "iframe"}
)  # fmt: skip
#: Tags whose text joins the words around it (others separate names).
_INLINE_TAGS = frozenset({"b", "strong", "i", "em", "u", "small", "font", "abbr", "mark"})


#: What separates the texts searched together: no attribute value holds it, no
#: fragment searched for holds it, and it is not a word character (``\w``).
_SEPARATOR = "\0"


def _author_pages(links: Iterable[etree._Element]) -> list[etree._Element]:
    """The ``links`` to an author's page ("/author/jane-doe"), not to a licence
    ("creativecommons.org/licenses/by/3.0/"). Their addresses are
    searched as one text, in one call: most pages link to no author page, or to a few
    among a hundred links. (No match spans two addresses: see :data:`_SEPARATOR`.)"""
    links = list(links)
    hrefs = [link.get("href") or "" for link in links]
    joined = _SEPARATOR.join(hrefs)
    if _AUTHOR_HREF.search(joined) is None:
        return []
    starts = _starts(hrefs)
    indexes = sorted({bisect_right(starts, m.start()) - 1 for m in _AUTHOR_HREF.finditer(joined)})
    return [links[i] for i in indexes if "licen" not in hrefs[i].lower()]


# The byline scan reads the ``class``, ``id``, ``itemprop`` and ``rel`` values in C (see
# :mod:`articlex._attributes`): only the few elements whose value names a byline are
# looked at, not every element's class in Python.


def _starts(texts: list[str]) -> list[int]:
    """Where each of ``texts`` starts in their join by :data:`_SEPARATOR` (and, last,
    one past its end): after the texts before it and their separators."""
    return list(map(add, accumulate(map(len, texts), initial=0), count()))


def _naming_byline(texts: list[str]) -> set[str]:
    """The ``texts`` holding one of :data:`BYLINE_CLASS_FRAGMENTS`. They are searched as
    one text, a fragment at a time, by ``str.find``: it skips ahead in C, where a regular
    expression of the ten fragments tried them at every character (most of the byline
    scan's time). A fragment found lies in one text (none holds :data:`_SEPARATOR`);
    the search goes on after that text."""
    joined = _SEPARATOR.join(texts)
    found: set[str] = set()
    starts: list[int] = []  # where each text starts in ``joined``, once something is found
    for fragment in BYLINE_CLASS_FRAGMENTS:
        at = joined.find(fragment)
        while at >= 0:
            if not starts:
                starts = _starts(texts)
            index = bisect_right(starts, at) - 1
            found.add(texts[index])
            at = joined.find(fragment, starts[index + 1])
    return found


def _bearers(values: list[etree._ElementUnicodeResult]) -> list[etree._Element]:
    """The elements of those attribute ``values`` that name a byline (each distinct value
    searched once: pages repeat a few class names many times)."""
    named = _naming_byline(list(set(values)))
    if not named:
        return []
    return owners(compress(values, map(named.__contains__, values)))


def _candidates(root: etree._Element, page: PageData | None = None) -> list[etree._Element]:
    """The ``<h1>`` headings and every element that may be (part of) a byline, in
    document order: a class or id naming one, an ``itemprop`` ``author``/``creator``, a
    ``rel`` holding ``author``, a link to an author's page. Each kind is found by its
    own query, without a walk that reads every element in Python; ``page`` (read from
    ``root``) lists the links, headings and ``itemprop`` elements already."""
    read = page.classes(root) if page else None
    if read is None:
        found: list[Any] = _bearers(attribute_values(CLASS_VALUES, root))  # (an XPath variable)
    else:  # the classes the page's other fields read too
        elements, classes = read
        named = _naming_byline([name for name in set(classes) if name is not None])
        found = list(compress(elements, map(named.__contains__, classes))) if named else []
    ids = page.ids(root) if page else None
    found += _bearers(attribute_values(ID_VALUES, root) if ids is None else ids)
    found += owners(rel for rel in attribute_values(REL_VALUES, root) if "author" in rel)
    found += _declared_authors(root, page)
    found += _author_pages(page.tagged(root, "a") if page else root.iter("a"))
    found += page.tagged(root, "h1") if page else root.iter("h1")
    return cast("list[etree._Element]", IN_PAGE_ORDER(root, found=found))


def _declared_authors(root: etree._Element, page: PageData | None) -> list[etree._Element]:
    """The elements with an ``itemprop`` ``author`` or ``creator`` (as written): those
    of the page's microdata when it was read from ``root`` (its names are lower-cased
    tokens: a superset), else by a query."""
    if page is None or page.root is not root:
        values = attribute_values(ITEMPROP_VALUES, root)
        return owners(value for value in values if value in ("author", "creator"))
    declared = [root] if root.get("itemprop") in ("author", "creator") else []
    for name in ("author", "creator"):
        declared += (e for e in page.microdata.elements.get(name, ()) if e.get("itemprop") == name)
    return declared


def _class_text(element: etree._Element) -> str:
    """Class and id, lower case, camelCase humps split, modifier classes dropped."""
    raw = _class_id(element)
    return _CAMEL.sub(" ", _MODIFIERS.sub(" ", raw)).lower() if raw.strip() else ""


def _is_name_element(element: etree._Element) -> bool:
    text = _class_text(element)
    return bool(text) and bool(_NAME_CLASS.search(text))


def _not_a_name(element: etree._Element) -> bool:
    text = _class_text(element)
    if not text or _NAME_CLASS.search(text):
        return False  # "byline__name", "authorName": a name, whatever else it says
    if _NOT_A_NAME.search(text):
        return True
    return any(w in NOT_A_NAME_WORDS for w in _CLASS_WORDS.findall(text))


def _text_len(element: etree._Element, limit: int) -> int:
    """Characters of text in ``element``, counted up to just past ``limit``."""
    total = 0
    for text in cast("Iterator[str]", element.itertext()):
        total += len(text.strip())
        if total > limit:
            break
    return total


def _segments(element: etree._Element) -> str:
    """The element's text with " | " where an element boundary separates two texts,
    without the parts that are not names (dates, job titles, avatars, social links)."""
    out: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.text:
            out.append(node.text)
        for child in node:
            tag = child.tag
            if isinstance(tag, str) and tag not in _SKIPPED_TAGS:
                if not _not_a_name(child):
                    gap = " " if tag in _INLINE_TAGS else " | "
                    out.append(gap)
                    walk(child)
                    out.append(gap)
                else:  # a name element inside ("author__bio > author__name") still counts
                    inner = next((d for d in child.iterdescendants() if _is_name_element(d)), None)
                    if inner is not None:
                        out.append(" | ")
                        walk(inner)
                        out.append(" | ")
            if child.tail:
                out.append(child.tail)

    walk(element)
    return collapse_ws("".join(out))


def _common_ancestor(a: etree._Element, b: etree._Element) -> etree._Element | None:
    ancestors = {a, *a.iterancestors()}
    return next((n for n in (b, *b.iterancestors()) if n in ancestors), None)


def _near(a: etree._Element, b: etree._Element) -> bool:
    """``a`` and ``b`` sit in one small container (one byline naming several people)."""
    common = _common_ancestor(a, b)
    return common is not None and _text_len(common, MAX_BYLINE_CHARS) <= MAX_BYLINE_CHARS


def _in_teaser(element: etree._Element, headers: set[etree._Element]) -> bool:
    """``element`` is part of another story's teaser card: it sits in a link holding more
    than a byline (an author's link sits inside the byline, not around it), or in an
    small ``<article>`` that does not hold the headline but a linked heading."""
    for link in element.iterancestors("a"):
        if link.get("href"):
            most = _text_len(element, MAX_BYLINE_CHARS) + TEASER_EXTRA_CHARS
            if _text_len(link, most) > most:
                return True
            return any(True for _ in link.iter("h2", "h3", "h4", "h5"))
    card = next(element.iterancestors("article"), None)
    if card is None or card in headers or _text_len(card, MAX_CARD_CHARS) > MAX_CARD_CHARS:
        return False
    return any(h.find(".//a[@href]") is not None for h in card.iter("h2", "h3", "h4"))


def _blocks(candidates: list[etree._Element], headers: set[etree._Element]) -> list[etree._Element]:
    """The outermost byline elements of a reasonable size, in document order
    (``headers``: the headline's ancestors)."""
    blocks: list[etree._Element] = []
    current: etree._Element | None = None
    for element in candidates:
        if current is not None and any(a is current for a in element.iterancestors()):
            continue  # read as part of its block
        declared = element.get("itemprop") in ("author", "creator")
        declared = declared or "author" in (element.get("rel") or "")
        if not declared and _not_a_name(element):
            continue
        if _in_teaser(element, headers):
            continue
        size = _text_len(element, MAX_BYLINE_CHARS)
        if 0 < size <= MAX_BYLINE_CHARS:
            blocks.append(element)
            current = element
    return blocks


def _headline(root: etree._Element, page: PageData) -> etree._Element | None:
    """The ``<h1>`` showing the page's title, else the longest one (not the logo)."""
    titles = [page.meta.first("og:title", "twitter:title"), page.meta.title]
    titles += [o.get("headline") for o in page.jsonld.articles()]
    keys = [_norm(t) for t in titles if isinstance(t, str) and len(_norm(t)) >= 8]
    longest: tuple[int, etree._Element | None] = (0, None)
    for h1 in page.tagged(root, "h1"):
        key = _norm("".join(cast("Iterator[str]", h1.itertext())))
        if len(key) < 8:
            continue
        if any(t in key or (key in t and 2 * len(key) >= len(t)) for t in keys):
            return h1
        if len(key) > longest[0]:
            longest = (len(key), h1)
    return longest[1]


def _from_dom(
    root: etree._Element, page: PageData, h1: etree._Element | None, site: _Site, where: _Where
) -> list[_Name]:
    """Names of the best byline block with its co-authors' blocks (see the module
    docstring for the ranking); organisations only when no block names a person."""
    found = _candidates(root, page)
    position = {e: i for i, e in enumerate(found)}
    h1_at = position.get(h1) if h1 is not None else None
    tiers: dict[etree._Element, int] = {}
    headers = set(h1.iterancestors()) if h1 is not None else set()
    for block in _blocks([e for e in found if e.tag != "h1"], headers):
        tier = where(block)
        if tier != FOREIGN:
            tiers[block] = tier
    blocks = list(tiers)
    headline_path = [h1, *h1.iterancestors()] if h1 is not None else []
    depth_of = {node: depth for depth, node in enumerate(reversed(headline_path))}

    def rank(index: int) -> tuple[int, int, int, int]:
        block = blocks[index]
        at = position[block]
        if h1_at is None:
            return tiers[block], 0, 0, at
        shared = next((n for n in (block, *block.iterancestors()) if n in depth_of), None)
        closeness = depth_of[shared] if shared is not None else 0
        after = at > h1_at
        return tiers[block], -closeness, 0 if after else 1, abs(at - h1_at)

    organisations: list[_Name] = []
    for index in sorted(range(len(blocks)), key=rank):
        names = _names([_segments(blocks[index])], site, strict=True)
        if all(n.weak for n in names):
            organisations = organisations or names
            continue
        group = [index]
        for step in (-1, 1):
            other = index + step
            while (
                0 <= other < len(blocks)
                and _text_len(blocks[other], MAX_COAUTHOR_CHARS) <= MAX_COAUTHOR_CHARS
                and _near(blocks[index], blocks[other])
            ):
                group.append(other)
                other += step
        if len(group) == 1:
            return names
        return _names([_segments(blocks[i]) for i in sorted(group)], site, strict=True)
    return organisations


# --- visible "By" lines ------------------------------------------------------------------

_TEXT_TAGS = frozenset(
    {"p", "div", "span", "li", "address", "small", "em", "strong", "b", "i", "h2", "h3",
     "h4", "h5", "h6", "td", "cite", "font", "section", "header"}
)  # fmt: skip


def _following(element: etree._Element) -> Iterator[etree._Element]:
    """The elements after ``element`` in document order (its own descendants excluded)."""
    for node in (element, *element.iterancestors()):
        for sibling in node.itersiblings():
            yield from sibling.iter()  # the sibling, then its descendants (as iterdescendants)


def _from_text(
    root: etree._Element, h1: etree._Element | None, site: _Site, where: _Where
) -> list[_Name]:
    headers = set(h1.iterancestors()) if h1 is not None else set()
    if h1 is not None:
        window = islice(_following(h1), TEXT_LINE_WINDOW)
    else:
        body = root.find("body")
        window = islice(
            (body if body is not None else root).iterdescendants(), 2 * TEXT_LINE_WINDOW
        )
    for element in window:
        if element.tag not in _TEXT_TAGS:
            continue
        first = (element.text or "").strip()
        if not first or not _BY_START.match(first):
            continue
        if _text_len(element, MAX_TEXT_LINE_CHARS) > MAX_TEXT_LINE_CHARS:
            continue
        line = _segments(element)
        if not _BY_LINE.match(line.replace("|", " ")) or where(element) == FOREIGN:
            continue
        if _in_teaser(element, headers):
            continue
        names = _names([line], site, strict=True)
        if names:
            return names
    return []


# --- choosing ----------------------------------------------------------------------------


def _persons(names: list[_Name]) -> tuple[str, ...]:
    """The people named (user names too, beside full names); ``()`` when only
    organisations and user names are."""
    merged = _merge(names)
    if all(n.weak for n in merged):
        return ()
    return tuple(n.text for n in merged if not n.organisation)


def find_authors(
    root: etree._Element, page: PageData, verdicts: Verdicts | None = None
) -> Found[tuple[str, ...]] | None:
    """The article's authors and their source (see the module docstring), or ``None``.
    ``verdicts``: the extraction's memo of the cleaner's verdicts, shared with the other
    fields."""
    site = _site(page)
    fallback: Found[tuple[str, ...]] | None = None
    where: _Where | None = None
    h1: etree._Element | None = None

    def read(source: Source) -> list[_Name]:
        nonlocal where, h1
        if source is Source.JSON_LD:
            return _from_jsonld(page, site)
        if source is Source.META:
            return _from_meta(page, site)
        if where is None:  # the page's markup is looked at only from here on
            h1 = _headline(root, page)
            where = _Where(h1, Verdicts() if verdicts is None else verdicts)
        if source is Source.MICRODATA:
            return _from_microdata(page, site, where)
        if source is Source.DOM:
            return _from_dom(root, page, h1, site, where)
        return _from_text(root, h1, site, where)

    for source in (Source.JSON_LD, Source.META, Source.MICRODATA, Source.DOM, Source.TEXT):
        names = read(source)
        persons = _persons(names)
        if persons:
            return Found(persons, source)
        if names and fallback is None:
            fallback = Found(tuple(n.text for n in _merge(names)), source)
    return fallback
