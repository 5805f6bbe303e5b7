"""The lookup shared by the key -> values maps of meta tags and microdata."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["KeyedValues"]


class KeyedValues:
    """``first`` and ``all`` over a ``values`` mapping of key -> values in page order."""

    values: Mapping[str, tuple[str, ...]]

    def first(self, *keys: str) -> str | None:
        """The first non-empty value among ``keys``, tried in order."""
        for key in keys:
            for value in self.values.get(key, ()):
                if value:
                    return value
        return None

    def all(self, key: str) -> tuple[str, ...]:
        """Every value of ``key``, in page order."""
        return self.values.get(key, ())
