"""The ways in and out of articlex, apart from the pipeline's stages.

``cli`` (the ``articlex`` command) reads pages through ``inputs`` (files, folders, WARC,
JSON lines, standard input); ``batch`` is ``extract_many``, whose worker processes
``workers`` supervises; ``tabular`` turns Articles into rows and Arrow tables for
``to_dataframe``, the command line's Parquet and the Spark and Dask integrations
(:mod:`articlex.spark`, :mod:`articlex.dask`, public modules of their own); ``notebook``
renders an Article in Jupyter. Each one calls :func:`articlex.extract` and nothing
below it.
"""
