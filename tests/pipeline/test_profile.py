from __future__ import annotations

import pandas as pd
import pytest

from analysis import Article, analyze, paragraph_profile, unattributed_runs


def test_paragraph_profile_of_the_seed(seed):
    profile = paragraph_profile(analyze(seed))
    assert len(profile) == 25 and profile.paragraph_id.tolist() == list(range(25))
    body = profile[profile.paragraph_id > 0]
    assert body.attribution_density.sum() == 13  # 13 of 24 one-sentence paragraphs
    assert body.n_unattributed.sum() == 11
    assert body.n_anonymous.sum() == 6 and body.n_vague.sum() == 3
    assert body.n_document.sum() == 3 and body.n_unnamed.sum() == 1
    assert (body.n_implicit == body.n_unnamed).all()  # the old name, kept for one release
    assert profile.loc[1, "first_words"] == "The tempos of mobilization in …"


def test_unattributed_runs():
    profile = pd.DataFrame({"paragraph_id": [0, 1, 2, 3, 4, 5, 6],
                            "n_attributed": [1, 0, 0, 1, 0, 0, 0],
                            "n_unattributed": [0, 1, 2, 0, 1, 1, 0]})
    runs = unattributed_runs(profile)
    assert runs.values.tolist() == [[4, 6, 3, 2], [1, 2, 2, 3]]


def test_profile_of_an_article_without_attributions():
    profile = paragraph_profile(analyze(Article.from_text("T\n\nThe sky is blue today.")))
    assert profile.n_unattributed.tolist() == [0, 1]
    assert (profile.filter(like="n_").drop(columns=["n_sentences", "n_tokens",
                                                    "n_unattributed"]) == 0).all().all()


def test_every_measure_of_a_paragraph_of_several_sentences():
    """Shares are of the paragraph's sentences and densities per 100 words (a paragraph of
    three sentences, one attributed to vague officials — a weasel — two asserting on their
    own, two hedges in 15 words)."""
    text = ("Floods\n\n"
            "The river may rise again tonight. Officials said the dam held. The town is quiet.")
    profile = paragraph_profile(analyze(Article.from_text(text)))
    row = profile.iloc[1]
    assert (row.n_sentences, row.n_tokens, row.n_attributed, row.n_unattributed) == (3, 15, 1, 2)
    assert row.attribution_density == pytest.approx(1 / 3)
    assert row.unattributed_share == pytest.approx(2 / 3)
    assert row.n_hedges == 2 and row.hedge_density == pytest.approx(200 / 15)
    assert row.commitment == -1.0 and row.n_vague == 1
    assert row.first_words == "The river may rise again …"
    assert profile.iloc[0].first_words == "Floods"


@pytest.mark.parametrize("text, expected", [
    ("one two three four five", "one two three four five"),  # five words: nothing left out
    ("one two three four five six", "one two three four five …"),
])
def test_first_words_are_five_and_say_when_they_are_cut(text, expected):
    from analysis.pipeline.profile import _first_words

    assert _first_words(text) == expected


def test_runs_count_the_assertions_of_body_paragraphs_only():
    profile = pd.DataFrame({"paragraph_id": [0, 1, 2], "n_attributed": [0, 0, 1],
                            "n_unattributed": [4, 2, 0]})
    runs = unattributed_runs(profile)
    assert list(runs.columns) == ["first", "last", "length", "n_assertions"]
    assert runs.values.tolist() == [[1, 1, 1, 2]]  # the title's 4 are not counted
    assert list(runs.index) == [0]


def test_a_run_passes_over_a_byline_without_breaking_or_lengthening():
    profile = pd.DataFrame({"paragraph_id": [0, 1, 2, 3, 4],
                            "paragraph_kind": ["title", "body", "credit", "body", "body"],
                            "n_attributed": [0, 0, 0, 0, 1],
                            "n_unattributed": [1, 1, 0, 2, 0]})
    assert unattributed_runs(profile).values.tolist() == [[1, 3, 2, 3]]
