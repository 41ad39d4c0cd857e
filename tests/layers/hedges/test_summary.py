from __future__ import annotations

import pytest

from analysis import Article, analyze, paragraph_profile


def test_sentence_counts_densities_and_commitment():
    result = analyze(Article.from_text(
        "T\n\nThe effect was clearly immense. It may possibly help. Nothing is certain.",
        has_title=True))
    s = result.sentences.set_index("sentence_id")
    assert s.loc[1, ["n_hedges", "n_boosters"]].tolist() == [0, 2]
    assert s.loc[1, "booster_density"] == pytest.approx(200 / 5)  # 2 per 5 words
    assert s.loc[1, "commitment"] == 1.0
    assert s.loc[2, ["n_hedges", "n_boosters", "commitment"]].tolist() == [2, 0, -1.0]


def test_a_negated_booster_boosts_nothing():
    s = analyze(Article.from_text("There were no significant changes.", has_title=False))
    assert s.sentences[["n_hedges", "n_boosters", "commitment"]].iloc[0].tolist() == [0, 0, 0]


def test_paragraph_profile_has_hedging(seed):
    profile = paragraph_profile(analyze(seed)).set_index("paragraph_id")
    assert profile.loc[19, ["n_hedges", "n_boosters"]].tolist() == [1, 2]
    assert profile.loc[19, "n_tokens"] == 32
    assert profile.loc[19, "booster_density"] == pytest.approx(2 / 32 * 100)
    assert profile.loc[6, "commitment"] == -1.0  # "suggested", "reportedly"


@pytest.mark.parametrize("hedges, boosters, tokens, density, commitment", [
    (0, 1, 10, 0.0, 1.0),     # all boosting
    (1, 0, 10, 10.0, -1.0),   # all hedging
    (1, 1, 10, 10.0, 0.0),    # balanced
    (0, 0, 10, 0.0, 0.0),     # neither
    (1, 0, 1, 100.0, -1.0),   # a one-word sentence: 100 per 100 words
    (0, 0, 0, 0.0, 0.0),      # no words at all: no density, not a division by zero
])
def test_densities_and_commitment_by_hand(hedges, boosters, tokens, density, commitment):
    import numpy as np

    from analysis.layers.hedges.summary import densities

    out = densities(np.array([hedges]), np.array([boosters]), np.array([tokens]))
    assert out["hedge_density"].tolist() == [density]
    assert out["commitment"].tolist() == [commitment]
    assert out["booster_density"].tolist() == [100.0 * boosters / tokens if tokens else 0.0]
