"""The framing table a reader sees."""

from __future__ import annotations

from analysis import analyze, framing_view


def test_the_seed_framing_view(seed):
    view = framing_view(analyze(seed))
    assert list(view.columns) == ["paragraph", "words", "category", "intensity", "voice"]
    swoops = view[view.words == "swoops"].iloc[0]
    assert (swoops.category, swoops.voice) == ("emotive", "the article's own voice")
    assert view[view.words == "busification"].voice.item() == "what someone is reported to say"
