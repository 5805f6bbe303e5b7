"""What the page-level field finders read: the site name, description, lead image,
language and canonical URL.

Read by :mod:`articlex._fields.site_name`, :mod:`~articlex._fields.description`,
:mod:`~articlex._fields.lead_image`, :mod:`~articlex._fields.language`,
:mod:`~articlex._fields.canonical_url` and :mod:`~articlex._fields.declared`. The order of
each tuple of keys is the precedence among its entries (first valid wins).
"""

from __future__ import annotations

import re

from articlex._text import NOT_INSIDE_WS_RUN

# --- site name ---------------------------------------------------------------------------

#: Meta names that carry the publication's name, after ``og:site_name`` and the JSON-LD.
SITE_NAME_META_KEYS: tuple[str, ...] = (
    "application-name", "publisher", "dc.publisher", "twitter:app:name:iphone",
    "twitter:app:name:googleplay", "al:iphone:app_name", "al:android:app_name",
    "apple-mobile-web-app-title",
)  # fmt: skip
#: JSON-LD types whose ``name`` is the publication's.
SITE_JSONLD_TYPES: frozenset[str] = frozenset({"website", "organization", "newsmediaorganization"})
#: A site name longer than this (characters) is a sentence, not a name.
MAX_SITE_NAME_CHARS = 60
#: ``Bloomberg.com``, ``NPR.org``: a web address, not what the publication calls itself
#: (passed over when a proper name is also given).
DOMAIN_NAME_PATTERN: re.Pattern[str] = re.compile(
    r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.IGNORECASE
)
#: A company's legal form at the end of its name: the publication is called without it.
#: (Never started inside a run of spaces: linear time, see NOT_INSIDE_WS_RUN.)
LEGAL_SUFFIX_PATTERN: re.Pattern[str] = re.compile(
    rf"{NOT_INSIDE_WS_RUN},?\s+"
    r"(?:Inc|Incorporated|LLC|L\.L\.C|Ltd|Limited|GmbH|AG|S\.A|SA|S\.L|BV|B\.V|"
    r"Pty Ltd|PLC|plc|Corp|Corporation|Co)\.?$"
)
#: Separators between the headline and the site's name in a ``<title>``.
#: (Never started inside a run of spaces: linear time, see NOT_INSIDE_WS_RUN.)
TITLE_SEPARATOR_PATTERN: re.Pattern[str] = re.compile(rf"{NOT_INSIDE_WS_RUN}\s+[|–—·•:»/-]\s+")

# --- description, lead image -------------------------------------------------------------

#: Meta keys of the description, before the JSON-LD ``description``.
DESCRIPTION_META_KEYS: tuple[str, ...] = ("og:description", "description", "twitter:description")
#: Meta keys of the lead image, before the JSON-LD ``image``.
LEAD_IMAGE_META_KEYS: tuple[str, ...] = (
    "og:image", "og:image:url", "og:image:secure_url", "twitter:image",
)  # fmt: skip

# --- language --------------------------------------------------------------------------------

#: Meta keys of the language, after ``<html lang>`` and before the JSON-LD ``inLanguage``.
LANGUAGE_META_KEYS: tuple[str, ...] = ("content-language", "og:locale", "language", "dc.language")
#: The shape of a language tag: a 2-3 letter language, then subtags (``en``, ``en_US``,
#: ``zh-Hant-TW``).
LANGUAGE_TAG_PATTERN: re.Pattern[str] = re.compile(r"^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})*$")
#: BCP 47 casing by a subtag's length: a region (``US``) upper case, a script (``Hant``)
#: title case.
REGION_SUBTAG_CHARS = 2
SCRIPT_SUBTAG_CHARS = 4

# --- JSON-LD ---------------------------------------------------------------------------------

#: How many nested objects/lists are followed to reach a JSON-LD string value.
MAX_JSONLD_NESTING = 4
