"""One answer remembered (``memo.py``): asked again of the same object, the function is not
run again; asked of another, it is."""

from __future__ import annotations

from analysis.spine.memo import last_one
from analysis.spine.tokens import tokens


def test_the_answer_for_the_last_object_is_kept_and_only_for_it():
    calls = []

    @last_one
    def words(toks):
        calls.append(toks)
        return toks.n_words

    first, second = tokens("Officials said the talks ended."), tokens("Critics said so.")
    assert [words(first), words(first), words(second), words(first)] == [5, 5, 3, 5]
    assert calls == [first, second, first]  # an equal text is not the same sentence
