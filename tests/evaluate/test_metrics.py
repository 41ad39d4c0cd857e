"""Precision, recall and F1, exact and by overlap."""

from __future__ import annotations

from analysis.evaluate.metrics import EMPTY, PRF, overlap_prf, prf


def test_metrics_by_hand():
    exact = prf({1, 2, 3}, {2, 3, 4, 5})
    assert (exact.precision, exact.recall) == (2 / 3, 2 / 4)
    assert round(exact.f1, 4) == round(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5), 4)
    # one long prediction overlapping two gold cues: precision 1/1, recall 2/2
    ov = overlap_prf([(0, 10)], [(1, 2), (5, 6), (20, 22)],
                     lambda p, g: p[0] < g[1] and g[0] < p[1])
    assert ov == PRF(1, 1, 2, 3)
    assert PRF(0, 0, 0, 0).f1 == 0.0


def test_nothing_predicted_or_nothing_to_find_scores_zero_not_an_error():
    assert (EMPTY.precision, EMPTY.recall, EMPTY.f1) == (0.0, 0.0, 0.0)
    assert prf(set(), {1}).recall == 0.0 and prf({1}, set()).precision == 0.0


def test_counts_add_up_and_the_line_reports_them():
    total = PRF(3, 4, 2, 5) + PRF(1, 1, 1, 1)
    assert total == PRF(4, 5, 3, 6)
    assert total.line("cue overlap") == ("cue overlap                  P 0.800  R 0.500  F1 0.615"
                                         "   (4/5 predicted correct, 3/6 gold found)")
