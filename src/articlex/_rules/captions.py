"""What the caption extractor looks for: caption and credit markup, credit wording.

Read by :mod:`articlex._fields.captions`, :mod:`~articlex._fields.caption_markup`,
:mod:`~articlex._fields.caption_credits` and :mod:`~articlex._fields.images`. Class
patterns are matched against single lower-cased ``class`` tokens; text patterns against
whitespace-collapsed caption text.
"""

from __future__ import annotations

import re

# --- markup --------------------------------------------------------------------------------

#: Tags that may hold a caption (a ``<button class="caption-toggle">`` never does).
CAPTION_TAGS: frozenset[str] = frozenset(
    {"figcaption", "div", "span", "p", "small", "em", "i", "cite", "section", "td", "dd", "b",
     "strong", "label", "header", "footer"}
)  # fmt: skip

#: What the ``class`` of an element that may start a caption or a credit holds (besides
#: figures and ``itemprop="caption"``): "aption" is in "caption" and "Caption", "redit"
#: in "credit" and "Credit". Other elements are never read as captions.
CAPTION_CLASS_FRAGMENT = "aption"
CREDIT_CLASS_FRAGMENT = "redit"
#: Tags of a widget's controls ("hide caption"): their text is no caption.
CONTROL_TAGS: frozenset[str] = frozenset({"button"})
#: Children that separate the words of a caption's text.
WORD_BREAK_TAGS: frozenset[str] = frozenset({"br", "p", "div", "li"})

#: Class tokens that name a state or a control rather than a caption: ``has-caption``,
#: ``caption-toggle``, ``no-caption``.
CAPTION_CLASS_EXCLUDED: re.Pattern[str] = re.compile(
    r"^(?:has|no|with|without|show|hide|is|js|toggle)[-_]|"
    r"(?:toggle|button|btn|icon|close|link|trigger|expand|collapse|count|number)$"
)

#: Class tokens marking the credit part of a caption: ``credit``, ``photo-credit``,
#: ``caption__source``, ``attribution``, ``copyrightHolder``.
CREDIT_CLASS_PATTERN: re.Pattern[str] = re.compile(
    r"(?:^|[-_])(?:credits?|copyright\w{0,40}|photographer|attribution|source|creator|courtesy|"
    r"byline|fotograf\w{0,40}|autor|auteur)(?:[-_]+(?:text|name|line|holder|info|via))?$"
)
r"""The credit word ends the token, so ``caption-credit-wrap`` (a wrapper) is no credit.

``\w{0,40}``, not ``\w*``: a token "_copyright_copyright…" was otherwise read to its end
from every "copyright" in it, and "copyright___…" shared its underscores between ``\w*`` and
``[-_]+`` in every way, both quadratic. No real class name has 40 more characters."""

#: Tags that hold a credit inside a caption by HTML semantics.
CREDIT_TAGS: frozenset[str] = frozenset({"cite"})

#: Class tokens of text hidden from sighted readers (screen-reader labels such as "Media
#: caption", "Image"): not part of the caption.
HIDDEN_CLASS_PATTERN: re.Pattern[str] = re.compile(
    r"^(?:off-?screen|visually-?hidden|sr-only|screen-?reader(?:-text|-only)?|"
    r"a11y(?:-\w+)?|hidden|u-hidden|is-hidden|element-invisible|invisible|assistive-text)$"
)

#: How far from a caption the image it describes may be: siblings looked at on each
#: side, and levels climbed (caption -> its box -> the box's parent).
IMAGE_SEARCH_SIBLINGS = 2
IMAGE_SEARCH_LEVELS = 2
#: A sibling with more text than this (characters) between a caption and an image means
#: they do not belong together.
MAX_TEXT_BETWEEN = 40
#: Containers the search for a caption's image never climbs to: the image would be any
#: of the page's.
IMAGE_SEARCH_STOP_TAGS: frozenset[str] = frozenset({"body", "article", "main", "html"})

#: Tags of an image element.
IMAGE_TAGS: tuple[str, ...] = ("img", "amp-img")

#: Images smaller than this (declared width or height, pixels) are icons or trackers.
MIN_IMAGE_SIZE = 50
#: Attributes holding the real source of a lazily loaded image, best first.
IMAGE_SOURCE_ATTRS: tuple[str, ...] = (
    "data-src", "data-lazy-src", "data-original", "data-url", "data-hi-res-src",
    "data-full-src", "src",
)  # fmt: skip
#: Attributes holding a ``srcset``, best first.
SRCSET_ATTRS: tuple[str, ...] = ("data-srcset", "data-lazy-srcset", "srcset")
#: In a ``srcset``, a pixel density (``2x``) counts as this many pixels of width (``800w``):
#: any density candidate beats any width candidate.
SRCSET_DENSITY_WIDTH = 1000
#: The size suffix of an image file name (``photo-640x480.jpg``, ``photo-800w.jpg``): two
#: files differing by it alone are one image at two sizes.
IMAGE_SIZE_SUFFIX_PATTERN: re.Pattern[str] = re.compile(
    r"[-_@]\d+x\d*(?=\.\w+$)|[-_@]\d+w(?=\.\w+$)"
)
#: ``src`` values that are placeholders for a lazily loaded image.
PLACEHOLDER_SRC_PATTERN: re.Pattern[str] = re.compile(
    r"^data:|(?:^|/)(?:blank|spacer|pixel|placeholder|transparent|empty|loading|lazy|1x1|"
    r"preload|grey|gray)"
    r"[\w.-]*\.(?:gif|png|svg|jpe?g|webp)(?:$|\?)",
    re.IGNORECASE,
)

#: A figure with no image (a video player, a widget) needs a caption at least this long.
MIN_IMAGELESS_CAPTION_CHARS = 15
#: An attribute value that cannot be an image URL (script code, JSON, spaces).
NOT_A_URL_PATTERN: re.Pattern[str] = re.compile(r"[\s{}<>\"'`\\^]|^javascript:|\(this\b")

#: A caption longer than this (characters) is a block of article text with a caption class.
MAX_CAPTION_CHARS = 1500
#: A caption-classed box holding its image and more text than this wraps a section.
MAX_BOX_CHARS = 2 * MAX_CAPTION_CHARS
#: A caption whose text is mostly link text (this share) is a teaser card, not a caption.
MAX_CAPTION_LINK_SHARE = 0.8
#: How many nested objects are followed to reach a JSON-LD caption's text.
MAX_JSONLD_NESTING = 4

# --- credit wording -------------------------------------------------------------------------

_LABELS = (
    r"photo(?:graph)?s?|pictures?|pics?|images?|illustrations?|graphics?|video|fotos?|"
    r"fotograf[íi]as?|bild(?:er)?|imagen(?:es)?|immagine|credits?|copyright|courtesy(?: of)?|"
    r"source|quelle|fuente|crédito|crédits?|photo credit|image credit|image source|fot\.|"
    r"zdj(?:ęcie)?\.?"
)

#: A credit label at the start of a credit: "Photo: ", "Photo by ", "Credit ", "©"; in a
#: text already known to be a credit, a bare "Credit" / "Photo" before a name goes too.
CREDIT_LABEL_PATTERN: re.Pattern[str] = re.compile(
    rf"^(?:(?:{_LABELS})\s*(?:[:：|/–—-]|\bby\b|\bvon\b|\bde\b)\s*|(?:©|\(c\))\s*|"
    r"(?:(?:photo(?:graph)?|image|picture)s?\s+)?courtesy(?:\s+of)?\s+|"
    r"(?-i:Credits?|CREDITS?)(?:\s*(?:\.\.\.|…))?(?=\s*[A-ZÀ-Þ])\s*|"
    r"(?-i:Photo|PHOTO|Foto|FOTO|Bild|Fot\.)\s+(?=[A-ZÀ-Þ]))+",
    re.IGNORECASE,
)
#: Where a labelled credit starts inside a caption: "... lab | photo by Joan", "... Photo:
#: Joseph Cox", "(Bild: Hersteller)", NYT's glued "...in Queens.CreditChang W. Lee/...".
#: The label must follow a space, a punctuation mark, or the start of the caption.
#: (Not started on the third or later character of a run of spaces, where the first or the
#: second would match the same: each start rescanned the run, quadratic time.)
CREDIT_START_PATTERN: re.Pattern[str] = re.compile(
    rf"(?!(?<=\s\s)\s)(?:^|(?<=[\s.!?,;:|(\[–—”\"'’)-]))[(\[]?\s*"
    rf"(?:(?i:{_LABELS})\s*(?:[:：]|\b(?i:by|von)\b)|©|\(c\)|Credits?(?=[\s:A-Z])|CREDITS?(?=[\s:A-Z]))"
)
#: Agency and stock-photo names: a trailing "(Getty Images)" or "X/Reuters" is a credit.
AGENCY_PATTERN: re.Pattern[str] = re.compile(
    r"\b(?:AP|AFP|EPA|Reuters|Getty|Getty Images|Shutterstock|iStock\w*|Alamy|Bloomberg|"
    r"Canadian Press|Press Association|PA|dpa|ANP|ANSA|Xinhua|Kyodo|Yonhap|Sipa|Corbis|"
    r"Associated Press|Rex|Zuma|Wire|Images?|Photos?|Pool|Handout|Stock|Unsplash|Pexels|"
    r"Wikimedia|Wikipedia|Flickr|NASA|Keystone|Imago|Picture Alliance|laif|EFE)\b",
)
#: A trailing parenthesised credit: "(Getty Images)", "(AP Photo/Evan Vucci)",
#: "(John Minchillo / AP)", "(Lucy Akins)".
#: The lookahead first checks that this "(" is the last one and is closed at the end: each
#: "(" of a long text was otherwise tried against every split of the spaces after it.
TRAILING_PAREN_CREDIT: re.Pattern[str] = re.compile(
    r"\((?=[^()]*\)\s*$)\s*(?P<credit>[^()]{2,80}?)\s*\)\s*$"
)
#: A person's name as a credit: two to four capitalised words.
NAME_PATTERN: re.Pattern[str] = re.compile(r"^(?:[A-ZÀ-Þ][\w'’.-]*\s+){1,3}[A-ZÀ-Þ][\w'’.-]*$")
#: One part of a "Name/Agency" credit line ("The Canadian Press", "AFP - Getty Images",
#: "EPA vía Shutterstock"): capitalised words and the connectors found in credits.
#: A capitalised word is taken whole, never re-split ("(?=(…))\1" is an atomic group before
#: Python 3.11): "ABCDEFG…" could otherwise be cut into words in every way, exponential time
#: when the text fails to match. A shorter cut never helps: the rest would start with a
#: character the word takes.
CREDIT_PART_PATTERN: re.Pattern[str] = re.compile(
    r"^(?:(?:(?=([A-Z0-9À-Þ@][\w'’.&+-]*))\1|of|for|de|da|del|van|von|der|la|le|via|vía|para|the|and|"
    r"y|und|et|[-–—&+,])\s*)+$"
)
#: A period ending a sentence (not an initial: "Chang W. Lee"): a credit line has none.
SENTENCE_STOP_PATTERN: re.Pattern[str] = re.compile(r"(?<![A-Z])[.!?]\s")
#: A credit line is at most this long (characters), its label ("Photograph by") apart.
MAX_CREDIT_CHARS = 100
MAX_LABELLED_CREDIT_CHARS = MAX_CREDIT_CHARS + 20
#: Where a caption's next sentence or part starts (a credit line follows a sentence end,
#: or a " | " separator).
SENTENCE_END_PATTERN: re.Pattern[str] = re.compile(r"[.!?…”\"](?=\s*[A-Z0-9À-Þ(])|\s\|\s")
#: Brackets around a credit, and what may end a credit or start it once its label is gone.
CREDIT_BRACKETS = " ()[]"
CREDIT_EDGE_CHARS = " ()[].,;:|–—-"
#: What may end a caption once its credit is cut off: separators, an opening bracket.
CAPTION_TRAILING_CHARS = " |/–—-(,;:["
#: A whole caption that is only an agency or stock credit: "Getty Images", "iStockphoto",
#: "Chesnot via Getty Images" (capitalised words naming an agency, at most this long).
MAX_AGENCY_CAPTION_CHARS = 50

#: Caption texts that are a widget's label, not a caption.
CAPTION_JUNK_PATTERN: re.Pattern[str] = re.compile(
    r"^\W*(?:(?:media|image|photo|video) caption|caption|close|enlarge(?: this image)?|expand|"
    r"(?:show|hide|toggle) caption|more|image|photo|foto|bild|video|play|zoom|credits?|"
    r"click to enlarge|view (?:larger|gallery|full size)|open gallery|\d+\s*(?:/|of)\s*\d+)\W*$",
    re.IGNORECASE,
)
