from __future__ import annotations

import pytest

from analysis import lexicons
from analysis.errors import InputError


@pytest.mark.parametrize("name", lexicons.names())
def test_every_lexicon_loads_with_known_categories(name):
    rows = lexicons.load(name)
    assert rows, f"{name}.csv is empty"
    assert name in lexicons.KNOWN_CATEGORIES, f"declare the categories of {name}.csv"
    for row in rows:
        assert row["category"] in lexicons.KNOWN_CATEGORIES[name]
        assert row["source"].strip()


@pytest.mark.parametrize("name", lexicons.names())
def test_no_duplicate_entries(name):
    """An entry may appear under two categories or kinds ("report": a verb and a noun cue;
    "paper": an outlet and a document), never twice under the same one."""
    rows = lexicons.load(name)
    key = next(iter(rows[0]))
    keys = [(r[key].lower(), r["category"], r.get("kind")) for r in rows]
    assert len(keys) == len(set(keys)), {k for k in keys if keys.count(k) > 1}


def test_abbreviations_cover_the_issue_list():
    abbreviations = set(lexicons.column("abbreviations"))
    for needed in ["Mr.", "Lt.", "Col.", "Gen.", "Jan.", "Calif.", "U.S.", "p.m.", "e.g.",
                   "i.e.", "No."]:
        assert needed in abbreviations


def test_words_that_end_sentences_are_not_abbreviations():
    abbreviations = {a.lower() for a in lexicons.column("abbreviations")}
    assert not abbreviations & {"ill.", "mass.", "wash.", "miss.", "me.", "may."}


def test_unknown_lexicon_is_a_clear_error():
    with pytest.raises(InputError, match="no such lexicon; known: abbreviations"):
        lexicons.load("no-such-list")
