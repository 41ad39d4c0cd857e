from __future__ import annotations

import pandas as pd

from analysis.report import slug, write_report
from tests.conftest import SEED


def test_report_writes_the_sentence_table(tmp_path):
    result = write_report(SEED, tmp_path)
    table = pd.read_csv(result.folder / "sentences.csv")
    assert len(table) == 25 and table.is_title.sum() == 1
    assert "24 paragraphs, 24 sentences, 576 word tokens (plus a title)" in result.summary


def test_slug():
    assert slug("a b/c?.txt") == "a-b-c-.txt"
    assert slug("...") == "article"
