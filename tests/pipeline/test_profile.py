from __future__ import annotations

import pandas as pd

from analysis import Article, analyze, paragraph_profile, unattributed_runs


def test_paragraph_profile_of_the_seed(seed):
    profile = paragraph_profile(analyze(seed))
    assert len(profile) == 25 and profile.paragraph_id.tolist() == list(range(25))
    body = profile[profile.paragraph_id > 0]
    assert body.attribution_density.sum() == 13  # 13 of 24 one-sentence paragraphs
    assert body.n_unattributed.sum() == 11
    assert body.n_anonymous.sum() == 6 and body.n_vague.sum() == 3
    assert body.n_document.sum() == 3 and body.n_implicit.sum() == 1
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
