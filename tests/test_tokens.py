from __future__ import annotations

import re

import pytest
from nltk.tokenize import NLTKWordTokenizer

from analysis import normalize
from analysis.tokens import count_words, word_spans, words


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He didn't go.", ["He", "did", "n't", "go"]),
        ("The U.S. Army's men", ["The", "U.S.", "Army", "'s", "men"]),
        ("at 5 p.m. on Jan. 3", ["at", "5", "p.m.", "on", "Jan", "3"]),
        ("1,000 people, 3.5% more", ["1,000", "people", "3.5", "more"]),
        ("so-called busification", ["so-called", "busification"]),
        ("They're here; we'll see", ["They", "'re", "here", "we", "'ll", "see"]),
        ("Mr. O'Rourke cannot", ["Mr", "O'Rourke", "can", "not"]),
        ("नहीं है", ["नहीं", "है"]),  # combining vowel signs stay inside their word
        ("— ! ? ...", []),
    ],
)
def test_words(text, expected):
    assert words(text) == expected


def test_spans_index_the_text():
    text = "The tempos of mobilization (MOCs) have greatly decreased."
    for s, e in word_spans(text, offset=0):
        assert text[s:e].strip() == text[s:e] != ""
    assert [text[s:e] for s, e in word_spans(text)] == words(text)


def test_offset_shifts_spans():
    assert list(word_spans("a b", offset=10)) == [(10, 11), (12, 13)]


def test_counts_agree_with_nltk_on_the_seed(seed):
    """Same token rules as NLTK's Treebank tokenizer: the word counts of the seed agree."""
    nltk_tok = NLTKWordTokenizer()
    for sentence in seed.sentences:
        text = normalize(sentence.text)
        expected = [w for w in nltk_tok.tokenize(text) if re.search(r"\w", w)]
        assert count_words(text) == len(expected), text
