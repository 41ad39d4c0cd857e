"""Keyword in context: every hedge or booster of a term, category or kind, with its context."""

from __future__ import annotations

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
