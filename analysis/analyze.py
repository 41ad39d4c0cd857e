"""``analyze``: every layer of one article, joined on the spine."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analysis.article import Article
from analysis.attribution import find_attributions
from analysis.attribution.context import attribution_arrays
from analysis.hedges import find_hedges
from analysis.hedges.summary import count_arrays
from analysis.language import check_language
from analysis.sentences import sentence_table
from analysis.sentiment import score_sentiment


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
    from analysis.profile import paragraph_table

    check_language(article)  # a warning (not an error) for a text that is not English
    sentences = sentence_table(article)
    attributions = find_attributions(article)
    hedges = find_hedges(article, attributions=attributions)
    sentiment = score_sentiment(article)
    # one frame, built once from the columns of every layer (a concat of small frames is slow)
    columns = {name: sentences[name].to_numpy() for name in sentences.columns}
    columns.update(attribution_arrays(sentences, attributions))
    columns.update(count_arrays(sentences, hedges))
    columns["compound"] = sentiment["compound"].to_numpy()
    columns["label"] = sentiment["label"].to_numpy()
    sentences = pd.DataFrame(columns)
    paragraphs = paragraph_table(sentences, attributions)
    return ArticleAnalysis(article, sentences, attributions, hedges, sentiment, paragraphs)
