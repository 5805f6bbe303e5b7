"""What the license finder reads: ``rel=license`` links, license declarations and
Creative Commons marks.

Read by :mod:`articlex._fields.license`. A Creative Commons license is reported by its
short name ("CC BY-SA 4.0", "CC0 1.0"), whichever way the page gives it: the deed's URL,
its badge, or its name in the text.
"""

from __future__ import annotations

import re

#: JSON-LD properties of the article object that hold its license (schema.org
#: ``CreativeWork.license``; ``copyrightNotice`` is a copyright, not a license).
LICENSE_JSONLD_KEYS: tuple[str, ...] = ("license",)
#: Meta names that declare the page's license outright.
LICENSE_META_KEYS: tuple[str, ...] = ("dcterms.license", "dc.license", "license", "og:license")
#: Meta names that hold rights statements: a license only when they name a Creative
#: Commons one ("© 2026 The Herald" is a copyright, not a license).
RIGHTS_META_KEYS: tuple[str, ...] = ("dcterms.rights", "dc.rights", "rights")

#: A Creative Commons deed, legal code or badge URL: ``creativecommons.org/licenses/by-sa/
#: 4.0/``, ``.../publicdomain/zero/1.0/``, ``i.creativecommons.org/l/by/4.0/88x31.png``.
CC_URL_PATTERN: re.Pattern[str] = re.compile(
    r"creativecommons\.org/(?:(?:licen[cs]es|l)/(?P<terms>[a-z]+(?:-[a-z]+)*)"
    r"|publicdomain/(?P<domain>zero|mark))(?:/(?P<version>\d\.\d))?",
    re.IGNORECASE,
)
#: The license terms a Creative Commons URL may name, as the license's short name says
#: them; anything else after ``/licenses/`` is not a license (``/licenses/list``).
CC_TERMS: frozenset[str] = frozenset({"by", "by-sa", "by-nd", "by-nc", "by-nc-sa", "by-nc-nd"})
#: Short names of the public-domain tools (``publicdomain/zero``, ``publicdomain/mark``).
CC_PUBLIC_DOMAIN_NAMES: dict[str, str] = {"zero": "CC0", "mark": "Public Domain Mark"}

#: A Creative Commons mark in text: "CC BY-SA 4.0", "CC-BY 4.0", "CC BY NC ND", "CC0".
#: (Each part is bounded: linear time on any text.)
CC_SHORT_MARK_PATTERN: re.Pattern[str] = re.compile(
    r"\bCC(?:0(?P<zero_version>\s+\d\.\d)?\b"
    r"|[-\s]BY(?P<parts>(?:[-\s](?:NC|ND|SA)){0,2})(?:\s+(?P<version>\d\.\d))?\b)"
)
#: The same mark in words: "Creative Commons Attribution-NonCommercial-ShareAlike 4.0",
#: "Creative Commons Attribution 4.0 International License", "Creative Commons Zero".
CC_NAME_MARK_PATTERN: re.Pattern[str] = re.compile(
    r"\bCreative\s+Commons\s+(?:(?P<zero>Zero|CC0)\b"
    r"|Attribution(?P<parts>(?:[-\s]+(?:Non-?Commercial|No-?Deriv(?:ative)?s?|Share-?Alike)){0,2})"
    r"(?:\s+(?P<version>\d\.\d))?)",
    re.IGNORECASE,
)
#: The words of :data:`CC_NAME_MARK_PATTERN`'s terms, as the short name writes them.
CC_NAME_TERMS: tuple[tuple[str, str], ...] = (
    ("commercial", "NC"), ("deriv", "ND"), ("alike", "SA"),
)  # fmt: skip
#: What a text must hold for the text search to run at all (cheap tests in C first):
#: :data:`CC_TEXT_QUICK_HINTS`, then one of :data:`CC_TEXT_HINTS`.
CC_TEXT_QUICK_HINTS: tuple[str, ...] = ("CC", "reative", "REATIVE")
CC_TEXT_HINTS: tuple[str, ...] = (
    "CC BY", "CC-BY", "CC\xa0BY", "CC0", "Creative Commons", "creative commons",
    "CREATIVE COMMONS",
)  # fmt: skip

#: Texts of a ``rel=license`` link that name no license ("License", "Some rights
#: reserved"): the link's URL says more.
GENERIC_LINK_TEXTS: frozenset[str] = frozenset(
    {
        "license", "licence", "licensed", "some rights reserved", "license info",
        "creative commons license", "creative commons licence", "terms", "rights",
        "copyright", "more info", "here", "this license", "this licence",
    }
)  # fmt: skip
#: A link text longer than this (characters) is a sentence, not a license's name.
MAX_LICENSE_NAME_CHARS = 80

#: Elements whose license marks are another work's: a figure's (its photo credit says
#: "CC BY 2.0" for the photo), an embedded post's. Tags, and class/id words.
FOREIGN_LICENSE_TAGS: frozenset[str] = frozenset(
    {"figure", "figcaption", "picture", "blockquote", "iframe"}
)
FOREIGN_LICENSE_CLASS_PATTERN: re.Pattern[str] = re.compile(
    r"caption|credit|comment", re.IGNORECASE
)
#: How many ancestors of a mark are looked at for :data:`FOREIGN_LICENSE_TAGS`.
MAX_FOREIGN_DEPTH = 12
