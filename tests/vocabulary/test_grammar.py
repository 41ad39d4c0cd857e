"""The closed classes of English the rules read, each defined once."""

from __future__ import annotations

from analysis.vocabulary import grammar


def test_the_classes_are_lower_case_words():
    for name in dir(grammar):
        value = getattr(grammar, name)
        if isinstance(value, frozenset):
            assert value and all(w == w.lower() and " " not in w for w in value), name


def test_the_classes_compose_as_their_names_say():
    assert grammar.BE < grammar.AUXILIARIES and "never" in grammar.AUXILIARIES
    assert grammar.ARTICLES < grammar.NP_DETERMINERS and "that" not in grammar.NP_DETERMINERS
    assert grammar.WEEKDAYS < grammar.TIME_WORDS and grammar.MONTHS < grammar.DATE_WORDS
    assert grammar.SINGULAR_PRONOUNS < grammar.PERSONAL_PRONOUNS
    assert grammar.CARDINALS < grammar.NUMBER_WORDS and "may" in grammar.MONTHS
    assert not grammar.NEGATORS & grammar.ARTICLES
