"""The cue lexicon compiled once: every inflected form, phrases by their first word, and the
reporting verbs the hedging rules read."""

from __future__ import annotations

import pytest

from analysis.lexicons import load
from analysis.vocabulary.cues import cues, phrase_first_words, reporting_verbs


@pytest.mark.parametrize("form, lemma, tense", [
    ("said", "say", "ed"), ("says", "say", "s"), ("admitted", "admit", "ed"),
    ("denying", "deny", "ing"), ("wrote", "write", "ed"), ("told", "tell", "ed"),
])
def test_every_form_of_a_verb_cue_knows_its_lemma_and_tense(form, lemma, tense):
    verb = cues().verbs[form]
    assert (verb.lemma, verb.tense) == (lemma, tense)


def test_frames_come_from_the_lexicon():
    verbs = cues().verbs
    assert "recipient" in verbs["told"].frames and "to_clause" in verbs["urged"].frames
    assert "no_passive" in verbs["shown"].frames and not verbs["said"].frames


def test_phrases_are_indexed_by_every_form_of_their_first_word():
    index = cues().phrase_index
    assert ("point", "out") in [words for words, _, _ in index["pointed"]]
    assert phrase_first_words(("according", "to"), "source_after") == {"according"}
    assert {"spoke", "speaks", "speaking"} <= phrase_first_words(("speak", "of"),
                                                                 "source_object")
    for entries in index.values():  # longest first: "in the words of" before "in a"
        assert [len(w) for w, _, _ in entries] == sorted((len(w) for w, _, _ in entries),
                                                         reverse=True)


def test_the_reporting_verbs_are_every_form_of_every_verb_cue():
    verbs = [r["term"] for r in load("attribution_cues") if r["kind"] == "verb"]
    assert {"said", "admitted", "warned", "claims", "believing"} <= reporting_verbs()
    assert {cues().verbs[f].lemma for f in reporting_verbs()} == set(verbs)
    assert "passed" not in reporting_verbs() and "decided" in reporting_verbs()  # an intention
