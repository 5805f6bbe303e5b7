"""What the cleaner removes, by kind: tags, ARIA roles, visibility and class/id tokens.

Every rule belongs to one *kind* (``navigation``, ``ads``, ``consent``...), which is what
``ExtractOptions(explain=True)`` reports for each removed block. Class/id rules match
whole tokens or token prefixes of the element's ``class`` and ``id`` (lower-cased), so
``ad`` matches ``ad-slot`` and ``top_ad`` but not ``header`` or ``download``. Also here:
what keeps an element that a rule matched (the guards' kinds and thresholds). What the
block builder drops inside the article by its text is in :mod:`articlex._rules.phrases`.
"""

from __future__ import annotations

import re

# --- tags --------------------------------------------------------------------------------

#: Elements that never hold article text: dropped wholesale, before anything else.
NON_CONTENT_TAGS: frozenset[str] = frozenset(
    {
        "script", "style", "template", "iframe", "object", "embed", "applet",
        "svg", "math", "canvas", "map", "input", "select", "textarea", "option",
        "optgroup", "datalist", "label", "link", "meta", "base", "audio", "video", "source",
        "track", "param", "dialog", "frame", "frameset",
    }
)  # fmt: skip

#: Elements removed like NON_CONTENT_TAGS unless one holds most of the page's text (see
#: WRAPPER_TEXT_SHARE): then only the tag goes. A ``<button>`` left open swallows the
#: page behind it; a ``<noscript>`` may hold the page a script would otherwise draw
#: (what a reader with scripts off sees).
WRAPPER_TAGS: tuple[str, ...] = ("button", "noscript")
#: Children that show such an element holds page content, not a label or an icon: only
#: then is it weighed against the page.
WRAPPER_CONTENT_CHILDREN: frozenset[str] = frozenset(
    {"div", "p", "section", "article", "main", "header", "footer", "nav", "table", "ul", "form"}
)

#: Structural tags that are boilerplate by their HTML semantics, with their kind.
BOILERPLATE_TAGS: dict[str, str] = {
    "nav": "navigation",
    "aside": "sidebar",
    "footer": "footer",
    "menu": "navigation",
}

#: A section's own heading is among its first this many elements (itself included).
SECTION_HEADING_MAX_DEPTH = 8

#: Boilerplate tags some themes misuse for the article itself (a whole post in an
#: ``<aside>``): one holding the page's ``<h1>`` and PROSE_GUARD_PARAGRAPHS paragraphs
#: of prose is the article.
TITLED_PROSE_TAGS: frozenset[str] = frozenset({"aside"})

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

#: The start and the end of a token: no ASCII letter or digit before, or after.
TOKEN_START = r"(?<![a-z0-9])"
TOKEN_END = r"(?![a-z0-9])"
#: Leading words of a compound token (``\w+-ad``), entered only at the first character of a
#: run of word characters: TOKEN_START alone lets "_" and non-ASCII letters start one, and
#: a long run of them with no "-ad" after it was rescanned from each character (quadratic).
#: A compound starting later in a run is still found by its plain form (``ads?``).
COMPOUND_HEAD = r"(?<!\w)\w+"
_W = COMPOUND_HEAD  # short, for the table

#: Per kind, alternatives matched against class and id tokens, most specific kind first
#: (the order decides the kind reported when several match: see KIND_PRIORITY).
#: ``word`` must be a whole token; ``word\w*`` allows a suffix (``relatedposts``).
CLASS_ID_RULES: dict[str, tuple[str, ...]] = {
    "consent": (
        r"cookies?\w*", r"consent\w*", r"gdpr\w*", r"onetrust\w*", r"cmp(?!-)", r"cmpbox\w*",
        r"cmp-?(?:wrapper|banner|consent|modal|popup|overlay|dialog|layer)\w*",
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
        # The writer's box under the story, named after it; a whole token only, since
        # WordPress-style ``entry-author-<name>`` tokens sit on the entry itself.
        r"(?:post|article|entry|story)-?author(?![-\w])",
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
    # Whole tokens only: Bootstrap's ``hidden-xs`` hides on small screens, not everywhere,
    # and so do Tailwind's variants (``md:hidden``, ``maxlg:hidden``), after a colon.
    "hidden": (
        r"(?<![\w:-])hidden(?![-\w])", r"(?<![\w:-])hide(?![-\w])", r"visually-hidden", r"sr-only",
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

#: The class tokens of a blog engine's post entry (WordPress's ``post_class``): on such
#: an element holding the page's title, the TAXONOMY_TOKEN_PATTERN tokens name the
#: post's categories and tags (``category-social-media``, ``tag-newsletter``), what the
#: post is about, not what the element is. (A teaser's entry keeps them: a related
#: post filed under ``social-media`` is no loss.)
POST_ENTRY_PATTERN: re.Pattern[str] = re.compile(
    r"(?<!\S)(?:hentry|status-publish|type-post)(?!\S)", re.IGNORECASE
)
TAXONOMY_TOKEN_PATTERN: re.Pattern[str] = re.compile(
    r"(?<!\S)(?:category|tag|post_tag|format)-\S*", re.IGNORECASE
)

#: Non-strong rules spare an element holding at least this share of the page's
#: paragraphs (and at least PROTECT_MIN_PARAGRAPHS): that is the article's wrapper.
PROTECT_PARAGRAPH_SHARE = 0.5
PROTECT_MIN_PARAGRAPHS = 3

#: An element holding this share of the page's text that is not link text (and the page
#: at least WRAPPER_MIN_CHARS of it) is the page's wrapper, not boilerplate, whatever
#: rule matched it: an unclosed ``<header>`` or popup that swallowed the page, an
#: ASP.NET page inside one ``<form>``, an article hidden until a script shows it. Not
#: for UNSPARED_KINDS: a long comment thread may well outweigh a short post.
WRAPPER_TEXT_SHARE = 0.6
WRAPPER_MIN_CHARS = 200
#: ... and on a page of PROTECT_MIN_PARAGRAPHS paragraph marks or more, only an element
#: holding this share of them is weighed at all.
WRAPPER_MIN_PARAGRAPH_SHARE = 0.25
UNSPARED_KINDS: frozenset[str] = frozenset({"comments"})
#: The kinds a relaxed retry that keeps comment threads out still drops by class names.
THREAD_KINDS: frozenset[str] = frozenset({"comments"})

#: Kinds whose class names also wrap real article text on some sites (a ``paywall`` div
#: holding the rest of the story, a ``form`` around a whole page): an element of these
#: kinds is kept when it holds PROSE_GUARD_PARAGRAPHS paragraphs of PROSE_GUARD_CHARS.
PROSE_GUARDED_KINDS: frozenset[str] = frozenset({"paywall", "form", "gallery", "summary"})
#: ... but a slideshow whose long paragraphs all sit in its slides (SLIDE_TAGS) holds
#: captions, not the article: it goes, even when it holds most of the page's text (a
#: story's fifty-photo gallery outweighs the story).
SLIDESHOW_KINDS: frozenset[str] = frozenset({"gallery"})
SLIDE_TAGS: tuple[str, ...] = ("li", "figure")
PROSE_GUARD_PARAGRAPHS = 3
PROSE_GUARD_CHARS = 150

#: Kinds whose elements are a line (a byline, a date, a caption, a standfirst): one
#: holding LINE_KIND_MAX_CHARS of text besides its links, or PROSE_GUARD_PARAGRAPHS
#: paragraphs of prose (a photo post's text in its image's ``caption-image``), wraps a
#: text, and stays.
LINE_KINDS: frozenset[str] = frozenset({"meta-line", "caption", "summary"})
LINE_KIND_MAX_CHARS = 1000

#: Kinds removed only when they hold the page title (an ``<h1>``) or no heading at all:
#: the ``entry-header`` of a live-blog entry, with its ``<h3>``, is content.
TITLE_HEADER_KINDS: frozenset[str] = frozenset({"title-header"})

#: Whole ``id`` values naming a region of the site's frame, and their kind. An id is
#: unique on its page, so ``id="header"`` is the site's header; the class ``header``
#: also heads articles and teasers, and is left to the class rules.
REGION_IDS: dict[str, str] = {"header": "header"}

#: Rank of each kind when an element's class names match several: earlier is more specific.
KIND_PRIORITY: dict[str, int] = {kind: rank for rank, kind in enumerate(CLASS_ID_RULES)}

#: Kinds so specific that a content-looking token on the same element does not save it.
STRONG_KINDS: frozenset[str] = frozenset(
    {"consent", "captcha", "comments", "newsletter", "login", "share", "dialog"}
)


def plain_class_id_pattern() -> re.Pattern[str]:
    """The table read plainly, one pass over an element's ``class`` + ``id`` (lower-cased,
    without the MODIFIER_TOKEN_PATTERN tokens): each match is one rule's, and
    ``match.lastgroup`` names its kind (``-`` written ``_``). The cleaner matches with
    the same table regrouped (:mod:`articlex._rules.class_id_dispatch`); this is the
    reference its tests hold it to, compiled only when they ask."""
    return re.compile(
        TOKEN_START
        + "(?:"
        + "|".join(
            f"(?P<{kind.replace('-', '_')}>(?:{'|'.join(alts)}){TOKEN_END})"
            for kind, alts in CLASS_ID_RULES.items()
        )
        + ")"
    )


#: Tokens saying "this is the article": a non-strong boilerplate match on an element that
#: also carries one of these is kept (``article-header`` is no site header). Whole-token
#: ``article``/``content``/... or compounds such as ``entry-content``; a compound like
#: ``article-header`` or ``content-sidebar`` saves nothing.
CONTENT_RESCUE_PATTERN: re.Pattern[str] = re.compile(
    r"(?<![\w-])(?:article|content|main|body|post|entry|story)(?![\w-])|"
    + TOKEN_START
    + r"(?:(?:article|entry|post|story|main|page|single|blog|news)[-_]?(?:body|content|text|"
    + r"main)|articlebody|storybody|(?:main|primary|page)[-_]?content)"
    + TOKEN_END
)

#: Inline ``style`` values that hide an element.
HIDDEN_STYLE_PATTERN: re.Pattern[str] = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE
)
