"""The body locator: its survey reads paragraph text exactly as inner_text does, and its
second opinion takes an article cut into many sections whole."""

from __future__ import annotations

from lxml import etree, html

from articlex._locate import locate_body
from articlex._survey import survey
from articlex._text import inner_text


def _paragraph_texts(start: etree._Element) -> list[str]:
    return [text for _, text, _ in survey(start)[1]]


def test_survey_texts_equal_inner_text_on_a_parsed_page() -> None:
    root = html.fromstring(
        "<html><body><div><p>One <b>bold</b> and <i>it<u>al</u>ic</i> line, here.</p>"
        "<p>Plain text.</p></div></body></html>"
    )
    body = root.find("body")
    assert body is not None
    expected = [inner_text(p) for p in body.iter("p")]
    assert _paragraph_texts(body) == expected


def test_survey_texts_equal_inner_text_with_an_entity_node() -> None:
    """A caller's own tree may hold entity reference nodes: their text is what
    inner_text says (itertext's ``&name;``), not libxml2's serialisation."""
    root = html.fromstring("<html><body><div><p>Fish <b>and</b> chips</p></div></body></html>")
    paragraph = next(root.iter("p"))
    paragraph[0].append(etree.Entity("amp"))
    body = root.find("body")
    assert body is not None
    assert _paragraph_texts(body) == [inner_text(paragraph)]
    assert "&amp;" in inner_text(paragraph)


def test_survey_texts_equal_inner_text_with_entity_nodes_before_and_after() -> None:
    """Entity nodes in the paragraphs before and after one without: every paragraph's
    text is inner_text's (the walk meets a paragraph's descendants before it)."""
    root = html.fromstring(
        "<html><body><div><p>One <b>x</b> a</p><p>Two <b>y</b> b</p><p>Three <b>z</b> c</p>"
        "</div></body></html>"
    )
    first, _, last = root.iter("p")
    first[0].append(etree.Entity("amp"))
    last[0].append(etree.Entity("lt"))
    body = root.find("body")
    assert body is not None
    assert _paragraph_texts(body) == [inner_text(p) for p in body.iter("p")]


_SECTION_TEXTS = [
    "Spaced repetition works because forgetting is predictable: each review of a word "
    "just before you would have lost it makes the next interval longer.",
    "Most learners stop using an app within a month, usually when the daily review queue "
    "grows faster than the time they have set aside for it each evening.",
    "A good app lets you cap new words per day, so the queue stays short enough to finish "
    "even on a busy day, and you never face a wall of overdue cards.",
    "Audio matters more than it seems: hearing each sentence spoken by a native speaker "
    "trains the ear as well as the memory, and it costs nothing extra.",
    "Finally, pick the app you will actually open. A perfect method used twice a month "
    "loses to an ordinary one used every single day for a year.",
]


def test_an_article_cut_into_builder_sections_is_taken_whole() -> None:
    """Page builders wrap each part of an article in its own deep stack of wrappers:
    the first part, four times longer, outscores every other alone, so the scorer's
    choice holds under a third of the article and no close competitor lifts it."""
    parts = [[f"Step {n}, {text}" for n, text in enumerate(_SECTION_TEXTS[:4], 1)]] + [
        [f"Tip {n}: {text}"] for n, text in enumerate(_SECTION_TEXTS * 2, 1)
    ]
    sections = "".join(
        "<section class='builder-section'><div class='builder-container'>"
        "<div class='builder-column'><div class='builder-widget'>"
        "<div class='builder-widget-inner'>"
        + "".join(f"<p>{text}</p>" for text in texts)
        + "</div></div></div></div></section>"
        for texts in parts
    )
    root = html.fromstring(f"<html><body><div class='page'>{sections}</div></body></html>")
    text = _located_text(root)
    assert all(f"Tip {n}:" in text for n in range(1, 2 * len(_SECTION_TEXTS) + 1))


def test_a_whole_article_is_not_widened_to_its_teasers() -> None:
    """Beside a whole article, a box of linked teasers adds links: the article stays."""
    article = "".join(f"<p>{text}</p>" for text in _SECTION_TEXTS)
    teasers = "".join(
        f"<div class='teaser'><h3><a href='/story/{n}'>Another story number {n}</a></h3>"
        f"<p><a href='/story/{n}'>{text}</a></p></div>"
        for n, text in enumerate(_SECTION_TEXTS)
    )
    root = html.fromstring(
        f"<html><body><div class='wrap'><article>{article}</article>"
        f"<div class='more'>{teasers}</div></div></body></html>"
    )
    located = locate_body(root)
    assert located is not None
    assert [element.tag for element in located.elements] == ["article"]


def test_an_article_cut_in_two_by_an_ad_is_taken_whole() -> None:
    """Two chunks of one article with the same container markup, an ad between them:
    the second scores close to the first, and is no less the article."""
    chunk = "<div class='grid-item body article-body'>{}</div>"
    first = "".join(f"<p>Part one, {n}: {text}</p>" for n, text in enumerate(_SECTION_TEXTS))
    second = "".join(f"<p>Part two, {n}: {text}</p>" for n, text in enumerate(_SECTION_TEXTS[:4]))
    root = html.fromstring(
        "<html><body><main><article><div class='chunks'>"
        f"<div class='grid'>{chunk.format(first)}<div class='grid-item rail'></div></div>"
        "<div class='ad-slot'><span>Advertisement</span></div>"
        f"<div class='grid'>{chunk.format(second)}<div class='grid-item rail'></div></div>"
        "</div></article><aside><p>Most read: a list of other stories here</p></aside>"
        "</main></body></html>"
    )
    text = _located_text(root)
    assert "Part one, 0:" in text
    assert "Part two, 3:" in text


_REFERENCES = [
    "Doe J, Roe R, Poe A, et al. Forgetting curves in adult learners. "
    "J Mem Stud. 2016;38(3):e20161896.",
    "Kim S, Alvarez M. Daily review caps and retention. Learn Sci. 2019;12(2):101-118.",
    "Okafor N, Berg L, et al. Audio exposure in vocabulary apps: a randomized trial. "
    "Lang Teach Res. 2021;25(4):540-559.",
    "Tanaka H. Habit and adherence in self-study. Educ Psychol Rev. 2018;30:77-95.",
    "Silva P, Weber K, et al. Spacing effects across languages. Mem Cognit. 2020;48(6):1021-1037.",
]


def _sectioned(*closing: str) -> etree._Element:
    """An article whose sections each sit in a page builder's wrappers, then each of
    ``closing`` in wrappers of its own."""
    wrapper = "<div class='block'><div class='row'><div class='col'>{}</div></div></div>"
    texts = _SECTION_TEXTS * 2
    pairs = zip(texts, texts[1:] + texts[:1], strict=True)
    sections = "".join(
        wrapper.format(f"<h2>Part {n}</h2><p>{one}</p><p>{two}</p>")
        for n, (one, two) in enumerate(pairs, 1)
    )
    ends = "".join(wrapper.format(part) for part in closing)
    return html.fromstring(
        f"<html><body><main><h1>Learning words</h1>{sections}{ends}</main></body></html>"
    )


def test_an_article_ending_in_a_linked_reference_list_is_taken_whole() -> None:
    """A reference list scores best (its commas); the linked titles of another are the
    article's own links, and do not keep the sections out of the body."""
    linked = "".join(
        f"<li>{ref.split('. ', 1)[0]}. <a href='https://pubmed.example/{n}'>"
        f"{ref.split('. ', 1)[1]}</a></li>"
        for n, ref in enumerate(_REFERENCES + _REFERENCES[::-1])
    )
    plain = "".join(f"<li>{ref}</li>" for ref in _REFERENCES[::-1] + _REFERENCES)
    text = _located_text(
        _sectioned(
            f"<h2>Key references</h2><ul>{linked}</ul>",
            f"<h2>Other references</h2><ul>{plain}</ul>",
        )
    )
    assert all(text_ in text for text_ in _SECTION_TEXTS)
    assert "Key references" in text


def test_a_long_intro_above_many_write_ups_is_one_article() -> None:
    """An intro in one block, then a write-up per item, each in a block of its own: the
    intro scores best, holds over a third of the prose, and the write-ups, adding much
    more, are the rest of the article."""
    intro = "".join(f"<p>{text}</p>" for text in _SECTION_TEXTS)
    items = "".join(
        f"<div class='block'><div class='text'><h3>Pick {n}</h3><p>{text} "
        f"See <a href='/app/{n}'>app {n}</a>.</p></div></div>"
        for n, text in enumerate((_SECTION_TEXTS * 2)[:8], 1)
    )
    root = html.fromstring(
        "<html><body><main><h1>My eight favourite apps</h1>"
        f"<div class='block'><div class='text intro'>{intro}</div></div>{items}"
        "</main></body></html>"
    )
    text = _located_text(root)
    assert "Pick 8" in text
    assert _SECTION_TEXTS[0] in text


def test_chunks_five_levels_below_their_article_are_taken_whole() -> None:
    """A magazine template wraps each section of the story in a layout section, a
    column and a content box: the chunks' shared ancestor is five levels up."""
    chunk = (
        "<section class='outer'><div class='column'><div class='acf'><div class='inner'>"
        "<div class='post__content wysiwyg'>{}</div></div></div></div></section>"
    )
    first = "".join(f"<p>Part one, {n}: {text}</p>" for n, text in enumerate(_SECTION_TEXTS))
    second = "".join(f"<p>Part two, {n}: {text}</p>" for n, text in enumerate(_SECTION_TEXTS[:3]))
    root = html.fromstring(
        "<html><body><div id='post'><h1>Learning words</h1>"
        f"{chunk.format(first)}<div class='pull-quote'>A quote</div>{chunk.format(second)}"
        "</div><footer><p>About us</p></footer></body></html>"
    )
    text = _located_text(root)
    assert "Part one, 0:" in text
    assert "Part two, 2:" in text


def test_answers_of_an_faq_linking_case_studies_are_taken_whole() -> None:
    """An agency's FAQ: each answer in a card body of an accordion, most of them ending
    in links to case studies. The longest answer scores best, the next is its twin, and
    a sixth of the text the others add is link text: too much for a widening, not for
    twins."""
    answers = [
        " ".join(_SECTION_TEXTS[:length]) + " See how we did it for "
        f"<a href='/work/client-{n}'>a regional hospital group</a> and "
        f"<a href='/work/partner-{n}'>a chain of garden centres</a>."
        for n, length in enumerate((5, 3, 1, 1))
    ]
    cards = "".join(
        f"<div class='card'><div class='card-header'><button>Question {n}?</button></div>"
        f"<div class='collapse'><div class='card-body'><p>{answer}</p></div></div></div>"
        for n, answer in enumerate(answers, 1)
    )
    root = html.fromstring(
        "<html><body><main><h1>Our work</h1>"
        f"<div class='accordion'>{cards}</div>"
        "</main><footer><p>About us</p></footer></body></html>"
    )
    text = _located_text(root)
    assert "Question 1?" in text
    assert "Question 4?" in text


def test_a_stream_of_teasers_beside_the_article_is_not_it() -> None:
    """A portal's story page: the article, and beside it a stream of twelve teasers,
    each a linked title and a summary of two sentences. The stream has more text and
    more commas; its titles are all links, and the article is the body."""
    summary = (
        "Officials said on Tuesday that the plan, which was drafted over two years, "
        "would be put to a vote next month, and that the public may comment until then. "
        "Critics, however, say the consultation was too short"
    )
    teasers = "".join(
        f"<li class='stream-item'><a href='/story-{n}'><img src='/t{n}.jpg'></a>"
        f"<div><h3><a href='/story-{n}'>Story number {n} of the day</a></h3>"
        f"<p>{summary}</p><span class='source'>Morning Show</span></div></li>"
        for n in range(12)
    )
    story = "".join(f"<p>{text}</p>" for text in _SECTION_TEXTS * 3)
    root = html.fromstring(
        "<html><body><div id='page'><div class='main'><ul id='stream'>"
        f"{teasers}</ul></div><div class='story'><h1>Learning words</h1>"
        f"<div class='story-body'>{story}</div></div></div></body></html>"
    )
    text = _located_text(root)
    assert _SECTION_TEXTS[0] in text
    assert "Story number 3 of the day" not in text


def test_a_wrapper_winning_on_its_hints_gives_way_to_the_story_inside() -> None:
    """A wrapper whose id and class both hint at content outscores the story it holds,
    though the reader replies beside the story earn it next to nothing: the story is
    the article, and the replies stay out."""
    story = "".join(f"<p>{text}</p>" for text in _SECTION_TEXTS * 2)
    replies = "".join(
        f"<div class='reply'><div class='reply-inner'><p><a href='/u/{n}'>Reader {n}</a> "
        f"wrote: {text}</p><a href='#r{n}'>Reply</a> <a href='#f{n}'>Report</a></div></div>"
        for n, text in enumerate(_SECTION_TEXTS * 3)
    )
    root = html.fromstring(
        "<html><body><div id='mainContent' class='page'>"
        f"<div class='storyText'>{story}</div>"
        f"<div class='replies'><h3>Readers reply</h3><div class='thread'>{replies}</div></div>"
        "</div></body></html>"
    )
    located = locate_body(root)
    assert located is not None
    assert [element.get("class") for element in located.elements] == ["storyText"]


def test_a_box_of_headlines_hinting_at_content_gives_way_to_prose() -> None:
    """A box of headline links whose class and id both hint at content holds no prose:
    the column of prose beside it, scoring more than the box does without its hints,
    wins."""
    story = "".join(f"<p>{text}</p>" for text in _SECTION_TEXTS * 2)
    headlines = "".join(
        f"<a href='/blog/{n}'/><span>Another headline from the blog, number {n}...</span><br>"
        for n in range(10)
    )
    root = html.fromstring(
        f"<html><body><div class='columns'><div class='left'>{story}</div>"
        "<div class='right'><div class='box'>"
        f"<div class='tabContent' id='latestBlog'>{headlines}</div></div></div>"
        "</div></body></html>"
    )
    text = _located_text(root)
    assert "Spaced repetition works" in text
    assert "Another headline" not in text


def _located_text(root: etree._Element) -> str:
    """The text of the containers :func:`locate_body` finds in ``root``."""
    located = locate_body(root)
    assert located is not None
    return " ".join(inner_text(element) for element in located.elements)


_SERVICES = [
    (
        "Bookkeeping",
        "We reconcile your accounts every week, chase missing receipts and keep "
        "the ledger ready for your accountant, so month-end takes an hour, not a weekend.",
    ),
    (
        "Payroll",
        "Salaries, pensions and tax filings run on time each month, and every "
        "employee gets a clear payslip and a named person to ask about it.",
    ),
    (
        "Tax returns",
        "We prepare and file company and personal returns, flag the reliefs you "
        "qualify for and warn you of payments months before they fall due.",
    ),
    (
        "Advisory",
        "Quarterly reviews turn your figures into plain answers: whether to hire, "
        "when to invest, and how much cash the next slow season will need.",
    ),
]


def test_a_landing_page_is_taken_whole_under_its_main_region() -> None:
    """A service page: a long introduction, then cards each linking to a service's own
    page. A fifth of the text the cards add is link text: too much for a widening
    elsewhere, not inside the region the page declares its main content."""
    intro = "".join(f"<p>{text}</p>" for text in _SECTION_TEXTS[:5])
    cards = "".join(
        f"<div class='card'><h3>{name}</h3><p>{text}</p>"
        f"<p><a href='/services/{n}'>Read more about our {name.lower()} service</a></p></div>"
        for n, (name, text) in enumerate(_SERVICES * 2)
    )
    root = html.fromstring(
        "<html><body><nav><a href='/'>Home</a></nav><main>"
        f"<section class='hero'><div class='hero-inner'><h1>Accounting</h1>{intro}</div>"
        f"</section><section class='services'><div class='grid'>{cards}</div></section>"
        "</main><footer><p>About us</p></footer></body></html>"
    )
    text = _located_text(root)
    assert "Accounting" in text
    assert "Advisory" in text
