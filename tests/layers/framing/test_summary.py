"""Framing per sentence and paragraph: all voices, and the article's own."""

from __future__ import annotations

from analysis import analyze


def test_the_seed_sentence_and_paragraph_counts(seed):
    result = analyze(seed)
    s = result.sentences
    assert s.n_framing.sum() == len(result.framing)
    assert s.n_framing_own.sum() == (result.framing.voice == "own").sum()
    assert (s.own_framing_density <= s.framing_density).all()
    p = result.paragraphs
    assert p.n_framing.sum() == len(result.framing)
    row = p[p.paragraph_id == 19].iloc[0]  # "immense", "constant fear", "trauma"
    assert row.n_framing_own == 3
    assert abs(row.own_framing_density - 300 / row.n_tokens) < 1e-9
