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
    ├── ExtractionError           an unexpected failure inside articlex: a bug to report;
    │                             the original exception is chained as ``__cause__``
    ├── PageTimeoutError          extract_many: the page took longer than ``timeout``, and
    │                             its worker process was stopped (a result, not raised)
    ├── WorkerCrashedError        extract_many: the page's worker process died on it twice
    │                             (killed, out of memory, a crash in C code; a result)
    └── WorkerStartError          extract_many: its worker processes cannot start (raised)

A wrong argument *type* (say, an ``int`` for ``html``) is a plain :class:`TypeError`, as
in the standard library. Nothing else leaves :func:`articlex.extract`: an exception raised
inside lxml, BeautifulSoup, dateutil, charset-normalizer or articlex's own code on a
hostile page becomes an :class:`ExtractionError`, so one bad page never takes down a batch.

:func:`articlex.extract_many` returns a page's error in its ``BatchResult`` rather than
raising it, the two errors of its worker processes included (:class:`PageTimeoutError`,
:class:`WorkerCrashedError`); the one articlex error it raises is
:class:`WorkerStartError`, when no worker can start at all.
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
    "PageTimeoutError",
    "URLInputError",
    "WorkerCrashedError",
    "WorkerStartError",
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


class PageTimeoutError(ArticlexError):
    """A page of :func:`~articlex.extract_many` took longer than its ``timeout``.

    Its worker process was stopped and replaced; the message names the page. The page is
    not retried: a page that slow is slow again (raise ``timeout``, or extract it alone).
    """


class WorkerCrashedError(ArticlexError):
    """The worker process of :func:`~articlex.extract_many` died on this page, twice.

    A worker that dies (killed by the out-of-memory killer or ``kill -9``, a crash in a
    C library) has the page it was on retried once, alone, in another worker; this is the
    page's result when that worker dies too. The message names the page and how its
    worker ended.
    """


class WorkerStartError(ArticlexError):
    """The worker processes of :func:`~articlex.extract_many` cannot start.

    Workers are spawned: each is a new interpreter that first imports the calling
    script's main module. A script that runs ``extract_many`` with workers outside an
    ``if __name__ == "__main__":`` block, or one fed on standard input
    (``python - < job.py``), makes every worker fail at start; this is raised, once,
    instead of starting workers without end. The message says what to do.
    """
