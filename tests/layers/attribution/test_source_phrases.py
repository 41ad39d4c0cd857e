from __future__ import annotations

import pytest

from analysis.layers.attribution.source_phrases import source_right
from analysis.spine.tokens import tokens
from analysis.vocabulary.cues import cues


def test_source_right_stops_at_punctuation_and_time():
    toks = tokens("according to the source, the tempos fell")
    src = source_right(toks, 2)
    assert " ".join(t.text for t in toks[src.first : src.last + 1]) == "the source"
    toks = tokens("according to Gazeta Wyborcza in March, it")
    src = source_right(toks, 2)
    assert " ".join(t.text for t in toks[src.first : src.last + 1]) == "Gazeta Wyborcza"
    toks = tokens("said John Smith on Tuesday")
    src = source_right(toks, 1)
    assert " ".join(t.text for t in toks[src.first : src.last + 1]) == "John Smith"


def test_irregular_forms_come_from_the_lexicon():
    verbs = cues().verbs
    for form in ["said", "told", "wrote", "written", "thought", "found", "admitted"]:
        assert form in verbs
    assert "states" not in verbs  # "the United States", "member states"


@pytest.mark.parametrize("text, source", [
    # a pronoun head is the whole source: never "give police the clarity they"
    ("This will give police the clarity they have asked for on when to use their existing "
     "powers to break up the slow marching tactics protesters have used to halt traffic "
     "across the UK.", "they"),
    ("Well I think the plan will work.", "I"),
    # a clause before the head ends at its finite verb (opinion dev text)
    ("Fifty bloggers from around the world signed a letter urging the international human "
     "rights community to advocate on behalf of Bahraini blogger and Global Voices author "
     "Mohammed Hassan, who was arrested on July 31.", "a letter"),
    # but a relative clause is the phrase's own: its verb cuts nothing
    ("A deal is close, according to two officials who asked not to be named.",
     "two officials who asked not to be named"),
])
def test_a_source_phrase_is_repaired_never_listed_as_garbage(text, source):
    from analysis import Article, find_attributions
    sources = find_attributions(Article.from_text(text, has_title=False)).source.tolist()
    garbage = {"give police the clarity they", "Well I",
               "Fifty bloggers from around the world signed a letter"}
    assert not garbage & set(sources)
    if source is not None:
        assert source in sources
