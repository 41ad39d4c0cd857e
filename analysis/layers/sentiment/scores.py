"""Sentence sentiment with the reference VADER (the ``vaderSentiment`` package, through
:class:`analysis.layers.sentiment.vader.Vader`: the package's scores, computed faster), and its
aggregates.

Every sentence is scored on its *normalized* copy (DESIGN decision 5): curly apostrophes would
otherwise hide negations (VADER reads ``didn’t`` as an unknown word, ``didn't`` as a negation).
Paragraph and article sentiment are aggregates of sentence scores, never the score of a long
text (DESIGN decision 3): VADER's compound saturates towards ±1 as valenced words pile up.
Sentences are labelled by the thresholds of :mod:`analysis.vocabulary.sentiment`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.layers.sentiment.vader import Vader, vader
from analysis.schema import FLOAT, INT, TEXT, Column, Columns, Schema, repeat
from analysis.spine.article import Article
from analysis.spine.document import Document, as_document
from analysis.spine.normalize import normalize
from analysis.vocabulary.sentiment import (
    NEGATIVE,
    POSITIVE,
    is_negative,
    is_neutral,
    is_positive,
    labels,
)

SENTIMENT = Schema("sentiment", "One row per sentence: VADER's scores of its normalized copy.", (
    Column("article_id", TEXT, "the article"),
    Column("sentence_id", INT, "the sentence"),
    Column("compound", FLOAT, "VADER's compound score, −1 (most negative) … +1 (most positive)"),
    Column("pos", FLOAT, "the share of the sentence that is positive"),
    Column("neu", FLOAT, "the share that is neutral"),
    Column("neg", FLOAT, "the share that is negative"),
    Column("label", TEXT, f"positive (compound ≥ {POSITIVE}), negative (≤ {NEGATIVE}) or "
                          "neutral"),
))
SENTIMENT_COLUMNS = SENTIMENT.names
#: The per-sentence columns this layer adds to the sentence table.
SENTENCE_SUMMARY = tuple(c for c in SENTIMENT.columns if c.name in ("compound", "label"))


def analyzer() -> Vader:
    """The one VADER analyzer of this process: its lexicon is read from the package once."""
    return vader()


def polarity(text: str) -> dict[str, float]:
    """VADER's scores of ``text``'s normalized copy."""
    return analyzer().polarity_scores(normalize(text))


def score_sentiment(article: Article | Document) -> pd.DataFrame:
    """One row per sentence: VADER's ``compound`` (−1 … +1), ``pos``, ``neu``, ``neg``
    (shares of the text), and ``label`` (columns: :data:`SENTIMENT`)."""
    return SENTIMENT.frame(sentiment_columns(as_document(article, function="score_sentiment")))


def sentiment_columns(doc: Document) -> Columns:
    """:func:`score_sentiment` as columns (see :mod:`analysis.schema`)."""
    score = analyzer().polarity_scores
    text = doc.normalized
    rows = [score(text[s.start_char : s.end_char]) for s in doc.sentences]
    n = len(rows)
    compound = np.fromiter((r["compound"] for r in rows), float, n)
    return {
        "article_id": repeat(doc.article_id, n),
        "sentence_id": np.arange(n, dtype="int64"),
        "compound": compound,
        "pos": np.fromiter((r["pos"] for r in rows), float, n),
        "neu": np.fromiter((r["neu"] for r in rows), float, n),
        "neg": np.fromiter((r["neg"] for r in rows), float, n),
        "label": labels(compound),
    }


def aggregate(compound: pd.Series) -> dict[str, float]:
    """Mean of sentence compounds, the shares of positive / negative / neutral sentences, and
    the extremes."""
    values = compound.to_numpy(dtype=float)
    if len(values) == 0:
        return {"sentiment_mean": 0.0, "share_positive": 0.0, "share_negative": 0.0,
                "share_neutral": 0.0, "sentiment_min": 0.0, "sentiment_max": 0.0}
    return {
        "sentiment_mean": float(values.mean()),
        "share_positive": float(is_positive(values).mean()),
        "share_negative": float(is_negative(values).mean()),
        "share_neutral": float(is_neutral(values).mean()),
        "sentiment_min": float(values.min()),
        "sentiment_max": float(values.max()),
    }


def by_paragraph(compound: np.ndarray, starts: np.ndarray, counts: np.ndarray
                 ) -> dict[str, np.ndarray]:
    """The aggregates of :func:`aggregate` per paragraph, for sentences in paragraph order
    (``starts``: each paragraph's first row, ``counts``: its number of sentences)."""
    if len(starts) == 0:
        return {k: np.zeros(0) for k in aggregate(pd.Series([], dtype=float))}
    n = counts.astype(float)
    return {
        "sentiment_mean": np.add.reduceat(compound, starts) / n,
        "share_positive": np.add.reduceat(is_positive(compound).astype(float), starts) / n,
        "share_negative": np.add.reduceat(is_negative(compound).astype(float), starts) / n,
        "share_neutral": np.add.reduceat(is_neutral(compound).astype(float), starts) / n,
        "sentiment_min": np.minimum.reduceat(compound, starts),
        "sentiment_max": np.maximum.reduceat(compound, starts),
    }


def saturation(article: Article | Document) -> pd.DataFrame:
    """Why long texts are scored by their sentences: for the first 1, 2, … body paragraphs,
    VADER's compound of the text as one string next to the mean of its sentence compounds
    (``paragraphs``, ``whole_text``, ``sentence_mean``)."""
    doc = as_document(article, function="saturation")
    score = analyzer().polarity_scores
    text = doc.normalized
    body = [p for p in doc.article.paragraphs if not p.is_title]
    compounds: dict[int, list[float]] = {}
    for s in doc.sentences:
        compounds.setdefault(s.paragraph_id, []).append(
            score(text[s.start_char : s.end_char])["compound"])
    rows, so_far = [], []
    for k, para in enumerate(body, start=1):
        so_far.extend(compounds.get(para.paragraph_id, []))
        whole = score(text[body[0].start_char : para.end_char])["compound"]
        rows.append((k, whole, float(np.mean(so_far)) if so_far else 0.0))
    return pd.DataFrame(rows, columns=["paragraphs", "whole_text", "sentence_mean"])
