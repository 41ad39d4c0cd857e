"""Names read from one sentence's tokens: the runs of capitalized words, their roles and their
kinds. Sentences are from the genre development texts
(``tests/fixtures/genres_attribution/dev``) unless marked."""

from __future__ import annotations

import pytest

from analysis.spine.article import Article
from analysis.spine.document import prepare
from analysis.spine.mentions import ORGANIZATION, OUTLET, PERSON, PLACE
from analysis.spine.names import governed, headline_case, kind_of, name_runs


def runs(sentence: str) -> list[tuple[str, str, str]]:
    """The names of the sentence: their words, their role and their kind."""
    toks = prepare(Article.from_text(sentence, has_title=False)).tokens[0]
    out = []
    for first, last, role in name_runs(toks):
        lows = [toks.lows[k] for k in range(first, last + 1) if toks.is_word[k]]
        text = sentence[toks.starts[first]:toks.ends[last]]
        out.append((text, role, kind_of(toks, first, last, lows, role)))
    return out


@pytest.mark.parametrize("sentence, name, role, kind", [
    # titles before a name are its role (Wikinews dev)
    ("U.S. District Judge Gray Miller wrote that the law was clear.",
     "Gray Miller", "U.S. District Judge", PERSON),
    # an organization word makes a body
    ("The Lancashire Constabulary have reported a 36% fall.",
     "Lancashire Constabulary", "", ORGANIZATION),
    # a name ending as outlets' names do is an outlet (Wikinews dev)
    ("The attack was reported by the Tehran Times on Sunday.", "Tehran Times", "", OUTLET),
    # a name after "in" is a place
    ("They want women to wear chadari, a female teacher in Takhar told VOA.",
     "Takhar", "", PLACE),
    # a broadcaster's one-word name of capitals and digits (Wikinews dev)
    ("Radio RMF FM and TVN24 reported the attacker had a criminal record.", "TVN24", "", OUTLET),
    # a website's name ending as outlets' names do
    ("The report was first published by Business Insider on Monday.", "Business Insider", "",
     OUTLET),
    # two titles joined by "and" are one compound role (Wikinews, 2019: PG&E's letter)
    ("In a letter to The Mercury News, published on Monday, PG&E President and CEO Andy Vesey "
     "said the firm was working to install poles.", "Andy Vesey", "PG & E President and CEO",
     PERSON),
    # an office named with "of" before a given name and surname is the role (news-story dev)
    ("Director of National Intelligence James Clapper said the hacking was a threat.",
     "James Clapper", "Director of National Intelligence", PERSON),
])
def test_a_name_has_its_role_and_its_kind(sentence, name, role, kind):
    assert (name, role, kind) in runs(sentence)


def test_a_person_before_of_and_a_body_after_it_are_two_names():
    # Wikinews dev
    found = [text for text, _, _ in
             runs("Jennifer Lu of Marriage Equality Coalition Taiwan said the vote mattered.")]
    assert found == ["Jennifer Lu", "Marriage Equality Coalition Taiwan"]


@pytest.mark.parametrize("sentence, expected", [
    ("Afghan Women Report Some Harassment, Taliban Promise Security", True),  # news-story dev
    ("Ukrainian Mobilization Tempos Decline Amid Reports of Russian Strikes", True),  # the seed
    ("Female schoolteachers in two provinces of Afghanistan are reporting harassment.", False),
])
def test_a_headline_is_told_by_its_capitals(sentence, expected):
    toks = prepare(Article.from_text(sentence, has_title=False)).tokens[0]
    assert headline_case(toks) is expected


@pytest.mark.parametrize("sentence, name, expected", [
    # the object of a preposition (news-story dev)
    ("They testified Thursday before the Senate Armed Services Committee.",
     "Senate Armed Services Committee", True),
    # the one told (news-story dev)
    ("Women in Takhar province tell VOA that there are new restrictions.", "VOA", True),
    # a body named before a title (news-story dev)
    ("National Security Agency chief Michael Rogers said so.", "National Security Agency",
     True),
    # a subject after "that", which opens a clause (news-story dev)
    ("The teacher explained that the Taliban in the province were so strict.", "Taliban",
     False),
])
def test_a_name_governed_by_a_preposition_or_a_verb_of_telling(sentence, name, expected):
    toks = prepare(Article.from_text(sentence, has_title=False)).tokens[0]
    first, last, _ = next(r for r in name_runs(toks)
                          if sentence[toks.starts[r[0]]:toks.ends[r[1]]] == name)
    assert governed(toks, first, last) is expected


def test_headline_case_is_read_once_a_sentence_however_many_cues_ask():
    """``SMITH Jones Said BROWN …`` in one sentence: every cue asked whether the sentence is in
    headline case and each answer read the whole sentence (4x the text, 15x the time)."""
    from tests.work import analysis_of, growth

    assert growth(analysis_of(lambda k: "SMITH Jones Said BROWN " * k),
                  ["spine/names.py"]) <= 4.5
