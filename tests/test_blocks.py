"""The block builder: boilerplate inside the article container, dropped by its shape."""

from __future__ import annotations

import articlex

PROSE = (
    "Die Stadtwerke haben am Montag angekündigt, das Fernwärmenetz im Osten der Stadt bis "
    "zum Jahr 2030 zu verdoppeln, und rechnen dafür mit Kosten von rund 80 Millionen Euro."
)


def _page(first_line: str) -> str:
    paragraphs = "".join(f"<p>{PROSE} Absatz {i}.</p>" for i in range(5))
    return (
        "<html lang='de'><body><div class='beitrag'><h1>Fernwärme für den Osten</h1>"
        f"<div class='text'><p>{first_line}</p>{paragraphs}</div></div></body></html>"
    )


def test_a_leftover_byline_line_is_not_body() -> None:
    body = articlex.extract(_page("Von Max Mustermann und Erika Musterfrau")).body
    assert "Mustermann" not in body
    assert body.startswith(PROSE)


def test_a_sentence_starting_with_a_byline_word_stays() -> None:
    sentence = "Von den 40 Haushalten in der Straße sind bisher nur zwölf angeschlossen."
    body = articlex.extract(_page(sentence)).body
    assert body.startswith(sentence)


def test_an_inline_list_of_links_to_other_stories_is_dropped() -> None:
    links = "".join(f"<li><a href='/s/{i}'>Andere Geschichte Nummer {i}</a></li>" for i in range(5))
    html = _page("Erster Satz des Artikels, der hier beginnt.").replace(
        "</div></div>", f"<ul>{links}</ul></div></div>"
    )
    body = articlex.extract(html).body
    assert "Andere Geschichte" not in body
    assert body.endswith("Absatz 4.")


def test_a_long_headline_repeated_in_the_body_is_dropped() -> None:
    from articlex._block_filters import drop_repeats
    from articlex._models import Paragraph

    headline = "Sehr lange Überschrift " * 20  # longer than REPEAT_MAX_CHARS
    long_text = "Ein langer Absatz des Artikels. " * 20
    blocks = [Paragraph(headline.strip().upper()), Paragraph(long_text), Paragraph(long_text)]
    assert drop_repeats(list(blocks), headline) == blocks[1:]


def test_a_line_of_invisible_characters_makes_no_paragraph() -> None:
    html = _page("Erster Satz des Artikels, der hier beginnt.").replace(
        "<p>Erster", "<p>\u200b\u2060</p><p>Erster"
    )
    blocks = articlex.extract(html).blocks
    assert blocks
    assert all(getattr(block, "text", "x") for block in blocks)


def test_a_headings_permalink_sign_is_not_its_text() -> None:
    paragraphs = "".join(f"<p>{PROSE} Absatz {i}.</p>" for i in range(3))
    page = (
        "<html lang='de'><body><div class='beitrag'><h1>Fernwärme für den Osten</h1>"
        f"<h2 id='kosten'>Kosten<a class='headerlink' href='#kosten'>¶</a></h2>{paragraphs}"
        f"<h2 id='plan'><a href='#plan' aria-hidden='true'>#</a> Plan</h2>{paragraphs}"
        f"<h2>Teil <a href='#teil-2'>2</a></h2>{paragraphs}</div></body></html>"
    )
    headings = [b.text for b in articlex.extract(page).blocks if isinstance(b, articlex.Heading)]
    assert headings == ["Kosten", "Plan", "Teil 2"]


def test_a_figure_holding_paragraphs_is_read_as_text() -> None:
    """A figure left unclosed swallows the article after it: its paragraphs are text."""
    paragraphs = "".join(f"<p>{PROSE} Absatz {i}.</p>" for i in range(4))
    page = (
        "<html lang='de'><body><div class='beitrag'><h1>Fernwärme für den Osten</h1>"
        f"<p>{PROSE} Einleitung.</p><figure><img src='/netz.jpg' alt='Netz'>"
        f"<figcaption>Das Netz im Osten</figcaption>{paragraphs}</figure></div></body></html>"
    )
    body = articlex.extract(page).body
    assert f"{PROSE} Absatz 3." in body
    assert "Das Netz im Osten" in body


def test_a_video_figure_stays_a_figure() -> None:
    paragraphs = "".join(f"<p>{PROSE} Absatz {i}.</p>" for i in range(4))
    player = (
        "<figure><video src='/clip.mp4'></video><div class='controls'><span>Up next</span>"
        "<button>Link</button><button>Embed</button><span>Copy link to this video</span>"
        "</div><figcaption>Die Baustelle im Video</figcaption></figure>"
    )
    page = (
        "<html lang='de'><body><div class='beitrag'><h1>Fernwärme für den Osten</h1>"
        f"{player}{paragraphs}</div></body></html>"
    )
    article = articlex.extract(page)
    assert "Copy link to this video" not in article.body
    assert f"{PROSE} Absatz 3." in article.body


def _card(index: int) -> str:
    return (
        f"<li class='tile'><a href='/product/{index}'><img src='/p/{index}.jpg' alt=''></a>"
        f"<a href='/product/{index}'><span role='heading'>Granite trail shoe, model {index}"
        f"</span></a><div class='price'>${90 + index}.00</div><div class='rating'>"
        f"{20 + index} reviews, an average of 4.{index} out of 5 stars</div></li>"
    )


def test_a_grid_of_product_cards_keeps_their_linked_names() -> None:
    intro = (
        "<p>Trail running shoes grip on wet rock, loose gravel and mud, with a cushioned, "
        "protective sole for long days in the mountains, and a fit for every foot.</p>"
    )
    cards = "".join(_card(i) for i in range(8))
    html = (
        "<html><body><div class='results'><h1>Trail running shoes</h1>"
        f"{intro}<ul class='grid'>{cards}</ul></div></body></html>"
    )
    body = articlex.extract(html).body
    assert "Granite trail shoe, model 0" in body
    assert "Granite trail shoe, model 7" in body
    assert "$97.00" in body


def test_a_roundup_item_keeps_its_pointer_links_out() -> None:
    review = (
        "The range is long, the cabin is quiet, and the ride is softer than its rivals', "
        "though the boot is small and the infotainment slow to answer a press"
    )
    items = "".join(
        f"<li><h3>Car number {i}</h3><p>{review} of {i}.</p><p>{review} of {i + 1}.</p>"
        f"<p><a href='/review/{i}'>Read the full review of car number {i}</a></p></li>"
        for i in range(6)
    )
    html = f"<html><body><article><h1>The best cars</h1><ol>{items}</ol></article></body></html>"
    body = articlex.extract(html).body
    assert "Car number 5" in body
    assert "Read the full review" not in body


def test_a_roundup_of_links_with_a_word_on_each_stays() -> None:
    """A post that is a list of links, each with the author's comment on it: most of its
    text is link text, but the comments are the post. The control, the same list
    without comments, goes as a box of links (see the test above)."""
    picks = [
        (
            "Stadtwerke verdoppeln das Fernwärmenetz im Osten der Stadt bis 2030",
            "gut erklärt und mit allen Zahlen zur Finanzierung",
        ),
        (
            "Was eine Wärmepumpe im unsanierten Altbau wirklich kostet, nachgerechnet",
            "die ganze Rechnung für ein Reihenhaus von 1962",
        ),
        (
            "Der lange Streit um die neue Leitung unter dem Stadtpark und den Bäumen",
            "beide Seiten kommen ausführlich zu Wort, fair",
        ),
        (
            "Warum das Wärmenetz im Westen der Stadt so viel älter ist als im Osten",
            "mit alten Karten und Plänen aus dem Stadtarchiv",
        ),
        (
            "So beantragen Hausbesitzer die Förderung für den Anschluss an das Netz",
            "Schritt für Schritt erklärt, sehr praktisch",
        ),
    ]

    def roundup(with_comments: bool) -> str:
        items = "".join(
            f"<li><a href='/link/{n}'>{title}</a>"
            + (f" – {comment}." if with_comments else "")
            + "</li>"
            for n, (title, comment) in enumerate(picks)
        )
        return _page("Fünf Texte zur Fernwärme, die wir diese Woche empfehlen:").replace(
            "</div></div>", f"<ul>{items}</ul></div></div>"
        )

    assert "beide Seiten kommen ausführlich zu Wort" in articlex.extract(roundup(True)).body
    assert "Der lange Streit um die neue Leitung" not in articlex.extract(roundup(False)).body
