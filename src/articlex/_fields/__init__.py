"""Field extractors: one module per field family, each choosing among candidates.

Each extractor reads the shared :class:`~articlex._meta.PageData` and the intact tree and
returns a value with the :class:`~articlex.Source` it came from, or ``None``.
"""
