"""Heuristics as data: the patterns, word lists and weights the pipeline stages use.

Nothing here runs; each module is a table read by one stage (``boilerplate`` by the
cleaner, ``content`` by the body locator and block builder). Patterns are compiled once,
at import, and never change.
"""
