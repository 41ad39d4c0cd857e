"""Charts a room can read, and charts that stay bounded on a long article."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from matplotlib.text import Text

from analysis import Article, analyze, sentence_table
from analysis.layers.sentiment import saturation
from analysis.views import charts
from analysis.views.charts.style import (
    MAX_SENTENCES,
    MAX_UNITS,
    MIN_FONT_PT,
    WIDTH,
    alt_text,
    title_text,
    units,
)


def every_chart(result) -> dict:
    return {
        "profile": charts.profile_chart(result), "heatmap": charts.feature_heatmap(result),
        "sourcing": charts.sourcing_by_paragraph(result),
        "hedging": charts.hedging_by_paragraph(result),
        "categories": charts.category_counts(result.hedges),
        "framing": charts.framing_by_paragraph(result), "arc": charts.sentiment_arc(result),
        "sentiment": charts.sentiment_by_paragraph(result),
        "saturation": charts.saturation_chart(saturation(result.article)),
        "lengths": charts.paragraph_lengths(result.sentences),
    }


def readable_texts(fig):
    fig.canvas.draw()  # lay it out, as when saved
    return [t for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip()]


def test_every_chart_fits_the_width_and_has_no_text_under_the_minimum(seed):
    for name, fig in every_chart(analyze(seed)).items():
        assert fig.get_size_inches()[0] <= WIDTH, name
        sizes = [t.get_fontsize() for t in readable_texts(fig)]
        assert sizes and min(sizes) >= MIN_FONT_PT, (name, min(sizes))
        assert title_text(fig) and alt_text(fig).startswith(title_text(fig)), name


def test_long_titles_wrap_to_fit(seed):
    fig = charts.profile_chart(analyze(seed))
    assert "\n" in fig._suptitle.get_text()  # drawn on two lines
    assert "\n" not in title_text(fig)  # read as one


@pytest.fixture(scope="module")
def long_article():
    """2,000 one-sentence paragraphs: every fifth cites a critic, every seventh boosts."""
    paragraphs = [("Critics said the water rose in district {k}." if k % 5 == 0 else
                   "The water rose greatly in district {k}." if k % 7 == 0 else
                   "The water rose in district {k}.").format(k=k) for k in range(2_000)]
    return analyze(Article.from_text("Floods\n\n" + "\n\n".join(paragraphs)))


def test_a_long_article_is_drawn_in_runs_of_paragraphs(long_article):
    u = units(long_article.paragraphs)
    assert u.grouped and u.size == 17 and len(u.frame) <= MAX_UNITS
    body = long_article.paragraphs[long_article.paragraphs.paragraph_id > 0]
    # nothing is lost by grouping: counts add up, sentiment is the sentence-weighted mean
    assert u.frame.n_boosters.sum() == body.n_boosters.sum()
    assert u.frame.n_sentences.sum() == len(body)
    first = body.head(17)
    assert u.frame.sentiment_mean[0] == pytest.approx(
        (first.sentiment_mean * first.n_sentences).sum() / first.n_sentences.sum())
    assert u.xlabel == "paragraph (2,000 paragraphs, in runs of 17)"
    np.testing.assert_array_equal(u.of_paragraph(np.array([1, 17, 18, 2000])),
                                  u.frame.x.to_numpy()[[0, 0, 1, -1]])


def test_every_chart_of_a_long_article_stays_bounded(long_article):
    for name, fig in every_chart(long_article).items():
        marks = sum(len(ax.patches) + sum(len(c.get_offsets()) for c in ax.collections)
                    for ax in fig.axes)
        limit = {"heatmap": 6 * MAX_SENTENCES, "lengths": 2_000, "saturation": 4_000,
                 "categories": 20}.get(name, 8 * MAX_UNITS)
        assert marks <= limit, (name, marks)
    arc = charts.sentiment_arc(long_article)
    assert "2,000 sentences: each run's range is drawn" in " ".join(
        t.get_text() for t in arc.axes[0].texts)
    assert arc.axes[0].get_xlabel().endswith("in runs of 17)")


def test_units_of_a_short_article_are_its_paragraphs(seed):
    result = analyze(seed)
    u = units(result.paragraphs)
    assert not u.grouped and u.frame.x.tolist() == list(range(1, 25))
    assert u.xlabel == "paragraph"
    assert isinstance(sentence_table(seed), pd.DataFrame)
