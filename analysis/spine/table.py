"""The sentence table: one row per sentence with exact offsets — the spine every layer's table
is keyed to."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from analysis.errors import expect
from analysis.schema import BOOL, INT, TEXT, Column, Columns, Schema, repeat
from analysis.spine.article import Article
from analysis.spine.document import Document, as_document
from analysis.spine.sentences import Sentence

SENTENCES = Schema("sentences", "One row per sentence, in reading order; every other table is "
                   "keyed by `article_id` and `sentence_id`.", (
    Column("article_id", TEXT, "the article's id (a stable hash of its text unless given)"),
    Column("sentence_id", INT, "0, 1, … in reading order, the title first"),
    Column("paragraph_id", INT, "0 for the title, 1, 2, … for body paragraphs"),
    Column("sent_in_para", INT, "0, 1, … within the paragraph"),
    Column("is_title", BOOL, "the sentence is (part of) the title"),
    Column("start_char", INT, "where the sentence starts in the article's text"),
    Column("end_char", INT, "where it ends: the sentence is `text[start_char:end_char]`"),
    Column("text", TEXT, "the sentence as written"),
    Column("n_tokens", INT, "its word tokens (punctuation not counted)"),
    Column("paragraph_kind", TEXT, "what its paragraph is: title, body, or page furniture — "
                                   "byline, dateline, credit, caption — which no layer counts "
                                   "as what "
                                   "the article says"),
    Column("quoted", BOOL, "every word of it lies inside a direct quotation (one that may "
                           "run over several sentences and paragraphs): someone's words, "
                           "never a claim in the article's own voice"),
))
SENTENCE_COLUMNS = SENTENCES.names


def sentence_table(article: Article | Document) -> pd.DataFrame:
    """The sentence table of ``article``: one row per sentence (columns: :data:`SENTENCES`)."""
    return SENTENCES.frame(sentence_columns(as_document(article, function="sentence_table")))


def sentence_frame(articles: Iterable[Article | Document]) -> pd.DataFrame:
    """The sentence tables of several articles as one frame (built once, column by column:
    much faster than concatenating one small frame per article)."""
    expect(articles, Iterable, function="sentence_frame",
           wanted="an iterable of Articles or Documents", refuse=(str, bytes, Article, Document))
    parts = [sentence_columns(as_document(a, function="sentence_frame")) for a in articles]
    return SENTENCES.frame(SENTENCES.concat(parts))


def sentence_columns(doc: Document) -> Columns:
    """The sentence table of ``doc`` as columns (see :mod:`analysis.schema`)."""
    sentences = doc.sentences
    columns: Columns = {"article_id": repeat(doc.article_id, len(sentences))}
    values = list(zip(*sentences, strict=True)) if sentences else [()] * len(Sentence._fields)
    for name, column in zip(Sentence._fields, values, strict=True):
        dtype = SENTENCES.dtype(name)
        columns[name] = np.array(column, dtype=dtype) if dtype != TEXT else list(column)
    kinds = {p.paragraph_id: p.kind for p in doc.article.paragraphs}
    columns["paragraph_kind"] = [kinds[p] for p in columns["paragraph_id"].tolist()]
    columns["quoted"] = np.array([doc.quotes.covers_words(doc.normalized, s.start_char,
                                                          s.end_char) for s in sentences],
                                 dtype=bool)
    return columns
