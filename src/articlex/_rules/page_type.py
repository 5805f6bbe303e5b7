"""What tells a page's kind: the types it declares and the shapes its content takes.

``Article.page_type`` is one of PAGE_TYPES. A page says what it is in JSON-LD ``@type``,
microdata ``itemtype`` and ``og:type``; where it says nothing useful, its structure
decides (a body that is a list of teasers, repeated posts with their authors, code
blocks, a dated and signed run of prose, a story's URL). See docs/fields.md.
"""

from __future__ import annotations

import re

from articlex._rules.boilerplate import BOILERPLATE_TAGS

#: The kinds a page is told to be. ``other``: none of them (a company's service or
#: landing page, a contact page, a home page with no list of stories).
PAGE_TYPES: tuple[str, ...] = (
    "article", "listing", "forum", "product", "documentation", "other",
)  # fmt: skip

# --- declared types (schema.org names and og:type values, lower case) ----------------------

#: A thread of posts: questions and answers, discussion boards.
FORUM_TYPES: frozenset[str] = frozenset({"discussionforumposting", "qapage", "question"})
#: A page of frequently asked questions: its ``Question`` and ``Answer`` items
#: (FAQ_ITEM_TYPES) are the page's own text, not a thread's posts.
FAQ_TYPES: frozenset[str] = frozenset({"faqpage"})
FAQ_ITEM_TYPES: frozenset[str] = frozenset({"question", "answer"})
#: A thing for sale.
PRODUCT_TYPES: frozenset[str] = frozenset(
    {"product", "productgroup", "individualproduct", "productmodel", "car", "vehicle",
     "og:product", "og:product.item", "og:ebay-objects:item"}
)  # fmt: skip
#: A page declaring this many products (JSON-LD objects and microdata items) lists
#: them: a category page, a shop's front; one product's page declares one.
LISTING_MIN_PRODUCTS = 2
#: A page listing other pages or things.
LISTING_TYPES: frozenset[str] = frozenset(
    {"collectionpage", "itemlist", "searchresultspage", "og:product.group",
     "og:product:group"}
)  # fmt: skip
#: Technical documentation.
DOCUMENTATION_TYPES: frozenset[str] = frozenset({"techarticle", "apireference"})
#: og:type values that call the page an article.
ARTICLE_OG_TYPES: frozenset[str] = frozenset({"og:article", "og:blog", "og:news"})

# --- structure ------------------------------------------------------------------------------

#: Microdata item types of one post in a thread (counted, see FORUM_MIN_POSTS).
POST_ITEM_TYPES: frozenset[str] = frozenset({"comment", "answer", "discussionforumposting"})
#: A page with this many posts marked as such, and no article type declared, is a forum.
FORUM_MIN_POSTS = 3
#: The tag of a code block (counted, see DOCUMENTATION_MIN_CODE_BLOCKS).
CODE_BLOCK_TAG = "pre"
#: A page with this many ``<pre>`` blocks and no date of its own is documentation.
DOCUMENTATION_MIN_CODE_BLOCKS = 1
#: Where the page's frame lives: what is found there says nothing of its kind.
FRAME_TAGS: tuple[str, ...] = (*BOILERPLATE_TAGS, "header")
#: The sub-headings counted (an ``<h1>`` is the page's title).
SUB_HEADINGS: tuple[str, ...] = ("h2", "h3", "h4")
#: A page declaring no article with this many ``<time>`` elements, a date and an author,
#: holds dated posts signed by their members (a thread); dates alone are a list of dated
#: items (events, news), and a site's home page is never a thread.
FORUM_MIN_TIMES = 3
#: ... with this many sub-headings linking to other pages, making at least
#: LISTING_LINKED_SHARE of its sub-headings, at most LISTING_MAX_OFFSITE_SHARE of them
#: to other sites (a "best of" article links to what it reviews), lists the
#: site's pages, unless its body holds LISTING_MAX_PROSE_PER_ITEM characters of
#: paragraphs per linked heading: then each item has a write-up (a "best of" article).
LISTING_MIN_LINKED_HEADINGS = 5
LISTING_LINKED_SHARE = 0.6
LISTING_MAX_OFFSITE_SHARE = 0.5
LISTING_MAX_PROSE_PER_ITEM = 250
#: A page with this many sub-headings carrying a permalink (``href="#..."``), making at
#: least DOCUMENTATION_ANCHORED_SHARE of its sub-headings (documentation generators put
#: one on every heading; a landing page links a few to its sections), is documentation,
#: unless it declares itself a dated article or is dated and signed (a post's table of
#: contents).
DOCUMENTATION_MIN_ANCHORED = 3
DOCUMENTATION_ANCHORED_SHARE = 0.5

# --- the signs of an article, on a page declaring no kind ------------------------------------

#: Such a page is an article when it shows at least this many signs, one each: a date;
#: an author; an article ``og:type`` (ARTICLE_OG_TYPES); a publication time in its
#: ``<meta>`` (PUBLISHED_META_KEYS: sites emit it for their posts, not their pages); a
#: URL whose path ends in a slug of SLUG_MIN_WORDS words; PROSE_PER_SECTION_CHARS of body
#: paragraphs per sub-heading (a landing page is short sections under many headings); a
#: body of LONG_BODY_CHARS. A home page (the URL's path is the root) counts
#: HOME_PAGE_WEIGHT against: it is a site's front, not a story. A JSON-LD page type
#: (PLAIN_PAGE_TYPES) declared without an article type counts one against: site
#: builders' graphs declare a post an Article on its WebPage, a plain page the WebPage
#: alone.
ARTICLE_MIN_SIGNS = 3
PUBLISHED_META_KEYS: tuple[str, ...] = (
    "article:published_time", "og:published_time", "og:article:published_time",
)  # fmt: skip
SLUG_MIN_WORDS = 4
#: The words of a URL path's last segment, counted for SLUG_MIN_WORDS: runs of two
#: letters or more (not ids, not digits).
SLUG_WORD_PATTERN: re.Pattern[str] = re.compile(r"[^\W\d_]{2,}")
PROSE_PER_SECTION_CHARS = 200
LONG_BODY_CHARS = 5000
HOME_PAGE_WEIGHT = 2
PLAIN_PAGE_TYPES: frozenset[str] = frozenset({"webpage", "aboutpage", "contactpage"})
#: A page that is no article with this many links outside its frame lists items: its
#: content is made of links (a category, a catalogue, an index of threads).
LISTING_MIN_LINKS = 100
#: A page that is no article and calls itself a website is ``other`` on evidence.
SITE_OG_TYPES: frozenset[str] = frozenset({"og:website"})
