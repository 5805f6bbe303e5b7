"""Captions: one per figure of the article, the credit apart in every form it comes in,
the image URL absolute (lazy-loading attributes, srcset, relative paths), related-story
thumbnails and sidebars left out, and the founding sample."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

import articlex
from articlex import Caption
from articlex._fields import caption_markup
from articlex._fields import captions as captions_module
from articlex._fields.caption_credits import split_credit
from articlex._fields.captions import collect_captions, select_captions
from articlex.demo import SAMPLE_URL, sample_html
from tests.test_founding import VARIANTS

FIXTURES = Path(__file__).parent / "fixtures"
URL = "https://www.harbourledger.example/news/2025/03/ferry-vote/"
HEADLINE = "Harbour town votes to keep its ferry running"

PARAGRAPHS = (
    "<p>Residents of Port Calloway voted on Tuesday night to keep the island ferry running "
    "for at least another five years, ending a bitter eighteen-month dispute over who should "
    "pay for the ageing vessel.</p>",
    "<p>The council had proposed replacing the service with a twice-weekly charter boat, "
    "arguing that the ferry, which first sailed in 1987, now costs more to insure and repair "
    "than it earns in fares.</p>",
    "<p>The vote passed by 412 to 139. The council will now apply for a regional transport "
    "grant, and fares will rise by fifty pence from September to cover the shortfall.</p>",
)


def page(*figures: str, head: str = "", after: str = "") -> str:
    """A news page whose body holds ``figures`` between its paragraphs."""
    parts = [PARAGRAPHS[0]]
    for index, figure in enumerate(figures):
        parts += [figure, PARAGRAPHS[1 + index % 2]]
    if not figures:
        parts += PARAGRAPHS[1:]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{HEADLINE}</title>{head}</head><body>
<header class="site-header"><a href="/">Harbour Ledger</a></header>
<main><article class="story"><h1>{HEADLINE}</h1>
<div class="story-body">{"".join(parts)}</div>
{after}
</article></main>
<footer class="site-footer">All rights reserved.</footer>
</body></html>"""


def captions(html: str) -> tuple[Caption, ...]:
    return articlex.extract(html, url=URL).captions


# --- credit splitting --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        (
            "Prime Minister Mark Carney hold a press conference in Halifax, N.S. on Dec. 27, "
            "2025. The Canadian Press/Riley Smith",
            "Prime Minister Mark Carney hold a press conference in Halifax, N.S. on Dec. 27, 2025.",
            "The Canadian Press/Riley Smith",
        ),
        ("The ferry at dawn. Photo: Jane Doe", "The ferry at dawn.", "Jane Doe"),
        ("The ferry at dawn | photo by Jane Doe", "The ferry at dawn", "Jane Doe"),
        ("The ferry at dawn (Getty Images)", "The ferry at dawn", "Getty Images"),
        ("The ferry at dawn. Credit: Jane Doe/Reuters", "The ferry at dawn.", "Jane Doe/Reuters"),
        ("Die Fähre am Morgen. Foto: Jana Schmidt", "Die Fähre am Morgen.", "Jana Schmidt"),
        (
            "The Apple Vision Pro. Image: Vjeran Pavic / The Verge",
            "The Apple Vision Pro.",
            "Vjeran Pavic / The Verge",
        ),
        (
            "Voters queue at the hall. (AP Photo/Evan Vucci)",
            "Voters queue at the hall.",
            "AP Photo/Evan Vucci",
        ),
        (
            "Voters queue at the hall. Reuters/Tom Becker",
            "Voters queue at the hall.",
            "Reuters/Tom Becker",
        ),
        (
            "Voters queue at the hall. Ashraf Shazly/Agence France-Presse — Getty Images",
            "Voters queue at the hall.",
            "Ashraf Shazly/Agence France-Presse — Getty Images",
        ),
        (
            "A water main break in Manhattan.CreditChang W. Lee/The New York Times",
            "A water main break in Manhattan.",
            "Chang W. Lee/The New York Times",
        ),
        (
            "1Password scannt auch QR-Codes. (Bild: Hersteller)",
            "1Password scannt auch QR-Codes.",
            "Hersteller",
        ),
        ("Glass cloche terrariums (Lucy Akins)", "Glass cloche terrariums", "Lucy Akins"),
        ("Foto: LA NACION", "", "LA NACION"),
        (
            "Thomas Jackson/Digital Vision/Getty Images",
            "",
            "Thomas Jackson/Digital Vision/Getty Images",
        ),
        ("Getty Images", "", "Getty Images"),
    ],
)
def test_split_credit(text: str, caption: str, credit: str) -> None:
    assert split_credit(text) == (caption, credit)


@pytest.mark.parametrize(
    "text",
    [
        "A photo of the harbour at dawn, taken from the old lighthouse.",
        "Residents (left) wait for the ferry on Tuesday.",
        "The ferry ran 24/7 during the storm.",
        "Schematic from hell!",
        "The score was 3/4 at half-time, said the coach.",
    ],
)
def test_captions_without_a_credit_are_left_whole(text: str) -> None:
    assert split_credit(text) == (text, None)


# --- the fixture page ---------------------------------------------------------------------------


def test_news_fixture_every_figure_once_with_its_credit_and_absolute_image() -> None:
    html = (FIXTURES / "captions_news" / "source.html").read_bytes()
    article = articlex.extract(
        html, url="https://www.valleycourier.example/news/2025/02/floodwaters-recede/"
    )
    assert article.captions == (
        Caption(
            "Volunteers fill sandbags outside the town hall in Millbrook on Sunday.",
            "Valley Courier/Dana Lowe",
            "https://cdn.valleycourier.example/2025/02/flood-main-1200x800.jpg",
        ),
        Caption(
            "The old stone bridge held, though the water came within a hand's width of its arch.",
            "Priya Nair",
            "https://www.valleycourier.example/uploads/2025/02/bridge.jpg",  # data-src, relative
        ),
        Caption(
            "Residents rest in the school gym on Saturday night.",
            "AP Photo/Luis Ferrer",
            "https://cdn.valleycourier.example/2025/02/gym-1024.jpg",  # the widest srcset
        ),
        Caption(
            "Farmland east of Millbrook remained under water on Monday.",
            "Reuters/Tom Becker",
            "https://cdn.valleycourier.example/2025/02/field.jpg",  # data-lazy-src, "//host"
        ),
        Caption(
            "The flooded area, as mapped by the county on Monday",
            "Getty Images",
            "https://www.valleycourier.example/news/2025/images/map.png",  # "../../images"
        ),
        Caption(
            "A rescued dog is carried to dry ground.",
            "Marta Kowalski",
            "https://cdn.valleycourier.example/2025/02/dog.jpg",
        ),
    )
    assert article.provenance["captions"] is articlex.Source.DOM


# --- markup -----------------------------------------------------------------------------------


def test_wordpress_caption_box() -> None:
    figure = """<div id="attachment_7" class="wp-caption alignnone" style="width: 610px">
      <img src="/wp-content/uploads/ferry.jpg" width="600" height="400" alt="">
      <p class="wp-caption-text">The ferry leaving Port Calloway. Photo: Ellen Marsh</p></div>"""
    assert captions(page(figure)) == (
        Caption(
            "The ferry leaving Port Calloway.",
            "Ellen Marsh",
            "https://www.harbourledger.example/wp-content/uploads/ferry.jpg",
        ),
    )


def test_theme_caption_beside_the_featured_image() -> None:
    figure = """<div class="feat-outer"><div class="feat"><img src="/img/vote.jpg" width="860"
      height="573" alt=""></div><div class="feat-caption meta-text"><span class="caption-text">
      Councillors count the votes.</span> <em class="attribution">Harbour Ledger/Ann Lee</em>
      </div></div>"""
    assert captions(page(figure)) == (
        Caption(
            "Councillors count the votes.",
            "Harbour Ledger/Ann Lee",
            "https://www.harbourledger.example/img/vote.jpg",
        ),
    )


def test_credit_markup_inside_figcaption_and_screen_reader_labels() -> None:
    figure = """<figure><img data-src="https://cdn.example/a.jpg" src="data:image/gif;base64,R0l"
      width="800" height="600" alt=""><figcaption><span class="visually-hidden">Image
      caption</span><span class="caption-text">The old ferry in 1987.</span>
      <span class="credit">Credit Ledger archive</span>
      <button class="caption-toggle">hide caption</button></figcaption></figure>"""
    assert captions(page(figure)) == (
        Caption("The old ferry in 1987.", "Ledger archive", "https://cdn.example/a.jpg"),
    )


def test_itemprop_caption_and_a_lone_credit() -> None:
    first = """<div class="media"><img src="/a.jpg" width="640" height="480" alt="">
      <span itemprop="caption">The harbour wall.</span></div>"""
    second = """<div class="media"><img src="/b.jpg" width="640" height="480" alt="">
      <span class="photo-credit">Ann Lee</span></div>"""
    assert captions(page(first, second)) == (
        Caption("The harbour wall.", None, "https://www.harbourledger.example/a.jpg"),
        Caption("", "Ann Lee", "https://www.harbourledger.example/b.jpg"),
    )


def test_noscript_image_wins_over_a_blurred_preview() -> None:
    figure = """<figure><img src="https://cdn.example/max/60/ferry.png?q=20" width="2000"
      height="1000"><noscript><img src="https://cdn.example/max/2000/ferry.png" width="2000"
      height="1000"></noscript><figcaption>The ferry</figcaption></figure>"""
    assert captions(page(figure)) == (
        Caption("The ferry", None, "https://cdn.example/max/2000/ferry.png"),
    )


def test_related_cards_sidebars_and_teaser_links_are_not_the_article_s_figures() -> None:
    own = (
        '<figure><img src="/own.jpg" width="640" height="480">'
        "<figcaption>Our photo.</figcaption></figure>"
    )
    related = """<section class="related-stories"><figure><img src="/r.jpg" width="300"
      height="200"><figcaption>Ferry fares rise again</figcaption></figure></section>
      <ul class="story-list"><li><a href="/other/"><img src="/t.jpg" width="300" height="200">
      <span class="thumb-caption">Council elections next spring</span></a></li></ul>"""
    assert captions(page(own, after=related)) == (
        Caption("Our photo.", None, "https://www.harbourledger.example/own.jpg"),
    )


def test_the_same_figure_twice_in_a_row_is_one_caption() -> None:
    mobile = """<div class="md-only"><figure><img src="https://cdn.example/w_400/ferry.jpg"
      width="400" height="300"><figcaption>The ferry.</figcaption></figure></div>"""
    desktop = mobile.replace("md-only", "lg-only").replace("w_400", "w_1200")
    html = page(mobile + desktop)
    assert captions(html) == (Caption("The ferry.", None, "https://cdn.example/w_400/ferry.jpg"),)


def test_jsonld_lead_image_caption_when_the_page_shows_none() -> None:
    head = (
        '<script type="application/ld+json">'
        + json.dumps(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {
                        "@type": "NewsArticle",
                        "headline": HEADLINE,
                        "image": {"@id": URL + "#primaryimage"},
                    },
                    {
                        "@type": "ImageObject",
                        "@id": URL + "#primaryimage",
                        "url": "/img/lead.jpg",
                        "caption": "The ferry at the quay on Tuesday. Harbour Ledger/Ann Lee",
                    },
                ],
            }
        )
        + "</script>"
    )
    inline = (
        '<figure><img src="/i.jpg" width="640" height="480">'
        "<figcaption>The quay.</figcaption></figure>"
    )
    assert captions(page(inline, head=head)) == (
        Caption(
            "The ferry at the quay on Tuesday.",
            "Harbour Ledger/Ann Lee",
            "https://www.harbourledger.example/img/lead.jpg",
        ),
        Caption("The quay.", None, "https://www.harbourledger.example/i.jpg"),
    )


def test_captions_provenance_says_json_ld_when_only_json_ld_gave_them() -> None:
    head = (
        '<script type="application/ld+json">'
        + json.dumps(
            {
                "@type": "NewsArticle",
                "headline": HEADLINE,
                "image": {"url": "/img/lead.jpg", "caption": "The ferry at the quay."},
            }
        )
        + "</script>"
    )
    only_jsonld = articlex.extract(page(head=head), url=URL)
    assert [c.text for c in only_jsonld.captions] == ["The ferry at the quay."]
    assert only_jsonld.provenance["captions"] is articlex.Source.JSON_LD
    inline = '<figure><img src="/i.jpg"><figcaption>The quay.</figcaption></figure>'
    both = articlex.extract(page(inline, head=head), url=URL)
    assert len(both.captions) == 2
    assert both.provenance["captions"] is articlex.Source.DOM


def test_no_figures_no_captions() -> None:
    article = articlex.extract(page(), url=URL)
    assert article.captions == ()
    assert "captions" not in article.provenance


# --- the founding sample ------------------------------------------------------------------------

FOUNDING_CAPTION = Caption(
    "Prime Minister Mark Carney, left, and Ukrainian President Volodymyr Zelenskyy hold a "
    "press conference in Halifax, N.S. on Dec. 27, 2025.",
    "The Canadian Press/Riley Smith",
    "https://newsasthey-happen.example/wp-content/uploads/2026/01/"
    "carney-to-travel-to-france-to-discuss-ukraine-ceasefire-with-allies-860x573.jpg",
)


def test_founding_sample_has_exactly_its_one_caption() -> None:
    assert articlex.extract(sample_html(), url=SAMPLE_URL).captions == (FOUNDING_CAPTION,)


def test_founding_sample_without_structured_data() -> None:
    article = articlex.extract(VARIANTS["no-structured-data"], url=SAMPLE_URL)
    assert article.captions == (FOUNDING_CAPTION,)


# --- the article's scope ------------------------------------------------------------------------

SCOPED_PAGE = f"""<html><body><div class="wrap">
<div class="story"><h1>{HEADLINE}</h1>{PARAGRAPHS[0]}
<figure><img src="/a.jpg" width="640" height="480"><figcaption>Inside.</figcaption></figure>
<div class="caption">Beside its image? No image here.</div></div>
<div class="story"><h2>Another story</h2>
<figure><img src="/b.jpg" width="640" height="480"><figcaption>Outside.</figcaption></figure>
</div></div></body></html>"""


def test_select_keeps_the_candidates_inside_the_scope_even_once_cleaned_away() -> None:
    root = etree.HTML(SCOPED_PAGE)
    candidates = collect_captions(root, URL)
    assert [c.caption.text for c in candidates] == ["Inside.", "Outside."]
    scope = root.find(".//div[@class='story']")
    assert scope is not None
    figure = scope.find("figure")
    assert figure is not None
    scope.remove(figure)  # the cleaner may drop a caption's element before selection
    assert [c.text for c in select_captions(candidates, scope)] == ["Inside."]
    assert select_captions(candidates, None) == ()


def test_select_finds_the_scope_again_in_a_reparsed_page() -> None:
    candidates = collect_captions(etree.HTML(SCOPED_PAGE), URL)
    retry = etree.HTML(SCOPED_PAGE)  # the relaxed retry pass works on a fresh tree
    stories = retry.findall(".//div[@class='story']")
    assert [c.text for c in select_captions(candidates, stories[1])] == ["Outside."]
    assert [c.text for c in select_captions(candidates, stories[0])] == ["Inside."]


CANDIDATES_PAGE = """<html><body><div class="story"><figure><img src="/a.jpg"></figure>
<span itemprop="caption">Marked.</span><span itemprop="Caption">Not exactly.</span>
<b itemprop="caption description">Two names.</b><button itemprop="caption">Button.</button>
<p class="wp-caption-text">Classed.</p><em class="photoCredit">Credited.</em>
<div data-role="caption">An attribute, not a class.</div><figcaption>Bare.</figcaption>
</div></body></html>"""


def test_candidates_are_the_elements_the_rule_names() -> None:
    """The walk gives every element the rule names (figures, caption/credit classes,
    ``itemprop="caption"`` exactly), in page order, and no other."""
    root = etree.HTML(CANDIDATES_PAGE)
    expected = [
        e
        for e in root.iter(*caption_markup._CANDIDATE_TAGS)
        if e.tag in ("figure", "figcaption")
        or any(word in (e.get("class") or "") for word in ("aption", "redit"))
        or e.get("itemprop") == "caption"
    ]
    assert [e.text for e in expected if e.tag != "figure"] == [
        "Marked.", "Classed.", "Credited.", "Bare.",
    ]  # fmt: skip
    assert list(caption_markup.candidate_elements(root)) == expected


def test_signature_path_ranks_count_the_preceding_siblings_of_the_same_signature() -> None:
    """The ranks, counted per parent and tag as far as needed, are those of a full count
    of each element's preceding siblings of its tag, id and class (comments between)."""
    root = etree.HTML(
        "<div><p class='a'>1</p><!-- c --><span class='a'>2</span><p class='a'>3</p>"
        "<p id='x' class='a'>4</p><p class='b'>5</p><p class='a'>6</p><span>7</span>"
        "<span class='a'>8</span></div>"
    )
    box = root.find(".//div")
    assert box is not None
    ranks = captions_module._SiblingRanks()
    for node in reversed(list(box.iterchildren(etree.Element))):  # latest asked first
        signature = (node.tag, node.get("id"), node.get("class"))
        expected = sum(
            1
            for sibling in node.itersiblings(preceding=True)
            if (sibling.tag, sibling.get("id"), sibling.get("class")) == signature
        )
        assert ranks.rank(node, box) == expected
        assert captions_module._signature_path(node)[-1] == (*signature, expected)


def test_signature_paths_from_a_shared_memo_are_those_built_from_the_root() -> None:
    """A path built on an ancestor's kept path equals one built alone from the root,
    whatever order the elements are asked in."""
    root = etree.HTML(
        "<body><div class='w'><div class='w'><figure><img src='a.jpg'><figcaption>A"
        "</figcaption></figure><figure id='f'><figcaption>B</figcaption></figure></div>"
        "<div class='w'><p><span class='caption'>C</span></p></div></div></body>"
    )
    nodes = list(root.iter(etree.Element))
    for order in (nodes, nodes[::-1], nodes[1::2] + nodes[::2]):
        ranks = captions_module._SiblingRanks()
        for node in order:
            alone = captions_module._signature_path(node)
            assert captions_module._signature_path(node, ranks) == alone
            assert [step[0] for step in alone] == [
                n.tag for n in (*reversed(list(node.iterancestors())), node)
            ]
