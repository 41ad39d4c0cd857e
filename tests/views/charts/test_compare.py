"""Several articles side by side: one panel per measure, in its layer's colours, the article
under discussion in the dark tone."""

from __future__ import annotations

from pathlib import Path

import pytest
from matplotlib.colors import to_hex

from analysis import MEASURES, analyze, read_article, summary_table
from analysis.views.charts import compare_chart, title_text
from analysis.views.charts.compare import short_label
from analysis.views.palette import TONES
from tests.conftest import ROOT

ARTICLES = sorted((ROOT / "data" / "articles").glob("*.txt"))


@pytest.fixture(scope="module")
def table():
    frame = summary_table([analyze(read_article(p)) for p in ARTICLES])
    frame.index = [Path(p).stem for p in ARTICLES]
    return frame


def test_compare_chart_title_states_where_the_article_stands(table):
    labels = list(table.index)
    fig = compare_chart(table, MEASURES, labels=labels, highlight=labels[0])
    assert title_text(fig).startswith(f"Of the 5 articles, {short_label(labels[0])} is "
                                      "highest on ")
    assert "highest sentences" not in title_text(fig)  # the old, garbled phrasing
    assert len([ax for ax in fig.axes if ax.get_visible()]) == len(MEASURES)


def test_each_panel_takes_its_layers_tones_and_shares_run_to_one(table):
    labels = list(table.index)
    fig = compare_chart(table, {"unattributed_share": "unattributed",
                                "booster_density": "boosters", "sentiment_mean": "mean"},
                        labels=labels, highlight=labels[1])
    share, boosters, mean = fig.axes[:3]
    colours = [to_hex(bar.get_facecolor()) for bar in share.patches]
    assert colours[1] == TONES["sources"][0].lower() and colours[0] == TONES["sources"][1].lower()
    colours = [to_hex(bar.get_facecolor()) for bar in boosters.patches]
    assert colours[1] == TONES["hedging"][0].lower() and colours[0] == TONES["hedging"][1].lower()
    assert share.get_xlim() == (0, 1) and mean.get_xlim() == (-1, 1)
    assert [t.get_fontweight() for t in share.get_yticklabels()][:2] == ["normal", "bold"]
    assert title_text(compare_chart(table, MEASURES, labels=labels)) == (
        "The articles side by side")


def test_long_labels_are_cut_in_the_middle():
    assert short_label("ria-novosti-ukraine-mobilization-underground-source") == (
        "ria-novosti…round-source")
    assert short_label("short") == "short" and len(short_label("x" * 40)) == 24
