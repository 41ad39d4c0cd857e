"""The framing lexicon is data, checked when loaded."""

from __future__ import annotations

from pathlib import Path

import pytest
import vaderSentiment

import analysis.lexicons as lexicons
from analysis.errors import PackageDataError
from analysis.layers.framing import lexicon
from analysis.layers.framing.lexicon import CATEGORIES, index, loaded_verb, loaded_verbs


def vader() -> dict[str, float]:
    path = Path(vaderSentiment.__file__).parent / "vader_lexicon.txt"
    return {p[0]: abs(float(p[1])) for p in
            (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines())
            if len(p) >= 2}


def test_intensity_says_where_it_comes_from():
    valence = vader()
    for row in lexicons.load("framing"):
        if row["intensity_from"] == "vader":
            assert float(row["intensity"]) == round(valence[row["term"]], 1), row["term"]
        else:
            assert " " in row["term"] or row["term"] not in valence, row["term"]


def test_every_category_is_used_and_loaded_verbs_are_cues():
    assert {r["category"] for r in lexicons.load("framing")} == set(CATEGORIES)
    assert {"claim", "admit", "insist", "concede"} <= set(loaded_verbs())
    assert loaded_verb("claimed").term == "claim"
    assert loaded_verb("said") is None
    assert all(e.category != "loaded_verb" for es in index().values() for _, e in es)


def test_a_bad_intensity_is_a_package_data_error(monkeypatch):
    rows = ({"term": "brutal", "pos": "word", "category": "emotive", "intensity": "lots",
             "intensity_from": "ours", "needs": "", "source": "x"},)
    monkeypatch.setattr(lexicon.lexicons, "load", lambda name: rows)
    index.cache_clear()
    try:
        with pytest.raises(PackageDataError, match="intensity 'lots' is not a number"):
            index()
    finally:
        index.cache_clear()


def test_a_loaded_verb_that_is_no_cue_is_refused(monkeypatch):
    rows = ({"term": "harrumph", "pos": "verb", "category": "loaded_verb", "intensity": "1.0",
             "intensity_from": "ours", "needs": "", "source": "x"},)
    monkeypatch.setattr(lexicon.lexicons, "load", lambda name: rows)
    loaded_verbs.cache_clear()
    try:
        with pytest.raises(PackageDataError, match="no verb cue"):
            loaded_verbs()
    finally:
        loaded_verbs.cache_clear()
