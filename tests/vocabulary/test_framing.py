"""Loaded language: the layer's categories and the annotators' labels it is compared with."""

from __future__ import annotations

from analysis.evaluate.framing import read_spans
from analysis.layers.framing.lexicon import CATEGORIES
from analysis.vocabulary.framing import GOLD_LOADED, LOADED
from tests.conftest import ROOT


def test_the_loaded_categories_are_categories_of_the_layer():
    assert set(LOADED) <= set(CATEGORIES)


def test_the_gold_labels_are_labels_our_annotators_use():
    spans = read_spans(ROOT / "tests/fixtures/wikinews_framing/spans.tsv")
    used = {label for rows in spans.values() for label, _, _ in rows}
    assert set(GOLD_LOADED) <= used
