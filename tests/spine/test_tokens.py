from __future__ import annotations

import re

import pytest
from nltk.tokenize import NLTKWordTokenizer

from analysis import normalize
from analysis.spine.tokens import count_words, word_spans, words


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


def test_counts_agree_with_nltk_on_the_seed(seed_doc):
    """Same token rules as NLTK's Treebank tokenizer: the word counts of the seed agree."""
    nltk_tok = NLTKWordTokenizer()
    for sentence in seed_doc.sentences:
        text = normalize(sentence.text)
        expected = [w for w in nltk_tok.tokenize(text) if re.search(r"\w", w)]
        assert count_words(text) == len(expected), text


# --- the fast path of WORD_RE changes nothing ----------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from analysis.spine.tokens import WORD_RE, tokens  # noqa: E402

# WORD_RE without its first two alternatives (the one-step path for plain runs of letters)
_INITIALISMS = "(?:[^\\W\\d_]\\.){2,}"
_SLOW = re.compile(_INITIALISMS + WORD_RE.pattern.split("| " + _INITIALISMS, 1)[1],
                   re.VERBOSE | re.IGNORECASE)
_PIECES = ["a", "I", "U", "can", "not", "cannot", "CANNOT", "didn", "n't", "'s", "'", "-",
           ".", ",", "3", "_", "é", "\u0301", "O", "Rourke", "x", "ſ", "K", " ", " ", "  ",
           "e.g", "p.m", "1,000", "—", "?", "\"", "ab", "had", "US"]


def test_the_reference_is_word_re_without_the_fast_path():
    assert "(?!cannot" in WORD_RE.pattern and "(?!cannot" not in _SLOW.pattern
    text = "He didn't go, U.S. cannot"
    assert _SLOW.findall(text) == WORD_RE.findall(text) == [
        "He", "did", "n't", "go", "U.S.", "can", "not"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25))
def test_fast_path_finds_what_the_alternatives_find(pieces):
    text = "".join(pieces)
    assert [m.span() for m in WORD_RE.finditer(text)] == \
        [m.span() for m in _SLOW.finditer(text)], text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_is_word_means_matched_by_word_re(text):
    assert [(t.start, t.end) for t in tokens(text) if t.is_word] == \
        [m.span() for m in WORD_RE.finditer(text)]


def test_fast_path_on_real_sentences(seed_doc):
    for s in seed_doc.sentences:
        assert WORD_RE.findall(s.text) == _SLOW.findall(s.text)


# --- Tokens: the columns, the offsets and the Token view agree with one finditer -----------

from analysis.spine.tokens import Token, Tokens  # noqa: E402

# the specification: every match of WORD_RE, and every other non-space character alone
_SPEC = re.compile(WORD_RE.pattern + r"|\S", re.VERBOSE | re.IGNORECASE)


def _spec_tokens(text: str, offset: int) -> list[Token]:
    words = {m.span() for m in WORD_RE.finditer(text)}
    return [Token(m.start() + offset, m.end() + offset, m.group(), m.group().lower(),
                  m.span() in words) for m in _SPEC.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([*_PIECES, "\t", "\n", "Ǆ", "İ", "ß", "\u00a0"]), max_size=30),
       st.integers(0, 10_000))
def test_tokens_columns_agree_with_one_finditer(pieces, offset):
    text = "".join(pieces)
    toks = tokens(text, offset)
    expected = _spec_tokens(text, offset)
    assert list(toks) == expected and toks == expected
    assert [toks[i] for i in range(len(toks))] == expected
    # the columns are tuples (out of the cycle collector's way once seen: see Tokens)
    assert toks.starts == tuple(t.start for t in expected)
    assert toks.ends == tuple(t.end for t in expected)
    assert toks.lows == tuple(t.low for t in expected)
    assert toks.texts == tuple(t.text for t in expected)
    assert toks.is_word == tuple(t.is_word for t in expected)
    assert toks.n_words == sum(t.is_word for t in expected)
    assert list(toks.word_lows()) == [t.low for t in expected if t.is_word]
    for t in expected:
        assert text[t.start - offset : t.end - offset] == t.text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30), st.integers(-40, 40), st.integers(-40, 40))
def test_tokens_index_and_slice_like_a_list(text, i, j):
    toks, expected = tokens(text), _spec_tokens(text, 0)
    assert toks[i:j] == expected[i:j] and toks[i:] == expected[i:] and toks[:j] == expected[:j]
    if -len(expected) <= i < len(expected):
        assert toks[i] == expected[i]
    else:
        with pytest.raises(IndexError):
            toks[i]


def test_where_finds_the_positions_of_words_in_a_set(seed_doc):
    said = frozenset({"said", "told"})
    for sentence_tokens in seed_doc.tokens:
        assert sentence_tokens.where(said) == [
            k for k, t in enumerate(sentence_tokens) if t.low in said]
    toks = tokens("He said, and she SAID it; they told us.")
    assert toks.where(said) == [1, 5, 9]
    assert toks.where(frozenset({"nothing"})) == []


def test_an_empty_text_has_no_tokens():
    empty = Tokens("   ", 5)
    assert len(empty) == 0 and list(empty) == [] and empty == [] and empty.n_words == 0
    assert empty.starts == () and empty.texts == () and empty.where(frozenset({"a"})) == []


def test_a_kept_documents_token_columns_are_left_alone_by_the_cycle_collector(seed_doc):
    """A notebook keeps its analyses, and with them every sentence's tokens: as tuples of
    strings, numbers and booleans, the collector stops tracking them once it has seen them,
    where it would walk lists item by item at every full collection."""
    import gc

    columns = [column for toks in seed_doc.tokens
               for column in (toks.texts, toks.lows, toks.starts, toks.ends, toks.is_word,
                              toks.tags, toks._pieces)]
    gc.collect()
    assert columns and not any(gc.is_tracked(column) for column in columns)
