"""The extractors the benchmarks run, each as ``(html bytes, url) -> body text``.

One home for how each tool is called, so every script scores and times the same thing:
articlex; ``floor``, articlex's decode and lxml parse alone; trafilatura (``extract``,
comments left out as the gold leaves them; keyword arguments pass through, e.g.
``favor_precision``); readability-lxml (its summary's text, a line break after each
block so words of two blocks do not run together); newspaper4k (the given HTML, no
fetching, no images); goose3; resiliparse (``extract_plain_text(main_content=True)``).
A factory raises ImportError when its tool is not installed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Extractor = Callable[[bytes, "str | None"], str]


def floor() -> Extractor:
    from articlex._options import ExtractOptions
    from articlex._parse import parse_input

    options = ExtractOptions()

    def run(html: bytes, url: str | None) -> str:
        parse_input(html, None, options)
        return ""

    return run


def articlex(focus: str = "balanced") -> Extractor:
    import articlex as ax

    options = ax.ExtractOptions(focus=focus)  # type: ignore[arg-type]

    def run(html: bytes, url: str | None) -> str:
        return ax.extract(html, url=url, options=options).body

    return run


def trafilatura(**kwargs: Any) -> Extractor:
    import trafilatura as tf

    def run(html: bytes, url: str | None) -> str:
        return tf.extract(html, url=url, include_comments=False, **kwargs) or ""

    return run


def readability() -> Extractor:
    import lxml.html
    from readability import Document

    def run(html: bytes, url: str | None) -> str:
        summary = Document(html, url=url).summary(html_partial=True)
        if not summary.strip():
            return ""
        tree: Any = lxml.html.fromstring(summary)
        for block in tree.iter("p", "div", "li", "h1", "h2", "h3", "h4", "tr", "br"):
            block.tail = "\n" + (block.tail or "")
        return str(tree.text_content())

    return run


def newspaper() -> Extractor:
    import newspaper as np

    def run(html: bytes, url: str | None) -> str:
        article = np.Article(url or "", fetch_images=False)
        article.download(input_html=html.decode("utf-8", "replace"))
        article.parse()
        return str(article.text or "")

    return run


def goose() -> Extractor:
    from goose3 import Goose

    engine = Goose()
    return lambda html, url: str(engine.extract(raw_html=html).cleaned_text or "")


def resiliparse() -> Extractor:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding

    def run(html: bytes, url: str | None) -> str:
        text = bytes_to_str(html, detect_encoding(html) or "utf-8")
        return str(extract_plain_text(text, main_content=True))

    return run
