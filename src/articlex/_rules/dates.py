"""What the date extractor looks for and how it weighs it: keys, class hints, labels,
month names, time zones, evidence tiers and ranks, windows and caps.

Everything here is data read by :mod:`articlex._fields.dates`: the order of each tuple is
the precedence among its entries (first valid wins). Nothing is keyed to a site.
"""

from __future__ import annotations

import re

# --- plausibility ------------------------------------------------------------------------

#: Dates before this year are placeholders (``0001-01-01``, the Unix epoch) or archives of
#: a print era the web pages here do not describe.
MIN_YEAR = 1990
#: A fixed upper bound (not "now": the extractor must give the same answer every day).
MAX_YEAR = 2100
#: The widest UTC offset in use, in minutes (UTC+14, Kiribati): a wider one is no zone.
MAX_OFFSET_MINUTES = 14 * 60

# --- input caps ----------------------------------------------------------------------------

#: Longest structured value parsed as a whole (a date with time and zone fits in 64).
MAX_VALUE_CHARS = 64
#: Longest text examined for a dateline (a byline with a date, not a paragraph).
MAX_DATELINE_CHARS = 200
#: Characters of an element's text read at most (enough to tell it is longer than a
#: dateline, then its own text is read instead).
MAX_ELEMENT_TEXT_CHARS = 2 * MAX_DATELINE_CHARS
#: Longest line read as a bare dateline (no label, no date class): "March 3, 2026 |
#: By Jane Doe" is one; a sentence mentioning a date is not.
MAX_BARE_DATELINE_CHARS = 80
#: Far from the headline, an unlabelled date counts only in a line it makes at least this
#: share of ("2019.03.05", "le 30 octobre 2012 - Slate.fr"; not "The vote is set for 3
#: March 2026.").
MIN_DATE_SHARE = 0.4
#: A date opening a long paragraph is a dateline when it starts within this many
#: characters ("WASHINGTON, Jan. 3, 2026 — ...")...
LEAD_DATELINE_CHARS = 40
#: ... and the paragraph is read this much further, for the date itself, its time and
#: the dash or colon after it.
LEAD_DATELINE_TAIL_CHARS = 40
#: Characters before a date searched for the time written ahead of it ("10:47 AM ET, Tue
#: January 3, 2026").
TIME_BEFORE_CHARS = 40
#: Longest string ever handed to ``dateutil`` (it is slow and lenient on long input).
MAX_DATEUTIL_CHARS = 48
#: Values read of a JSON-LD date property holding a list.
MAX_JSONLD_LIST_VALUES = 5
#: Characters of a URL's path searched for a date.
MAX_URL_PATH_CHARS = 500
#: Elements of the page examined for datelines (huge pages are cut there).
MAX_ELEMENTS_SCANNED = 30_000
#: When every ``<h1>`` sits in boilerplate, the first one opening the page's title
#: (``og:title``, ``<title>``) anchors the dateline window, if it has this many characters
#: at least (not a one-word logo).
MIN_TITLED_HEADLINE_CHARS = 12
#: Elements after the headline searched for a bare dateline ("3 janvier 2026").
DATELINE_WINDOW_AFTER = 80
#: ... and before it (a date above the title, next to the section name).
DATELINE_WINDOW_BEFORE = 25
#: The window also closes after this many paragraphs of running text (the article's
#: body has begun: a date further down is one the story mentions)...
DATELINE_MAX_PARAGRAPHS = 2
#: ... a paragraph of running text being a text of at least this many characters.
PROSE_CHARS = 120
#: Dates collected from the markup before the search stops (listing pages have hundreds).
MAX_DOM_CANDIDATES = 200
#: ``<time>`` elements after the headline read for the cross-check of a structured date.
MAX_CROSS_CHECK_TIMES = 3
#: Levels above the headline that still make its header block (where the cross-check
#: looks for a ``<time>`` before the ``<h1>``), up to the first of HEADER_STOP_TAGS.
HEADER_DEPTH = 3
HEADER_STOP_TAGS = frozenset({"body", "html", "main"})

# --- structured data keys, in precedence order ---------------------------------------------

#: JSON-LD properties giving the publication date, then the modification date.
JSONLD_PUBLISHED_KEYS = ("datePublished", "dateCreated", "uploadDate")
JSONLD_MODIFIED_KEYS = ("dateModified",)
#: JSON-LD types (besides articles) whose dates describe the page itself.
JSONLD_PAGE_TYPES = frozenset(
    {
        "webpage", "itempage", "videoobject", "mediaobject", "creativework", "qapage", "review",
        "discussionforumposting", "question",
    }
)  # fmt: skip

#: ``<meta>`` keys (lower-cased name/property) giving the publication date. ``itemprop``
#: metas (``datePublished``) are read as microdata instead, where the element's place
#: (a related story's card, a link) is checked.
META_PUBLISHED_KEYS = (
    "article:published_time", "og:published_time", "og:article:published_time",
    "article:published", "parsely-pub-date", "sailthru.date",
    "dcterms.issued", "dc.date.issued", "dcterms.created", "dc.date.created", "dc.date",
    "dcterms.date", "dc.created", "citation_publication_date", "citation_date",
    "article.published", "article_date_original", "original-publish-date", "publish-date",
    "publish_date", "published_date", "publication_date", "publishdate", "pubdate",
    "date_published", "date", "displaydate", "og:pubdate",
    "cxenseparse:recs:publishtime", "rnews:datepublished", "ptime",
)  # fmt: skip
#: ``<meta>`` keys giving the modification date.
META_MODIFIED_KEYS = (
    "article:modified_time", "og:updated_time", "og:modified_time", "article:modified",
    "dcterms.modified", "dc.date.modified", "last-modified", "lastmod",
    "parsely-updated", "sailthru.lastmodified", "article.updated", "utime",
)  # fmt: skip

#: Other ``<meta>`` names of a publication date, read after the keys above: the last part
#: of the name (after a ``prefix:`` or ``prefix.``) naming publication, alone or with
#: "date", "time", "on" or "at" (``published``, ``published-date``, ``published_on``,
#: ``og:publish_date``, ``date-pub``, ``cxenseparse:publishtime``, ``ms.date``).
META_PUBLISHED_NAME = re.compile(
    r"(?:^|[:.])(?:(?:article|first|original|web|print|iso-8601)[-_]?)?"
    r"(?:pub(?:lish(?:ed)?|lication)?[-_ ]?(?:date|time|on|at)?|date[-_ ]?pub(?:lished)?|"
    r"date)$"
)
#: Other ``<meta>`` names of a modification date, read after the keys above
#: (``modified-date``, ``updated_at``, ``last_updated``, ``revision_date``).
META_MODIFIED_NAME = re.compile(
    r"(?:^|[:.])(?:article[-_]?)?(?:last[-_ ]?)?(?:modified|updated?|revised|revision)"
    r"(?:[-_ ]?(?:date|time|on|at))?$"
)

#: Microdata properties (outside ``<meta>``): publication, then modification.
MICRODATA_PUBLISHED_KEYS = ("datepublished", "datecreated", "uploaddate")
MICRODATA_MODIFIED_KEYS = ("datemodified",)

# --- markup hints ----------------------------------------------------------------------------

#: Attributes holding a machine-readable date, by how an element may carry them:
#: ``datetime`` always, ``content`` on a hinted element, ``title`` on an hAtom ``<abbr>``
#: or an element marked published/updated.
DATE_ATTRS = ("datetime", "content", "title")
#: ``itemprop`` beginnings (lower-cased) of an element holding a date.
DATE_ITEMPROP_PREFIXES = ("date", "upload")
#: Text that may hold a date: a year's four digits, or a digit before 年/년.
DATE_CHARS = re.compile(r"\d{4}|\d\s*[年년]")
#: Tags whose text is never read for a date.
SKIP_TEXT_TAGS = frozenset(
    {"script", "style", "noscript", "template", "head", "title", "textarea", "option", "select"}
)
#: Levels (the element and its ancestors) whose class/id/itemprop say what date an element
#: holds, up to the first of HINT_STOP_TAGS.
HINT_DEPTH = 3
HINT_STOP_TAGS = frozenset({"body", "html", "article", "main"})

#: ``class``/``id`` tokens of an element holding a publication date.
PUBLISHED_HINT = re.compile(
    r"publish|pubdate|pub-date|pub_date|posted|post-?date|entry-?date|article-?date|"
    r"story-?date|created|dateline|date-?line|erschienen|veroeffentlicht|publicado|"
    r"fecha-?publicacion|date-?publication|datepub",
    re.IGNORECASE,
)
#: ``class``/``id`` tokens of an element holding a modification date.
MODIFIED_HINT = re.compile(r"updated|modified|update-?date|last-?mod|aktualisiert", re.IGNORECASE)
#: ``class``/``id`` tokens (lower-cased) of an element that holds a date of either kind.
DATE_HINT = re.compile(r"date|time|datum|fecha|data-?publica|posted|published|updated")
#: Weaker tokens: an element that may hold a date among other things (a byline, a meta
#: line); trusted only near the headline.
WEAK_DATE_HINT = re.compile(r"byline|meta|info|data|author|credit|day|stamp")
#: ``class``/``id`` tokens (on the element or an ancestor) of things that are not the
#: article, beyond what :func:`~articlex._fields.in_boilerplate` knows: a date there is
#: another story's, a reader's, or the site's. ("promoted" is a state, as Drupal's
#: ``node--promoted``, an article promoted to the front page: not a promotion box.)
FOREIGN_HINT = re.compile(
    r"(?<![a-z0-9])(?:comment|reply|replies|related|similar|recommend|cookie|consent|"
    r"promo(?!ted)|"
    r"more-?stories|copyright|newsletter|trending|popular|ticker|"
    r"weather|calendar|event-?date|archive|most-?read|next-?(?:post|article|story)|"
    r"prev(?:ious)?-?(?:post|article|story))"
)
#: Class tokens naming the post's taxonomy or state (WordPress ``category-*``, ``tag-*``,
#: ``post-123``...), not what the element is: ignored by FOREIGN_HINT.
TAXONOMY_TOKEN = re.compile(
    r"(?:category|tag|tags|topic|section|vertical|format|status|type|postid|post|series|"
    r"column|author|layout|template|page-template|single-format)[-_]"
)
#: The class of an ``<article>`` naming the kind of post it is with a word the cleaner
#: reads as boilerplate (``<article class="newsletter-post">``: a newsletter's issue is
#: the article, not a signup box): that element is never foreign for its dates.
ARTICLE_KIND_CLASS = re.compile(r"(?<![\w-])newsletter-?(?:post|issue|article)(?![\w-])")
#: On a thread's page (a forum's: its address has the shape forum software gives threads,
#: or its JSON-LD declares a forum type), the first post's date is the thread's: there
#: comment and reply markup (POST_HINT, the cleaner's POST_KINDS) holds the posts.
POST_HINT = re.compile(r"comment|reply|replies|discussion")
POST_KINDS = frozenset({"comments"})
#: Tags whose dates are never the article's (a photo's caption, a quoted or deleted text).
FOREIGN_TAGS = frozenset({"figcaption", "blockquote", "q", "del"})
#: Boilerplate kinds of :data:`~articlex._fields.FOREIGN_KINDS` that do not disqualify a
#: date: share bars and author boxes often hold the byline and the dateline
#: (``ShareByline``, ``author-info``)...
DATE_ALLOWED_KINDS = frozenset({"share", "author-box"})
#: ... and kinds that do besides: photo captions and galleries ("Halifax, on Dec. 27,
#: 2025" under a picture is when the photo was taken), the site's masthead (today's date,
#: not the story's).
DATE_FOREIGN_KINDS = frozenset({"caption", "gallery", "header"})
#: Kinds that disqualify a date near the headline only outside the article: inside it, a
#: breadcrumb bar or an ``<aside>`` column next to the title is where the dateline often
#: sits...
NEAR_EXEMPT_KINDS = frozenset({"navigation", "sidebar", "footer"})
#: ... and anywhere in the article: its own footer ("Posted by ... at 8:38 pm").
EXEMPT_KINDS = frozenset({"footer"})
#: HTML5 sectioning tags that, inside an article, are parts of it (an ``<aside>`` with
#: "Published on ..." at its end), whatever the cleaner calls them.
ARTICLE_PART_TAGS = frozenset({"aside", "footer", "header"})
#: What marks an element as an article, besides ``<article>``: an hAtom entry class, an
#: article or posting ``itemtype``.
ARTICLE_CLASS = re.compile(r"(?<![\w-])(?:hentry|h-entry)(?![\w-])")
ARTICLE_ITEMTYPE = re.compile(r"(?:Article|BlogPosting|Posting)$")
#: Ancestors searched for the link a date is written in (cards wrap whole blocks in one),
#: up to the first of LINK_STOP_TAGS.
LINK_DEPTH = 8
LINK_STOP_TAGS = frozenset({"article", "section", "main", "body"})

#: Text that marks a copyright or legal line: no date is taken from it.
COPYRIGHT = re.compile(
    r"©|&copy;|\(c\)\s*\d{4}|copyright|all rights reserved|tous droits|alle rechte|"
    r"todos los derechos|版権|著作権|版权",
    re.IGNORECASE,
)

# --- labels ------------------------------------------------------------------------------------

#: Characters before a date searched for its label ("Posted by A, B and C on ...").
LABEL_WINDOW_CHARS = 60
#: Characters of an element's text searched for a label when none is next to its date.
TEXT_LABEL_CHARS = 2 * LABEL_WINDOW_CHARS
#: A date starting within this many characters of an element's text opens it: its label
#: may be the text just before the element ("Updated: <time>...").
LEADING_DATE_CHARS = 3

#: Words that introduce a modification date ("Last updated: ...", "Mis à jour le ...").
MODIFIED_LABEL = re.compile(
    r"\b(?:last\s+)?(?:updated|modified|revised|edited)\b|\bupdate:|mis\s+à\s+jour|"
    r"\bmaj\b|actualizad[oa]|actualización|atualizad[oa]|aktualisiert|geändert|"
    r"aggiornat[oa]|bijgewerkt|gewijzigd|zaktualizowano|aktualizováno|aktualizace|"
    r"обновлено|更新|수정",
    re.IGNORECASE,
)
#: Words that introduce a publication date.
PUBLISHED_LABEL = re.compile(
    r"\b(?:published|posted|first\s+published|released|issued)\b|publié|"
    r"publicad[oa]|publicación|veröffentlicht|erschienen|erstellt|pubblicat[oa]|"
    r"gepubliceerd|opublikowano|publikováno|vydáno|опубликовано|公開|投稿|配信|掲載|发布|"
    r"發布|发表|發表|게시|등록|입력",
    re.IGNORECASE,
)

#: Words that say a date is not the article's: a member's or a community's, an event's,
#: a deadline, a review to come ("Joined March 2011", "Created Oct 18, 2011", "Deadline:
#: ...", "Next review due: 11 Jan 2029").
OTHER_DATE_LABEL = re.compile(
    r"\b(?:joined|member\s+since|created|born|founded|established|expires?|expiry|"
    r"deadline|cake\s*day|birthday|valid\s+(?:until|through)|offer\s+ends|event\s+date|"
    r"date\s+of\s+birth|copyright|next\s+review|review\s+due|due)\b|inscrit|geboren|"
    r"gegründet|fundad[oa]|nacid[oa]",
    re.IGNORECASE,
)

# --- choosing ------------------------------------------------------------------------------

#: Two dates further apart than this (in days) contradict each other; closer ones may be
#: the same moment seen from two time zones.
CONTRADICTION_DAYS = 1
#: A structured publication date this many days away from the page's visible one, or
#: after the URL's date, is a re-stamp (a migration, a template's "now"), not the story's.
STALE_DAYS = 365

#: Evidence tiers of a structured date (lower is stronger; the first valid of the lowest
#: tier is taken): the article's JSON-LD, a meta tag, microdata, the JSON-LD of the web
#: page or video around the article.
TIER_JSONLD = 0
TIER_META = 1
TIER_MICRODATA = 2
TIER_PAGE_JSONLD = 3
#: Structured dates up to this tier lend their precision to an agreeing chosen date (a
#: bare day upgraded to the meta tag's time with its offset).
TRUSTED_TIER = TIER_META

#: Evidence tiers of a date found in the markup or text (lower is stronger).
TIER_LABELLED = 0  # "Published ...", class "published", itemprop, pubdate
TIER_HINTED = 1  # a <time>, or an element whose class says "date"/"time"/"meta"
TIER_BARE = 2  # a date alone in a short line near the headline
TIER_ANYWHERE = 3  # a date alone in a short line anywhere (last resort)

#: Rank of a markup or text date (lower is preferred), by its tier: in the dateline
#: window around the headline...
RANK_NEAR = (0, 1, 3, 5)
#: ... elsewhere in the page (a labelled date there before a bare one near the headline)...
RANK_ELSEWHERE = (2, 4, 5, 5)
#: ... and, whatever its tier, written in the text of a link to another page (most often
#: another story's): last of all.
RANK_LINKED = 6
#: Ranks this weak or weaker (far from the headline) give way to the URL's date when the
#: two disagree; an agreeing markup date is kept (it is more precise).
URL_BEATS_RANK = 4

# --- date words ----------------------------------------------------------------------------------

#: In English, French, German, Spanish, Portuguese, Italian, Dutch, the Scandinavian
#: languages, Polish, Czech, Russian, Ukrainian, Turkish, Finnish, Indonesian, Romanian,
#: Hungarian, Greek (the genitive, as dates write it) and Arabic.
_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "janvier", "janv", "januar", "jänner", "enero", "ene", "janeiro",
        "gennaio", "gen", "januari", "stycznia", "styczeń", "ledna", "leden", "января",
        "январь", "janúar", "ocak", "tammikuuta",
        "ianuarie", "січня", "ιανουαρίου", "ιαν", "január", "يناير"),
    2: ("february", "feb", "février", "fevrier", "févr", "fevr", "février", "februar", "febrero",
        "fevereiro", "fev", "fév", "febbraio", "februari", "lutego", "luty", "února", "únor",
        "февраля", "февраль", "şubat", "helmikuuta",
        "februarie", "лютого", "φεβρουαρίου", "φεβ", "február", "فبراير"),
    3: ("march", "mar", "mars", "märz", "maerz", "marzo", "março", "marco", "maart", "marca",
        "marzec", "března", "březen", "марта", "март", "mart", "maaliskuuta",
        "maret", "martie", "marts", "березня", "μαρτίου", "μαρ", "március", "مارس"),
    4: ("april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "kwiecień",
        "dubna", "duben", "апреля", "апрель", "nisan", "huhtikuuta",
        "aprilie", "квітня", "απριλίου", "απρ", "április", "أبريل", "ابريل"),
    5: ("may", "mai", "mayo", "maio", "maggio", "mag", "mei", "maja", "maj", "května",
        "květen", "мая", "май", "mayıs", "toukokuuta",
        "травня", "μαΐου", "μαΐ", "május", "مايو"),
    6: ("june", "jun", "juin", "juni", "junio", "junho", "giugno", "giu", "czerwca",
        "czerwiec", "června", "červen", "июня", "июнь", "haziran", "kesäkuuta",
        "iunie", "червня", "ιουνίου", "ιουν", "június", "يونيو"),
    7: ("july", "jul", "juillet", "juil", "juli", "julio", "julho", "luglio", "lug", "lipca",
        "lipiec", "července", "červenec", "июля", "июль", "temmuz", "heinäkuuta",
        "iulie", "липня", "ιουλίου", "ιουλ", "július", "يوليو"),
    8: ("august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpnia", "sierpień",
        "srpna", "srpen", "августа", "август", "ağustos", "elokuuta", "augusti",
        "agustus", "agt", "серпня", "αυγούστου", "αυγ", "augusztus", "أغسطس", "اغسطس"),
    9: ("september", "sep", "sept", "septembre", "septiembre", "setembro", "set",
        "settembre", "września", "wrzesień", "září", "сентября", "сентябрь", "eylül",
        "syyskuuta",
        "septembrie", "вересня", "σεπτεμβρίου", "σεπ", "szeptember", "سبتمبر"),
    10: ("october", "oct", "octobre", "oktober", "okt", "octubre", "outubro", "out",
         "ottobre", "ott", "października", "październik", "října", "říjen", "октября",
         "октябрь", "ekim", "lokakuuta",
         "octombrie", "жовтня", "οκτωβρίου", "οκτ", "október", "أكتوبر", "اكتوبر"),
    11: ("november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopad",
         "listopadu", "ноября", "ноябрь", "kasım", "marraskuuta",
         "noiembrie", "листопада", "νοεμβρίου", "νοε", "نوفمبر"),
    12: ("december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "diciembre",
         "dic", "dezembro", "dicembre", "grudnia", "grudzień", "prosince", "prosinec",
         "декабря", "декабрь", "aralık", "joulukuuta",
         "desember", "decembrie", "грудня", "δεκεμβρίου", "δεκ", "ديسمبر"),
}  # fmt: skip

#: Month name or abbreviation (lower-cased) -> month number, in the languages covered.
MONTHS: dict[str, int] = {name: number for number, names in _MONTH_NAMES.items() for name in names}

#: Ordinal marks after a day written before its month ("3rd", "1er", "1º", "3." is
#: punctuation, added by the pattern)...
DAY_ORDINALS = ("st", "nd", "rd", "th", "er", "re", "º", "°")
#: ... and after a day written after its month ("Jan. 3rd 2026").
ENGLISH_ORDINALS = ("st", "nd", "rd", "th")
#: Words between a day and its month ("3 de enero", "3rd of March")...
MONTH_CONNECTORS = ("de", "of")
#: ... and between a month and its year ("3 de enero de 2026", "1 del 2026").
YEAR_CONNECTORS = ("de", "del", "of")
#: Words between a date and its time, as patterns ("at 10:47", "à 10h47", "a las 10:47",
#: "kl. 10.47"; "-" as a word).
TIME_CONNECTORS = (
    r"at", r"à", r"a\s+las", r"alle", r"às", r"um", r"o", r"kl\.?", r"klo", r"le", r"-",
)  # fmt: skip
#: Words after a time ("22:47 Uhr", "10h", "10 hrs").
HOUR_WORDS = ("uhr", "h", "hrs")
#: Letters of a weekday name between a time and its date ("10:47 AM ET, Tue January 3"),
#: fewest and most.
WEEKDAY_CHARS = (2, 10)

#: Languages (primary subtags and full tags) writing numeric dates month first (1/3/2026).
MONTH_FIRST_LANGUAGES = frozenset({"en", "en-us", "en-ph", "en-ca", "fil"})
#: Languages writing numeric dates year first (2026/1/3).
YEAR_FIRST_LANGUAGES = frozenset({"ja", "zh", "ko", "hu", "lt", "mn"})

#: Time zone abbreviations -> UTC offset in minutes. Ambiguous ones take their most common
#: meaning on news sites (``IST``: India). ``ET``/``CT``/``MT``/``PT`` (no S/D) are resolved
#: with the United States daylight-saving rules (see ``US_ZONES``).
TIME_ZONES: dict[str, int] = {
    "utc": 0, "gmt": 0, "z": 0, "ut": 0,
    "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
    "pst": -480, "pdt": -420, "akst": -540, "akdt": -480, "hst": -600,
    "ast": -240, "adt": -180, "nst": -210, "ndt": -150,
    "bst": 60, "ist": 330, "wet": 0, "west": 60, "cet": 60, "cest": 120, "mez": 60,
    "mesz": 120, "eet": 120, "eest": 180, "msk": 180, "jst": 540, "kst": 540,
    "hkt": 480, "sgt": 480, "pht": 480, "wib": 420, "aest": 600, "aedt": 660,
    "acst": 570, "acdt": 630, "awst": 480, "nzst": 720, "nzdt": 780,
}  # fmt: skip
#: Names (upper-cased) that mean UTC itself, alone or after an ISO 8601 time.
UTC_NAMES = ("Z", "UTC", "GMT", "UT")
#: US zone letters -> standard-time offset in minutes (daylight time adds an hour).
US_ZONES: dict[str, int] = {"et": -300, "ct": -360, "mt": -420, "pt": -480}

# --- relative dates ------------------------------------------------------------------------

#: Relative dates ("3 days ago", "il y a 3 jours", "vor 3 Tagen", "hace 3 días", "há 3
#: dias", "3 giorni fa", "3 dagen geleden", "3日前"), read only against the reference time
#: the caller gives (``ExtractOptions.reference_time``), and only in an element whose
#: markup says it holds a date: each pattern has a count ``n`` and a ``unit`` (keys of
#: RELATIVE_COUNTS and RELATIVE_UNITS). Months and years are not read: "2 years ago"
#: does not name a day.
RELATIVE_PATTERNS = (
    r"(?P<n>\d{1,3}|an?|one)\s+(?P<unit>minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago",
    r"il\s+y\s+a\s+(?P<n>\d{1,3}|une?)\s+(?P<unit>minutes?|heures?|jours?|semaines?)",
    r"vor\s+(?P<n>\d{1,3}|einer|einem)\s+(?P<unit>minuten?|stunden?|tag(?:en)?|wochen?)",
    r"hace\s+(?P<n>\d{1,3}|una?)\s+(?P<unit>minutos?|horas?|d[íi]as?|semanas?)",
    r"h[áa]\s+(?P<n>\d{1,3}|uma?)\s+(?P<unit>minutos?|horas?|dias?|semanas?)",
    r"(?P<n>\d{1,3}|una?)\s+(?P<unit>minut[io]|or[ae]|giorn[io]|settiman[ae])\s+fa",
    r"(?P<n>\d{1,3}|een)\s+(?P<unit>minuten|minuut|uur|dagen|dag|weken|week)\s+geleden",
    r"(?P<n>\d{1,3})\s*(?P<unit>分|時間|小时|小時|日|天|週間|周)前",
)
#: Count words -> the count.
RELATIVE_COUNTS = {
    "a": 1, "an": 1, "one": 1, "un": 1, "une": 1, "einer": 1, "einem": 1, "una": 1,
    "uma": 1, "uno": 1, "een": 1,
}  # fmt: skip
#: Unit words (lower-cased, up to their plural ending) -> hours: a unit is the first key
#: its word starts with.
RELATIVE_UNITS = (
    ("min", 1 / 60), ("分", 1 / 60), ("hour", 1), ("hr", 1), ("heure", 1), ("stunde", 1),
    ("hora", 1), ("or", 1), ("uur", 1), ("時間", 1), ("小时", 1), ("小時", 1),
    ("day", 24), ("jour", 24), ("tag", 24), ("día", 24), ("dia", 24), ("giorn", 24),
    ("dag", 24), ("日", 24), ("天", 24), ("week", 168), ("semaine", 168), ("woche", 168),
    ("semana", 168), ("settiman", 168), ("週間", 168), ("周", 168),
)  # fmt: skip
#: Words naming a day relative to the reference time: today, yesterday.
RELATIVE_DAYS = {
    "today": 0, "heute": 0, "aujourd'hui": 0, "hoy": 0, "hoje": 0, "oggi": 0,
    "vandaag": 0, "今日": 0, "今天": 0,
    "yesterday": 1, "gestern": 1, "hier": 1, "ayer": 1, "ontem": 1, "ieri": 1,
    "gisteren": 1, "昨日": 1, "昨天": 1,
}  # fmt: skip
