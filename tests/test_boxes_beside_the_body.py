"""Boxes beside the body that won it: an author bio, a promo in the site header, and
text set in minor headings that was never scored."""

from __future__ import annotations

import articlex

ARTICLE = (
    "<p>It is Friday, and the deals are in: our partners have put together a list of "
    "fresh offers for the weekend.</p>"
    "<p>The featured deal is a portable drive, though there are laptops below too.</p>"
    "<p>Prices change quickly, so check them before you buy anything listed here.</p>"
)
BIO = (
    "Lee is the Senior Reviews Editor at the magazine, and he runs its testing lab, "
    "where he has reviewed laptops, drives, cameras, routers and phones, and written, "
    "at length, about storage, networking, operating systems and space flight, for over "
    "a decade, from his home office in Houston, Texas, with two cats."
)


def test_an_author_bio_box_named_after_the_post_is_not_the_body() -> None:
    """``article-author`` / ``post-author`` name the writer's bio box under the story:
    its ``article`` or ``post`` hint must not make it outscore the story."""
    for name in ("article-author clearfix", "post-author"):
        page = (
            "<html><body><div id='wrap'><h1>The deals of the week</h1>"
            f"<div class='story'>{ARTICLE}</div>"
            f"<section class='{name}'><h3>About the author</h3><p>{BIO}</p></section>"
            "</div></body></html>"
        )
        body = articlex.extract(page).body or ""
        assert "portable drive" in body, name
        assert "Senior Reviews Editor" not in body, name


def test_a_promo_in_the_site_header_is_not_the_body() -> None:
    """A magazine's header (``id="header"``) shows its latest issue in a tab panel whose
    ``content`` class outweighs a story of plain paragraphs: the header is the frame."""
    promo = (
        "Alongside an illuminating, inspiring interview with a fashion muse, a long "
        "photoshoot, and a chat between two composers on their remix project, the issue "
        "holds the scoop on a new album, plus six original artworks by a thrilling new "
        "breed of artists, and a guide, city by city, to the season's best exhibitions."
    )
    page = (
        "<html><body><section id='header' class='container'><nav><a href='/'>Home</a> "
        "<a href='/music'>Music</a></nav><div class='panel'><div class='content'>"
        f"<h4>Issue 215</h4><p>{promo}</p></div></div></section>"
        f"<article><div id='editorial'><h1>The deals of the week</h1>{ARTICLE}</div>"
        "</article></body></html>"
    )
    body = articlex.extract(page).body or ""
    assert "portable drive" in body
    assert "fashion muse" not in body


def test_paragraphs_set_as_minor_headings_are_scored_as_paragraphs() -> None:
    """A hand-written page sets its text in ``<h4>``: those are its paragraphs, and the
    short list of tips above them is not the whole body."""
    tips = "".join(
        f"<li>{tip}</li>"
        for tip in (
            "Place the tree in a bucket of water as soon as you arrive home, please.",
            "Leave the netting on until the stand is on and the tree is indoors.",
            "Keep the tree away from fireplaces, heater vents, space heaters and stoves.",
        )
    )
    long_text = (
        "This new tree stand can save a good deal of trouble, by making the setup of the "
        "annual tree so simple and quick that the usual family arguing is all but gone, "
        "and it holds trees of every size, from a small table tree to a twelve foot fir."
    )
    page = (
        "<html><body><h1>Care of Real Christmas Trees</h1>"
        f"<ul>{tips}</ul><hr><h1>New Technology for Christmas Trees</h1>"
        + "".join(f"<h4>{long_text} Part {n}.</h4>" for n in range(4))
        + "</body></html>"
    )
    body = articlex.extract(page).body or ""
    assert "bucket of water" in body
    assert "twelve foot fir. Part 3." in body
