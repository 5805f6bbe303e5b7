"""``Article.media``: the players and posts embedded in the body, read before the cleaner
drops them; those beside the article (a sidebar's video, an ad's iframe) are not its."""

from __future__ import annotations

import articlex
from articlex import Article, ExtractOptions, Media

URL = "https://valley.example/news/2024/bridge"
PROSE = [
    "The county council voted on Tuesday to reopen the river bridge to cyclists and "
    "walkers next spring, after two years of repairs to its stone piers.",
    "Engineers found the piers sound in March, and the council's transport committee asked "
    "for the deck to be resurfaced before the bridge reopens to the public.",
    "The bridge was built in 1841 by the county's first surveyor and has carried the "
    "market road ever since, the council's heritage officer said on Tuesday.",
]
PAGE = f"""<html lang="en"><head><title>Bridge to reopen</title></head><body>
<div class="layout"><article class="story"><h1>Bridge to reopen</h1>
<p>{PROSE[0]}</p>
<figure class="video"><iframe src="https://www.youtube.com/embed/abc123"
  title="The bridge from the air"></iframe></figure>
<p>{PROSE[1]}</p>
<audio controls><source src="/audio/interview.mp3" type="audio/mpeg"></audio>
<blockquote class="twitter-tweet"><p>The bridge is back!</p>
  &mdash; Valley Council <a href="https://twitter.com/valley/status/1">May 1, 2024</a></blockquote>
<p>{PROSE[2]}</p>
<iframe src="https://ads.example/slot?id=7" width="300" height="250"></iframe>
<iframe src="https://www.google.com/maps/embed?pb=1"></iframe>
</article>
<aside class="sidebar"><h3>Watch next</h3>
<iframe src="https://player.vimeo.com/video/999"></iframe></aside></div>
</body></html>"""


def test_media_inside_the_article_are_listed_in_page_order() -> None:
    article = articlex.extract(PAGE, url=URL)
    assert article.media == (
        Media(
            "video",
            "https://www.youtube.com/embed/abc123",
            "youtube.com",
            "The bridge from the air",
        ),
        Media("audio", "https://valley.example/audio/interview.mp3", "valley.example"),
        Media("post", "https://twitter.com/valley/status/1", "twitter.com"),
    )
    assert article.provenance["media"] == "dom"
    assert all(prose in article.body for prose in PROSE)
    assert "youtube" not in article.body


def test_media_round_trips_and_can_be_left_out() -> None:
    article = articlex.extract(PAGE, url=URL)
    assert Article.from_json(article.to_json()).media == article.media
    assert (
        articlex.extract(PAGE, url=URL, options=ExtractOptions(fields=frozenset({"body"}))).media
        == ()
    )


def test_a_page_without_players_has_no_media() -> None:
    page = (
        PAGE.split("<figure", maxsplit=1)[0]
        + f"<p>{PROSE[1]}</p><p>{PROSE[2]}</p></article></div></body></html>"
    )
    assert articlex.extract(page, url=URL).media == ()


def test_a_background_video_is_not_media() -> None:
    background = '<video autoplay muted loop playsinline src="/media/waves.mp4"></video>'
    watched = '<video controls src="/media/interview.mp4"></video>'
    page = PAGE.replace("<p>", background + watched + "<p>", 1)
    urls = [m.url for m in articlex.extract(page, url=URL).media]
    assert "https://valley.example/media/interview.mp4" in urls
    assert "https://valley.example/media/waves.mp4" not in urls
