"""``analyze``: every layer of one article, joined on the spine."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analysis.article import Article
from analysis.attribution import find_attributions
from analysis.attribution.context import sentence_attribution
from analysis.sentences import sentence_table


@dataclass(frozen=True)
class ArticleAnalysis:
    """The analysis of one article.

    ``sentences`` is the sentence table plus per-sentence summary columns; every other table
    is keyed by ``sentence_id`` and its spans index ``article.text``.
    """

    article: Article
    sentences: pd.DataFrame
    attributions: pd.DataFrame
    paragraphs: pd.DataFrame

    def __repr__(self) -> str:
        return (f"ArticleAnalysis({self.article.article_id!r}: {len(self.sentences)} sentences, "
                f"{len(self.attributions)} attributions)")


def analyze(article: Article) -> ArticleAnalysis:
    """Run every layer on ``article`` and join the results on its sentence table."""
    from analysis.profile import paragraph_table

    sentences = sentence_table(article)
    attributions = find_attributions(article)
    sentences = pd.concat([sentences, sentence_attribution(sentences, attributions)], axis=1)
    paragraphs = paragraph_table(sentences, attributions)
    return ArticleAnalysis(article, sentences, attributions, paragraphs)
