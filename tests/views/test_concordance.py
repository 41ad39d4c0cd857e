"""Keyword in context: every hedge or booster of a term, category or kind, with its context."""

from __future__ import annotations

import pytest

from analysis import Article, analyze, concordance


def test_concordance(seed):
    result = analyze(seed)
    kwic = concordance(result, "intensifier", width=20)
    assert list(kwic.columns) == ["sentence_id", "left", "match", "right"]
    assert kwic.match.tolist()[:3] == ["significantly", "greatly", "significant"]
    assert all(len(left) == 20 for left in kwic.left)
    assert kwic.iloc[0].left == "ion in Ukraine have "
    assert concordance(result, "REPORTEDLY").match.tolist() == ["reportedly"]
    assert concordance(result, "no-such-term").empty


def test_context_is_cut_at_the_width_and_line_breaks_are_folded():
    text = "Port\n\nThe harbour will probably reopen,\nofficials hope."
    kwic = concordance(analyze(Article.from_text(text)), "probably", width=10)
    # ten characters each side; the line break inside the right context becomes a space
    assert kwic.to_dict("records") == [{"sentence_id": 1, "left": "bour will ",
                                        "match": "probably", "right": "reopen, o "}]


def test_framing_marks_in_context_by_category_or_voice(seed):
    result = analyze(seed)
    emotive = concordance(result, "emotive", width=25, layer="framing")
    assert "dragged away" in emotive.match.tolist()
    # the seed's own voice: no mark that the article attributes to its source
    own = concordance(result, "own", layer="framing")
    assert "so-called" not in own.match.tolist() and "immense" in own.match.tolist()
    assert len(own) == (result.framing.voice == "own").sum()
    # a hedge's category is not a framing category
    assert concordance(result, "intensifier", layer="framing").empty


def test_an_unknown_layer_is_refused(seed):
    with pytest.raises(ValueError, match="unknown layer 'sentiment'"):
        concordance(analyze(seed), "outrage", layer="sentiment")
