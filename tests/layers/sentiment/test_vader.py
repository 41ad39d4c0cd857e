"""``analysis.layers.sentiment.vader.Vader`` gives the package's scores to the last digit."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE, SentimentIntensityAnalyzer

import analysis
from analysis.layers.sentiment.vader import Vader
from tests.conftest import ROOT

REFERENCE = SentimentIntensityAnalyzer()
FAST = Vader()
ARTICLES = ROOT / "data" / "articles"

# Every word a rule of the chain looks at, in several casings, with lexicon words around them.
RULE_WORDS = [
    "no", "not", "never", "without", "doubt", "so", "this", "least", "at", "very", "kind", "of",
    "sort", "but", "BUT", "or", "nor", "isn't", "didn't", "cannot", "the", "bomb", "shit",
    "kiss", "death", "to", "die", "for", "bus", "stop", "yeah", "right", "bad", "ass",
    "beating", "heart", "just", "enough", "good", "GOOD", "bad", "BAD", "great", "horrible",
    "love", "hate", "war", "killed", "win", "lol", ":)", ":(", ":D", "!", "?", "!!!", "??",
    "good!", "(bad)", "'great'", "Kind", "NOT", "Never", "happy", "sad", "a", "b", "I",
    *list(BOOSTER_DICT)[:30], *NEGATE[:20], "😁", "💔",
    # punctuation emphasis past its caps, short words that lose or keep their punctuation
    "????", "!!!!!", "?!?!?", "ok,", "a,", "(a)", "no.", "ok", "no!", "XO", "<3", "--",
]


def same(text: str) -> None:
    assert FAST.polarity_scores(text) == REFERENCE.polarity_scores(text), text


@pytest.mark.parametrize("text", [
    "VADER is smart, handsome, and funny.",
    "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
    "VADER is not smart, handsome, nor funny.",
    "At least it isn't a horrible book.",
    "The book was only kind of good.",
    "The plot was good, but the characters are uncompelling and the dialog is not great.",
    "Today only kinda sux! But I'll get by, lol",
    "Make sure you :) or :D today!",
    "Catch utf-8 emoji such as 💘 and 💋 and 😁",
    "Not bad at all",
    "no problem, no no good, never so happy, without doubt great, least good, at least good",
    "It was the bomb, a kiss of death, to die for, the beating heart of a bus stop.",
    "",
    "   ",
    "!!!",
])
def test_the_package_examples_and_every_rule(text):
    same(text)


def test_every_sentence_of_the_bundled_articles():
    sentences = [s.text for p in sorted(ARTICLES.glob("*.txt"))
                 for s in analysis.prepare(analysis.read_article(p)).sentences]
    assert len(sentences) > 60
    for text in sentences:
        same(analysis.normalize(text))
        same(text)


def test_every_sentence_of_the_wikinews_csv_corpora(corpora):
    n = 0
    for path in sorted(corpora.glob("*.csv")):
        for article in analysis.read_corpus(path):
            doc = analysis.prepare(article)
            for s in doc.sentences:
                same(doc.normalized[s.start_char:s.end_char])
                n += 1
    assert n > 10_000


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(RULE_WORDS), max_size=14), st.sampled_from(["", ".", "!", "?!"]))
def test_generated_sentences_of_rule_words(words, end):
    same(" ".join(words) + end)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_any_text(text):
    same(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([0, 0.0, 1.5, -1.5, 0.75, 2.25, 3.0, -0.75]), max_size=30),
       st.lists(st.sampled_from(["a", "but", "BUT", "b"]), max_size=30))
def test_the_but_rule_scales_the_same_valences_as_the_packages(valences, words):
    """The package's ``_but_check`` scales, for each valence, the first equal one in the list
    as scaled so far (``list.index``): equal valences, zeros and a *but* whose own valence
    recurs are where a port would differ. Ours must give the same list, value for value."""
    words = (words + ["a"] * len(valences))[: len(valences)]
    ours = FAST._but_check(words, list(valences))
    theirs = SentimentIntensityAnalyzer._but_check(words, list(valences))
    assert ours == theirs and [type(v) for v in ours] == [type(v) for v in theirs]


class _CountingList(list):
    """A list that counts the searches made in it (the package's rule searches once a word)."""

    searches = 0

    def index(self, *args):
        type(self).searches += 1
        return super().index(*args)


def test_the_but_rule_does_not_search_the_sentence_for_every_word():
    """A sentence of n words with *but*: the package calls ``list.index`` on the valences for
    every word (n searches of up to n steps); ours never searches the list of valences."""
    _CountingList.searches = 0
    words = ["good", "but"] + ["bad"] * 500
    valences = _CountingList([1.9, 0] + [-2.5] * 500)
    result = FAST._but_check(words, valences)
    assert _CountingList.searches == 0
    assert result == SentimentIntensityAnalyzer._but_check(words, [1.9, 0] + [-2.5] * 500)
