"""Passive cues (``passives.py``): a belief the text gives no one, and a passive that names
its agent, each on a real sentence of the development texts."""

from __future__ import annotations

import pytest

from tests.layers.attribution.test_verb_rules import found

# --- hearsay passives: a belief the text gives no one ----------------------------------------


@pytest.mark.parametrize("text, cue, content", [
    # genres dev, press-release: an expletive "it", a clause with no "that"
    ("By allowing these schemes to invest surplus in UK productive finance assets, it is "
     "believed the schemes can help boost the UK's leading position.", "believed",
     "the schemes can help boost the UK's leading position"),
    # genres dev, opinion: a to-infinitive after the passive
    ("In everyday life, roughly 90 percent of Belarusians are believed to speak Russian.",
     "believed", "to speak Russian"),
    # the fixed phrases of Wikipedia's words to watch, read by the same rule
    ("It is understood that the minister will resign.", "understood",
     "the minister will resign"),
    ("The man is thought to have fled abroad.", "thought", "to have fled abroad"),
])
def test_a_hearsay_passive_is_an_attribution_with_no_source(text, cue, content):
    assert [(row[1], row[3]) for row in found(text, cue)] == [(None, content)]


@pytest.mark.parametrize("text, cue", [
    ("The mechanism is not well understood.", "understood"),
    ("She was thought of as a leader.", "thought"),
    # the guideline: a prediction with no source is no attribution (Wikinews dev)
    ("The state of emergency was expected to end on December 15.", "expected"),
])
def test_a_passive_with_no_hearsay_reading_is_no_cue(text, cue):
    assert found(text, cue) == []


def test_a_hearsay_passive_with_an_agent_names_it():
    text = "It was believed by experts that the wall would hold."
    assert [row[1] for row in found(text, "believed")] == ["experts"]
