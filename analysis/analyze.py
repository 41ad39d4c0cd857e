"""``analyze``: every layer of one article, joined on the spine."""

from __future__ import annotations

import contextlib
import functools
import gc
from dataclasses import dataclass

import pandas as pd

from analysis.article import Article
from analysis.attribution.context import attribution_arrays
from analysis.attribution.extract import ATTRIBUTION_COLUMNS, find_attribution_columns
from analysis.columns import to_frame
from analysis.hedges.extract import HEDGE_COLUMNS, find_hedge_columns
from analysis.hedges.summary import count_arrays
from analysis.language import check_language
from analysis.sentences import SENTENCE_COLUMNS, sentence_columns
from analysis.sentiment.scores import SENTIMENT_COLUMNS, sentiment_columns


@dataclass(frozen=True)
class ArticleAnalysis:
    """The analysis of one article.

    ``sentences`` is the sentence table plus per-sentence summary columns (attribution,
    hedging, and VADER's ``compound`` and ``label``); every other table is keyed by
    ``sentence_id`` and its spans index ``article.text``.
    """

    article: Article
    sentences: pd.DataFrame
    attributions: pd.DataFrame
    hedges: pd.DataFrame
    sentiment: pd.DataFrame
    paragraphs: pd.DataFrame

    @property
    def texts(self) -> dict[str, str]:
        """``article_id`` → text: what spans index (the same shape as a corpus analysis)."""
        return {self.article.article_id: self.article.text}

    def __repr__(self) -> str:
        return (f"ArticleAnalysis({self.article.article_id!r}: {len(self.sentences)} sentences, "
                f"{len(self.attributions)} attributions, {len(self.hedges)} hedges and boosters, "
                f"mean sentiment {self.sentiment['compound'].mean():+.2f})")


def analyze(article: Article) -> ArticleAnalysis:
    """Run every layer on ``article`` and join the results on its sentence table."""
    with no_cycle_collection():
        tables = analyze_columns(article)
        return ArticleAnalysis(article, **{name: to_frame(tables[name], order, name)
                                           for name, order in table_columns().items()})


def analyze_columns(article: Article, *, paragraphs: bool = True) -> dict[str, dict]:
    """What :func:`analyze` computes, as columns (see :mod:`analysis.columns`): one dict per
    table, no DataFrame. A corpus batch concatenates these, and makes the paragraph table of
    all its articles at once (``paragraphs=False``: no paragraph table here)."""
    from analysis.profile import paragraph_columns

    check_language(article)  # a warning (not an error) for a text that is not English
    sentences = sentence_columns(article)
    attributions = find_attribution_columns(article)
    hedges = find_hedge_columns(article, attributions=attributions)
    sentiment = sentiment_columns(article)
    sentences.update(attribution_arrays(sentences, attributions))
    sentences.update(count_arrays(sentences, hedges))
    sentences["compound"] = sentiment["compound"]
    sentences["label"] = sentiment["label"]
    tables = {"sentences": sentences, "attributions": attributions, "hedges": hedges,
              "sentiment": sentiment}
    if paragraphs:
        tables["paragraphs"] = paragraph_columns(sentences, attributions)
    return tables


#: The per-sentence columns every layer adds to the sentence table, in order.
SUMMARY_SENTENCE_COLUMNS = [
    "n_attributions", "source_types", "carried", "attributed", "unattributed_assertion",
    "n_hedges", "n_boosters", "hedge_density", "booster_density", "commitment", "compound",
    "label",
]


@functools.cache
def table_columns() -> dict[str, list[str]]:
    """The columns of each table of an analysis, in order."""
    from analysis.profile import PARAGRAPH_COLUMNS

    return {
        "sentences": [*SENTENCE_COLUMNS, *SUMMARY_SENTENCE_COLUMNS],
        "attributions": ATTRIBUTION_COLUMNS,
        "hedges": HEDGE_COLUMNS,
        "sentiment": SENTIMENT_COLUMNS,
        "paragraphs": PARAGRAPH_COLUMNS,
    }


@contextlib.contextmanager
def no_cycle_collection():
    """Python's cycle collector off for a while (an analysis, a corpus batch, the gathering of
    a corpus's tables). The layers allocate hundreds of thousands of small objects (tokens,
    rows, cells) that hold no reference cycles; with the collector on, each of its passes
    walks every object still alive — a fifth of a one-core run. Cycles left behind are
    collected once it is back on."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
