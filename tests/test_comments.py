"""``ExtractOptions(comments=True)``: the comment thread as typed entries, apart from the
body; off by default."""

from __future__ import annotations

import datetime as dt

import articlex
from articlex import Article, Comment, ExtractOptions

STORY = [
    "The county council voted on Tuesday to reopen the river bridge to cyclists and "
    "walkers next spring, after two years of repairs to its stone piers.",
    "Engineers found the piers sound in March, and the council's transport committee asked "
    "for the deck to be resurfaced before the bridge reopens to the public.",
]
WORDPRESS = f"""<html lang="en"><head><title>Bridge to reopen</title></head><body>
<article class="post"><h1>Bridge to reopen</h1><p>{STORY[0]}</p><p>{STORY[1]}</p></article>
<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on this</h2>
<ol class="comment-list">
 <li id="comment-11" class="comment even thread-even depth-1 parent">
  <article id="div-comment-11" class="comment-body">
   <footer class="comment-meta"><div class="comment-author vcard">
     <b class="fn">Mary Tanner</b> <span class="says">says:</span></div>
    <div class="comment-metadata"><a href="#comment-11"><time datetime="2024-05-14T09:12:00+01:00">
     May 14, 2024 at 9:12 am</time></a></div></footer>
   <div class="comment-content"><p>At last! I cross it every morning.</p><p>Well done.</p></div>
   <div class="reply"><a class="comment-reply-link" href="?replytocom=11">Reply</a></div>
  </article>
  <ol class="children">
   <li id="comment-12" class="comment odd alt depth-2">
    <article id="div-comment-12" class="comment-body">
     <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Tom</b>
      <span class="says">says:</span></div>
      <div class="comment-metadata"><time datetime="2024-05-14T10:00:00+01:00">May 14</time></div>
     </footer>
     <div class="comment-content"><p>Me too, by bike.</p></div>
     <div class="reply"><a class="comment-reply-link" href="?replytocom=12">Reply</a></div>
    </article>
   </li>
  </ol>
 </li>
 <li id="comment-13" class="comment even thread-odd depth-1">
  <article id="div-comment-13" class="comment-body">
   <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Ann</b></div>
    <div class="comment-metadata"><time datetime="2024-05-15">May 15, 2024</time></div></footer>
   <div class="comment-content"><p>What about cars?</p></div>
  </article>
 </li>
</ol></div></body></html>"""


def test_comments_are_off_by_default() -> None:
    article = articlex.extract(WORDPRESS)
    assert article.comments == ()
    assert "At last" not in article.body


def test_a_wordpress_thread_gives_typed_comments_with_their_replies() -> None:
    article = articlex.extract(WORDPRESS, options=ExtractOptions(comments=True))
    plus_one = dt.timezone(dt.timedelta(hours=1))
    assert article.comments == (
        Comment(
            "At last! I cross it every morning.\n\nWell done.",
            "Mary Tanner",
            dt.datetime(2024, 5, 14, 9, 12, tzinfo=plus_one),
        ),
        Comment("Me too, by bike.", "Tom", dt.datetime(2024, 5, 14, 10, 0, tzinfo=plus_one), 0),
        Comment("What about cars?", "Ann", dt.date(2024, 5, 15)),
    )
    assert article.body == "\n\n".join(STORY)  # never mixed into the body
    assert article.provenance["comments"] == "dom"
    assert Article.from_json(article.to_json()).comments == article.comments


def test_a_page_without_a_comment_section_has_no_comments() -> None:
    page = WORDPRESS.split('<div id="comments"', maxsplit=1)[0] + "</body></html>"
    assert articlex.extract(page, options=ExtractOptions(comments=True)).comments == ()


def test_a_plain_thread_of_divs_gives_its_comments() -> None:
    page = (
        f"<html><body><main><h1>Bridge</h1><p>{STORY[0]}</p><p>{STORY[1]}</p></main>"
        "<section class='comments'><h3>Comments</h3>"
        "<div class='comment'><span class='username'>river_fan</span>"
        "<span class='date'>14 May 2024</span><p>Good news for walkers.</p></div>"
        "<div class='comment'><span class='username'>jb</span>"
        "<p>Will there be a toll?</p><p>Asking for a friend.</p></div>"
        "</section></body></html>"
    )
    comments = articlex.extract(page, options=ExtractOptions(comments=True)).comments
    assert comments == (
        Comment("Good news for walkers.", "river_fan", dt.date(2024, 5, 14)),
        Comment("Will there be a toll?\n\nAsking for a friend.", "jb"),
    )


def test_a_section_named_for_comments_but_holding_none_is_passed_over() -> None:
    page = WORDPRESS.replace('<article class="post">', '<article class="post comments-open">')
    comments = articlex.extract(page, options=ExtractOptions(comments=True)).comments
    assert [c.author for c in comments] == ["Mary Tanner", "Tom", "Ann"]
