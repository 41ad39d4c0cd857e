"""The type of a source phrase from its words (``source_types.py``)."""

from __future__ import annotations

import pytest

from analysis.layers.attribution.source_phrases import source_left
from analysis.layers.attribution.source_types import type_source
from analysis.spine.tokens import tokens


def typed(phrase: str) -> str:
    toks = tokens(phrase + " said")
    src = source_left(toks, len(toks) - 1)
    return type_source(toks, src, phrase.lower(), 0)[0]


@pytest.mark.parametrize(
    "phrase, kind",
    [
        ("He", "pronoun"),
        ("The underground source", "anonymous"),
        ("A senior official", "anonymous"),
        ("Officials", "vague"),
        ("Human rights organizations", "vague"),
        ("Critics", "vague"),
        ("The video", "document"),
        ("The report", "document"),
        ("Reuters", "media_outlet"),
        ("RIA Novosti", "media_outlet"),
        ("The newspaper", "media_outlet"),
        ("The Ukrainian Parliament", "named_organization"),
        ("NATO", "named_organization"),
        ("The ministry", "named_organization"),
        ("A spokesman for the ministry", "anonymous"),  # the guideline: an unnamed spokesperson
        ("John Smith", "named_person"),
        ("President Vladimir Putin", "named_person"),
        ("The president", "named_person"),
        ("A minister", "anonymous"),
        ("Protesters", "vague"),
        # cases from real Wikinews text that were typed wrong once
        ("US Secretary of State Mike Pompeo", "named_person"),
        ("United States authorities", "vague"),
        ("Iran", "named_organization"),
        ("Moscow", "named_organization"),
        ("Ukrainian president", "named_person"),
        ("The Ministry of Defence", "named_organization"),
        ("Analysts at Norbank", "named_organization"),  # they speak for Norbank
        ("Critics of the Kremlin", "vague"),
        ("Doctors at the central hospital", "vague"),
    ],
)
def test_type_source(phrase, kind):
    assert typed(phrase) == kind


def test_a_sentences_anonymity_clause_is_looked_for_once_not_once_per_source():
    """``type_source`` asks whether the sentence says *on condition of anonymity* for every
    source phrase; the sentence is searched once (a search per source was quadratic)."""
    from analysis.layers.attribution.source_types import anonymity_clause_in

    sentence = "Officials said, sources said, aides said, on condition of anonymity."
    toks = tokens(sentence)
    low = sentence.lower()
    before = anonymity_clause_in.cache_info()
    said = [i for i, w in enumerate(toks.lows) if w == "said"]
    kinds = [type_source(toks, source_left(toks, i), low, 0)[0] for i in said]
    after = anonymity_clause_in.cache_info()
    assert after.misses - before.misses == 1 and after.hits - before.hits == len(said) - 1
    assert kinds == ["anonymous"] * 3
