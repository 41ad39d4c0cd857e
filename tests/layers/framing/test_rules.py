"""Each context rule both ways."""

from __future__ import annotations

import pytest

from analysis import Article, find_framing


def terms(text: str) -> list[str]:
    return find_framing(Article.from_text(text, has_title=False)).term.tolist()


@pytest.mark.parametrize("text, expected", [
    ("The regime has jailed its critics.", ["regime"]),
    ("The Assad regime denied the report.", ["regime"]),
    ("He fled the regime of Bashar al-Assad in 2012.", ["regime"]),
    ("The regime of the river changed after the dam was built.", []),
    ("The new tax regime takes effect in April.", []),
    ("A sanctions regime was agreed in Brussels.", []),
])
def test_regime_governs_or_regulates(text, expected):
    assert terms(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("These terrorists must be stopped.", ["terrorists"]),
    ("Police declared it a terrorist attack.", []),
    ("Historians study Nazi Germany.", []),
])
def test_labels_as_nouns_not_as_classifiers(text, expected):
    assert terms(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Only a handful of protesters turned up.", ["Only", "a handful of"]),
    ("Just a few residents were consulted.", ["Just"]),
    ("While 54 nations have signed, only 27 have ratified the agreement.", []),
    ("Only then did the police arrive.", []),
    ("It was just as the storm hit.", []),
])
def test_only_minimises_a_vague_small_amount(text, expected):
    assert terms(text) == expected


def test_a_word_inside_a_name_is_no_framing():
    """Wikinews contributors, "US House of Representatives holds two cabinet officers …"."""
    assert terms("The documents concern Operation Fast and Furious.") == []
    assert terms("Furious residents blocked the road.") == ["Furious"]
