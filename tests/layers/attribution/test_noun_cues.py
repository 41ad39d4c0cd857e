"""Noun cues and the phrases that name their source (``noun_cues.py``), each on a real sentence
of the development texts (genres dev, Wikinews dev)."""

from __future__ import annotations

import pytest

from tests.layers.attribution.test_verb_rules import found


@pytest.mark.parametrize("text, cue, source", [
    # genres dev, news-story
    ("The Bush administration has faced intense criticism from human rights groups.",
     "criticism", "human rights groups"),
    # genres dev, other: the source after the response's object
    ("The statistics can be found on GOV.UK while a response to the statistics from the "
     "Security Minister was covered by the Mail.", "response", "the Security Minister"),
    # Wikinews dev: a plural possessive
    ("Protesters' demands include investigation of alleged police violence.", "demands",
     "Protesters"),
    # the guideline: "cited X as saying" is X's attribution (genres dev, news-story)
    ("It was first reported by Politico, which cited three sources familiar with the "
     "negotiations as saying intelligence officials did not want to be seen on camera.",
     "saying", "three sources familiar with the negotiations"),
])
def test_an_agent_phrase_names_the_source(text, cue, source):
    assert [row[1] for row in found(text, cue)] == [source]


def test_in_response_to_is_a_preposition():
    # Wikinews dev: the brother's is the statement, not the response
    text = ("The party nominated the princess in response to a statement from her younger "
            "brother, the king.")
    assert found(text, "response") == []


@pytest.mark.parametrize("text, cue, source", [
    # Wikinews dev
    ("Parliament was prorogued by Queen Elizabeth II at the request of Prime Minister Boris "
     "Johnson.", "request", "Prime Minister Boris Johnson"),
    # Wikinews (the bundled Hong Kong story): "of" names whose demands, not what they demand
    ("The withdrawal meets one of the five demands of the protesters.", "demands",
     "the protesters"),
])
def test_an_of_phrase_names_the_source_of_a_demand_or_request(text, cue, source):
    assert [(row[1], row[3]) for row in found(text, cue)] == [(source, None)]


