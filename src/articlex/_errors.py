"""The exceptions articlex raises, all rooted at :class:`ArticlexError`.

``extract`` raises only for input the caller must fix; everything about the page itself
(broken JSON-LD, undecodable bytes, no main content) degrades into a warning on the
returned :class:`~articlex.Article` instead.

Exception tree::

    ArticlexError                 base class: catch this to catch everything articlex raises
    ├── InputError                the input cannot be read as an HTML document
    │   ├── EmptyDocumentError    nothing but whitespace (or no elements at all)
    │   ├── NotHTMLError          binary data, PDF, images, corrupt gzip
    │   ├── InputTooLargeError    above a limit set in ExtractOptions (also once gunzipped)
    │   └── URLInputError         a URL instead of a page: articlex never downloads
    ├── InvalidOptionError        an ExtractOptions value out of range (also a ValueError)
    └── ExtractionError           an unexpected failure inside articlex: a bug to report;
                                  the original exception is chained as ``__cause__``

A wrong argument *type* (say, an ``int`` for ``html``) is a plain :class:`TypeError`, as
in the standard library. Nothing else leaves :func:`articlex.extract`: an exception raised
inside lxml, BeautifulSoup, dateutil, charset-normalizer or articlex's own code on a
hostile page becomes an :class:`ExtractionError`, so one bad page never takes down a batch.
"""

from __future__ import annotations

__all__ = [
    "ArticlexError",
    "EmptyDocumentError",
    "ExtractionError",
    "InputError",
    "InputTooLargeError",
    "InvalidOptionError",
    "NotHTMLError",
    "URLInputError",
]


class ArticlexError(Exception):
    """Base class of every error articlex raises on purpose."""


class InputError(ArticlexError):
    """The input cannot be read as an HTML document."""


class EmptyDocumentError(InputError):
    """The document is empty: no bytes, only whitespace, or no element at all."""


class NotHTMLError(InputError):
    """The input is not HTML (binary data, a PDF or an image, for instance)."""


class InputTooLargeError(InputError):
    """The input exceeds a size limit of :class:`~articlex.ExtractOptions`."""


class URLInputError(InputError):
    """The input is a URL, not a page: articlex never downloads anything. Pass the page's
    HTML (fetched with any HTTP client) and its URL as ``url=``."""


class InvalidOptionError(ArticlexError, ValueError):
    """An :class:`~articlex.ExtractOptions` value is out of its range."""


class ExtractionError(ArticlexError):
    """Extraction failed inside articlex on this page: a bug, never the caller's fault.

    The original exception is the ``__cause__``; please report it with the page.
    """
