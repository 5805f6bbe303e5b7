"""The cleaner's guards: what a rule matched is kept when it shows it is content."""

from __future__ import annotations

import articlex

POST = (
    "So this time of the year is usually slow on the site, although this weekend the "
    "city marathon will be run in spite of the storm that hit the region last week.<br><br>"
    "The decision to go ahead with the race has sparked a lively debate, with some "
    "calling it insensitive and others saying the city needs the lift it brings.<br><br>"
    "Whatever one thinks of it, the organisers have promised that the race will raise "
    "money for the relief effort, and that runners may defer their places to next year."
    "<br><br>In the meantime we have been reading a novel about an injured runner, and "
    "it gets the physiology of overuse injuries surprisingly right, which is rare."
    "<br><br>Its hero ignores a sore shin for a month, trains through it, and ends up "
    "with a stress fracture that keeps him off his feet for the whole spring season."
    "<br><br>We will review it properly next week, together with two new studies on "
    "bone stress in distance runners and what they say about training load."
    "<br><br>Both studies followed several hundred club runners for a full year, and both "
    "found that sudden jumps in weekly distance mattered far more than the total."
    "<br><br>That matches what coaches have said for decades, but it is good to see it "
    "measured, and the numbers are worth knowing before the spring marathons."
)


def test_a_date_wrapper_holding_the_posts_is_not_a_date_line() -> None:
    """Blogger wraps each day's posts in ``div.date-outer``; a ``date`` token names a
    date line, but an element of that kind holding a long text is a wrapper (here a
    blogroll's line breaks outnumber the post's, and the sidebar's text is more than a
    third of the page's, so neither the paragraph count nor the page's share spares it)."""
    page = (
        "<html><body><div id='main'>"
        "<div class='date-outer'><h2 class='date-header'><span>Friday, 2 November</span></h2>"
        "<div class='date-posts'><div class='post-outer'><div class='post hentry'>"
        "<h3 class='post-title'>A fictional portrayal of running injuries</h3>"
        f"<div class='post-body entry-content'>{POST}</div></div></div></div></div></div>"
        "<div id='sidebar'><div class='widget Text'><h2>Welcome</h2><div>Welcome to our "
        "blog, where we bring you the second and third level of analysis you will not find "
        "anywhere else. Be it doping, hot topics of the season or the myths of training, we "
        "try to translate the science behind sport and performance, and we answer every "
        "question our readers send us, however long it takes. We began writing in 2007 as "
        "two physiologists with a shared dislike of bad science in the sports pages, and "
        "since then the site has grown into a place where coaches, athletes and fans come "
        "to argue about evidence. Consider a donation if you like what you read here: it "
        "keeps the site free of advertising and pays for the journals we read.</div></div>"
        "<div class='widget Text'><h2>Who we are</h2><div>We are two exercise "
        "physiologists and a statistician. Between us we have coached club runners, "
        "worked with national federations and taught sports science to undergraduates "
        "for twenty years. None of us is paid by a shoe company, a supplement maker or a "
        "sports drink brand, and we say so because readers keep asking. When we get "
        "something wrong we correct it in the post and say what changed, and when a "
        "reader knows more than we do we ask them to write a guest post.</div></div>"
        "<div class='widget LinkList'><h2>Blogroll</h2>"
        + "".join(f"<a href='/friend/{n}'>Friend blog {n}</a><br>" for n in range(20))
        + "</div></div></body></html>"
    )
    body = articlex.extract(page).body
    assert "the organisers have promised that the race will raise money" in body
    assert "Welcome to our blog" not in body


def test_a_short_date_line_still_goes() -> None:
    page = (
        "<html><body><article><div class='post-date'>Friday, 2 November 2012</div>"
        f"<div class='entry-content'>{POST}</div></article></body></html>"
    )
    body = articlex.extract(page).body
    assert "Friday, 2 November 2012" not in body
    assert "sparked a lively debate" in body


def test_a_caption_holding_paragraphs_of_prose_is_the_post() -> None:
    """A photo blog writes the post into its photographs' caption boxes: a caption is a
    line, so one holding several paragraphs of prose is the text, not a caption."""
    paragraphs = POST.split("<br><br>")
    boxes = "".join(
        f"<div class='caption-image'><img src='/photos/{n}.jpg' alt='Photo {n}'>"
        + "".join(f"<p>{paragraphs[i]}</p>" for i in box)
        + "</div>"
        for n, box in enumerate([(0, 1, 2), (3, 4, 6), (5, 7)])
    )
    page = (
        f"<html><body><div class='post'><h1>Race day</h1>{boxes}"
        "<div class='caption'>The start line at dawn (photo: the author)</div>"
        "</div></body></html>"
    )
    body = articlex.extract(page).body
    assert "sparked a lively debate" in body
    assert "we have been reading a novel about an injured runner" in body
    assert "Both studies followed several hundred club runners" in body
    assert "The start line at dawn" not in body


def test_a_section_named_after_its_permalinked_title_is_content() -> None:
    """Documentation generators give each section the slug of its title as id, and a
    permalink to it in the heading: ``id="sharing-changes"`` is not a share bar."""
    paragraphs = POST.split("<br><br>")
    section = (
        "<div class='section' id='{slug}'><h2>{title}<a class='headerlink' href='#{slug}'>"
        "¶</a></h2><p>{text}</p><p>{more}</p></div>"
    )
    page = (
        "<html><body><div class='body' role='main'><h1>Working with others</h1>"
        + section.format(
            slug="getting-started", title="Getting started", text=paragraphs[4], more=paragraphs[6]
        )
        + section.format(
            slug="sharing-changes", title="Sharing changes", text=paragraphs[0], more=paragraphs[1]
        )
        + section.format(
            slug="related-projects",
            title="Related projects",
            text=paragraphs[2],
            more=paragraphs[3],
        )
        + "<div id='share-buttons'><h3>Share this page</h3><a href='/tw'>Twitter</a></div>"
        "</div></body></html>"
    )
    body = articlex.extract(page).body
    assert "Sharing changes" in body
    assert "sparked a lively debate" in body
    assert "we have been reading a novel about an injured runner" in body
    assert "Share this page" not in body


def test_a_posts_categories_do_not_condemn_it() -> None:
    """WordPress files a post's categories and tags into its class: a post about
    social media is ``category-social-media``, not a share bar; a teaser of another
    post filed there still goes."""
    entry = "post type-post status-publish format-standard hentry category-social-media"
    page = (
        f"<html><body><div id='post-9749' class='post-9749 {entry} tag-newsletter'>"
        "<h1 class='entry-title'>What gives you the chills?</h1>"
        f"<div class='entry-content'><p>{'</p><p>'.join(POST.split('<br><br>')[:2])}</p>"
        f"</div></div><div class='post-9750 {entry}'>"
        "<h3><a href='/next'>Ten tips for your feed</a></h3>"
        "<p>Our favourite scheduling tricks, from the archive.</p></div>"
        "<div class='widget'><h3>About the author</h3><p>Mike has written about small "
        "businesses and the people who run them for fifteen years, first for a local paper "
        "and then here. He lives in a small town with two dogs, a garden that is mostly "
        "weeds, and more notebooks than he will ever fill, and he answers every email.</p>"
        "</div></body></html>"
    )
    body = articlex.extract(page).body
    assert "sparked a lively debate" in body
    assert "Ten tips for your feed" not in body
    assert "more notebooks than he will ever fill" not in body


def test_an_aside_holding_the_title_and_prose_is_the_article() -> None:
    """Some themes put the whole post in an ``<aside>``: one holding the page's title
    and paragraphs of prose is the article; the real sidebars still go."""
    paragraphs = "".join(f"<p>{p}</p>" for p in POST.split("<br><br>"))
    sidebar = (
        "<aside class='widget'><h3>Top stories</h3><ul>"
        + "".join(f"<li><a href='/s/{n}'>Another story {n}</a></li>" for n in range(8))
        + "</ul></aside>"
    )
    about = _about_box("aside", "widget", paragraphs=8)
    page = (
        f"<html><body><section id='main'>{about}<aside class='post-area'>"
        f"<h1>Marathon goes ahead</h1>{paragraphs}</aside>{sidebar}</section></body></html>"
    )
    body = articlex.extract(page).body
    assert "sparked a lively debate" in body
    assert "the numbers are worth knowing before the spring marathons" in body
    assert "Another story" not in body
    assert "About this blog" not in body


def test_hidden_sections_holding_prose_are_the_article() -> None:
    """An accordion or tab set hides its sections with ``hidden`` until a click: each
    holding paragraphs of prose is the article's, while a hidden sign-up box is not."""
    paragraphs = POST.split("<br><br>")
    sections = "".join(
        f"<h2><button>Part {n}</button></h2><div class='panel' hidden>"
        + "".join(f"<p>{paragraphs[i]}</p>" for i in panel)
        + "</div>"
        for n, panel in enumerate([(0, 1, 2), (3, 4, 6)])
    )
    modal = (
        "<div class='box' hidden><p>Join our mailing list for the weekly digest.</p>"
        "<input type='email'><button>Sign up</button></div>"
    )
    about = _about_box("div", "about", paragraphs=4)
    page = (
        f"<html><body><div class='guide'><h1>Race day</h1>{sections}</div>{modal}{about}"
        "</body></html>"
    )
    body = articlex.extract(page).body
    assert "sparked a lively debate" in body
    assert "we have been reading a novel about an injured runner" in body
    assert "mailing list" not in body


def _about_box(tag: str, cls: str, paragraphs: int) -> str:
    """A sidebar box about the blog: unlinked text that is not the article."""
    about = (
        "<p>We are two runners and a physiotherapist writing about training, injuries "
        "and the races we love, since 2009, from a small town by the sea.</p>"
    )
    return f"<{tag} class='{cls}'><h3>About this blog</h3>{about * paragraphs}</{tag}>"


def _service_section(cls: str, title: str, text: str) -> str:
    return (
        f"<div class='aem-GridColumn'><div class='{cls} global-base'><h2>{title}</h2>"
        f"<p>{text}</p></div></div>"
    )


def test_component_classes_are_not_a_consent_manager() -> None:
    """Adobe Experience Manager names its components ``cmp-*`` (``cmp-text``,
    ``cmp-container``); a consent manager's box is ``#cmpbox`` or ``.cmp-banner``. Only
    the second is a cookie banner: the first, a minority of the page's sections, was
    dropped as one."""
    sections = [
        _service_section(
            "cmp-text",
            "From breach response to resilience",
            "Threats multiply faster than most teams can hire, and keeping pace takes more "
            "than basic defences: without the right approach, your data, your operations "
            "and your reputation are exposed.",
        ),
        _service_section(
            "cmp-text",
            "Built for the way you work",
            "We work across every major security platform, so the plan we draw up fits the "
            "tools you already run instead of replacing them wholesale.",
        ),
        _service_section(
            "html-component",
            "Immediate support when you need it most",
            "During a breach our emergency line is staffed around the clock, and live agents "
            "help you contain the incident, keep evidence and tell customers what happened.",
        ),
        _service_section(
            "html-component",
            "Assess, design, operate",
            "Our assessments map where you stand today; our architects design controls that "
            "fit your business; our operations centre watches them every hour of the year.",
        ),
        _service_section(
            "html-component",
            "Zero trust, step by step",
            "Identity first, then devices, then networks: we phase the work so each step "
            "pays for itself before the next one starts, and nothing breaks on the way.",
        ),
    ]
    page = (
        "<html><body><div id='cmpbox' class='cmpbox'><p>We use cookies to improve your "
        "experience. Accept all or manage your choices.</p></div>"
        "<header><nav><a href='/'>Home</a> <a href='/services'>Services</a></nav></header>"
        f"<main><h1>Cybersecurity</h1><div class='aem-Grid'>{''.join(sections)}</div></main>"
        "</body></html>"
    )
    body = articlex.extract(page, url="https://consultancy.example/services/security").body
    assert "From breach response to resilience" in body
    assert "fits the tools you already run" in body
    assert "Zero trust, step by step" in body
    assert "We use cookies" not in body


STORY = [
    "Most guests never ask how often the duvet cover is changed, and most hotels would "
    "rather they did not, according to two owners who answered questions online.",
    "Both run small chains in the Midwest, and both said the sheets are changed for each "
    "new guest while the heavier covers may stay on the bed for a week or more.",
    "They also advised guests to bring a strip of paper for the peephole, to skip the "
    "minibar entirely, and to ask at the desk for the rate the website does not show.",
    "Industry groups did not answer a request for comment, but a spokesman for one chain "
    "said its housekeeping standards were published and audited every year.",
]


def _story_with_slideshow(slide_tag: str) -> str:
    slides = "".join(
        f"<{slide_tag} data-slide='{n}'><h2><span class='counter'>{n}/30</span> "
        f"Company {n} posts its results</h2><p>Revenue at the listed company rose for the "
        f"third quarter running, the board said, though costs rose faster, and the shares "
        f"fell {n} per cent in early trading before recovering most of the loss.</p>"
        f"<p class='credits'>AGENCY PHOTO</p></{slide_tag}>"
        for n in range(1, 31)
    )
    holder = f"<ul class='legends'>{slides}</ul>" if slide_tag == "li" else slides
    above = "".join(f"<p>{text}</p>" for text in STORY[:2])
    below = "".join(f"<p>{text}</p>" for text in STORY[2:])
    return (
        "<html><body><article><h1>The secrets hotel owners keep</h1>"
        f"<div class='text-wrapper' itemprop='articleBody'>{above}"
        f"<div class='widget type-gallery'><div class='full-gallery'>{holder}</div></div>"
        f"{below}</div></article></body></html>"
    )


def test_a_slideshow_outweighing_the_story_is_not_the_article() -> None:
    """A story's gallery of thirty captioned slides holds most of the page's text;
    its long paragraphs all sit in slides: captions, not the article."""
    for slide_tag in ("li", "figure"):
        body = articlex.extract(_story_with_slideshow(slide_tag)).body
        assert STORY[-1] in body, slide_tag
        assert "Company 7 posts its results" not in body, slide_tag
        assert "third quarter running" not in body, slide_tag


def test_a_gallery_wrapper_holding_the_article_is_kept() -> None:
    """The control: a ``gallery`` class on the article's own wrapper, whose paragraphs
    are not in slides, is not a slideshow."""
    page = (
        "<html><body><div class='post gallery-post'><h1>The secrets hotel owners keep</h1>"
        + "".join(f"<p>{text}</p>" for text in STORY)
        + "</div><div class='sidebar'><p>About us</p></div></body></html>"
    )
    assert STORY[2] in articlex.extract(page).body


def test_a_breakpoint_variant_of_hidden_does_not_hide() -> None:
    """Tailwind's ``lg:hidden`` hides an element on large screens only (as Bootstrap's
    ``hidden-xs`` on small ones): the FAQ answers it marks are the page's text, while a
    box whose class is ``hidden`` itself is not."""
    answers = [
        (
            "How long does a bathroom refit take?",
            "Most refits take eight to ten working "
            "days from the first strip-out to the final seal, tiling included.",
        ),
        (
            "Do you remove the old suite?",
            "Yes: we take out and recycle the old bath, basin "
            "and toilet, and leave the room swept clean before the plumbers start.",
        ),
        (
            "Is there a guarantee?",
            "Every installation carries a five-year guarantee on "
            "workmanship, on top of the makers' own warranties on the fittings.",
        ),
    ]
    faq = "".join(
        f"<div class='faq-item'><h3>{question}</h3>"
        f"<div class='lg:hidden group-[.open]:block'><p>{answer}</p></div></div>"
        for question, answer in answers
    )
    page = (
        "<html><body><main><h1>Bathroom refits</h1>"
        f"<p>{POST.partition('<br><br>')[0]}</p><section class='faq'>{faq}</section>"
        "<div class='hidden'><p>Join our mailing list for the weekly digest.</p></div>"
        "</main></body></html>"
    )
    body = articlex.extract(page).body
    assert "eight to ten working days" in body
    assert "five-year guarantee" in body
    assert "mailing list" not in body


def test_a_date_wrapper_around_a_short_post_is_not_a_date_line() -> None:
    """A short post has too little text to spare Blogger's ``div.date-outer`` as a
    wrapper; the post entry (``hentry``) it holds does: a date line never holds a post.
    Otherwise the author's profile in the sidebar is all that is left of the page."""
    page = (
        "<html><body><div id='main'><div class='blog-posts hfeed'>"
        "<div class='date-outer'><h2 class='date-header'><span>Thursday, August 9, 2012"
        "</span></h2><div class='date-posts'><div class='post-outer'><div class='post hentry'>"
        "<h3 class='post-title entry-title'>Trailer of a documentary on the veterans</h3>"
        "<div class='post-body entry-content'>The trailer of a documentary whose makers "
        "want to take every living veteran of the war to see the memorial built in their "
        "honour in the capital.<br><br>Every day a thousand of those who risked their "
        "lives so that we can live free die, and the flights are running out of time."
        "</div></div></div></div></div></div></div>"
        "<div id='sidebar-wrapper'><div class='widget Profile'><dl class='profile-datablock'>"
        "<dd class='profile-textblock'>I am the creator and writer of this commentary "
        "site. It provides commentary, opinion and analysis on the issues surrounding the "
        "election, the administration, the legislature, foreign policy and national "
        "security. The site has thousands of readers a day and contributes articles to "
        "several other sites, which means thousands more readers of each article a day. "
        "It was recently named one of the best political sites on the internet and is a "
        "member of a council of writers who pick the best posts of the week.</dd></dl>"
        "</div></div></body></html>"
    )
    body = articlex.extract(page).body
    assert "Every day a thousand of those who risked their lives" in body
    assert "I am the creator and writer" not in body
