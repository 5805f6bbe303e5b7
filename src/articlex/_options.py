"""Extraction options: one frozen value object, passed per call, never global."""

from __future__ import annotations

from dataclasses import dataclass, replace

__all__ = ["ExtractOptions"]

#: Default cap on the size of the input document (bytes, or characters for ``str``).
DEFAULT_MAX_INPUT_SIZE = 64 * 1024 * 1024


@dataclass(frozen=True)
class ExtractOptions:
    """How :func:`articlex.extract` behaves.

    Options are immutable and hashable so that one instance can be shared by threads and
    worker processes; derive a variant with :meth:`evolve`.

    Attributes:
        explain: record every block the cleaner removed (kind, reason, text preview) in
            :attr:`Article.removed`. Off by default because previews cost time.
        include_tables: keep ``<table>`` content in the body.
        include_figures: keep figures (image plus caption) as blocks; their captions never
            enter the plain-text body either way.
        jsonld_fallback: when the page body cannot be located, use the JSON-LD
            ``articleBody`` if the page has one.
        max_input_size: refuse documents larger than this (bytes, or characters for ``str``)
            with :class:`~articlex.InputTooLargeError`.
    """

    explain: bool = False
    include_tables: bool = True
    include_figures: bool = True
    jsonld_fallback: bool = True
    max_input_size: int = DEFAULT_MAX_INPUT_SIZE

    def evolve(self, **changes: object) -> ExtractOptions:
        """Return a copy with ``changes`` applied (the original stays as it is)."""
        return replace(self, **changes)  # type: ignore[arg-type]
