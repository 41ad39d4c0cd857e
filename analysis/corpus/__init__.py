"""Corpora at scale: the same analysis mapped over many articles, in parallel.

``analyze_corpus(articles)`` streams articles (any iterable, e.g. :func:`analysis.read_corpus`)
in batches to worker processes or Dask, and returns a :class:`CorpusAnalysis` with the same
tables as an :class:`~analysis.ArticleAnalysis` — concatenated, with ``article_id`` — plus a
``summary`` (one row per article) and an ``errors`` table. Nothing is dropped silently:
``counts`` says how many articles were read, analysed and failed.
"""

from analysis.corpus.run import CorpusAnalysis, analyze_corpus, iter_corpus

__all__ = ["CorpusAnalysis", "analyze_corpus", "iter_corpus"]
