"""What the cleaner removes, by kind: tags, ARIA roles, class/id tokens and phrases.

Every rule belongs to one *kind* (``navigation``, ``ads``, ``consent``...), which is what
``ExtractOptions(explain=True)`` reports for each removed block. Class/id rules match
whole tokens or token prefixes of the element's ``class`` and ``id`` (lower-cased), so
``ad`` matches ``ad-slot`` and ``top_ad`` but not ``header`` or ``download``.
"""

from __future__ import annotations

import itertools
import operator
import re

from articlex._rules._wordtree import word_tree

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

#: MODIFIER_TOKEN_PATTERN for a text with a space in front (the cleaner's class/id text):
#: it consumes the whitespace before a modifier token instead of testing it with a
#: lookbehind, so the regex engine skips to candidates in C (0.9 -> 0.55 us a text). A
#: modifier token and the whitespace before it become one space: only the number of
#: spaces between the tokens left differs, which no class/id pattern can tell.
SPACED_MODIFIER_TOKEN_PATTERN: re.Pattern[str] = re.compile(
    r"\s" + MODIFIER_TOKEN_PATTERN.pattern.removeprefix(r"(?<!\S)")
)
if SPACED_MODIFIER_TOKEN_PATTERN.pattern == r"\s" + MODIFIER_TOKEN_PATTERN.pattern:
    raise ValueError("MODIFIER_TOKEN_PATTERN no longer starts with its token-start test")

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
KIND_PRIORITY: dict[str, int] = {kind: rank for rank, kind in enumerate(_CLASS_ID_RULES)}

#: Kinds so specific that a content-looking token on the same element does not save it.
STRONG_KINDS: frozenset[str] = frozenset(
    {"consent", "captcha", "comments", "newsletter", "login", "share", "dialog"}
)


def plain_class_id_pattern() -> re.Pattern[str]:
    """The table read plainly, one pass over an element's ``class`` + ``id``:
    ``match.lastgroup`` names the kind. The cleaner matches with the patterns derived
    below (same matches, faster); this one is their reference, compiled when asked for:
    only the tests ask, and its compilation was 4 ms of every process's import."""
    return re.compile(
        _B
        + "(?:"
        + "|".join(
            f"(?P<{kind.replace('-', '_')}>(?:{'|'.join(alts)}){_E})"
            for kind, alts in _CLASS_ID_RULES.items()
        )
        + ")"
    )


# --- the same rules, dispatched on their first character ------------------------------------
#
# The plain pattern (plain_class_id_pattern) tries all its alternatives at every token
# start: the regex engine has no way to see that only the few beginning with the
# character there can match, and the ``\w+-ad`` kind backtrack through the whole token
# each time. The pattern below is the
# same table regrouped: one branch per first character (a literal, so the engine passes
# over a branch at one comparison), each holding the rules that start with that
# character, in table order. Its matches are the plain pattern's on every text without a
# SUFFIX_RULE_HINT (which the ``\w+-ad`` rules need): a rule that cannot start at a
# position fails there in both, so dropping it changes no match, span or kind.

#: A regex quantifier: a literal followed by one is not certain to be there.
_QUANTIFIERS = frozenset("?*+{")
#: Characters that stand for themselves in a rule.
_LITERAL_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_-"
#: One plain word of a leading ``(?:word|word...)`` group.
_PLAIN_WORDS = re.compile(r"\(\?:((?:[a-z0-9]+\|)*[a-z0-9]+)\)")
#: A leading one-character lookbehind, such as ``(?<![\w-])``.
_LEADING_LOOKBEHIND = re.compile(r"\(\?<[!=](?:\[[^\]]*\]|\\\w|[a-z0-9-])\)")


def _top_level_bar(regex: str) -> bool:
    """Whether ``regex`` has a ``|`` outside any group or class (so it is no single rule)."""
    if "|" not in regex:
        return False  # most rules: no walk, character by character, at start-up
    depth, index, in_class = 0, 0, False
    while index < len(regex):
        char = regex[index]
        if char == "\\":
            index += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
        index += 1
    return False


def _split_first_char(rule: str) -> list[tuple[str, str]]:
    """``(first character, rest)`` for each way ``rule`` can begin, ``rest`` matching what
    follows that character exactly as ``rule`` did. Knows the shapes the table uses (a
    letter or digit, one behind a one-character lookbehind, a group of plain words) and
    raises on any other, rather than dispatch a rule it does not understand."""
    if _top_level_bar(rule):
        raise ValueError(f"class/id rule is not a single alternative: {rule!r}")
    lookbehind = _LEADING_LOOKBEHIND.match(rule)
    if lookbehind is not None:
        (char, rest), *more = _split_first_char(rule[lookbehind.end() :])
        if more:
            raise ValueError(f"class/id rule of an unknown shape: {rule!r}")
        # The lookbehind now stands after the character: it looks one character further.
        return [(char, f"{lookbehind.group(0)[:-1]}{re.escape(char)}){rest}")]
    words = _PLAIN_WORDS.match(rule)
    if words is not None:
        tails: dict[str, list[str]] = {}
        for word in words.group(1).split("|"):
            tails.setdefault(word[0], []).append(word[1:])
        tail = rule[words.end() :]
        return [(char, f"(?:{'|'.join(rests)}){tail}") for char, rests in tails.items()]
    if rule[:1].isascii() and rule[:1].isalnum() and rule[1:2] not in _QUANTIFIERS:
        return [(rule[0], rule[1:])]
    raise ValueError(f"class/id rule of an unknown shape: {rule!r}")


def _suffix_literal(rule: str) -> str:
    r"""The literal a ``\w+-ad`` rule needs after its word (``-ad``): no match without it."""
    body = rule[len(_W) :]
    literal = body[: len(body) - len(body.lstrip(_LITERAL_CHARS))]
    if body[len(literal) : len(literal) + 1] in _QUANTIFIERS:
        literal = literal[:-1]
    if not literal:
        raise ValueError(f"class/id suffix rule without a literal suffix: {rule!r}")
    return literal


def _other_word_chars(starts: set[str]) -> str:
    """A class of the word characters outside ``starts`` (the first letters of the rules
    but the suffix ones): those only a suffix rule can begin with (``q``, digits, ``_``,
    non-ASCII letters...)."""
    return f"[^\\W{re.escape(''.join(sorted(starts)))}]"


#: The token-start test of a suffix rule in a dispatched branch (see _suffix_rest).
_SUFFIX_START = r"(?<!\w.)"


def _suffix_rest(rule: str) -> str:
    r"""A suffix rule (``\w+-ad``) after its first character, which may be any word
    character: the rest of its word, then its literal; _SUFFIX_START (two characters
    back, the one before the first), which the branch puts in front, keeps the token
    start the plain pattern tests with ``(?<!\w)``: the character before the word must
    not be a word character."""
    return rf"\w*{rule[len(_W) :]}"


def _kind_alternatives(rests: list[tuple[str, bool]]) -> str:
    """One kind's rules in a branch, in table order, as one alternation: ``(rest,
    is_suffix)`` pairs, the suffix rules next to each other behind one _SUFFIX_START (it
    reads no text: testing it once is testing it before each). No group around a single
    rule (the same code, a shorter pattern to parse)."""
    alternatives: list[str] = []
    for is_suffix, run in itertools.groupby(rests, key=operator.itemgetter(1)):
        texts = [rest for rest, _ in run]
        if is_suffix:
            body = texts[0] if len(texts) == 1 else f"(?:{'|'.join(texts)})"
            alternatives.append(_SUFFIX_START + body)
        else:
            alternatives.extend(texts)
    if len(alternatives) == 1 and not _top_level_bar(alternatives[0]):
        return alternatives[0]
    return f"(?:{'|'.join(alternatives)})"


def _dispatch_branches(suffixes: bool) -> tuple[str, tuple[str, ...]]:
    r"""The plain pattern's rules, one branch per first character (as
    ``(?:branch|branch...)`` and the token-end test, with no token-start test); and the
    kind of each capturing group (group names cannot repeat across branches). The suffix
    rules (``\w+-ad``) are left out unless ``suffixes``: one can begin with any word
    character, so it is then in every branch, in its place in the table, and alone in a
    last branch for the word characters that begin no other rule (three times slower on
    texts without one). A kind's rules end with an empty group, its mark: a group around
    them made the regex engine enter every kind's group of a branch at each candidate,
    where a bare alternative starting with a literal is passed over at one comparison (a
    third faster on pages' class names).

    The token-end test stands once, after all the branches, rather than after each
    kind's rules: a rule whose match it refuses is left for the next one in the same
    order either way (the engine backtracks into the alternation, and a branch that
    fails restores the marks it set), and a pattern a third shorter is that much less
    for the regex compiler to read at every process's start-up."""
    starts = {
        char
        for alternatives in _CLASS_ID_RULES.values()
        for rule in alternatives
        if not rule.startswith(_W)
        for char, _ in _split_first_char(rule)
    }
    others = _other_word_chars(starts)
    by_char: dict[str, list[tuple[str, str, bool]]] = {}
    for kind, alternatives in _CLASS_ID_RULES.items():
        for rule in alternatives:
            if rule.startswith(_W):
                for char in [*sorted(starts), others] if suffixes else []:
                    by_char.setdefault(char, []).append((kind, _suffix_rest(rule), True))
            else:
                for char, rest in _split_first_char(rule):
                    by_char.setdefault(char, []).append((kind, rest, False))
    kinds: list[str] = [""]  # group 0 is the whole match
    branches: list[str] = []
    for char, entries in by_char.items():
        groups: list[str] = []
        for kind, run in itertools.groupby(entries, key=operator.itemgetter(0)):
            kinds.append(kind)
            groups.append(
                _kind_alternatives([(rest, is_suffix) for _, rest, is_suffix in run]) + "()"
            )
        head = char if char == others else re.escape(char)
        branches.append(f"{head}(?:{'|'.join(groups)})")
    return f"(?:{'|'.join(branches)}){_E}", tuple(kinds)


_DISPATCH_BRANCHES, CLASS_ID_DISPATCH_KINDS = _dispatch_branches(suffixes=False)
_SUFFIX_DISPATCH_BRANCHES, CLASS_ID_SUFFIX_DISPATCH_KINDS = _dispatch_branches(suffixes=True)

#: The plain pattern's rules but the suffix ones, by first character, with the token start
#: *consumed* rather than tested: each match has the one character before it, on a text
#: given with a space in front; the kind of a match is
#: ``CLASS_ID_DISPATCH_KINDS[match.lastindex]``. Every rule
#: begins with a letter or digit, so a match begins at a position whose previous character
#: is not one: this pattern begins with that character, a class the regex engine skips to
#: in C (a leading lookbehind made it try every position). No character is wanted twice:
#: a match ends after a letter or digit (then no match starts next) or where ``\w``
#: ends (then the next character starts none), so the next match's first character
#: always comes later. ``match.group(0)[1:]`` is the token, ``lastindex`` as above.
CLASS_ID_BOUNDED_PATTERN: re.Pattern[str] = re.compile("[^a-z0-9]" + _DISPATCH_BRANCHES)

#: CLASS_ID_BOUNDED_PATTERN with the suffix rules (``\w+-ad``...) as well: all of
#: the plain pattern's matches, read the same way, the kind of a match being
#: ``CLASS_ID_SUFFIX_DISPATCH_KINDS[match.lastindex]``; for the texts with a
#: SUFFIX_RULE_HINT (twice as fast there as the plain pattern, which backtracks through
#: every token for its suffix rules at each of its positions).
CLASS_ID_SUFFIX_BOUNDED_PATTERN: re.Pattern[str] = re.compile(
    "[^a-z0-9]" + _SUFFIX_DISPATCH_BRANCHES
)

#: A leading lookbehind of a dispatched rule's rest (``(?<![\w-]h)``): it reads no text.
_ANY_LOOKBEHIND = re.compile(r"\(\?<[!=](?:\[[^\]]*\]|\\.|[^()\[\\])*\)")


#: Most texts one rule's start is read as (an optional character doubles them): past
#: that, the prefilter reads no further into the rule. Keeps the prefilter small.
_MAX_STARTS_PER_RULE = 16


def _required_starts(rest: str) -> list[str]:
    """Texts one of which a match of ``rest`` (a dispatched rule after its first
    character) must begin with: its leading literal characters, an optional one
    (``-?``) read both with and without it, a group of plain words read as each word, up
    to the first other construct. The longer the starts, the fewer class names pass the
    prefilter only to fail the dispatch (``article`` is no ``article-meta``)."""
    lookbehind = _ANY_LOOKBEHIND.match(rest)
    if lookbehind is not None:
        rest = rest[lookbehind.end() :]
    starts = [""]
    index = 0
    while index < len(rest):
        words = _PLAIN_WORDS.match(rest, index)
        if words is not None:
            if rest[words.end() : words.end() + 1] in _QUANTIFIERS:
                break
            longer = [start + word for start in starts for word in words.group(1).split("|")]
            index = words.end()
        elif rest[index] not in _LITERAL_CHARS:
            break
        elif rest[index + 1 : index + 2] == "?":
            longer = starts + [start + rest[index] for start in starts]
            index += 2
        elif rest[index + 1 : index + 2] in _QUANTIFIERS:
            break
        else:
            longer = [start + rest[index] for start in starts]
            index += 1
        if len(longer) > _MAX_STARTS_PER_RULE:
            break
        starts = longer
    return starts


#: The literal each suffix rule (``\w+-ad``, ``\w+-menu``...) needs after its word.
_SUFFIX_LITERALS: tuple[str, ...] = tuple(
    _suffix_literal(rule)
    for alternatives in _CLASS_ID_RULES.values()
    for rule in alternatives
    if rule.startswith(_W)
)


def _suffix_tail(literal: str) -> str:
    """A suffix literal after its first character, which must be one no rule word holds
    (``-``, ``_``): the prefilter's ``[^a-z0-9]`` then stands for that character."""
    if literal[:1] in _LITERAL_CHARS.replace("-", "").replace("_", ""):
        raise ValueError(f"suffix literal that does not start a token: {literal!r}")
    return literal[1:]


CLASS_ID_PREFILTER: re.Pattern[str] = re.compile(
    "[^a-z0-9]"
    + word_tree(
        {
            char + start
            for alternatives in _CLASS_ID_RULES.values()
            for rule in alternatives
            if not rule.startswith(_W)
            for char, rest in _split_first_char(rule)
            for start in _required_starts(rest)
        }
        | {_suffix_tail(literal) for literal in _SUFFIX_LITERALS},
        prefixes=True,
    )
)
"""What any class/id rule needs to match (in the same text, a space in front): a token
start followed by the literal beginning of some rule, or a suffix rule's literal (its
``-`` or ``_`` then stands for the token start). Pages' class names mostly hold none
(``flex``, ``col-md-8``, ``wp-block-group``): for those, this one short search replaces
the whole matching. Removing tokens (the modifiers) from a text makes no new match."""

#: Some text every suffix rule (``\w+-ad``, ``\w+-menu``...) needs: a class/id text with
#: none of these goes to CLASS_ID_BOUNDED_PATTERN, any other to
#: CLASS_ID_SUFFIX_BOUNDED_PATTERN.
SUFFIX_RULE_HINT: re.Pattern[str] = re.compile("|".join(map(re.escape, _SUFFIX_LITERALS)))

#: Tokens saying "this is the article": a non-strong boilerplate match on an element that
#: also carries one of these is kept (``article-header`` is no site header).
CONTENT_RESCUE_PATTERN: re.Pattern[str] = re.compile(
    r"[^a-z0-9](?:(?<=[^\w-])(?:article|content|main|body|post|entry|story)(?![\w-])|"
    + r"(?:(?:article|entry|post|story|main|page|single|blog|news)[-_]?(?:body|content|text|"
    + r"main)|articlebody|storybody|(?:main|primary|page)[-_]?content)"
    + _E
    + ")"
)
"""Whole-token ``article``/``content``/... or compounds such as ``entry-content``; a
compound like ``article-header`` or ``content-sidebar`` saves nothing. Searched in a text
with a space in front: like CLASS_ID_BOUNDED_PATTERN, it consumes the character before a
token (a class the regex engine skips to in C) instead of testing it with a lookbehind,
and then tests that character for the whole-token words."""

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
