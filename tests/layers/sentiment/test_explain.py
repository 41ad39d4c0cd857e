from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import explain_sentiment
from analysis.layers.sentiment.scores import analyzer
from analysis.spine.normalize import normalize

STRIKES = ("The underground source suggested that the strikes have not only targeted "
           "infrastructure but also morale, with conscripts and officials reportedly "
           "demoralized by the uncertainty and fear of further attacks.")


def test_the_issues_example():
    frame = explain_sentiment(STRIKES)
    rows = {r.token: r for r in frame.itertuples()}
    assert list(rows) == ["strikes", "demoralized", "uncertainty", "fear", "attacks"]
    assert rows["strikes"].lexicon_valence == -1.5 and rows["strikes"].but_factor == 0.5
    assert all(rows[w].but_factor == 1.5 for w in ["demoralized", "fear", "attacks"])
    assert frame.attrs["compound"] == analyzer().polarity_scores(STRIKES)["compound"]


@pytest.mark.parametrize(
    "text, token, column, value",
    [
        ("The food was not good.", "good", "negated", True),
        ("The food was very good.", "good", "booster", "very"),
        ("The food was GOOD, the service slow.", "GOOD", "capitals", True),
        ("He didn\u2019t like it.", "like", "negated", True),  # curly apostrophe normalized
    ],
)
def test_reasons(text, token, column, value):
    frame = explain_sentiment(text).set_index("token")
    assert frame.loc[token, column] == value


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(
    ["good", "bad", "not", "very", "but", "great", "terrible", "kind", "of", "no", "GOOD",
     "!", "?", "the", "war", "peace", "didn't", "hardly", "least", "at", "never", "so", ":)",
     "\U0001F600", "fear", "trust"]), min_size=1, max_size=25).map(" ".join))
def test_the_explanation_sums_to_vaders_compound(text):
    expected = analyzer().polarity_scores(normalize(text))["compound"]
    assert explain_sentiment(text).attrs["compound"] == expected
