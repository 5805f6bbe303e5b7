"""What the author finder looks for: byline words, name and organisation words, byline
markup, the keys of structured data, and the limits on what is read.

Read by :mod:`articlex._fields.authors`. Word lists are lower case; patterns are compiled
once, at import. Nothing here is keyed to a site.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from articlex._text import NOT_INSIDE_WS_RUN

# --- byline text ---------------------------------------------------------------------------

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

# --- names ---------------------------------------------------------------------------------

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

# --- dates in bylines ----------------------------------------------------------------------

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

# --- byline markup -------------------------------------------------------------------------

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

#: ``itemprop`` values declaring an author, and the ``rel`` word of an author link.
AUTHOR_PROPERTIES: tuple[str, ...] = ("author", "creator")
AUTHOR_REL = "author"
#: An address holding this is a licence ("creativecommons.org/licenses/by/3.0/"), not an
#: author's page. Lower case.
LICENCE_HREF_FRAGMENT = "licen"
#: Tags never read inside a byline.
SKIPPED_TAGS: frozenset[str] = frozenset(
    {"time", "img", "svg", "button", "script", "style", "noscript", "picture", "figure",
     "figcaption", "select", "input", "form", "template", "iframe"}
)  # fmt: skip
#: Tags whose text joins the words around it (others separate names).
INLINE_TAGS: frozenset[str] = frozenset(
    {"b", "strong", "i", "em", "u", "small", "font", "abbr", "mark"}
)  # fmt: skip
#: Tags a visible "By Jane Doe" line is read from.
TEXT_LINE_TAGS: frozenset[str] = frozenset(
    {"p", "div", "span", "li", "address", "small", "em", "strong", "b", "i", "h2", "h3",
     "h4", "h5", "h6", "td", "cite", "font", "section", "header"}
)  # fmt: skip

# --- where a byline sits -------------------------------------------------------------------

#: Tags whose names are never the article's authors: a photo credit, a quotation.
FOREIGN_TAGS: frozenset[str] = frozenset({"figure", "figcaption", "blockquote"})
#: Tags holding the article: a sidebar ``<aside>`` inside one is the article's meta
#: column (its byline ranks low), elsewhere a sidebar (never read).
ARTICLE_TAGS: frozenset[str] = frozenset({"article", "main"})
#: Of the cleaner's kinds foreign to the article (``articlex._fields.FOREIGN_KINDS``),
#: those still searched for a byline: an author box names the article's author.
SEARCHED_FOREIGN_KINDS: frozenset[str] = frozenset({"author-box"})
#: Kinds no name is taken from besides the foreign ones: galleries (carousels of other
#: stories).
MORE_FOREIGN_KINDS: frozenset[str] = frozenset({"gallery"})
#: Kinds that only lower a byline's rank.
WEAK_KINDS: frozenset[str] = frozenset({"author-box", "footer"})
#: Kinds the cleaner sees in a meta line that also shows share buttons or a comment count
#: ("entry-meta social-comments", "share-byline-timestamp"): with a byline or meta-line
#: class name as well (:data:`META_LINE`), the element is the article's meta line.
MISTAKABLE_KINDS: frozenset[str] = frozenset({"comments", "share"})
#: Headings inside a link that make it a teaser card rather than an author's link, and
#: linked headings that make a small ``<article>`` one.
TEASER_LINK_HEADINGS: tuple[str, ...] = ("h2", "h3", "h4", "h5")
TEASER_CARD_HEADINGS: tuple[str, ...] = ("h2", "h3", "h4")

# --- structured data -----------------------------------------------------------------------

#: ``<meta>`` keys naming the author, in order of trust.
META_AUTHOR_KEYS: tuple[str, ...] = (
    "author", "article:author", "og:article:author", "parsely-author", "sailthru.author",
    "dc.creator", "dcterms.creator", "dc.creator.personalname", "citation_author", "byl",
    "cxenseparse:author", "book:author",
)  # fmt: skip
#: Of those, library-style keys whose values read "Last, First" when there are several.
INVERTED_META_KEYS: frozenset[str] = frozenset({"dc.creator", "dcterms.creator", "citation_author"})
#: JSON-LD author types that are organisations (unless also ``Person``).
ORGANISATION_TYPES: frozenset[str] = frozenset(
    {"organization", "newsmediaorganization", "corporation", "educationalorganization",
     "governmentorganization", "ngo", "localbusiness", "brand", "website"}
)  # fmt: skip
#: JSON-LD objects whose ``author`` is not the article's.
SKIPPED_JSONLD_TYPES: frozenset[str] = frozenset(
    {"comment", "answer", "question", "imageobject", "videoobject"}
)  # fmt: skip
#: A JSON-LD author string starting so is a link or a reference, not a name.
JSONLD_LINK_STARTS: tuple[str, ...] = ("http", "/", "#")
#: Levels of lists, objects and ``@id`` references followed inside one author value.
MAX_JSONLD_DEPTH = 4
#: Microdata item types (the end of ``itemtype``, lower case) whose author is not the
#: article's.
NON_ARTICLE_ITEM_TYPES: tuple[str, ...] = (
    "imageobject", "photograph", "videoobject", "comment", "answer", "review",
)  # fmt: skip
#: Tags whose microdata value is an attribute, taken as the microdata reader gives it;
#: other elements are read for their text, with its element boundaries.
MICRODATA_VALUE_TAGS: frozenset[str] = frozenset({"meta", "link", "img", "time", "data"})

# --- organisations -------------------------------------------------------------------------

#: ``<meta>`` keys naming the site, whose names are the publisher's, not a person's.
SITE_NAME_META_KEYS: tuple[str, ...] = (
    "og:site_name", "application-name", "twitter:site", "publisher",
)  # fmt: skip
#: ``<meta>`` keys of the copyright notice: its holder is the publisher.
COPYRIGHT_META_KEYS: tuple[str, ...] = ("copyright", "dc.rights")
#: A name found inside the copyright notice is the publisher's from this many letters
#: and digits (a shorter one is found inside any notice).
MIN_COPYRIGHT_HOLDER_CHARS = 4
#: Second-level labels before a country code ("bbc.co.uk", "asahi.ne.jp"): the site's
#: name is the label before them.
HOST_SUFFIX_LABELS: frozenset[str] = frozenset(
    {"co", "com", "org", "net", "ac", "gov", "ne", "or", "go"}
)  # fmt: skip
#: Length of a country-code top-level label ("uk", "jp").
COUNTRY_CODE_CHARS = 2
#: Host labels that are not the site's name ("www", "m", "blog").
GENERIC_HOST_LABELS: frozenset[str] = frozenset(
    {"www", "m", "amp", "blog", "blogs", "news", "edition"}
)  # fmt: skip
#: A first word making a name of two words or more an organisation ("The Canadian Press").
ORGANISATION_LEADS: frozenset[str] = frozenset({"the"})
#: Longest one-word name in capitals read as an acronym, an organisation ("CNN", "AFP").
MAX_ACRONYM_CHARS = 6

# --- limits --------------------------------------------------------------------------------

#: Shortest and longest name, in characters, and most words in one name.
MIN_NAME_CHARS = 2
MAX_NAME_CHARS = 60
MAX_NAME_WORDS = 6
#: A name in an uncased script ("中村 真子") is this many words (family and given name),
#: each at most ``MAX_UNCASED_WORD_CHARS`` long.
UNCASED_NAME_WORDS = 2
MAX_UNCASED_WORD_CHARS = 4
#: A name in capitals is title-cased from this many words ("JANE DOE"; one word in
#: capitals is kept: "CNN").
MIN_TITLE_CASE_WORDS = 2
#: A particle lead ("di", "de", "od": :data:`PARTICLE_LEADS`) is a byline word only when
#: this many capitalised words follow it.
PARTICLE_LEAD_NAME_WORDS = 2
#: "Last, First" is turned round when "Last" has at most this many words ("Jong, Michiel
#: de": one; "van der Berg, Jan": three).
MAX_INVERTED_SURNAME_WORDS = 3
#: A byline line is short: longer text that starts with "By" is a sentence.
MAX_BYLINE_LINE_CHARS = 100
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
#: headline are searched for one (from the start of the body, without a headline: twice
#: as many).
MAX_TEXT_LINE_CHARS = 160
TEXT_LINE_WINDOW = 150
TEXT_LINE_WINDOW_WITHOUT_HEADLINE = 2 * TEXT_LINE_WINDOW
#: Shortest title, in letters and digits, that an ``<h1>`` is matched with (shorter
#: headings are logos and labels).
MIN_TITLE_KEY_CHARS = 8
#: An ``<h1>`` inside a longer title is the headline when the title is at most this many
#: times as long.
MAX_TITLE_PER_HEADING = 2

# --- patterns ------------------------------------------------------------------------------


def _alternation(phrases: Iterable[str]) -> str:
    """The phrases as a regex alternation, longest first, spaces matching any run."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


#: Characters stripped from the ends of a name and of a byline part.
EDGE_PUNCT = " \t-–—,;:|/·•*+.…!?\"'“”‘’«»()[]{}《》「」【】<>=#_~"
#: Characters that may follow a lead word ("By:", "Von –", "Par |").
LEAD_SEPARATORS = " :：-–—|"
#: Words of a name in capitals without one of these are kept in capitals ("CNN").
VOWELS: frozenset[str] = frozenset("aeiouyàáâäãåèéêëìíîïòóôöõùúûüý")
#: A possessive ends no name ("David Fear's Most Recent", "CNN's Jane Doe"). Lower case.
POSSESSIVE_ENDINGS: tuple[str, ...] = ("'s", "’s")
#: A word before a job title that belongs to it ("Staff Writer"). Lower case.
TITLE_PREFIXES: frozenset[str] = frozenset({"staff"})

#: An address starts where its run of ``[\w.+-]`` starts: were it tried from each character
#: of a long run with no "@" after it, each try would rescan the run (quadratic time).
#: (So an address glued to the one before by "." or "+" is no longer cut out on its own.)
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
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
#: A URL inside a byline, removed.
URL = re.compile(rf"(?:https?://|www\.)\S+|{_HOST_START}\b[\w-]+(?:\.[\w-]+)+/\S*", re.IGNORECASE)
#: A value that is a link (a profile URL in ``article:author``), not a name.
URL_VALUE = re.compile(r"^(?:https?:|//|/|www\.|mailto:)|^[\w-]+(?:\.[\w-]+)+/", re.IGNORECASE)
#: What is left of a URL in a would-be name.
URL_BITS = re.compile(r"http|www\.|://", re.IGNORECASE)
#: "by" left inside a would-be name.
BY_WORD = re.compile(r"(?<!\w)by(?!\w)", re.IGNORECASE)
#: A social handle ("@janedoe"), removed.
HANDLE = re.compile(r"(?<![\w@])@\s?\w[\w.]*")
#: A parenthesised aside; one starting with a word of ``WITH_LIST`` lists more names.
PARENS = re.compile(r"[(\[]([^()\[\]]*)[)\]]")
WITH_LIST = re.compile(r"^\s*(?:with|avec|mit|con|com|and|et|und|y|e)\s+", re.IGNORECASE)
# "(?:\s*:)?\s+" here and in BY_LINE rather than "\s*:?\s+": the same strings, but a long
# run of spaces is no longer shared out between two quantifiers in every way (quadratic).
#: A lead word anywhere in a byline: what comes before it is dropped.
LEAD_ANYWHERE = re.compile(
    rf"(?:^|(?<=[\s|,;:·•]))(?:{_alternation(BYLINE_LEADS)})(?:\s*[:：])?[\s|]+(?=[^\W\d_])",
    re.IGNORECASE,
)
#: A lead word at the start of a byline part, removed.
LEAD_START = re.compile(
    rf"^[\W_]*(?:(?:{_alternation(BYLINE_LEADS + START_LEADS)})(?:\s*[:：\-–—|]\s*|\s+)"
    rf"|{CJK_LEADS})",
    re.IGNORECASE,
)
#: Text starting with a lead word, and a line that is a lead word and a name.
BY_START = re.compile(rf"^\W*(?:{_alternation(BYLINE_LEADS)})(?!\w)", re.IGNORECASE)
BY_LINE = re.compile(rf"^\W*(?:{_alternation(BYLINE_LEADS)})(?:\s*:)?\s+[^\W\d_]", re.IGNORECASE)
#: Where a credit that is not authorship starts: the byline is cut there.
CREDIT_CUT = re.compile(rf"(?<!\w)(?:{_alternation(NON_AUTHOR_CREDITS)})(?!\w)", re.IGNORECASE)
CONTRIBUTION_NOTE = re.compile(_alternation(CONTRIBUTION_NOTES), re.IGNORECASE)
#: Where a date starts in a byline part: the part is cut there.
DATE_CUT = re.compile(
    rf"\d|\b(?:{_MONTHS})\b\.?(?=\s*\d)|\b(?:{_WEEKDAYS})\b|\b(?:{_DATE_WORDS})\b",
    re.IGNORECASE,
)
CJK_ROLE = re.compile(rf"(?:{'|'.join(CJK_NON_AUTHOR_ROLES)})$")
CJK_AUTHOR_MARK = re.compile(r"(?<=\S)\s*著$")
_JOINERS = _alternation(NAME_JOINERS)
_WORD_JOINERS = _alternation(j for j in NAME_JOINERS if len(j) > 1)
#: Separators between names (punctuation, spaced dashes, "and"-like words), captured.
#: (Started outside whitespace runs, and "(?:\s*,)?\s+" for "\s*,?\s+": linear time on long
#: runs of spaces; see NOT_INSIDE_WS_RUN.)
SPLIT = re.compile(
    rf"{NOT_INSIDE_WS_RUN}"
    rf"(\s*(?:[,;|/&·•+，、；／｜]|\s[-–—]\s|\s[-–—]$|^[-–—]\s)\s*(?:(?:{_WORD_JOINERS})\s+)?"
    rf"|\s+(?:{_JOINERS})\s+(?=\S)"
    rf"|(?:\s*,)?\s+(?:{_JOINERS})$)",
    re.IGNORECASE,
)
#: A separator that joins two authors' names ("and", "&").
JOINED = re.compile(rf"&|\b(?:{_JOINERS})\b", re.IGNORECASE)
#: " in <Place>" after a name ("Olivia Solon in San Francisco").
LOCATION = re.compile(
    rf"{NOT_INSIDE_WS_RUN}\s+(?:in|aus|à|en|em|from|reporting from)\s+(?=[^\W\d_])"
)
#: "Gillman, Steve": a surname, a comma and a given name, one word each.
SURNAME_FIRST = re.compile(r"^\s*[^\W\d_][\w'’-]+,\s*[^\W\d_][\w'’.-]+\s*$")
LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
#: Between the parts of a site's name ("The Site | News").
SITE_SEPARATORS = re.compile(rf"{NOT_INSIDE_WS_RUN}\s+[|–—·:-]\s+")

#: A link to an author's page, and a class or id naming a byline element.
AUTHOR_HREF = re.compile(f"(?:{'|'.join(re.escape(h) for h in AUTHOR_HREF_FRAGMENTS)})\\w")
BYLINE_CLASS = re.compile("|".join(BYLINE_CLASS_FRAGMENTS))
NOT_A_NAME = re.compile("|".join(NOT_A_NAME_FRAGMENTS))
EMBED = re.compile("|".join(EMBED_CLASS_FRAGMENTS), re.IGNORECASE)
#: Class tokens saying what an element has or how it looks, not what it is
#: (``--has-date``, ``is-sticky``, ``has-social``, ``hover:underline``).
MODIFIERS = re.compile(r"--\S*|(?<!\S)(?:has|is|with|no|js|u|l)[-_]\S*|(?<!\S)\S*:\S*")
#: A class naming the name part of a byline ("byline__name", "authorName", hCard "fn").
#: ``(?<![-_][-_])``: a run of "-" and "_" is entered at its first or second character only
#: (the second when the first follows a letter), else a long run with no "name" after it
#: is rescanned from each of its characters (quadratic time). Same matches.
NAME_CLASS = re.compile(
    r"(?<![a-z])(?:author|byline|user|display|full)?(?<![-_][-_])[-_]*name(?![a-z])|\bfn\b"
)
#: The article's meta line, whatever widget class names it also carries.
META_LINE = re.compile(r"byline|author|(?:entry|post|article|story)[-_]?meta")
