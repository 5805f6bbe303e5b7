"""What the cleaner removes, by kind: tags, ARIA roles, class/id tokens and phrases.

Every rule belongs to one *kind* (``navigation``, ``ads``, ``consent``...), which is what
``ExtractOptions(explain=True)`` reports for each removed block. Class/id rules match
whole tokens or token prefixes of the element's ``class`` and ``id`` (lower-cased), so
``ad`` matches ``ad-slot`` and ``top_ad`` but not ``header`` or ``download``.
"""

from __future__ import annotations

import re

# --- tags --------------------------------------------------------------------------------

#: Elements that never hold article text: dropped wholesale, before anything else.
NON_CONTENT_TAGS: frozenset[str] = frozenset(
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "applet",
        "svg", "math", "canvas", "map", "button", "input", "select", "textarea", "option",
        "optgroup", "datalist", "label", "link", "meta", "base", "audio", "video", "source",
        "track", "param", "dialog", "frame", "frameset",
    }
)  # fmt: skip

#: Structural tags that are boilerplate by their HTML semantics, with their kind.
BOILERPLATE_TAGS: dict[str, str] = {
    "nav": "navigation",
    "aside": "sidebar",
    "footer": "footer",
    "menu": "navigation",
}

#: ARIA landmark and widget roles that mark boilerplate, with their kind.
BOILERPLATE_ROLES: dict[str, str] = {
    "navigation": "navigation",
    "menu": "navigation",
    "menubar": "navigation",
    "banner": "header",
    "contentinfo": "footer",
    "complementary": "sidebar",
    "dialog": "dialog",
    "alertdialog": "dialog",
    "search": "navigation",
    "toolbar": "share",
}

#: Elements the cleaner does not look inside: a figure is kept whole (image, caption and
#: credit) for the block builder and the caption extractor.
OPAQUE_TAGS: frozenset[str] = frozenset({"figure"})

#: Elements never removed by a class/id rule (they hold everything, or are the article).
PROTECTED_TAGS: frozenset[str] = frozenset({"html", "body", "main"})

#: ``<form>`` elements are login, search, comment and newsletter forms, except the
#: whole-page forms of some CMSs (ASP.NET): those hold at least this many paragraphs.
PAGE_FORM_MIN_PARAGRAPHS = 3

# --- class / id tokens --------------------------------------------------------------------

_B = r"(?<![a-z0-9])"  # start of a token
_E = r"(?![a-z0-9])"  # end of a token
#: Leading words of a compound token (``\w+-ad``), entered only at the first character of a
#: run of word characters: ``_B`` alone lets "_" and non-ASCII letters start one, and a
#: long run of them with no "-ad" after it was rescanned from each character (quadratic).
#: A compound starting later in a run is still found by its plain form (``ads?``).
_W = r"(?<!\w)\w+"

#: Per kind, alternatives matched against class and id tokens, most specific kind first
#: (the order decides the kind reported when several match: see KIND_PRIORITY).
#: ``word`` must be a whole token; ``word\w*`` allows a suffix (``relatedposts``).
_CLASS_ID_RULES: dict[str, tuple[str, ...]] = {
    "consent": (
        r"cookies?\w*", r"consent\w*", r"gdpr\w*", r"onetrust\w*", r"cmp", r"cmp-\w+",
        r"cc-(?:banner|window|revoke)", r"privacy-(?:bar|banner|notice|popup)",
        r"eu-cookie\w*", r"sliding-popup", r"truste\w*", r"qc-cmp\w*", r"didomi\w*",
        r"cookiebot\w*", r"usercentrics\w*",
    ),
    "newsletter": (
        r"newsletters?\w*", r"subscribe\w*", r"subscription\w*", r"mailchimp\w*",
        r"mc4wp\w*", r"mc-embedded\w*", r"email-signup", r"optin\w*", r"opt-in",
        r"wp-block-jetpack-subscriptions",
    ),
    "login": (
        r"login\w*", r"log-in", r"signin\w*", r"sign-in", r"signup\w*", r"sign-up",
        r"register\w*", r"registration", r"regwall", r"user-popup\w*", r"auth-modal",
        r"account-modal", r"loginform", r"user-login",
    ),
    "captcha": (r"captcha\w*", r"recaptcha\w*", r"g-recaptcha", r"hcaptcha\w*"),
    "comments": (
        r"comments?", r"comment-(?:list|form|respond|section|area|wrap\w*|thread|content)",
        r"commentlist", r"comments-\w+", r"respond", r"disqus\w*", r"discussion\w*",
        r"replies", r"coral\w*", r"talk-stream",
    ),
    "share": (
        r"share\w*", r"sharing\w*", r"sharedaddy", r"social\w*", r"addthis\w*",
        r"addtoany", r"a2a_kit", r"sociable", r"shariff", r"follow-us", r"jp-sharing\w*",
        r"print-?button", r"email-?this",
    ),
    "related": (
        r"related\w*", r"jp-relatedposts\w*", r"you-?may-?(?:also-?)?like",
        r"you-?might-?(?:also-?)?like", r"also-?like", r"recommend\w*", r"more-?stories",
        r"more-?from\w*", r"more-?articles", r"more-?on", r"read-?more", r"read-?next",
        r"readnext", r"also-?read", r"alsoread", r"further-?reading", r"trending\w*",
        r"popular\w*", r"most-?(?:read|popular|viewed|shared)\w*", r"mostread",
        r"next-?post", r"prev-?post", r"post-navigation", r"nav-links", r"yarpp\w*",
        r"crp_related\w*", r"up-?next", r"next-?prev\w*", r"prev-?next\w*", r"outbrain\w*",
        r"taboola\w*", r"inline-related",
    ),
    "ads": (
        r"ads?", r"adv", r"advert\w*", r"adsense", r"adslot\w*", r"adunit\w*", r"ad-\w+",
        rf"{_W}-ad", rf"{_W}-ads", r"dfp\w*", r"gpt-ad\w*", r"sponsor\w*", r"promo\w*",
        r"native-ad\w*", r"affiliate\w*", r"disclosure\w*", r"banner-ad\w*", r"ad_\w+", rf"{_W}_ad",
        r"google-?ad\w*", r"doubleclick", r"billboard", r"skyscraper", r"leaderboard",
        r"cta", r"cta-\w+", rf"{_W}-cta",
    ),
    "tags": (
        r"tags", r"tag-?list", r"tag-?links", r"tags-?links", r"tagcloud", r"tag-cloud",
        r"post-tags", r"entry-tags", r"tag-bar", r"tags-?bar", r"keywords",
    ),
    "author-box": (
        r"author-?box", r"author-?bio\w*", r"about-?(?:the-)?author", r"author-?info",
        r"author-?card", r"author-?details?", r"bio-?box", r"author-?profile",
    ),
    "meta-line": (
        r"byline\w*", r"post-?meta\w*", r"entry-?meta\w*", r"article-?meta\w*",
        r"meta-?info", r"post-?info", r"read-?time", r"reading-?time", r"min-?read",
        r"updated-?date", r"timestamp\w*", r"posted-?on", r"post-?date",
        r"entry-?date", r"single-?meta", r"article-?info", r"publish-?info", r"dates?",
        r"pub-?date", r"dateline-?\w+",
    ),
    "navigation": (
        r"nav", r"navbar\w*", r"navigation\w*", r"menus?", r"menu-\w+", rf"{_W}-menu",
        r"breadcrumbs?\w*", r"pagination\w*", r"pager", r"skip-?link\w*", r"subnav\w*",
        r"mega-?menu\w*", r"off-?canvas\w*", r"hamburger\w*", r"topbar", r"top-bar",
        r"site-?nav\w*", r"toc", r"table-of-contents",
    ),
    "header": (r"site-?header\w*", r"masthead\w*", r"header-?wrap\w*"),
    # The article's own header (title, standfirst, byline); see TITLE_HEADER_KINDS.
    "title-header": (r"(?:page|live|article|entry|post|story|content|single)-?header\w*",),
    "summary": (
        r"standfirst\w*", r"dek", r"deck", r"kicker\w*", r"strapline\w*", r"eyebrow\w*",
        r"sub-?headline\w*", r"story-?section",
    ),
    "paywall": (r"paywall\w*", r"premium-?(?:wall|promo|box|banner)\w*", r"piano-?\w+"),
    "form": (r"forms?", rf"{_W}-form"),
    "footer": (r"footer\w*", r"site-?info", r"colophon", r"copyright\w*"),
    "sidebar": (r"sidebar\w*", r"side-?bar", r"widget-?area", r"rail", rf"{_W}-rail"),
    "dialog": (
        r"modal\w*", r"popup\w*", r"pop-up", r"overlay", r"lightbox\w*", r"mfp-hide",
        r"toast", r"interstitial\w*",
    ),
    "caption": (
        r"caption\w*", rf"{_W}-caption\w*", r"wp-caption-text", r"credits?", r"getty\w*",
        r"(?:photo|image|img|media)-?credits?\w*",
    ),
    "gallery": (r"slideshow\w*", r"carousel\w*", r"gallery\w*", r"slider\w*"),
    # Whole tokens only: Bootstrap's ``hidden-xs`` hides on small screens, not everywhere.
    "hidden": (
        r"(?<![\w-])hidden(?![-\w])", r"(?<![\w-])hide(?![-\w])", r"visually-hidden", r"sr-only",
        r"screen-reader-text",
    ),
}  # fmt: skip

#: Class tokens that describe a *state or layout* of the element rather than what it is
#: (``is-sidebar-right``, ``has-comments``, ``js-share``, ``l-with-sidebar``): they are
#: ignored, since a page wrapper carries them as often as the boilerplate does.
MODIFIER_TOKEN_PATTERN: re.Pattern[str] = re.compile(
    r"(?<!\S)(?:is|has|no|with|without|show|hide|enable[sd]?|disable[sd]?|js|l|u|layout|"
    r"template|page-template|wp-theme|single-format|sticky)[-_]\S*"
)

#: Non-strong rules spare an element holding at least this share of the page's
#: paragraphs (and at least PROTECT_MIN_PARAGRAPHS): that is the article's wrapper.
PROTECT_PARAGRAPH_SHARE = 0.5
PROTECT_MIN_PARAGRAPHS = 3

#: Kinds whose class names also wrap real article text on some sites (a ``paywall`` div
#: holding the rest of the story, a ``form`` around a whole page): an element of these
#: kinds is kept when it holds PROSE_GUARD_PARAGRAPHS paragraphs of PROSE_GUARD_CHARS.
PROSE_GUARDED_KINDS: frozenset[str] = frozenset({"paywall", "form", "gallery", "summary"})
PROSE_GUARD_PARAGRAPHS = 3
PROSE_GUARD_CHARS = 150

#: Kinds removed only when they hold the page title (an ``<h1>``) or no heading at all:
#: the ``entry-header`` of a live-blog entry, with its ``<h3>``, is content.
TITLE_HEADER_KINDS: frozenset[str] = frozenset({"title-header"})

#: Rank of each kind when an element's class names match several: earlier is more specific.
KIND_PRIORITY: dict[str, int] = {kind: rank for rank, kind in enumerate(_CLASS_ID_RULES)}

#: Kinds so specific that a content-looking token on the same element does not save it.
STRONG_KINDS: frozenset[str] = frozenset(
    {"consent", "captcha", "comments", "newsletter", "login", "share", "dialog"}
)

CLASS_ID_PATTERN: re.Pattern[str] = re.compile(
    _B
    + "(?:"
    + "|".join(
        f"(?P<{kind.replace('-', '_')}>(?:{'|'.join(alts)}){_E})"
        for kind, alts in _CLASS_ID_RULES.items()
    )
    + ")"
)
"""One pass over an element's ``class`` + ``id``: ``match.lastgroup`` names the kind.
The token-start test is made once per position, before the alternatives (inside each
one, it was repeated for every kind at every character: half the cleaner's time)."""

#: Tokens saying "this is the article": a non-strong boilerplate match on an element that
#: also carries one of these is kept (``article-header`` is no site header).
CONTENT_RESCUE_PATTERN: re.Pattern[str] = re.compile(
    r"(?<![\w-])(?:article|content|main|body|post|entry|story)(?![\w-])|"
    + _B
    + r"(?:(?:article|entry|post|story|main|page|single|blog|news)[-_]?(?:body|content|text|"
    + r"main)|articlebody|storybody|(?:main|primary|page)[-_]?content)"
    + _E
)
"""Whole-token ``article``/``content``/... or compounds such as ``entry-content``; a
compound like ``article-header`` or ``content-sidebar`` saves nothing."""

#: Inline ``style`` values that hide an element.
HIDDEN_STYLE_PATTERN: re.Pattern[str] = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE
)

# --- phrases --------------------------------------------------------------------------------

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

#: Short blocks that start like a pointer to another story ("Read more: <headline>").
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
