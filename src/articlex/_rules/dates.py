"""What the date extractor looks for: keys, class hints, labels, month names, time zones.

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

# --- input caps ----------------------------------------------------------------------------

#: Longest structured value parsed as a whole (a date with time and zone fits in 64).
MAX_VALUE_CHARS = 64
#: Longest text examined for a dateline (a byline with a date, not a paragraph).
MAX_DATELINE_CHARS = 200
#: Longest line read as a bare dateline (no label, no date class): "March 3, 2026 |
#: By Jane Doe" is one; a sentence mentioning a date is not.
MAX_BARE_DATELINE_CHARS = 80
#: Far from the headline, an unlabelled date counts only in a line it makes at least this
#: share of ("2019.03.05", "le 30 octobre 2012 - Slate.fr"; not "The vote is set for 3
#: March 2026.").
MIN_DATE_SHARE = 0.4
#: A date opening a long paragraph is a dateline when it starts within this many
#: characters ("WASHINGTON, Jan. 3, 2026 — ...").
LEAD_DATELINE_CHARS = 40
#: Longest string ever handed to ``dateutil`` (it is slow and lenient on long input).
MAX_DATEUTIL_CHARS = 48
#: Characters of a broken (unparsable) JSON-LD script searched for dates.
MAX_BROKEN_JSONLD_CHARS = 200_000
#: Elements of the page examined for datelines (huge pages are cut there).
MAX_ELEMENTS_SCANNED = 30_000
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

# --- structured data keys, in precedence order ---------------------------------------------

#: JSON-LD properties giving the publication date, then the modification date.
JSONLD_PUBLISHED_KEYS = ("datePublished", "dateCreated", "uploadDate")
JSONLD_MODIFIED_KEYS = ("dateModified",)
#: JSON-LD types (besides articles) whose dates describe the page itself.
JSONLD_PAGE_TYPES = frozenset(
    {"webpage", "itempage", "videoobject", "mediaobject", "creativework", "qapage", "review"}
)

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

#: Microdata properties (outside ``<meta>``): publication, then modification.
MICRODATA_PUBLISHED_KEYS = ("datepublished", "datecreated", "uploaddate")
MICRODATA_MODIFIED_KEYS = ("datemodified",)

# --- markup hints ----------------------------------------------------------------------------

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
#: another story's, a reader's, or the site's.
FOREIGN_HINT = re.compile(
    r"(?<![a-z0-9])(?:comment|reply|replies|related|similar|recommend|cookie|consent|promo|"
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
#: Text that marks a copyright or legal line: no date is taken from it.
COPYRIGHT = re.compile(
    r"©|&copy;|\(c\)\s*\d{4}|copyright|all rights reserved|tous droits|alle rechte|"
    r"todos los derechos|版権|著作権|版权",
    re.IGNORECASE,
)

# --- labels ------------------------------------------------------------------------------------

#: Characters before a date searched for its label ("Posted by A, B and C on ...").
LABEL_WINDOW_CHARS = 60

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
#: a deadline ("Joined March 2011", "Created Oct 18, 2011", "Deadline: ...").
OTHER_DATE_LABEL = re.compile(
    r"\b(?:joined|member\s+since|created|born|founded|established|expires?|expiry|"
    r"deadline|cake\s*day|birthday|valid\s+(?:until|through)|offer\s+ends|event\s+date|"
    r"date\s+of\s+birth|copyright)\b|inscrit|geboren|gegründet|fundad[oa]|nacid[oa]",
    re.IGNORECASE,
)

# --- date words ----------------------------------------------------------------------------------

_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "janvier", "janv", "januar", "jänner", "enero", "ene", "janeiro",
        "gennaio", "gen", "januari", "stycznia", "styczeń", "ledna", "leden", "января",
        "январь", "janúar", "ocak", "tammikuuta"),
    2: ("february", "feb", "février", "fevrier", "févr", "fevr", "février", "februar", "febrero",
        "fevereiro", "fev", "fév", "febbraio", "februari", "lutego", "luty", "února", "únor",
        "февраля", "февраль", "şubat", "helmikuuta"),
    3: ("march", "mar", "mars", "märz", "maerz", "marzo", "março", "marco", "maart", "marca",
        "marzec", "března", "březen", "марта", "март", "mart", "maaliskuuta"),
    4: ("april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "kwiecień",
        "dubna", "duben", "апреля", "апрель", "nisan", "huhtikuuta"),
    5: ("may", "mai", "mayo", "maio", "maggio", "mag", "mei", "maja", "maj", "května",
        "květen", "мая", "май", "mayıs", "toukokuuta"),
    6: ("june", "jun", "juin", "juni", "junio", "junho", "giugno", "giu", "czerwca",
        "czerwiec", "června", "červen", "июня", "июнь", "haziran", "kesäkuuta"),
    7: ("july", "jul", "juillet", "juil", "juli", "julio", "julho", "luglio", "lug", "lipca",
        "lipiec", "července", "červenec", "июля", "июль", "temmuz", "heinäkuuta"),
    8: ("august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpnia", "sierpień",
        "srpna", "srpen", "августа", "август", "ağustos", "elokuuta", "augusti"),
    9: ("september", "sep", "sept", "septembre", "septiembre", "setembro", "set",
        "settembre", "września", "wrzesień", "září", "сентября", "сентябрь", "eylül",
        "syyskuuta"),
    10: ("october", "oct", "octobre", "oktober", "okt", "octubre", "outubro", "out",
         "ottobre", "ott", "października", "październik", "října", "říjen", "октября",
         "октябрь", "ekim", "lokakuuta"),
    11: ("november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopad",
         "listopadu", "ноября", "ноябрь", "kasım", "marraskuuta"),
    12: ("december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "diciembre",
         "dic", "dezembro", "dicembre", "grudnia", "grudzień", "prosince", "prosinec",
         "декабря", "декабрь", "aralık", "joulukuuta"),
}  # fmt: skip

#: Month name or abbreviation (lower-cased) -> month number, in the languages covered.
MONTHS: dict[str, int] = {name: number for number, names in _MONTH_NAMES.items() for name in names}

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
#: US zone letters -> standard-time offset in minutes (daylight time adds an hour).
US_ZONES: dict[str, int] = {"et": -300, "ct": -360, "mt": -420, "pt": -480}
