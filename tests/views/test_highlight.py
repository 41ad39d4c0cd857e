from __future__ import annotations

import html
import re

import pytest

import analysis
from analysis import Article, analyze
from analysis.views.highlight import LAYERS, highlight


def text_of(fragment: str) -> str:
    """The visible text of a fragment (tags removed, entities decoded)."""
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def test_the_text_is_all_there_and_escaped():
    article = Article.from_text('T <b>\n\nSmith said "<script>x()</script>" & left. It rained.')
    fragment = highlight(analyze(article)).html
    assert "<script>" not in fragment and "&lt;script&gt;" in fragment
    assert "&amp; left" in fragment
    visible = text_of(fragment)
    for sentence in analysis.prepare(article).sentences:
        assert sentence.text in visible


def test_marks_and_hover_titles(seed):
    fragment = highlight(analyze(seed)).html
    assert 'title="source: anonymous source (refers to: the source)"' in fragment  # "He"
    assert 'title="booster: intensifier"' in fragment
    assert "asserted with no source" in fragment  # the dashed sentences
    assert fragment.count("border:1.5px dashed #555") == 11 + 1  # 11 sentences + legend


def test_overlapping_marks_are_split_not_nested(seed):
    fragment = highlight(analyze(seed)).html
    # "widespread" is a booster and part of the vague source "widespread reports"
    assert re.search(r'title="[^"]*source: vague source[^"]*booster: intensifier[^"]*">'
                     r"widespread</span>", fragment)
    assert "<span" not in re.search(r">widespread</span>", fragment).group()[1:]


def test_layers_can_be_chosen(seed):
    only_hedges = highlight(analyze(seed), layers=("hedge",)).html
    assert "attribution cue" not in only_hedges and "hedge: evidential" in only_hedges
    with pytest.raises(ValueError, match="unknown layer"):
        highlight(analyze(seed), layers=("colour",))
    assert set(LAYERS) == {"attribution", "hedge", "booster", "framing", "sentiment"}


def test_framing_marks_say_whose_voice(seed):
    page = highlight(analyze(seed), layers=("framing",)).html
    assert "framing: emotive (the article&#x27;s own voice)" in page  # "swoops"
    assert "framing: label (in what someone is reported to say)" in page  # "busification"
    assert "hedge:" not in page


def test_renders_in_jupyter_without_style_elements(seed):
    shown = highlight(analyze(seed))
    fragment = shown._repr_html_()
    assert "<style" not in fragment and "<script" not in fragment  # survives sanitizing
    assert shown.page().startswith("<!DOCTYPE html>")
