"""What the body locator and block builder look for: scoring tags, hints and thresholds.

The scoring follows the Readability family (score paragraphs, credit their ancestors,
discount links), with weights kept here so they can be read and tuned in one place.
"""

from __future__ import annotations

import re

# --- what counts as a paragraph ---------------------------------------------------------

#: Tags whose text is scored as a paragraph and credited to their ancestors.
PARAGRAPH_TAGS: frozenset[str] = frozenset({"p", "pre", "td", "blockquote", "dd", "li"})

#: A minor heading (HEADING_TAGS, set at or below the size of the text) holding at least
#: HEADING_PARAGRAPH_MIN_CHARS of text and no blocks is a paragraph in heading type, as
#: hand-written pages of the early web set them: it is scored like one (a real heading
#: is a line). A long major heading is a landing page's intro, standing on its own.
HEADING_TAGS: frozenset[str] = frozenset({"h4", "h5", "h6"})
HEADING_PARAGRAPH_MIN_CHARS = 200

#: Block-level tags: an element containing none of these is a run of inline text (so a
#: ``<div>`` of text with ``<br>`` breaks counts as a paragraph, as Blogger pages need).
BLOCK_TAGS: frozenset[str] = frozenset(
    {
        "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p",
        "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip

#: Tags that only wrap other blocks (candidates for holding the article).
CONTAINER_TAGS: frozenset[str] = frozenset(
    {"div", "section", "article", "main", "body", "td", "center", "span", "font", "form"}
)

#: A paragraph shorter than this (characters) is not scored at all.
MIN_PARAGRAPH_CHARS = 25

#: A paragraph is credited ``1 + commas + min(chars // CHARS_PER_POINT, MAX_LENGTH_POINTS)``.
CHARS_PER_POINT = 100
MAX_LENGTH_POINTS = 3

#: How much of a paragraph's score reaches the ancestor N levels up (index N-1).
ANCESTOR_SHARES: tuple[float, ...] = (1.0, 0.5, 1 / 6, 1 / 9, 1 / 12)

#: Starting score of a candidate by tag (Readability's table).
TAG_BASE_SCORES: dict[str, float] = {
    "div": 5, "article": 10, "main": 5, "section": 3, "pre": 3, "td": 3, "blockquote": 3,
    "address": -3, "ol": -3, "ul": -3, "dl": -3, "dd": -3, "dt": -3, "li": -3, "form": -3,
    "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5, "th": -5,
}  # fmt: skip

#: Class/id hints, worth ``CLASS_WEIGHT`` each way.
CLASS_WEIGHT = 25.0
POSITIVE_HINTS: re.Pattern[str] = re.compile(
    r"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose",
    re.IGNORECASE,
)
NEGATIVE_HINTS: re.Pattern[str] = re.compile(
    r"-ad-|hidden|banner|combx|comment|com-|contact|foot|footnote|gdpr|masthead|media|"
    r"meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|"
    r"shopping|tags|tool|widget|teaser|card|rail|nav|menu|byline|caption",
    re.IGNORECASE,
)

#: Markup that says "this element is the article body", whatever its score.
ARTICLE_BODY_ITEMPROP = "articlebody"
ARTICLE_BODY_BONUS = 50.0

# --- choosing the container -------------------------------------------------------------

#: Alternatives scoring at least this share of the best are "close competitors"; when
#: MIN_COMPETITORS of them share an ancestor with the best, the ancestor is the article.
COMPETITOR_SHARE = 0.75
MIN_COMPETITORS = 3
TOP_CANDIDATES = 5
#: The best then moves up to a parent scoring more than it (an article split into
#: parts), past parents scoring less, until one scores under the last one's score
#: divided by this (a third, as Readability has it).
PARENT_SCORE_DIVISOR = 3

#: A candidate inside the best scoring NARROW_SCORE_SHARE of it on at most
#: NARROW_MAX_TEXT_SHARE of its text replaces it: the best is a wrapper whose hints
#: (``content``, ``body``) outweigh what the rest of its text (teasers, a comment
#: thread) earned.
NARROW_SCORE_SHARE = 0.8
NARROW_MAX_TEXT_SHARE = 0.5
#: ... unless a candidate beside it in the best scores this share of it (chunks of one
#: article, rows of a listing).
NARROW_RIVAL_SHARE = 0.8

#: Twins of the best candidate (same tag and class, scoring TWIN_SCORE_SHARE of it and
#: holding TWIN_PROSE_SHARE of its prose) are more chunks of the same article: their
#: nearest shared ancestor, if within TWIN_MAX_LEVELS, is the article.
TWIN_SCORE_SHARE = 0.5
TWIN_PROSE_SHARE = 0.3
TWIN_MAX_LEVELS = 5
#: ... and if the text it adds is at most this share links. Twins already say the
#: ancestor holds more of the same text, so the bar is lower than _widen's
#: (WIDEN_MAX_ADDED_LINK_SHARE): the answers of an FAQ may each link a case study.
TWIN_MAX_ADDED_LINK_SHARE = 0.2
#: A best candidate holding TEASER_STREAM_MIN_HEADINGS headings or more, nearly all
#: links (LINK_LIST_MIN_SHARE), is a stream of teasers. A candidate outside it, no
#: stream itself, scoring TEASER_RIVAL_SHARE of it and holding TEASER_RIVAL_TEXT_SHARE
#: of its text, is an article beside it: the stream is then not scored. (A featured
#: item above a listing is too short to be one.)
TEASER_STREAM_MIN_HEADINGS = 3
TEASER_RIVAL_SHARE = 0.5
TEASER_RIVAL_TEXT_SHARE = 0.25

#: Siblings of the chosen container join it when they score this share of it (at least
#: SIBLING_MIN_SCORE), or when they are plain paragraphs of prose.
SIBLING_SHARE = 0.2
SIBLING_MIN_SCORE = 10.0
SIBLING_PARAGRAPH_CHARS = 80
SIBLING_MAX_LINK_DENSITY = 0.25

#: The second opinion on the container (_second_opinion.widen). Prose: paragraphs of at least
#: PROSE_MIN_CHARS with at most PROSE_MAX_LINK_SHARE of their text in links. An
#: ancestor may replace the scorer's choice when that holds under WIDEN_MAX_SHARE of its
#: prose and the text it adds is at most WIDEN_MAX_ADDED_LINK_SHARE links (teaser boxes
#: and link lists stay out); the worth of each is its prose less NON_PROSE_WEIGHT times
#: the rest of its text. Measured on all three shared sets: no set loses, modern-dev's
#: articles split into page-builder sections gain.
PROSE_MIN_CHARS = 80
PROSE_MAX_LINK_SHARE = 0.3
WIDEN_MAX_SHARE = 0.3
WIDEN_MAX_ADDED_LINK_SHARE = 0.1
#: ... MAIN_WIDEN_MAX_ADDED_LINK_SHARE when the ancestor is the region the page declares
#: its main content (``<main>``, ``role="main"``): a landing page's sections under it
#: carry their "learn more" links and cards, and the page's own word says they are its
#: text (the frame's menus and link lists sit outside it).
MAIN_WIDEN_MAX_ADDED_LINK_SHARE = 0.4
#: ... or under WIDEN_LARGE_MAX_SHARE of its prose when the ancestor adds at least
#: WIDEN_LARGE_MIN_ADDED_PROSE characters of it: a long intro above a long list of
#: write-ups (a "my twenty favourite patterns" post) is one article.
WIDEN_LARGE_MAX_SHARE = 0.4
WIDEN_LARGE_MIN_ADDED_PROSE = 1000
#: An entry of a reference list (``Doe J, Roe R, et al. Title. Journal.
#: 2016;138(3):e20161896.``, a DOI): its links, a linked title or DOI, are the
#: article's own, so they do not count against WIDEN_MAX_ADDED_LINK_SHARE.
CITATION_PATTERN: re.Pattern[str] = re.compile(
    r"\bet al\.|\b(?:19|20)\d\d ?;\s?\d+\s?(?:\(\d+\))?:|\bdoi:\s?10\.|\bdoi\.org/10\."
)
NON_PROSE_WEIGHT = 1.0

#: A body shorter than this (characters) triggers a retry with relaxed rules.
MIN_BODY_CHARS = 250
#: A container whose blocks, once built, come to a short body though it holds at least
#: LIST_REREAD_MIN_CHARS characters lost most of its text as link lists and teasers: a
#: category page, a product grid, a list of job ads. It is read again as a list (its
#: items are the page's main text), taken only when no pass finds an article's body.
#: On a relaxed pass, whose container may be the whole page, only when at least
#: LIST_REREAD_LINK_SHARE of its text is link text (a short post beside a sidebar
#: stays the body).
LIST_REREAD_MIN_CHARS = 2 * MIN_BODY_CHARS
LIST_REREAD_LINK_SHARE = 0.5
#: When a pass finds not even a short post (MIN_POST_CHARS), the block holding the
#: page's link text is read as a list: a listing whose every title and summary is a
#: link scores nothing. It is found from the body down, while one child holds this
#: share of its parent's link text.
LINK_BLOCK_DESCENT_SHARE = 0.9
#: The relaxed retries first keep comment threads out; a thread is taken for the body
#: only when those find less than this (a short post above a long thread is the page's
#: text) and the page is not a thread itself (see THREAD_URL_PATTERN).
MIN_POST_CHARS = 80
#: Paths of the pages of forum software (phpBB, vBulletin, XenForo, Invision, Discourse,
#: Vanilla, bbPress, Reddit...): on such a page the thread is the content. Declared
#: types say the same (``DiscussionForumPosting``, see page_type.FORUM_TYPES).
THREAD_URL_PATTERN: re.Pattern[str] = re.compile(
    r"/(?:forums?|threads?|topics?|discussions?|t|comments|questions)/"
    r"|showthread|viewtopic|showtopic",
    re.IGNORECASE,
)

# --- inside the container ----------------------------------------------------------------

#: A block container inside the article whose link density exceeds this is a link box.
MAX_BOX_LINK_DENSITY = 0.5
#: ... and with a negative class hint, this.
MAX_NEGATIVE_BOX_LINK_DENSITY = 0.2
#: A list of LINK_LIST_MIN_ITEMS or more, LINK_LIST_MIN_SHARE of whose items are links
#: at least this share, is a list of other stories.
LINK_LIST_ITEM_DENSITY = 0.8
LINK_LIST_MIN_SHARE = 0.8
LINK_LIST_MIN_ITEMS = 2
#: A list whose items are mostly links is kept when ANNOTATED_LIST_MIN_SHARE of its
#: items add ANNOTATED_ITEM_MIN_CHARS of their own text: a roundup of links with the
#: author's comment on each, the post itself (a teaser box adds a date, a line).
ANNOTATED_ITEM_MIN_CHARS = 40
ANNOTATED_LIST_MIN_SHARE = 0.5
#: A list item holding a heading, a figure or a table, or this many paragraphs, is a
#: section of the article, not an item: it is read block by block.
STRUCTURED_ITEM_MIN_PARAGRAPHS = 2
#: A list of this many structured items or more (see _block_filters.is_card_list), each a
#: linked name with a few details, is a list of cards (products, results, courses): the
#: names are the items' text, and its links stay.
CARD_LIST_MIN_ITEMS = 4
#: ... a card's text outside its links (a price, a rating, a few attributes) is at most
#: this long: an item saying more is a write-up, whose links point elsewhere.
CARD_MAX_OWN_CHARS = 300
#: A paragraph that is (almost) all link and shorter than this is a pointer elsewhere.
LINK_PARAGRAPH_DENSITY = 0.9
LINK_PARAGRAPH_MAX_CHARS = 200
#: A block shorter than this (characters) may be matched against boilerplate phrases.
SHORT_BLOCK_CHARS = 120

#: A box with at least this many linked headings is a list of other stories.
TEASER_MIN_HEADINGS = 2
#: ... when the text that is not link text averages at most this much per heading.
TEASER_MAX_CHARS_PER_HEADING = 200
#: A ``<figure>`` holding this many paragraphs of PROSE_MIN_CHARS besides its caption is
#: read as a container: an unclosed figure that swallowed the article after it, or a
#: quotation set as a figure (a video player's controls are no paragraphs).
FIGURE_MAX_PARAGRAPHS = 2
#: A heading or paragraph of this length range that repeats an earlier one is dropped
#: (shorter ones, like "Drink during your workout", may legitimately repeat).
REPEAT_MIN_CHARS = 60
REPEAT_MAX_CHARS = 300

#: How many blocks at the start of the body are checked for a leftover byline line.
BYLINE_SEARCH_BLOCKS = 3

#: Commas in the scripts we know, for the comma count of a paragraph.
COMMA_CHARS = ",،、，"
