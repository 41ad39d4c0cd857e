from __future__ import annotations

from pathlib import Path

import pytest

from analysis import analyze, article_summary, read_article, summary_table
from analysis.pipeline.summary import SUMMARY_COLUMNS
from tests.conftest import ROOT

ARTICLES = sorted((ROOT / "data" / "articles").glob("*.txt"))


@pytest.fixture(scope="module")
def table():
    frame = summary_table([analyze(read_article(p)) for p in ARTICLES])
    frame.index = [Path(p).stem for p in ARTICLES]
    return frame


def test_seed_summary(seed):
    row = article_summary(analyze(seed))
    assert list(row) == SUMMARY_COLUMNS
    assert (row["n_sentences"], row["n_attributions"]) == (24, 13)  # body only
    assert row["unattributed_share"] == pytest.approx(11 / 24)
    assert row["named_share"] == 0 and row["n_named_sources"] == 0
    assert row["n_anonymous"] == 6 and row["n_vague"] == 3


def test_the_contrast_articles_show_their_practice(table):
    wire = table.loc["teaching-wire-named-sources"]
    opinion = table.loc["teaching-opinion-piece"]
    anonymous = table.loc["teaching-anonymous-sources"]
    hedged = table.loc["teaching-analysis-hedged"]
    assert wire.unattributed_share == 0 and wire.named_share >= 0.8
    assert opinion.unattributed_share == 1
    assert opinion.booster_density == table.booster_density.max()
    assert anonymous.anonymous_share == table.anonymous_share.max() >= 0.7
    assert hedged.hedge_density == table.hedge_density.max() and hedged.booster_density == 0
    seed = table.loc["ria-novosti-ukraine-mobilization-underground-source"]
    assert seed.sentiment_mean == table.sentiment_mean.min()
