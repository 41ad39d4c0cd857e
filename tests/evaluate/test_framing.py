from __future__ import annotations

import pytest

from analysis.cli import main
from analysis.errors import InputError
from analysis.evaluate.framing import evaluate_framing, read_spans
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "wikinews_framing"


def test_scores_on_a_hand_made_text(tmp_path):
    (tmp_path / "a.txt").write_text("Riot\n\nThe thugs swarmed the square. The mayor spoke.")
    (tmp_path / "spans.tsv").write_text("a\tN\t10\t15\na\tL\t16\t23\n")
    scores = evaluate_framing(tmp_path / "spans.tsv", tmp_path)
    assert scores.n_gold == 2 and scores.spans.pred == 1 and scores.spans.precision == 1.0
    assert scores.spans.recall == 0.5  # "swarmed" is not in the lexicon
    assert scores.sentences.f1 == 1.0
    assert "precision by category" in scores.report()


def test_the_development_set_is_read_whole():
    """30 Wikinews articles and the seed, marked under the guideline beside them."""
    scores = evaluate_framing(FIXTURES / "spans.tsv", FIXTURES / "texts")
    assert (scores.n_texts, scores.n_gold) == (31, 56)
    assert scores.spans.f1 >= 0.6 and scores.spans.precision >= 0.75


@pytest.mark.parametrize("line, message", [
    ("a\tL\t1\n", "got 3 fields"), ("a\tL\tx\t4\n", "whole numbers"),
    ("a\tL\t5\t4\n", "empty or negative"),
])
def test_bad_span_lines(tmp_path, line, message):
    (tmp_path / "s.tsv").write_text(line)
    with pytest.raises(InputError, match=message):
        read_spans(tmp_path / "s.tsv")


def test_cli(capsys, tmp_path):
    assert main(["evaluate", "framing", "--spans", str(FIXTURES / "spans.tsv"),
                 "--texts", str(FIXTURES / "texts")]) == 0
    assert capsys.readouterr().out.startswith("31 texts, 56 gold spans scored\nspan overlap")
    (tmp_path / "s.tsv").write_text("nowhere\tL\t0\t4\n")
    assert main(["evaluate", "framing", "--spans", str(tmp_path / "s.tsv"),
                 "--texts", str(FIXTURES / "texts")]) == 2
    assert "has no text in" in capsys.readouterr().err
