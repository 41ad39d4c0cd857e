"""Several articles side by side: one panel per measure, the highlighted article standing out."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import MEASURES, analyze, read_article, summary_table
from analysis.views.charts import compare_chart
from analysis.views.charts.compare import HIGHLIGHT, OTHERS
from tests.conftest import ROOT

ARTICLES = sorted((ROOT / "data" / "articles").glob("*.txt"))


@pytest.fixture(scope="module")
def table():
    frame = summary_table([analyze(read_article(p)) for p in ARTICLES])
    frame.index = [Path(p).stem for p in ARTICLES]
    return frame


def test_compare_chart(table):
    labels = list(table.index)
    fig = compare_chart(table, MEASURES, labels=labels, highlight=labels[0])
    assert fig._suptitle.get_text().startswith(labels[0] + ": highest sentences resting on vague")
    assert len([ax for ax in fig.axes if ax.get_visible()]) == len(MEASURES)


def test_the_highlighted_article_has_its_own_colour_and_shares_run_to_one(table):
    from matplotlib.colors import to_rgba

    labels = list(table.index)
    fig = compare_chart(table, {"unattributed_share": "unattributed", "sentiment_mean": "mean"},
                        labels=labels, highlight=labels[1])
    share, mean = fig.axes[:2]
    colours = [bar.get_facecolor() for bar in share.patches]
    assert colours[1] == to_rgba(HIGHLIGHT) and colours[0] == to_rgba(OTHERS)
    assert share.get_xlim() == (0, 1) and mean.get_xlim() == (-1, 1)
    assert compare_chart(table, MEASURES, labels=labels)._suptitle.get_text() == (
        "The articles side by side")
