"""Read news critically with code: how is an article sourced?

The spine is the sentence table (:func:`sentence_table`): one row per sentence with exact
character offsets into ``article.text``. Every layer returns a tidy DataFrame keyed by
``sentence_id`` whose spans index the same text.
"""

from analysis.article import Article, Paragraph, split_paragraphs
from analysis.decoding import MAX_ARTICLE_BYTES
from analysis.errors import InputError
from analysis.normalize import normalize
from analysis.reading import BadInputWarning, read_article, read_corpus
from analysis.sentences import (
    SENTENCE_COLUMNS,
    sentence_frame,
    sentence_table,
    split_sentences,
)

__all__ = [
    "MAX_ARTICLE_BYTES",
    "SENTENCE_COLUMNS",
    "Article",
    "BadInputWarning",
    "InputError",
    "Paragraph",
    "normalize",
    "read_article",
    "read_corpus",
    "sentence_frame",
    "sentence_table",
    "split_paragraphs",
    "split_sentences",
]
