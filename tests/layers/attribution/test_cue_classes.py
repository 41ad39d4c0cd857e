"""The cue rules of issue 26's second round, by class of miss and of false cue, each on a
real sentence of the development texts (genres dev, Wikinews dev), and each with a sentence
the rule must leave alone."""

from __future__ import annotations

import pytest

from analysis import Article, find_attributions
from tests.layers.attribution.test_verb_rules import found

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



# --- false cues by class -----------------------------------------------------------------------


@pytest.mark.parametrize("text, cue", [
    # genres dev, press-release: a belief verb's object with no clause is a thing felt
    ("Today's case sends a clear message to the smuggling gangs that they will feel the full "
     "weight of the law.", "feel"),
    # genres dev, other: a negative pronoun names no one
    ("No one wants to see further bloodshed.", "wants"),
    # genres dev, press-release and opinion: a present-tense cue in a clause of condition
    ("The bill will allow police to carry out Stop and Search when they believe protestors "
     "are setting out to inflict serious disruption.", "believe"),
    ("The events in Ukraine show what can happen when a close Russian ally with lots of "
     "Russian-speaking people decides to “change sides”.", "decides"),
    # genres dev, other: demonstrating by a deed is no finding
    ("Through this attack, Iran has once again demonstrated that it is intent on sowing "
     "chaos in the region.", "demonstrated"),
    # genres dev, other: admitting people is letting them in; a "that" after the object is a
    # relative pronoun
    ("The U.S. has been admitting people that it never should have allowed to come here.",
     "admitting"),
    # genres dev, news-story: a place after "from" says where a report was filed
    ("VOA's Dan Robinson has a report from Capitol Hill.", "report"),
    # genres dev, opinion: a participle after an adverbial phrase modifies it
    ("For those of you worried about where we might have been for 45 years, let me reassure "
     "you Britain is back.", "worried"),
    # an existential "there" is no source
    ("There were reports from Kabul Province of fighting.", "reports"),
])
def test_a_false_cue_of_a_known_class_is_not_found(text, cue):
    assert found(text, cue) == []


@pytest.mark.parametrize("text, cue, source", [
    # the same rules leave their true cues alone
    ('In the document, the writer supposes a "cultural and ethnic replacement brought on by '
     'an invasion" of Hispanic people into the United States.', "supposes", "the writer"),
    ("The results demonstrate that the drug works.", "demonstrate", "The results"),
    ("Trump has admitted to ordering the payments.", "admitted", "Trump"),
    ("When officers arrived, police said the man had fled.", "said", "police"),
    ("The Bush administration has faced intense criticism from human rights groups.",
     "criticism", "human rights groups"),
    # genres dev, news-story and Wikinews dev: a refusal is a stance; "prices declined" is not
    ("U.S. intelligence officials declined Thursday to rule out the possibility that the "
     "intelligence chiefs would forgo the hearings.", "declined",
     "U.S. intelligence officials"),
    ("The plaintiffs asked him to delay his ruling, but he declined.", "declined", "he"),
])
def test_the_rules_against_false_cues_keep_true_ones(text, cue, source):
    assert [row[1] for row in found(text, cue)] == [source]


def test_a_decline_of_numbers_is_no_refusal():
    assert found("Prices declined by 3 percent.", "declined") == []


# --- possessive sources of nouns of position and intention --------------------------------------


@pytest.mark.parametrize("text, cue, source", [
    # genres dev, other
    ("Presidential Actions to begin fulfilling his promises to ‘Make America Great Again.’",
     "promises", "his"),
    ("The President’s team followed through on his commitment to action.", "commitment",
     "his"),
    # the guideline's own example
    ("Under her plan, taxes would fall.", "plan", "her"),
])
def test_a_possessive_pronoun_is_the_source_of_a_position(text, cue, source):
    assert [(row[1], row[2]) for row in found(text, cue)] == [(source, "pronoun")]


@pytest.mark.parametrize("text, cue", [
    # genres dev, news-story: a noun of speech after a possessive is the verb cue's modifier
    ("Director of National Intelligence Marcel Lettre said in prepared opening remarks for "
     "their testimony Thursday that Russia was behind the hacks.", "testimony"),
    # genres dev, press-release: a capitalised noun cue inside a name
    ("The reforms will reduce delays, demonstrating the government’s Plan for Change in "
     "action.", "Plan"),
])
def test_a_noun_cue_that_is_a_modifier_or_a_name_is_not_found(text, cue):
    assert found(text, cue) == []


def test_a_noun_cue_inside_a_verb_cues_content_is_nested():
    # genres dev, news-story: Pakistan's plan is what Burns said, not an attribution of its own
    text = ("Under Secretary of State for Political Affairs, Nicholas Burns, said Pakistan's plan "
            "to lay land mines along parts of its border with Afghanistan is a bad idea.")
    rows = find_attributions(Article.from_text(text, has_title=False))
    assert rows.loc[~rows.nested, "cue"].tolist() == ["said"]
    assert rows.loc[rows.nested, "cue"].tolist() == ["plan"]
