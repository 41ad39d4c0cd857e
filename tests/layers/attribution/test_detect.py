"""Attribution cues in real-shaped news sentences: a table a reader can check by eye."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import Article, find_attributions


def attributions(text: str) -> list[tuple]:
    article = Article.from_text(text, has_title=False)
    out = []
    for r in find_attributions(article).itertuples():
        content = article.text[r.content_start : r.content_end] if pd.notna(r.content_start) \
            else None
        out.append((r.cue, r.source if pd.notna(r.source) else None,
                    r.source_type if pd.notna(r.source_type) else None, content))
    return out


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"We will not back down," Prime Minister Jane Doe said on Tuesday.',
         [("said", "Prime Minister Jane Doe", "named_person", "We will not back down,")]),
        ('"We will not back down," said Jane Doe.',
         [("said", "Jane Doe", "named_person", "We will not back down,")]),
        ("John Smith, a spokesman for the ministry, told reporters that the talks had failed.",
         [("told", "John Smith", "named_person", "the talks had failed")]),
        ("She added that the plan was sound.",
         [("added", "She", "pronoun", "the plan was sound")]),
        ("An engineer who inspected it, speaking on condition of anonymity because the report "
         "is not yet public, said cracks were found.",
         [("said", "An engineer", "anonymous", "cracks were found")]),
        ("Officials who asked not to be named said the deal was close.",
         [("said", "Officials", "anonymous", "the deal was close")]),
        ("A senior official, speaking on condition of anonymity, said the army would withdraw.",
         [("said", "A senior official", "anonymous", "the army would withdraw")]),
        ("According to Reuters, the ship sank near the coast.",
         [("According to", "Reuters", "media_outlet", "the ship sank near the coast")]),
        ("It was reported that the minister resigned.",
         [("reported", None, None, "the minister resigned")]),
        ("The minister was quoted as saying that he would resign.",
         [("quoted as saying", "The minister", "named_person", "he would resign")]),
        ("Critics say the law is too harsh.",
         [("say", "Critics", "vague", "the law is too harsh")]),
        ("Experts believe the virus spread from bats.",
         [("believe", "Experts", "vague", "the virus spread from bats")]),
        ("The report found that emissions rose by 3 percent.",
         [("found", "The report", "document", "emissions rose by 3 percent")]),
        ("Police said the suspect was arrested at 5 p.m.",
         [("said", "Police", "named_organization", "the suspect was arrested at 5 p.m.")]),
        ("Amnesty International accused the government of torture.",
         [("accused", "Amnesty International", "named_organization",
           "the government of torture")]),
        ("In a statement, the Ministry of Defence said its forces repelled the attack.",
         [("said", "the Ministry of Defence", "named_organization",
           "its forces repelled the attack")]),
        ("The newspaper reported that the mayor had resigned.",
         [("reported", "The newspaper", "media_outlet", "the mayor had resigned")]),
        ("The New York Times reported on Sunday that the talks collapsed.",
         [("reported", "The New York Times", "media_outlet", "the talks collapsed")]),
        ("He pointed out that turnout was low.",
         [("pointed out", "He", "pronoun", "turnout was low")]),
        ("Residents who fled the city said shelling continued overnight.",
         [("said", "Residents", "vague", "shelling continued overnight")]),
        ("They fear that the raids will continue.",
         [("fear", "They", "pronoun", "the raids will continue")]),
        ("He was told by police that the road was closed.",
         [("told", "police", "named_organization", "the road was closed")]),
        ('The minister said: "We are ready."',
         [("said", "The minister", "named_person", "We are ready.")]),
        ("The data suggest that prices will fall.",
         [("suggest", "The data", "document", "prices will fall")]),
        ("Sources close to the president said he was furious.",
         [("said", "Sources close to the president", "anonymous", "he was furious")]),
        ("A person familiar with the matter said the deal was off.",
         [("said", "A person familiar with the matter", "anonymous", "the deal was off")]),
        ("Some say the war will last years.",
         [("say", "Some", "vague", "the war will last years")]),
        ("The video shows soldiers crossing the river.",
         [("shows", "The video", "document", "soldiers crossing the river")]),
        ('"It is over." \u2014 Jane Doe', [("\u2014", "Jane Doe", "named_person", "It is over.")]),
        ("Ms. Lee insisted the figures were correct.",
         [("insisted", "Ms. Lee", "named_person", "the figures were correct")]),
        ("The claims by the opposition were dismissed.",
         [("claims", "the opposition", "named_organization", None)]),
        ("Citing two officials, the agency said the talks would resume.",
         [("Citing", "two officials", "vague", "the agency said the talks would resume"),
          ("said", "the agency", "named_organization", "the talks would resume")]),
        ("The ship reportedly sank.", [("reportedly", None, None, None)]),
        # found while writing the contrast articles
        ("According to three officials familiar with the talks, the age may fall.",
         [("According to", "three officials familiar with the talks", "anonymous",
           "the age may fall")]),
        ("According to ministry figures, 12 percent did not report.",
         [("According to", "ministry figures", "document", "12 percent did not report")]),
        # "and had warned" inside a reported clause: the warner is in the clause, not the
        # speaker; the source is left implicit rather than guessed wrong
        ("A person close to him said he opposed it and had warned that it could fail.",
         [("said", "A person close to him", "anonymous", "he opposed it and had warned that "
           "it could fail"), ("opposed", "he", "pronoun", "it"),
          ("warned", None, None, "it could fail")]),
    ],
)
def test_attributions(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, cue, source", [
    # the seed (sentence 13): no noun is left without the cue, and a hearsay plural is its
    # own vague source — whose reports, the text does not say (a weasel)
    ("This legislative move came in response to widespread reports of abuses, including the "
     "arbitrary detention of men.", "reports", "widespread reports"),
    # the seed's title: the cue is the whole phrase
    ("Ukrainian Mobilization Tempos Decline Amid Reports of Russian Strikes on Mobilization "
     "Centers.", "Reports", "Reports"),
    # a press release (genres dev): the words before the cue are the source, the cue is not
    ("They play an important role in the planning system, but councils and developers report "
     "that the system is not working effectively.", "report", "developers"),
])
def test_a_source_phrase_never_holds_its_own_cue(text, cue, source):
    found = [(c, s) for c, s, _, _ in attributions(text) if c == cue]
    assert found == [(cue, source)]


def test_a_phrase_that_opens_with_a_preposition_is_no_source():
    # news-story dev: "thought" read as a verb, its "subject" an adverbial
    text = ("In conservative Islamic thought, mahram can include a limited number of close male "
            "relatives.")
    assert all(source is None for _, source, _, _ in attributions(text))


@pytest.mark.parametrize(
    "text",
    [
        "The company added 200 jobs last year.",  # "added" without a reported clause
        "The strikes have shown no sign of slowing.",  # "shown" without a source subject
        "This suggests that the policy failed.",  # an inference, not an attribution
        "The fear of raids has grown.",  # "fear" as a noun
        "The law was passed in May.",
        "The report was published on Monday.",  # a document mentioned, not cited
        "Men are taken even if they have deferments or military documents.",
        "The Ukrainian Parliament supported the introduction of criminal liability.",
        "He lives in the United States.",
        "The inner star has estimated mass of at least 6.3 solar masses.",  # Wikinews, 2020
        "Two regional banks have agreed to merge.",  # "agree to" is an action
        "The numbers don't add up.",
    ],
)
def test_not_attributions(text):
    assert attributions(text) == []


# --- skipping phrase-only cue words changes nothing ------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from analysis.layers.attribution import detect  # noqa: E402
from analysis.spine.tokens import tokens  # noqa: E402
from analysis.vocabulary.cues import cues  # noqa: E402

_PHRASES = sorted({" ".join(words) for entries in cues().phrase_index.values()
                   for words, _, _ in entries})
_PIECES = [*_PHRASES, *sorted({w for p in _PHRASES for w in p.split()}), "Smith", "the",
           "officials", "said", "that", ",", ".", "\"", "a", "statement", "Reuters"]


def _every_candidate(toks, low):
    """find_in_sentence trying every candidate (no phrase-only word skipped)."""
    with pytest.MonkeyPatch.context() as m:
        m.setattr(detect, "_phrase_only_words", lambda: {})
        return detect.find_in_sentence(toks, low)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=10))
def test_phrase_only_words_skip_nothing_that_could_match(words):
    text = " ".join(words)
    toks = tokens(text)
    assert detect.find_in_sentence(toks, text.lower()) == _every_candidate(toks, text.lower())


def test_phrase_only_words_on_the_seed(seed_doc):
    assert detect._phrase_only_words()["according"] == {"to"}
    for sentence, toks in zip(seed_doc.sentences, seed_doc.tokens, strict=True):
        low = seed_doc.normalized[sentence.start_char : sentence.end_char].lower()
        assert detect.find_in_sentence(toks, low) == _every_candidate(toks, low)


def test_noun_cues_work_linearly_when_each_heads_the_next_ones_source():
    """``reports of claims by critics of …``: each noun cue was tried against every other
    cue's source (4x the text, 12x the lines); the sources are now bisected."""
    from tests.work import analysis_of, growth

    files = ["layers/attribution/detect.py", "layers/attribution/clauses.py",
             "layers/attribution/source_phrases.py", "layers/attribution/noun_cues.py",
             "layers/attribution/verb_rules.py", "layers/attribution/source_types.py"]
    assert growth(analysis_of(lambda k: "reports of claims by critics of " * k), files) <= 4.5


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 20), st.integers(0, 4), st.booleans()), max_size=8),
       st.integers(0, 24))
def test_a_cue_inside_another_cues_source_is_found_as_trying_each_finds_it(spans, cue):
    """``_InSource``: whether a cue's first token lies in another cue's source, bisected over
    the sources with the furthest ends — as trying every other cue says (a cue's own source
    may hold it: *widespread reports of*)."""
    from analysis.layers.attribution.source_phrases import Source

    found = [detect.Found(first, first, "noun", "report",
                          Source(first, first + length, first) if sourced else None)
             for first, length, sourced in spans]
    probe = detect.Found(cue, cue, "noun", "report", Source(max(0, cue - 2), cue, cue))
    everyone = [*found, probe]
    expected = any(g.source is not None and g.source.first <= cue <= g.source.last
                   for g in everyone if g is not probe)
    assert detect._InSource(everyone)(probe) is expected
