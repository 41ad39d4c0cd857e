from __future__ import annotations

import html
import re

import pytest

import analysis
from analysis import Article, analyze
from analysis.views.highlight import LAYERS, highlight, margin_colour
from analysis.views.palette import NO_SOURCE_INK, SOURCE_STYLES, contrast_ratio


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
    assert ('title="source: anonymous source (refers to: sources in the Ukrainian anti-fascist '
            'underground)"') in fragment  # "He"
    assert 'title="booster: intensifier"' in fragment
    assert "asserted with no source" in fragment  # the dashed sentences
    assert fragment.count(f"border:1px dashed {NO_SOURCE_INK}") == 11 + 1  # 11 + legend
    # a source a reader cannot check is underlined dashed; a document solid
    assert f"border-bottom:3px dashed {SOURCE_STYLES['anonymous'].ink}" in fragment
    assert f"border-bottom:3px solid {SOURCE_STYLES['document'].ink}" in fragment


def test_sentiment_is_a_margin_bar_not_a_fill(seed):
    result = analyze(seed)
    fragment = highlight(result).html
    sentences = re.findall(r'<span style="(padding[^"]*)" title="sentence \d+', fragment)
    assert len(sentences) == len(result.sentences)
    assert not any("background" in style for style in sentences)  # no fill under the marks
    # paragraph 6 (mean -0.95) has a strong pink bar; paragraph 2 (neutral) none
    bars = dict(re.findall(r'border-left:5px solid ([^;]+);padding-left:0.6em" '
                           r'title="paragraph (\d+):', fragment)[i][::-1] for i in range(25))
    means = result.paragraphs.set_index("paragraph_id").sentiment_mean
    assert bars["6"] == margin_colour(means[6]) and bars["2"] == "transparent"
    assert means[6] < -0.9 and bars["6"] != margin_colour(-0.3)  # stronger further from 0
    assert 'title="paragraph 6: mean sentiment -0.95 (negative)"' in fragment
    assert "sentence 6: sentiment -0.95 (negative)" in fragment


def test_every_marks_text_keeps_a_contrast_of_four_and_a_half(seed):
    """Every span's text colour against its own background (or the page's white) — from the
    page itself, so a new mark cannot slip by."""
    fragment = highlight(analyze(seed)).html
    for style in set(re.findall(r'<span style="([^"]*)"', fragment)):
        colours = dict(re.findall(r"(?:^|;)(color|background-color):(#[0-9A-Fa-f]{6})", style))
        text = colours.get("color", "#111111")
        background = colours.get("background-color", "#FFFFFF")
        assert contrast_ratio(text, background) >= 4.5, style


def test_a_long_article_is_marked_up_to_a_bound_and_says_where_it_stops():
    body = "\n\n".join(f"In hour {k} the river rose again." for k in range(400))
    result = analyze(Article.from_text("Floods\n\n" + body))
    fragment = highlight(result, max_chars=2_000).html
    assert "In hour 10 the river" in fragment and "In hour 300 the river" not in fragment
    assert "The marked text stops here, after 2,002 of its" in fragment  # a whole sentence
    assert f"of its {len(result.article.text):,} characters" in fragment
    assert "In hour 399 the river" in highlight(result).html  # no bound, no cut


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
