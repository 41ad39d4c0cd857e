"""The framing table a reader sees."""

from __future__ import annotations

from analysis import analyze, framing_view


def test_the_seed_framing_view(seed):
    view = framing_view(analyze(seed))
    assert list(view.columns) == ["paragraph", "words", "category", "intensity", "voice"]
    swoops = view[view.words == "swoops"].iloc[0]
    assert (swoops.category, swoops.voice) == ("emotive", "the article's own voice")
    assert view[view.words == "busification"].voice.item() == "what someone is reported to say"


def test_the_seed_held_against_its_annotation(seed):
    from analysis.evaluate.framing import read_spans
    from analysis.views.framing import framing_against
    from tests.conftest import ROOT

    spans = read_spans(ROOT / "tests/fixtures/wikinews_framing/spans.tsv")["seed-ria-novosti"]
    view = framing_against(analyze(seed), spans)
    assert list(view.columns) == ["paragraph", "words", "outcome", "label", "category"]
    outcome = dict(zip(view.words, view.outcome, strict=False))
    assert outcome["swoops"] == "found" and outcome["raids"] == "missed"
    assert outcome["precarious"] == "false alarm"
    # every scored gold span is a row, and the doubt marker (label D) is not scored
    assert (view.outcome != "false alarm").sum() == sum(label in "LN" for label, _, _ in spans)
    assert "so-called" not in set(view.words)
    assert view.paragraph.is_monotonic_increasing
    # a gold span is found exactly when a loaded-language mark overlaps it
    assert view[view.outcome == "found"].category.isin(["label", "emotive"]).all()
