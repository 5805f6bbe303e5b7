"""articlex: the raw HTML of a news or blog page in, a clean, typed :class:`Article` out.

    import articlex
    article = articlex.extract(html_bytes, url="https://example.com/story")
    article.headline, article.body

The public surface is what this module exports; everything in ``articlex._*`` is private.
"""

from __future__ import annotations

from articlex._api import extract
from articlex._errors import (
    ArticlexError,
    EmptyDocumentError,
    ExtractionError,
    InputError,
    InputTooLargeError,
    InvalidOptionError,
    NotHTMLError,
    PageTimeoutError,
    URLInputError,
    WorkerCrashedError,
    WorkerStartError,
)
from articlex._interfaces.batch import BatchResult, PageInput, extract_many
from articlex._interfaces.tabular import arrow_schema, to_dataframe
from articlex._models import (
    Article,
    Block,
    Caption,
    Code,
    Comment,
    DateStamp,
    ExtractionWarning,
    Figure,
    Heading,
    Link,
    ListBlock,
    Media,
    Paragraph,
    Provenance,
    Quote,
    Removal,
    Source,
    Span,
    Table,
    WarningCode,
)
from articlex._options import FIELD_NAMES, ExtractOptions

__version__ = "0.1.0"

__all__ = [
    "FIELD_NAMES",
    "Article",
    "ArticlexError",
    "BatchResult",
    "Block",
    "Caption",
    "Code",
    "Comment",
    "DateStamp",
    "EmptyDocumentError",
    "ExtractOptions",
    "ExtractionError",
    "ExtractionWarning",
    "Figure",
    "Heading",
    "InputError",
    "InputTooLargeError",
    "InvalidOptionError",
    "Link",
    "ListBlock",
    "Media",
    "NotHTMLError",
    "PageInput",
    "PageTimeoutError",
    "Paragraph",
    "Provenance",
    "Quote",
    "Removal",
    "Source",
    "Span",
    "Table",
    "URLInputError",
    "WarningCode",
    "WorkerCrashedError",
    "WorkerStartError",
    "__version__",
    "arrow_schema",
    "extract",
    "extract_many",
    "to_dataframe",
]

# The public names report ``articlex`` as their home, not the private module that defines
# them: ``repr``, tracebacks, docs and pickles show ``articlex.Article``, and a pickle
# made today still loads after the private modules move.
for _name in __all__:
    _value = globals()[_name]
    if isinstance(_value, type) or callable(_value):
        _value.__module__ = __name__
del _name, _value
