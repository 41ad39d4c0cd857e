"""Sentence sentiment with the reference VADER (the ``vaderSentiment`` package, through
:class:`analysis.sentiment.vader.Vader`: the package's scores, computed faster), and its
aggregates.

Every sentence is scored on its *normalized* copy (DESIGN decision 5): curly apostrophes would
otherwise hide negations (VADER reads ``didn’t`` as an unknown word, ``didn't`` as a negation).
Paragraph and article sentiment are aggregates of sentence scores, never the score of a long
text (DESIGN decision 3): VADER's compound saturates towards ±1 as valenced words pile up.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.article import Article
from analysis.columns import repeat, to_frame
from analysis.normalize import normalize
from analysis.sentiment.vader import Vader, vader

SENTIMENT_COLUMNS = ["article_id", "sentence_id", "compound", "pos", "neu", "neg", "label"]
#: The VADER paper's thresholds on the compound score.
POSITIVE, NEGATIVE = 0.05, -0.05


def analyzer() -> Vader:
    """The one VADER analyzer of this process: its lexicon is read from the package once."""
    return vader()


def label(compound: float) -> str:
    """``positive`` (≥ 0.05), ``negative`` (≤ −0.05) or ``neutral``."""
    return "positive" if compound >= POSITIVE else "negative" if compound <= NEGATIVE else "neutral"


def polarity(text: str) -> dict[str, float]:
    """VADER's scores of ``text``'s normalized copy."""
    return analyzer().polarity_scores(normalize(text))


def score_sentiment(article: Article) -> pd.DataFrame:
    """One row per sentence: VADER's ``compound`` (−1 … +1), ``pos``, ``neu``, ``neg``
    (shares of the text), and ``label`` (positive / negative / neutral at ±0.05)."""
    return to_frame(sentiment_columns(article), SENTIMENT_COLUMNS, "sentiment")


def sentiment_columns(article: Article) -> dict[str, np.ndarray]:
    """:func:`score_sentiment` as columns (see :mod:`analysis.columns`)."""
    score = analyzer().polarity_scores
    text = article.normalized
    rows = [score(text[s.start_char : s.end_char]) for s in article.sentences]
    n = len(rows)
    compound = np.fromiter((r["compound"] for r in rows), float, n)
    labels = np.where(compound >= POSITIVE, "positive",
                      np.where(compound <= NEGATIVE, "negative", "neutral")).astype(object)
    return {
        "article_id": repeat(article.article_id, n),
        "sentence_id": np.arange(n, dtype="int64"),
        "compound": compound,
        "pos": np.fromiter((r["pos"] for r in rows), float, n),
        "neu": np.fromiter((r["neu"] for r in rows), float, n),
        "neg": np.fromiter((r["neg"] for r in rows), float, n),
        "label": labels,
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
        "share_positive": float((values >= POSITIVE).mean()),
        "share_negative": float((values <= NEGATIVE).mean()),
        "share_neutral": float(((values > NEGATIVE) & (values < POSITIVE)).mean()),
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
        "share_positive": np.add.reduceat((compound >= POSITIVE).astype(float), starts) / n,
        "share_negative": np.add.reduceat((compound <= NEGATIVE).astype(float), starts) / n,
        "share_neutral": np.add.reduceat(((compound > NEGATIVE) & (compound < POSITIVE))
                                         .astype(float), starts) / n,
        "sentiment_min": np.minimum.reduceat(compound, starts),
        "sentiment_max": np.maximum.reduceat(compound, starts),
    }


def saturation(article: Article) -> pd.DataFrame:
    """Why long texts are scored by their sentences: for the first 1, 2, … body paragraphs,
    VADER's compound of the text as one string next to the mean of its sentence compounds
    (``paragraphs``, ``whole_text``, ``sentence_mean``)."""
    score = analyzer().polarity_scores
    text = article.normalized
    body = [p for p in article.paragraphs if not p.is_title]
    compounds: dict[int, list[float]] = {}
    for s in article.sentences:
        compounds.setdefault(s.paragraph_id, []).append(
            score(text[s.start_char : s.end_char])["compound"])
    rows, so_far = [], []
    for k, para in enumerate(body, start=1):
        so_far.extend(compounds.get(para.paragraph_id, []))
        whole = score(text[body[0].start_char : para.end_char])["compound"]
        rows.append((k, whole, float(np.mean(so_far)) if so_far else 0.0))
    return pd.DataFrame(rows, columns=["paragraphs", "whole_text", "sentence_mean"])
