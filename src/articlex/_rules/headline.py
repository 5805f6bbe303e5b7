"""What the headline finder looks for: title suffixes, agreement, logos.

Read by :mod:`articlex._fields.headline`. Lengths count characters of whitespace-collapsed
text; class patterns are matched against ``class`` + " " + ``id``.
"""

from __future__ import annotations

import re

from articlex._text import NOT_INSIDE_WS_RUN

# --- sources ---------------------------------------------------------------------------------

#: Meta keys of the page's title, after the JSON-LD ``headline`` and before ``<title>``.
TITLE_META_KEYS: tuple[str, ...] = ("og:title", "twitter:title", "dc.title", "dcterms.title")
#: Meta keys of the site's own name (a logo ``<h1>`` starts with it; a title's suffix is it).
SITE_NAME_META_KEYS: tuple[str, ...] = ("og:site_name", "application-name")
#: The headings compared with the metadata titles, in this order of precedence.
AGREEING_HEADING_TAGS: tuple[str, ...] = ("h1", "h2")
#: The headings that may show a headline already chosen (for the body to leave it out).
SHOWN_HEADING_TAGS: tuple[str, ...] = ("h1", "h2", "h3")
#: Cleaner kinds that disqualify a heading, besides the kinds that never describe the
#: article: hidden text, and a header (the site's masthead, its logo).
NOT_HEADLINE_KINDS: frozenset[str] = frozenset({"hidden", "header"})
#: ... for a heading that agrees with the metadata: it may sit in a header, since article
#: headers ("entry-hero__header-wrap") are classified like the site's masthead.
NOT_AGREEING_KINDS: frozenset[str] = frozenset({"hidden"})

# --- suffixes --------------------------------------------------------------------------------

#: Separators between a title and the site or section name appended to it (never started
#: inside a run of spaces: linear time, see NOT_INSIDE_WS_RUN).
TITLE_SEPARATOR_PATTERN: re.Pattern[str] = re.compile(
    rf"{NOT_INSIDE_WS_RUN}(?:\s+[|–—·•»/-]\s+|\s+::\s+|\s*[｜|]\s*)"
)
#: The first segment of a split title is the headline unless it is this much shorter
#: than the longest one ("Opinion | Why 3rd Grade Matters").
MIN_FIRST_SEGMENT_SHARE = 0.4
#: The bar between the parts of a heading printed from an SEO title ("Headline | Tagline"):
#: the first part is the headline, as in a title (never started inside a run of spaces).
HEADING_BAR_PATTERN: re.Pattern[str] = re.compile(rf"{NOT_INSIDE_WS_RUN}\s+[|｜]\s+")
#: Separators that may glue a site's name to a title without spaces ("Title:Site").
GLUE_SEPARATORS: frozenset[str] = frozenset(":：_|｜-–—·")
#: A glued suffix shorter than this is not taken for a site name (nor a host's name).
MIN_GLUED_SITE_CHARS = 3
#: A host's second-level label this short is a registry's ("co" in herald.co.uk): the
#: site's name is the label before it.
MAX_SECOND_LEVEL_CHARS = 3

# --- headings --------------------------------------------------------------------------------

#: A headline longer than this is not a headline.
MAX_HEADLINE_CHARS = 400
#: A heading shorter than this (characters of its key) does not confirm a title.
MIN_AGREEING_CHARS = 8
#: A heading that only starts a title must cover at least this share of it.
MIN_PREFIX_SHARE = 0.6
#: A lone ``<h1>`` of at least this many words is the visible headline, even when the
#: metadata titles say something else (CJK headlines, without spaces, count as one word).
MIN_VISIBLE_HEADLINE_WORDS = 3
#: Ideographic characters per word when counting a CJK headline's words.
CJK_CHARS_PER_WORD = 2

# --- logos -----------------------------------------------------------------------------------

#: Class/id words of a site's logo or name, on the heading, its link or a close wrapper.
LOGO_PATTERN: re.Pattern[str] = re.compile(
    r"(?<![a-z])(?:logo|site[-_]?(?:title|name)|blog[-_]?(?:title|name))(?![a-z])", re.I
)
#: The children of a heading that may carry its logo marks.
LOGO_CHILD_TAGS: tuple[str, ...] = ("a", "img", "span")
#: How far up from a heading a logo wrapper is looked for.
LOGO_ANCESTOR_LEVELS = 2
