"""What tells embedded media in an article's body (:mod:`articlex._fields.media`)."""

from __future__ import annotations

#: Hosts whose embedded players show a video (an ``<iframe>``'s or ``<embed>``'s source).
VIDEO_HOSTS: frozenset[str] = frozenset({
    "youtube.com", "youtube-nocookie.com", "youtu.be", "vimeo.com", "dailymotion.com",
    "twitch.tv", "wistia.com", "wistia.net", "jwplayer.com", "jwplatform.com",
    "brightcove.net", "ted.com", "streamable.com", "rumble.com", "loom.com",
})  # fmt: skip
#: Hosts whose embedded players play audio (podcasts, music).
AUDIO_HOSTS: frozenset[str] = frozenset({
    "soundcloud.com", "spotify.com", "podcasts.apple.com", "music.apple.com", "anchor.fm",
    "podbean.com", "buzzsprout.com", "simplecast.com", "megaphone.fm", "libsyn.com",
    "omny.fm", "audioboom.com", "bandcamp.com", "mixcloud.com", "acast.com",
})  # fmt: skip
#: Classes of the ``<blockquote>`` a social network's embed script turns into a post.
POST_CLASSES: frozenset[str] = frozenset({
    "twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed", "bluesky-embed",
    "threads-embed", "mastodon-embed", "reddit-embed-bq", "fb-xfbml-parse-ignore",
})  # fmt: skip
#: Attributes of a post embed holding its address, before its last link.
POST_URL_ATTRIBUTES = ("data-instgrm-permalink", "cite", "data-bluesky-uri")
#: Attributes holding a player's or a file's address, lazy loaders' first.
SOURCE_ATTRIBUTES = ("src", "data-src", "data-lazy-src", "data")
#: File endings of video and audio files an ``<embed>`` or ``<object>`` may play.
VIDEO_FILE_ENDINGS = (".mp4", ".webm", ".m4v", ".mov", ".m3u8", ".ogv")
AUDIO_FILE_ENDINGS = (".mp3", ".m4a", ".ogg", ".oga", ".wav", ".aac", ".opus", ".flac")
#: The most media one page lists: a page of a thousand players is a gallery, not an article.
MAX_MEDIA = 50
#: What tells a box around a player the cleaner removed (a sidebar, a "watch next" box)
#: from a figure holding it: a heading, a list or a navigation of its own.
BOX_TAGS: frozenset[str] = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "nav", "ul", "ol"})
#: A ``<video>`` with all of these and no ``controls`` is a page's moving background, not
#: media to watch.
DECORATION_ATTRIBUTES = ("autoplay", "muted")
