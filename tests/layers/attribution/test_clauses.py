"""Where clauses begin and end around a cue: the token navigation behind content spans, on
real sentences (Wikinews, 2019–2020)."""

from __future__ import annotations

import pytest

from analysis import find_attributions
from analysis.layers.attribution.clauses import (
    content_after,
    ends_with_colon,
    find_by,
    find_that,
    has_content_marker,
    prev_word,
    span,
    starts_clause,
    trailing,
    verbal_subject,
)
from analysis.layers.attribution.source_phrases import Source
from analysis.spine.article import Article
from analysis.spine.tokens import tokens


def at(toks, word: str) -> int:
    return toks.lows.index(word)


def content(text: str, cue: str, **kwargs) -> str | None:
    toks = tokens(text)
    found = content_after(toks, at(toks, cue) + 1, **kwargs)
    return None if found is None else text[found[0]:found[1]]


@pytest.mark.parametrize("text, cue, recipient, expected", [
    ("Police said that the driver was arrested at the scene.", "said", False,
     "the driver was arrested at the scene"),
    ("The ministry told reporters on Monday that the border would stay closed.", "told", True,
     "the border would stay closed"),
    ("Officials reported on Sunday that 12 people had died.", "reported", False,
     "12 people had died"),
    ('He added: "We are ready."', "added", False, "We are ready"),
])
def test_content_after_a_cue(text, cue, recipient, expected):
    assert content(text, cue, recipient=recipient) == expected


def test_a_content_marker_follows_a_cue_or_not():
    said = tokens("The minister said the plan was ready.")
    assert not has_content_marker(said, at(said, "said"), frozenset())
    that = tokens("The minister said that the plan was ready.")
    assert has_content_marker(that, at(that, "said"), frozenset())
    urged = tokens("The union urged members to strike.")
    assert has_content_marker(urged, at(urged, "urged"), frozenset({"to_clause", "recipient"}))
    assert not has_content_marker(urged, at(urged, "urged"), frozenset())
    adds_up = tokens("The numbers don't add up.")
    assert not has_content_marker(adds_up, at(adds_up, "add"), frozenset())


def test_the_passive_by_and_a_later_that_are_found_within_their_reach():
    toks = tokens("The plan was criticized by environmental groups in the region.")
    assert find_by(toks, at(toks, "criticized") + 1) == at(toks, "by")
    cut = tokens('The plan was criticized, "by all accounts", heavily.')
    assert find_by(cut, at(cut, "criticized") + 1) is None  # a comma ends the search
    later = tokens("He wrote in an email to passengers that the ship would sail.")
    assert find_that(later, at(later, "wrote") + 1) == at(later, "that")


def test_the_word_before_a_cue_skips_adverbs():
    toks = tokens("Officials also repeatedly said so.")
    assert prev_word(toks, at(toks, "said")) == at(toks, "officials")
    assert prev_word(tokens("Said he."), 0) is None


@pytest.mark.parametrize("text, word, expected", [
    ("He claims the vote was rigged.", "claims", True),          # a pronoun: a verb
    ("Senator Smith claims the vote was rigged.", "claims", True),  # a name
    ("Smith claims the vote was rigged.", "claims", False),  # a first word's capital says nothing
    ("The claims were rejected.", "claims", False),              # a determiner: a noun
])
def test_a_verbal_subject(text, word, expected):
    toks = tokens(text)
    k = at(toks, word)
    assert verbal_subject(toks, k - 1 if k else None) is expected


def test_a_trailing_cue_ends_its_sentence():
    toks = tokens('"We will win," Smith said on Tuesday.')
    src = Source(at(toks, "smith"), at(toks, "smith"), at(toks, "smith"))
    assert trailing(toks, at(toks, "said"), src)
    lead = tokens("Smith said on Tuesday that they would win.")
    src = Source(0, 0, 0)
    assert not trailing(lead, at(lead, "said"), src)


def test_clause_openers_colons_and_spans():
    toks = tokens("Experts believe the virus spread from bats.")
    assert starts_clause(toks, at(toks, "the")) and not starts_clause(toks, at(toks, "spread"))
    colon = tokens("The minister said:")
    assert ends_with_colon(colon, at(colon, "said"))
    quoted = tokens('"We are ready."')
    start, end = span(quoted, 0, len(quoted) - 1)
    assert '"We are ready."'[start:end] == "We are ready"  # marks and final stop left out
    assert span(tokens('"."'), 0, 2) is None


class _CountingTuple(tuple):
    """A token column that counts the items read from it (a slice counts its length)."""

    reads = 0

    def __getitem__(self, key):
        item = super().__getitem__(key)
        type(self).reads += len(item) if isinstance(key, slice) else 1
        return item

    def __iter__(self):
        for k in range(len(self)):
            yield self[k]


def test_whether_a_cue_trails_or_ends_its_sentence_reads_the_sentence_once():
    """``trailing`` and ``ends_sentence`` are asked for every cue; each read every token after
    the cue (the sentence's length, times its cues). The sentence is now read once."""
    from analysis.layers.attribution.clauses import ends_sentence

    reads = []
    for k in (50, 200):
        toks = tokens("Smith said " * k + "in a statement on Monday.")
        object.__setattr__(toks, "lows", _CountingTuple(toks.lows))
        toks._is_word = _CountingTuple(toks.is_word)
        _CountingTuple.reads = 0
        cues = [i for i, low in enumerate(toks.lows) if low == "said"]
        answers = [(trailing(toks, i, None), ends_sentence(toks, i)) for i in cues]
        assert answers == [(False, False)] * k  # words follow every cue but the last's
        reads.append(_CountingTuple.reads)
    assert reads[1] <= 4 * reads[0] + 10, reads


@pytest.mark.parametrize("text, source", [
    # Wikinews (2004-2018 archive): the source after a trailing cue, then an apposition
    ('"The ban has a bad meaning for the country" on such a day, said Mohammad Dadkhah, a '
     'founder of the rights group.', "Mohammad Dadkhah"),
    # the example of a name beside its title
    ("Rates will rise this year, said Jane Roe, chief economist at Meridian.", "Jane Roe"),
])
def test_a_trailing_cues_source_may_stand_before_an_apposition(text, source):
    found = find_attributions(Article.from_text(text, has_title=False))
    assert found.source.tolist() == [source]


def test_what_follows_a_comma_is_no_apposition_unless_it_is_a_noun_phrase():
    # genres dev, a press release: "ask questions, and receive answers" has no source at all
    text = ("These same topics will also be discussed in monthly Twitter chats (@NCCAM), "
            "allowing the public to interact with the center, ask questions, and receive "
            "answers in real time.")
    assert find_attributions(Article.from_text(text, has_title=False)).empty
