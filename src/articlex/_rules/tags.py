"""What the tags and categories finders look for: sources, labels, link shapes, junk values.

Read by :mod:`articlex._fields.tags`, :mod:`~articlex._fields.categories`,
:mod:`~articlex._fields.tag_list` and :mod:`~articlex._fields.terms`. Every pattern is
matched case-insensitively against whitespace-collapsed text, or against lower-cased
``class``/``id``/``href`` values.
"""

from __future__ import annotations

import re

from articlex._text import NOT_INSIDE_WS_RUN

# --- sources -------------------------------------------------------------------------------

#: A ``<meta name="keywords">`` with more entries than this is the site's keyword list
#: (the last source of tags, ignored then).
MAX_SITE_KEYWORDS = 20
#: JSON-LD types that describe the page itself, read for keywords and sections when no
#: article object does.
PAGE_OBJECT_TYPES: frozenset[str] = frozenset(
    {"webpage", "itempage", "collectionpage", "videoobject", "recipe"}
)
#: Meta keys of the site's own names and of the article's titles: no tag or category is
#: one of them (nor the JSON-LD publisher's name or headline, ``<title>``, the host name).
SITE_NAME_META_KEYS: tuple[str, ...] = ("og:site_name", "application-name")
TITLE_META_KEYS: tuple[str, ...] = ("og:title", "twitter:title")
#: Host labels that are not the site's name (``www.example.co.uk`` -> ``example``).
HOST_NOISE_LABELS: frozenset[str] = frozenset(
    {"www", "m", "amp", "com", "co", "org", "net", "gov", "ac", "edu"}
)

# --- cleaning ------------------------------------------------------------------------------

#: A tag or category longer than this (characters) is a sentence, a title or junk.
MAX_TERM_CHARS = 60
#: Raw characters (whitespace included) read from a link before it is judged too long.
MAX_LINK_CHARS_READ = 4 * MAX_TERM_CHARS

#: Punctuation stripped from both ends of a term (bullets and separators of a list, the
#: ``#`` of a hashtag).
TERM_EDGE_CHARS = ",;|·•#»›>"

#: Values that stand for "no value" in CMS templates, or that name the list itself.
JUNK_TERMS: frozenset[str] = frozenset(
    {
        "", "null", "nil", "none", "undefined", "n/a", "na", "false", "true", "0", "-",
        "tag", "tags", "keywords", "untagged", "uncategorized", "uncategorised",
        "sin categoría", "non classé", "allgemein", "general",
    }
)  # fmt: skip

#: "Tag: Politics" / "Topic: Oceans" / "Channel: Tech" in a keyword list: the label goes.
TERM_LABEL_PATTERN: re.Pattern[str] = re.compile(
    r"^(?:tags?|topics?|keywords?|sections?|categor(?:y|ies)|channel|subject|thema|rubri[ck]\w*)"
    r"\s*:\s*(?=\S)",
    re.IGNORECASE,
)


#: Machine tokens some CMSs put among real keywords: ``Lite:true``, ``Publication:webpack``
#: (a word, a colon, no space), ``digital_syndication`` (snake_case).
MACHINE_TOKEN_PATTERN: re.Pattern[str] = re.compile(
    r"^(?:[a-z][\w.-]*:\S*|[a-z0-9]+(?:_[a-z0-9]+)+)$", re.IGNORECASE
)

#: Link texts of "more" buttons found at the end of tag lists.
MORE_LINK_PATTERN: re.Pattern[str] = re.compile(
    r"^\W*(?:more|all|(?:see|show|view|load)(?: (?:more|all))?|more (?:tags|topics)|"
    r"all (?:tags|topics)|más(?: temas)?|plus|mehr|weitere|altri|meer|"
    r"もっと見る|一覧|さらに見る|更多)\W*$|"
    r"(?:もっと見る|一覧|(?:see|read|learn|show|view|load) more)\W*$",
    re.IGNORECASE,
)

#: Values that are addresses, not names.
URL_LIKE_PATTERN: re.Pattern[str] = re.compile(
    r"^(?:[a-z][a-z0-9+.-]*://|www\.|/\S*$|\S+\.(?:html?|php|aspx?)(?:[?#]\S*)?$)",
    re.IGNORECASE,
)

#: Separators of a keyword list given as one string (``"a, b, c"``, ``"a;b"``, ``"a，b"``),
#: never started inside a run of spaces (linear time, see NOT_INSIDE_WS_RUN).
LIST_SEPARATOR_PATTERN: re.Pattern[str] = re.compile(rf"{NOT_INSIDE_WS_RUN}\s*[,，、|]\s*")
#: Separators of a keyword list that uses semicolons (``"a; b；c"``): it is split on them
#: alone, its commas kept ("Mayer, Marissa; Yahoo").
SEMICOLON_SEPARATOR_PATTERN: re.Pattern[str] = re.compile(rf"{NOT_INSIDE_WS_RUN}\s*[;；]\s*")
#: Chinese and Japanese keyword lists are often separated by spaces alone.
CJK_PATTERN: re.Pattern[str] = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")

# --- tag links in the page -----------------------------------------------------------------

#: ``rel`` tokens of a link to a tag page, and to a category page (WordPress writes
#: ``rel="category tag"`` on its category links: those are categories).
TAG_REL = "tag"
CATEGORY_REL = "category"

#: ``href`` of a link to a tag page: ``/tag/<slug>``, ``/topics/<slug>``, ``?keyword=x``,
#: a search by tag (``search?tag=x``; a bare ``?tag=`` is often a shop's affiliate id).
#: The slug must end the path, so ``/topics/tech/some-story`` (an article) is no tag.
TAG_HREF_PATTERN: re.Pattern[str] = re.compile(
    r"/(?:tags?|topics?|tagged|keywords?|schlagw(?:ort|oerter|örter)|stichw(?:ort|oerter|örter)|"
    r"etiquetas?|mots?-cles?|thema|themen|temas?|argomenti)/[^/?#]+/?(?:[?#]|$)|"
    r"[?&](?:keywords?|topic)=|search[^?#]*\?(?:[^#]*&)?tags?=",
    re.IGNORECASE,
)

#: ``href`` of a link to a category or section page: such a link is no tag (unless it says
#: ``rel="tag"``), even in a list labelled "Topics:".
CATEGORY_HREF_PATTERN: re.Pattern[str] = re.compile(
    r"/categor(?:y|ies)/|[?&]categor(?:y|yid|y_id|ies)=|/sections?/|/rubri(?:que|ek|ca)s?/",
    re.IGNORECASE,
)


#: ``class``/``id`` tokens of an element holding the article's tag list.
TAG_CLASS_PATTERN: re.Pattern[str] = re.compile(
    r"(?<![\w-])(?:tags?|tagged|tag-?(?:list|links|bar|group|box|wrap\w*|container|items?)|"
    r"tags-?(?:list|links|bar|box|wrap\w*|container)|[a-z][\w-]*[-_]tags?|"
    r"keywords|[a-z][\w-]*[-_]keywords?|topics|topics?[-_](?:list|links|bar)|"
    r"(?:article|post|entry|story|content|related)[-_]topics?)(?![\w-])"
)
"""Whole tokens only (WordPress puts ``tag-<slug>`` on the article itself); a bare
``topic`` or ``keyword`` names too many other things."""


#: How many ancestors of a tag link may carry the tag-list class (link, item, list, box).
TAG_CLASS_DEPTH = 3

#: Words in the lower-cased ``class``/``id`` of site-wide tag clouds and widgets (not this
#: article's tags nor categories).
TAG_CLOUD_WORDS = ("cloud", "widget")

#: A short text that labels the tag list after it: "Tags:", "TAGGED:", "Topics", ...
#: (Ends in ``\W*``, which takes the colon and spaces too: "\s*[:：]?\W*" read a run of
#: spaces in a quadratic number of ways before failing.)
TAG_LABEL_PATTERN: re.Pattern[str] = re.compile(
    r"^\W*(?:(?:related |関連)?(?:tags?|タグ)|tagged(?: with| in| as)?|topics?|related topics|"
    r"keywords?|"
    r"more (?:about|on)(?: this topic)?|(?:schlag|stich)w(?:orte?|örter)|themen|"
    r"mots[- ]cl[ée]s|étiquettes|etiquetas|temas|tags relacionad[ao]s|argomenti|"
    r"onderwerpen|trefwoorden|tagi|tematy|štítky|témata|タグ|キーワード|标签|標籤|关键词|태그)"
    r"\W*$",
    re.IGNORECASE,
)
#: Longest text tested as a tag-list label.
MAX_LABEL_CHARS = 40
#: Raw characters (whitespace included) read before a text is judged longer than a label.
MAX_LABEL_CHARS_READ = 4 * MAX_LABEL_CHARS
#: How many levels above a tag list its label may sit ("<h3>Tags</h3><ul>...").
LABEL_LEVELS = 2

#: Tags whose element is the unit a tag list is grouped in (a list, a box, a line).
GROUP_TAGS: frozenset[str] = frozenset(
    {
        "ul", "ol", "dl", "div", "p", "section", "footer", "header", "nav", "aside", "td",
        "article", "main", "body", "form", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    }
)  # fmt: skip

#: A list found only by its links' addresses must be mostly links: at least this share of
#: its text (a ``/tag/`` link inside a paragraph of prose is not a tag list).
MIN_TAG_LIST_LINK_SHARE = 0.5

#: Cleaner kinds around an element that rule out its links as this article's tags. An
#: article's own footer (inside ``<article>``) is where tags usually are, so ``footer``
#: only counts outside an article.
TAG_FOREIGN_KINDS: frozenset[str] = frozenset(
    {
        "comments", "related", "sidebar", "footer", "navigation", "ads", "consent", "login",
        "newsletter", "share", "dialog", "author-box", "captcha", "paywall", "form", "header",
    }
)  # fmt: skip

# --- breadcrumbs ---------------------------------------------------------------------------

#: What names a breadcrumb trail in one of BREADCRUMB_ATTRS (matches both "breadcrumb" and
#: "Breadcrumb").
BREADCRUMB_WORD = "readcrumb"
#: The attributes that may name a breadcrumb trail (not ``href`` or ``src``).
BREADCRUMB_ATTRS: tuple[str, ...] = ("class", "id", "itemtype", "typeof", "aria-label")
#: ``href`` prefixes of links that lead to no other page (tools, anchors, scripts): no
#: crumb.
NOT_PAGE_LINKS: tuple[str, ...] = ("#", "javascript:", "mailto:", "?")

#: The first crumb when it names the home page, not a category. (A site word before "home"
#: starts with a word character: "[\w.]+" shared the dots of "....." with the "\W*" before
#: it in every way, quadratic time; the dots a site word could start with go to "\W*".)
HOME_CRUMB_PATTERN: re.Pattern[str] = re.compile(
    r"^\W*(?:(?:\w[\w.]* )?home(?:page| page)?|start(?:seite)?|accueil|inicio|início|portada|"
    r"pagina iniziale|strona główna|úvod|hlavní stránka|главная|首页|首頁|ホーム|トップ|홈)\W*$",
    re.IGNORECASE,
)

#: A "breadcrumb" element with more links than this is a menu, not a trail.
MAX_CRUMBS = 6
#: A crumb whose text starts the article's title and covers this share of it is the
#: article itself (``<title>`` adds the site's name after it).
TITLE_CRUMB_SHARE = 0.5
