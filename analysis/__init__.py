"""Read news critically with code: how is an article sourced?

The spine is the sentence table (:func:`sentence_table`): one row per sentence with exact
character offsets into ``article.text``. Every layer returns a tidy DataFrame keyed by
``sentence_id`` whose spans index the same text.
"""

from analysis import guide, lexicons
from analysis.analyze import ArticleAnalysis, analyze
from analysis.article import Article, Paragraph, split_paragraphs
from analysis.attribution import ATTRIBUTION_COLUMNS, SOURCE_TYPES, find_attributions
from analysis.attribution.view import attribution_view
from analysis.corpus import CorpusAnalysis, analyze_corpus, iter_corpus
from analysis.decoding import MAX_ARTICLE_BYTES
from analysis.errors import InputError
from analysis.hedges import HEDGE_COLUMNS, concordance, find_hedges
from analysis.highlight import highlight
from analysis.normalize import normalize
from analysis.profile import paragraph_profile, unattributed_runs
from analysis.reading import BadInputWarning, read_article, read_corpus
from analysis.sentences import (
    SENTENCE_COLUMNS,
    sentence_frame,
    sentence_table,
    split_sentences,
)
from analysis.sentiment import SENTIMENT_COLUMNS, explain_sentiment, score_sentiment
from analysis.summary import article_summary, summary_table

__all__ = [
    "ATTRIBUTION_COLUMNS",
    "HEDGE_COLUMNS",
    "MAX_ARTICLE_BYTES",
    "SENTENCE_COLUMNS",
    "SENTIMENT_COLUMNS",
    "SOURCE_TYPES",
    "Article",
    "ArticleAnalysis",
    "BadInputWarning",
    "CorpusAnalysis",
    "InputError",
    "Paragraph",
    "analyze",
    "analyze_corpus",
    "article_summary",
    "attribution_view",
    "concordance",
    "explain_sentiment",
    "find_attributions",
    "find_hedges",
    "guide",
    "highlight",
    "iter_corpus",
    "lexicons",
    "normalize",
    "paragraph_profile",
    "read_article",
    "read_corpus",
    "score_sentiment",
    "sentence_frame",
    "sentence_table",
    "split_paragraphs",
    "split_sentences",
    "summary_table",
    "unattributed_runs",
]
