"""The public surface: exactly the names ``articlex.__all__`` lists, each at home in
``articlex``. Adding or removing a public name is a decision: update the list here."""

from __future__ import annotations

import pickle
import types

import articlex

#: The public names, pinned: users import these, and docs and pickles name them.
EXPORTED = [
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


def test_all_is_pinned() -> None:
    assert articlex.__all__ == EXPORTED


def test_every_public_member_is_in_all() -> None:
    public = {
        name
        for name, value in vars(articlex).items()
        if not name.startswith("_")
        and not isinstance(value, types.ModuleType)
        and type(value).__module__ != "__future__"  # ``from __future__ import annotations``
    }
    assert public == set(EXPORTED) - {"__version__"}


def test_public_classes_and_functions_report_articlex_as_their_module() -> None:
    homes = {
        name: value.__module__
        for name in EXPORTED
        if isinstance(value := getattr(articlex, name), type) or callable(value)
    }
    assert "Article" in homes and "extract" in homes and "ArticlexError" in homes
    assert {name for name, home in homes.items() if home != "articlex"} == set()


def test_an_article_pickles_by_its_public_name() -> None:
    html = (
        b"<html><body><article><p>"
        + b"A sentence of the story. " * 40
        + b"</p></article></body></html>"
    )
    article = articlex.extract(html)
    data = pickle.dumps(article)
    assert b"articlex._models" not in data
    assert pickle.loads(data) == article
