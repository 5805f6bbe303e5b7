"""``hostname``, ``license`` and ``fingerprint``: the metadata pipelines group, filter and
deduplicate pages by, each with its provenance and in every output."""

from __future__ import annotations

import json
import time
import unicodedata
from hashlib import blake2b

import pytest

import articlex
from articlex import FIELD_NAMES, Article, ExtractOptions, Source
from articlex._fields.fingerprint import _TOKEN, fingerprint_of, hamming_distance
from articlex._fields.license import cc_name, text_mark
from articlex._interfaces.tabular import article_row

#: A story of a few paragraphs, told apart by its first words.
STORY = [
    "The harbour council voted on Tuesday to rebuild the old north pier, which storms "
    "damaged twice last winter, after a debate that lasted most of the afternoon.",
    "Fishermen had asked for the repairs for three years. Their boats now moor at the "
    "south quay, where the water is shallow at low tide and the fees are higher.",
    "The work will start in the spring and should take eighteen months, the council's "
    "engineer said, if the weather allows the divers to work through the autumn.",
    "The pier was built in 1887 and last repaired in 1962. Its timber piles will be "
    "replaced by concrete ones, and the deck widened so that lorries can unload there.",
    "Residents of the harbour streets worry about the noise of the pile drivers, and the "
    "council promised that no work would be done at night or on Sundays.",
]
OTHER_STORY = [
    "A small orchestra from the valley played its first concert abroad on Saturday, in a "
    "church hall filled with families who had driven for hours to hear it.",
    "The conductor, a retired music teacher, founded the orchestra a decade ago with six "
    "pupils; it now counts forty players between twelve and seventy years old.",
    "They played folk tunes arranged for strings and a symphony by a local composer whose "
    "manuscripts were found in an attic last year and restored by volunteers.",
    "The tour continues next week in two towns across the border, and the players hope "
    "to record an album of the composer's works before the end of the year.",
]


def page(
    paragraphs: list[str],
    *,
    head: str = "",
    before: str = "",
    after: str = "",
    footer: str = "",
) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><title>Harbour news</title>{head}</head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>Council votes to rebuild the north pier</h1>{before}{body}{after}"
        f"</article><footer>{footer}</footer></body></html>"
    )


def extract(html: str, url: str | None = None, fields: frozenset[str] | None = None) -> Article:
    return articlex.extract(html, url=url, options=ExtractOptions(fields=fields))


# --- hostname -----------------------------------------------------------------------------


def test_hostname_comes_from_the_canonical_url_first() -> None:
    html = page(STORY, head="<link rel='canonical' href='https://News.Example.org:8443/pier'>")
    article = extract(html, url="https://amp.mirror.example/news.example.org/pier")
    assert article.hostname == "news.example.org"
    assert article.provenance["hostname"] == Source.DOM  # the <link rel=canonical>


def test_hostname_of_an_og_url_says_meta() -> None:
    html = page(STORY, head="<meta property='og:url' content='https://www.example.com/pier'>")
    article = extract(html)
    assert article.hostname == "www.example.com"  # www. kept: it is the URL's host
    assert article.provenance["hostname"] == Source.META


def test_hostname_falls_back_on_the_given_url() -> None:
    article = extract(page(STORY), url="HTTP://Example.COM.:80/2026/pier")
    assert article.hostname == "example.com"
    assert article.provenance["hostname"] == Source.URL


@pytest.mark.parametrize("url", [None, "/relative/pier", "ftp://example.com/pier", "http://["])
def test_no_hostname_without_a_web_url(url: str | None) -> None:
    article = extract(page(STORY), url=url)
    assert article.hostname is None
    assert "hostname" not in article.provenance


def test_hostname_alone_reads_the_canonical_url_without_filling_it() -> None:
    html = page(STORY, head="<link rel='canonical' href='https://news.example.org/pier'>")
    article = extract(html, fields=frozenset({"hostname"}))
    assert article.hostname == "news.example.org"
    assert article.canonical_url is None and article.body == ""


# --- license ------------------------------------------------------------------------------

CC_BY_SA = "https://creativecommons.org/licenses/by-sa/4.0/"


def test_a_rel_license_link_in_the_footer_gives_the_cc_short_name() -> None:
    footer = (
        f"<a rel='license' href='{CC_BY_SA}'><img alt='Creative Commons License' "
        "src='https://i.creativecommons.org/l/by-sa/4.0/88x31.png'></a> This work is licensed "
        f"under a <a rel='license' href='{CC_BY_SA}'>Creative Commons license</a>."
    )
    article = extract(page(STORY, footer=footer))
    assert article.license == "CC BY-SA 4.0"
    assert article.provenance["license"] == Source.DOM


def test_a_license_link_in_the_head() -> None:
    html = page(STORY, head="<link rel='license' href='/about/licence'>")
    article = extract(html, url="https://gov.example/pier")
    assert article.license == "https://gov.example/about/licence"  # no name: the URL
    assert article.provenance["license"] == Source.DOM


def test_a_named_license_link_gives_its_name() -> None:
    footer = "<a rel='license' href='/ogl'>Open Government Licence v3.0</a>"
    assert extract(page(STORY, footer=footer)).license == "Open Government Licence v3.0"


def test_the_jsonld_license_comes_first() -> None:
    jsonld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Council votes to rebuild the north pier",
        "license": "https://creativecommons.org/publicdomain/zero/1.0/",
    }
    head = f"<script type='application/ld+json'>{json.dumps(jsonld)}</script>"
    footer = f"<a rel='license' href='{CC_BY_SA}'>CC BY-SA</a>"
    article = extract(page(STORY, head=head, footer=footer))
    assert article.license == "CC0 1.0"
    assert article.provenance["license"] == Source.JSON_LD


def test_a_creative_commons_mark_in_the_body_text() -> None:
    note = (
        "This article is republished from The Harbour Gazette under a Creative Commons "
        "Attribution-NoDerivatives 4.0 International license."
    )
    article = extract(page([*STORY, note]))
    assert article.license == "CC BY-ND 4.0"
    assert article.provenance["license"] == Source.TEXT


def test_a_photo_s_license_is_not_the_article_s() -> None:
    figure = (
        "<figure><img src='/pier.jpg'><figcaption>The pier in 1962. Photo: J. Smith, "
        "<a rel='license' href='https://creativecommons.org/licenses/by/2.0/'>CC BY 2.0</a>"
        "</figcaption></figure>"
    )
    credit = "<p class='photo-credit'>Photo: A. Jones, CC BY-SA 3.0</p>"
    article = extract(page(STORY, before=figure, after=credit))
    assert article.license is None
    assert "license" not in article.provenance


def test_a_copyright_notice_is_not_a_license() -> None:
    head = "<meta name='dc.rights' content='© 2026 The Harbour Gazette. All rights reserved.'>"
    assert extract(page(STORY, head=head, footer="© 2026 The Harbour Gazette")).license is None
    cc = "<meta name='dc.rights' content='Licensed under CC BY-NC 4.0'>"
    assert extract(page(STORY, head=cc)).license == "CC BY-NC 4.0"


def test_license_alone_equals_the_full_extraction() -> None:
    note = "Republished under a CC BY 4.0 license."
    html = page([*STORY, note])
    alone = extract(html, fields=frozenset({"license"}))
    assert alone.license == extract(html).license == "CC BY 4.0"
    assert alone.body == ""


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://creativecommons.org/licenses/by-nc-sa/4.0/deed.fr", "CC BY-NC-SA 4.0"),
        ("http://creativecommons.org/licenses/by/3.0/us/", "CC BY 3.0"),
        ("//creativecommons.org/licenses/by-nd/2.5", "CC BY-ND 2.5"),
        ("https://creativecommons.org/licenses/by-sa/", "CC BY-SA"),
        ("https://creativecommons.org/publicdomain/zero/1.0/", "CC0 1.0"),
        ("https://creativecommons.org/publicdomain/mark/1.0/", "Public Domain Mark 1.0"),
        ("https://i.creativecommons.org/l/by-nc/4.0/88x31.png", "CC BY-NC 4.0"),
        ("https://creativecommons.org/licenses/list", None),
        ("https://creativecommons.org/about/", None),
        ("https://opensource.org/licenses/MIT", None),
    ],
)
def test_cc_name_of_a_url(url: str, name: str | None) -> None:
    assert cc_name(url) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Licensed under CC BY-SA 4.0.", "CC BY-SA 4.0"),
        ("Text: CC-BY 4.0; images excluded", "CC BY 4.0"),
        ("CC BY NC ND", "CC BY-NC-ND"),
        ("Dedicated to the public domain (CC0 1.0).", "CC0 1.0"),
        ("Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International",
         "CC BY-NC-SA 4.0"),
        ("a Creative Commons Attribution 3.0 license", "CC BY 3.0"),
        ("under a creative commons attribution-noderivs 2.0 licence", "CC BY-ND 2.0"),
        ("Creative Commons Zero", "CC0"),
        ("We support Creative Commons.", None),  # no license named
        ("ACCBY 4.0 and CCBY", None),
        ("CC BY-ND-SA 4.0", None),  # no such license
        ("color: #CC0000", None),
    ],
)  # fmt: skip
def test_text_mark(text: str, name: str | None) -> None:
    assert text_mark(text) == name


# --- fingerprint --------------------------------------------------------------------------


def test_the_fingerprint_is_filled_only_on_request() -> None:
    html = page(STORY)
    default = extract(html)
    assert default.fingerprint is None and "fingerprint" not in default.provenance
    asked = extract(html, fields=FIELD_NAMES)
    assert asked.fingerprint == fingerprint_of(asked.body)
    assert asked.provenance["fingerprint"] == asked.provenance["body"] == Source.DOM
    alone = extract(html, fields=frozenset({"fingerprint"}))
    assert alone.fingerprint == asked.fingerprint and alone.body == ""


def test_the_fingerprint_is_pinned() -> None:
    # Stable across processes, machines and releases: these values must never change.
    assert fingerprint_of("The quick brown fox jumps over the lazy dog.") == "7566f07ce82fb177"
    assert fingerprint_of(" ".join(STORY)) == "a4aa6209d9d07cc6"
    # One feature: its hash itself, BLAKE2b's 8 bytes read little-endian.
    assert fingerprint_of("Alone") == blake2b(b"alone", digest_size=8).digest()[::-1].hex()


def _simhash_as_documented(text: str) -> str | None:
    """docs/fields.md's method, step by step (slowly): bit by bit, feature by feature."""
    tokens = _TOKEN.findall(unicodedata.normalize("NFKC", text).casefold())
    if not tokens:
        return None
    features = [" ".join(tokens[i : i + 3]) for i in range(max(1, len(tokens) - 2))]
    hashes = [
        int.from_bytes(blake2b(f.encode(), digest_size=8).digest(), "little") for f in features
    ]
    value = 0
    for bit in range(64):
        if sum(h >> bit & 1 for h in hashes) * 2 > len(hashes):
            value |= 1 << bit
    return f"{value:016x}"


@pytest.mark.parametrize(
    "text",
    [*STORY, " ".join(STORY), " ".join(OTHER_STORY), "Alone", "two words", "a b c", "",
     "港口委员会周二投票 and Ünïcödé ﬁnal", "x " * 5000],
)  # fmt: skip
def test_the_fingerprint_is_the_documented_simhash(text: str) -> None:
    assert fingerprint_of(text) == _simhash_as_documented(text)


def test_the_fingerprint_reads_words_only() -> None:
    text = "The pier, rebuilt!  The COUNCIL voted\n\non Tuesday."
    assert fingerprint_of(text) == fingerprint_of("the pier rebuilt the council voted on tuesday")
    assert fingerprint_of("ＰＩＥＲ ｖｏｔｅ") == fingerprint_of("pier vote")  # NFKC
    assert fingerprint_of(" .,;— ") is None


def test_near_duplicates_are_a_few_bits_apart() -> None:
    original = extract(page(STORY), fields=frozenset({"fingerprint"}))
    edited = [*STORY]
    edited[2] = edited[2].replace("eighteen months", "two years")
    copy = extract(
        page(edited, before="<p class='share'>Share this</p>", footer="Syndicated copy"),
        fields=frozenset({"fingerprint"}),
    )
    other = extract(page(OTHER_STORY), fields=frozenset({"fingerprint"}))
    assert original.fingerprint and copy.fingerprint and other.fingerprint
    assert original.fingerprint != copy.fingerprint
    near = hamming_distance(original.fingerprint, copy.fingerprint)
    far = hamming_distance(original.fingerprint, other.fingerprint)
    assert near <= 6 and far >= 20, (near, far)


def test_a_text_without_spaces_is_read_character_by_character() -> None:
    text = "港口委员会周二投票决定重建旧北码头该码头去年冬天两次被暴风雨损坏" * 2
    edited = text.replace("周二", "周三", 1)
    assert hamming_distance(fingerprint_of(text) or "", fingerprint_of(edited) or "") <= 12
    assert fingerprint_of(text) != fingerprint_of(edited)


# --- in every output ----------------------------------------------------------------------


def test_the_new_fields_in_every_output() -> None:
    footer = f"<a rel='license' href='{CC_BY_SA}'>CC BY-SA 4.0</a>"
    article = extract(page(STORY, footer=footer), url="https://news.example.org/pier",
                      fields=FIELD_NAMES)  # fmt: skip
    values = {"hostname": "news.example.org", "license": "CC BY-SA 4.0",
              "fingerprint": article.fingerprint}  # fmt: skip
    assert article.fingerprint is not None
    data = article.to_dict()
    row = article_row(article)
    for name, value in values.items():
        assert getattr(article, name) == value
        assert data[name] == value and row[name] == value
        assert data["provenance"][name] in ("dom", "url")
    assert Article.from_dict(data) == article
    assert Article.from_json(article.to_json()) == article


# --- bounded work -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "CC BY" + " " * 200_000 + "x",
        "CC BY-SA-NC-ND " * 20_000,
        "Creative Commons Attribution" + "-ShareAlike" * 20_000,
        ("Creative Commons Attribution " + "\u00a0" * 1000) * 100,
    ],
    ids=["space-run", "many-marks", "long-terms", "nbsp-runs"],
)
def test_the_license_patterns_take_linear_time(text: str) -> None:
    start = time.perf_counter()
    text_mark(text)
    assert time.perf_counter() - start < 1.0


def test_the_fingerprint_of_a_long_body_is_fast_and_stable() -> None:
    words = [f"w{i % 997}x{i % 13}" for i in range(200_000)]
    text = " ".join(words)
    start = time.perf_counter()
    value = fingerprint_of(text)
    assert time.perf_counter() - start < 5.0
    assert value == fingerprint_of(text.upper())
