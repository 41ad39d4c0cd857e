"""The two-word index finds what trying every lexicon entry finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.layers.hedges.extract import _matches
from analysis.layers.hedges.lexicon import index, two_word_index
from analysis.layers.hedges.rules import keep
from analysis.spine.tokens import tokens

# whole phrases of the lexicon (so that phrases and single words compete at one word), their
# words one by one, and a few fillers
PHRASES = sorted({" ".join(words) for entries in index().values() for words, _ in entries})
PIECES = [*PHRASES, *sorted({w for p in PHRASES for w in p.split()}), "the", "rebels",
          "officials", "said", ".", ",", "not"]


def every_entry(toks):
    """The matcher as it was before the two-word index: at every word, every entry of that
    word, longest first."""
    lows = [t.low for t in toks]
    out, i = [], 0
    while i < len(toks):
        found = None
        for words, entry in index().get(lows[i], ()):
            j = i + len(words)
            if tuple(lows[i:j]) == words and keep(toks, i, j, entry):
                found = j
                break
        if found is None:
            i += 1
            continue
        out.append((toks[i].start, toks[found - 1].end))
        i = found
    return out


def test_the_index_keeps_every_entry_once():
    for first, entries in index().items():
        by_second, singles = two_word_index()[first]
        regrouped = [e for group in by_second.values() for e in group] + singles
        assert sorted(map(repr, regrouped)) == sorted(map(repr, entries))
        assert all(len(w) == 1 for w, _ in singles)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=8))
def test_same_first_match_as_trying_every_entry(words):
    toks = tokens(" ".join(words))
    assert [(s, e) for s, e, *_ in _matches(toks)] == every_entry(toks), words


def test_same_matches_on_the_seed(seed_doc):
    for toks in seed_doc.tokens:
        assert [(s, e) for s, e, *_ in _matches(toks)] == every_entry(toks)
