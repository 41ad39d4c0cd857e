from __future__ import annotations

import pytest

from analysis.cli import main
from analysis.errors import InputError
from analysis.evaluate.sentiment import evaluate_sentiment, read_ratings
from tests.conftest import ROOT

RATINGS = ROOT / "tests" / "fixtures" / "sentiment" / "ratings.tsv"


def test_reads_the_ground_truth_layout():
    items = read_ratings(RATINGS)
    assert items[0][:3] == ("1", "1_1", 2.8) and len(items) == 34
    assert len({article for article, *_ in items}) == 8


@pytest.mark.parametrize(
    "content, message",
    [
        ("1_1\t0.5\n", "expected id<TAB>rating<TAB>text"),
        ("1_1\tgood\tA text.\n", "rating 'good' is not a number"),
        ("1_1\t7\tA text.\n", "outside -4"),
        ("1_1\t1\tA text.\n", "at least three"),
    ],
)
def test_bad_files(tmp_path, content, message):
    path = tmp_path / "r.tsv"
    path.write_text(content)
    with pytest.raises(InputError, match=message):
        read_ratings(path)


def test_scores_on_the_fixture():
    """One rater's ratings of sentences written for the tests (see the fixture README)."""
    scores = evaluate_sentiment(RATINGS)
    assert scores.sentence_r > 0.5 and scores.article_r > 0.63
    assert 0 < scores.macro_f1 <= 1


def test_cli(capsys):
    assert main(["evaluate", "sentiment", "--ratings", str(RATINGS)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("34 sentences in 8 articles\nsentence level       Pearson r")
