"""Tables for readers in a notebook: pick, filter, sort by name; labels for readers."""

from __future__ import annotations

import pytest

from analysis import analyze, show


def test_show_lists_the_assertions_with_no_source(seed):
    result = analyze(seed)
    shown = show(result.sentences, ["paragraph_id", "text"], where="unattributed_assertion")
    assert len(shown) == shown.total == 11
    assert shown.frame.paragraph_id.tolist()[:4] == [5, 7, 8, 9]
    html = shown._repr_html_()
    assert "<th class=\"num\">paragraph</th><th>text</th>" in html and "paragraph_id" not in html
    assert repr(shown).splitlines()[0].split() == ["paragraph", "text"]


def test_show_sorts_and_cuts_and_says_how_many_it_left_out(seed):
    result = analyze(seed)
    worst = show(result.sentences, ["paragraph_id", "compound"], sort="compound", rows=3)
    assert worst.frame.paragraph_id.tolist()[0] == 6
    assert worst.frame.compound.is_monotonic_increasing
    assert worst.frame.compound.iloc[0] == result.sentences.compound.min()
    assert "3 of 25 rows" in worst._repr_html_() and "(3 of 25 rows)" in repr(worst)
    best = show(result.sentences, ["compound"], sort="compound", descending=True, rows=1)
    assert best.frame.compound.iloc[0] == result.sentences.compound.max()


def test_show_names_a_missing_column(seed):
    with pytest.raises(KeyError, match="no column 'colour'"):
        show(analyze(seed).sentences, ["colour"])
