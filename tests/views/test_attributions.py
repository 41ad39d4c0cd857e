"""The attribution table a reader sees: paragraph, cue, source, type, what is said."""

from __future__ import annotations

from analysis import Article, analyze, attribution_view


def test_attribution_view_shows_what_a_pronoun_refers_to(seed):
    view = attribution_view(analyze(seed))
    row = view[view.cue == "noted"].iloc[0]
    assert (row.paragraph, row.source, row.source_type) == (4, "He → the source", "anonymous")
    assert view.loc[view.cue == "reportedly", "source"].item() == "(not named)"


def test_long_content_is_cut_and_every_type_is_a_vocabulary_type():
    text = ("Dam\n\nThe engineers said the old dam at the head of the valley would need "
            "years of repair before anyone could trust it again.")
    view = attribution_view(analyze(Article.from_text(text)), width=30)
    row = view.iloc[0]
    assert (row.paragraph, row.cue, row.source, row.source_type) == (
        1, "said", "The engineers", "vague")
    assert row.content == "the old dam at the head of th…" and len(row.content) == 30
    assert list(view.columns) == ["paragraph", "cue", "source", "source_type", "content",
                                  "nested"]
