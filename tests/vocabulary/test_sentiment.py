"""The sentiment thresholds, at and around the VADER paper's ±0.05."""

from __future__ import annotations

import numpy as np
import pytest

from analysis.vocabulary.sentiment import (
    NEGATIVE,
    POSITIVE,
    is_negative,
    is_neutral,
    is_positive,
    label,
    labels,
)


@pytest.mark.parametrize("compound, expected", [
    (0.05, "positive"), (0.0499, "neutral"), (-0.05, "negative"), (-0.0499, "neutral"),
    (0.0, "neutral"), (1.0, "positive"), (-1.0, "negative"),
])
def test_labels_at_the_papers_thresholds(compound, expected):
    assert label(compound) == expected
    assert labels(np.array([compound])).tolist() == [expected]


def test_the_three_classes_partition_every_score():
    values = np.linspace(-1, 1, 401)
    classes = np.vstack([is_positive(values), is_negative(values), is_neutral(values)])
    assert (classes.sum(axis=0) == 1).all()
    assert (POSITIVE, NEGATIVE) == (0.05, -0.05)
