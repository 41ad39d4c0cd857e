from __future__ import annotations

from analysis.layers.sentiment import lexicon_valence, saturation, word_contributions


def test_saturation_of_the_seed(seed):
    curve = saturation(seed)
    assert len(curve) == 24
    assert curve.whole_text.iloc[-1] < -0.99  # the whole text saturates
    assert -0.5 < curve.sentence_mean.iloc[-1] < -0.3  # the sentence mean does not
    assert curve.whole_text.iloc[0] == curve.sentence_mean.iloc[0]  # one sentence: the same


def test_word_contributions_of_the_seed(seed):
    words = word_contributions(seed).set_index("word")
    assert words.loc["fear", "count"] == 3
    assert words.index[0] == "fear"  # the most negative total
    assert words.loc["loved", "total_valence"] > 0  # "losing loved ones": a lexicon's blind spot


def test_lexicon_valence():
    frame = lexicon_valence(["busification", "Outrage"]).set_index("word")
    assert not frame.loc["busification", "in_lexicon"]
    assert frame.loc["Outrage", "valence"] == -2.3
