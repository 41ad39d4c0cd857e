from __future__ import annotations

import pandas as pd

from analysis.views.report import render_page, slug, write_report
from tests.conftest import SEED


def test_report_writes_the_page_and_every_table(tmp_path):
    result = write_report(SEED, tmp_path)
    names = sorted(p.name for p in result.folder.iterdir())
    assert names == ["attributions.csv", "framing.csv", "guide.csv", "hedges.csv",
                     "paragraphs.csv", "report.html", "sentences.csv", "sentiment.csv"]
    framing = pd.read_csv(result.folder / "framing.csv")
    assert {"swoops", "busification"} <= set(framing.term)
    table = pd.read_csv(result.folder / "sentences.csv")
    assert len(table) == 25 and table.is_title.sum() == 1
    assert "unattributed_assertion" in table.columns and "compound" in table.columns
    assert "24 paragraphs, 24 sentences, 576 word tokens (plus a title)" in result.summary
    assert result.summary.endswith(f"report: {result.page}")


def test_the_page_is_self_contained_and_forbids_scripts(seed):
    from analysis import analyze

    page = render_page(analyze(seed))
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "<script" not in page.lower()
    assert "http://" not in page and "https://" not in page  # nothing fetched when opened
    assert page.index("Reading guide") < page.index("The whole picture") < page.index(
        "The article, marked")
    assert "How it is framed" in page and "8 framing marks" not in page
    assert "framing marks, 8 in the article" in page or "own voice: 8 of 14" in page


def test_slug():
    assert slug("a b/c?.txt") == "a-b-c-.txt"
    assert slug("...") == "article"
