"""Sentiment labels: the VADER paper's thresholds on the compound score, defined once.

A sentence is *positive* at a compound of +0.05 or more, *negative* at −0.05 or less, and
*neutral* between (Hutto & Gilbert 2014). The sentiment layer labels sentences with them; the
profile, the summary, the guide, the charts and the highlighted article all read them here.
"""

from __future__ import annotations

import numpy as np

POSITIVE = 0.05
NEGATIVE = -0.05
LABELS = ("positive", "negative", "neutral")


def label(compound: float) -> str:
    """``positive`` (≥ 0.05), ``negative`` (≤ −0.05) or ``neutral``."""
    return "positive" if compound >= POSITIVE else "negative" if compound <= NEGATIVE else "neutral"


def is_positive(compound: np.ndarray | float) -> np.ndarray | bool:
    """Whether a compound score (or each of an array) is positive."""
    return compound >= POSITIVE


def is_negative(compound: np.ndarray | float) -> np.ndarray | bool:
    """Whether a compound score (or each of an array) is negative."""
    return compound <= NEGATIVE


def is_neutral(compound: np.ndarray | float) -> np.ndarray | bool:
    """Whether a compound score (or each of an array) is neutral."""
    return (compound > NEGATIVE) & (compound < POSITIVE)


def labels(compound: np.ndarray) -> np.ndarray:
    """:func:`label` of every value, as a text array."""
    return np.where(is_positive(compound), "positive",
                    np.where(is_negative(compound), "negative", "neutral")).astype(object)
