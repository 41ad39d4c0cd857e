"""The cue rules of issue 26's second round, by class of miss and of false cue, each on a
real sentence of the development texts (genres dev, Wikinews dev), and each with a sentence
the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.layers.attribution.test_cue_rules import found

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


# --- documents and data as subjects ------------------------------------------------------------


@pytest.mark.parametrize("text, cue, source", [
    # genres dev, press-release: a publication's "out today" between a document and its cue
    ("New figures out today show that around 600,000 children benefitted from the programme.",
     "show", "New figures"),
    # genres dev, other: the tagger reads "notes" as a noun; a that-clause follows a document
    ("The coverage notes that there were 400 terror-related offences in the year up to "
     "September 2017.", "notes", "The coverage"),
    # genres dev, science-health: a document's "identified" needs no "as"
    ("In the past, USGS maps only identified natural earthquake hazards.", "identified",
     "USGS maps"),
    # genres dev, science-health: a relative "that" after a document makes "forecast" a verb
    ("It is a supplement to existing USGS assessments that forecast earthquake shaking over "
     "50 years.", "forecast", "existing USGS assessments"),
    # Wikinews dev: an archive is a document
    ("The archive characterizes events where four or more people are killed or injured by "
     "gunfire, other than the perpetrator, as a mass shooting.", "characterizes",
     "The archive"),
])
def test_a_document_subject_is_a_source(text, cue, source):
    assert [row[1] for row in found(text, cue)] == [source]


@pytest.mark.parametrize("text, cue", [
    # identifying a person is an act, not a finding
    ("Police identified the victim on Monday.", "identified"),
    # a relative "that" after a noun: "notes" stays a noun
    ("The notes that were published show nothing.", "notes"),
    # "so that" is no relative pronoun
    ("He left early so that claims could be checked.", "claims"),
])
def test_no_document_no_finding(text, cue):
    assert found(text, cue) == []

