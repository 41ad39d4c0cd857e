from __future__ import annotations

import pandas as pd

from analysis import Article, sentence_table
from analysis.views.charts import paragraph_lengths


def test_paragraph_lengths_title_states_the_shape(seed):
    fig = paragraph_lengths(sentence_table(seed))
    top, bottom = fig.axes
    assert fig._suptitle.get_text() == (
        "24 paragraphs, every one a single sentence, of 10–40 words"
    )
    assert bottom.get_xlabel() == "paragraph"
    assert [t.get_text() for t in bottom.get_xticklabels()][:3] == ["1", "2", "3"]
    assert top.get_ylabel() == "sentences" and bottom.get_ylabel() == "word tokens"
    assert [round(p.get_height()) for p in bottom.patches][:3] == [26, 13, 13]


def test_paragraph_lengths_with_several_sentences():
    article = Article.from_text("T\n\nOne. Two. Three.\n\nFour.")
    fig = paragraph_lengths(sentence_table(article))
    assert fig._suptitle.get_text() == "2 paragraphs, 1–3 sentences each, of 1–3 words"


def test_custom_title():
    table = sentence_table(Article.from_text("T\n\nOne."))
    assert paragraph_lengths(table, title="Mine")._suptitle.get_text() == "Mine"
    assert isinstance(table, pd.DataFrame)


def test_sourcing_by_paragraph_colours_and_title(seed):
    from analysis import analyze
    from analysis.views.charts import NO_SOURCE, SOURCE_COLORS, sourcing_by_paragraph

    fig = sourcing_by_paragraph(analyze(seed))
    ax = fig.axes[0]
    assert fig._suptitle.get_text() == (
        "11 of 24 paragraphs cite no one; most cited: anonymous sources")
    assert ax.get_xlabel() == "paragraph"
    colours = [tuple(round(c, 3) for c in p.get_facecolor()[:3]) for p in ax.patches]
    from matplotlib.colors import to_rgb

    def rgb(name):
        return tuple(round(c, 3) for c in to_rgb(name))

    assert colours[0] == rgb(SOURCE_COLORS["anonymous"])  # paragraph 1, carried
    assert colours[4] == rgb(NO_SOURCE)  # paragraph 5 asserts with no source
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels[0] == "anonymous source" and labels[-1].startswith("no source")


def test_hedging_by_paragraph_title_links_boosting_to_sourcing(seed):
    from analysis import analyze
    from analysis.views.charts import category_counts, hedging_by_paragraph

    result = analyze(seed)
    fig = hedging_by_paragraph(result)
    assert fig._suptitle.get_text() == "8 boosters, 9 hedges; 3 of 6 boosted paragraphs cite no one"
    ax = fig.axes[0]
    assert ax.get_xlabel() == "paragraph"
    heights = [round(p.get_height(), 2) for p in ax.patches if p.get_height() != 0]
    assert 7.69 in heights and -6.9 in heights  # paragraph 3 boosters, paragraph 6 hedges
    assert category_counts(result.hedges)._suptitle.get_text() == (
        "The commonest: 7 intensifier boosters")


def test_sentiment_charts(seed):
    from analysis import analyze
    from analysis.views.charts import NEGATIVE_COLOR, sentiment_arc, sentiment_by_paragraph

    result = analyze(seed)
    arc = sentiment_arc(result)
    assert arc._suptitle.get_text() == (
        "67% of sentences are negative (mean -0.38); most negative: paragraph 6")
    ax = arc.axes[0]
    assert ax.get_xlabel() == "paragraph" and ax.get_ylim() == (-1.05, 1.05)
    points = ax.collections[0].get_offsets()
    assert len(points) == 24
    bars = sentiment_by_paragraph(result).axes[0].patches
    from matplotlib.colors import to_rgba

    assert bars[5].get_facecolor() == to_rgba(NEGATIVE_COLOR)  # paragraph 6


def test_saturation_chart(seed):
    from analysis.layers.sentiment import saturation
    from analysis.views.charts import saturation_chart

    fig = saturation_chart(saturation(seed))
    assert fig._suptitle.get_text() == (
        "Scored as one text the article reads -1.00; its sentences average -0.38")
    assert fig.axes[0].get_xlabel() == "paragraphs read (from the first)"


def test_profile_chart_and_heatmap(seed):
    from analysis import analyze
    from analysis.views.charts import feature_heatmap, profile_chart

    result = analyze(seed)
    fig = profile_chart(result)
    assert fig._suptitle.get_text() == ("11 of 24 paragraphs cite no one; 3 of the 6 boosted "
                                        "paragraphs are among them; mean sentence sentiment -0.38")
    bottom = fig.axes[2]
    labels = [t.get_text() for t in bottom.get_xticklabels()]
    assert labels[0] == "1  The tempos of…" and len(labels) == 24
    assert bottom.get_xlabel() == "paragraph (and its first words)"
    heat = feature_heatmap(result)
    assert heat._suptitle.get_text() == "11 of 24 sentences assert with no source"
    assert heat.axes[0].get_images()[0].get_array().shape == (24, 7)
