"""The hedging table a reader sees: weasel words apart, and whose voice each cue is in."""

from __future__ import annotations

from analysis import analyze, hedge_view


def test_the_seed_weasels_are_named_as_such(seed):
    view = hedge_view(analyze(seed))
    assert list(view.columns) == ["paragraph", "words", "what", "category", "voice"]
    weasels = view[view.what == "weasel word"]
    assert set(weasels.words) >= {"human rights organizations", "widespread reports",
                                  "critics", "many residents"}
    often = view[view.words == "often"].iloc[0]
    assert (often.what, often.category, often.voice) == ("hedge", "generalizer", "the article")
    negated = view[view.what == "booster (negated)"]
    assert negated.words.tolist() == ["significant"]  # "no significant videos"


def test_voice_follows_the_quotation_marks():
    from analysis import Article
    view = hedge_view(analyze(Article.from_text(
        'T\n\n"This will probably fail," she said. It will probably fail.')))
    assert view.voice.tolist() == ["a quotation", "the article"]
