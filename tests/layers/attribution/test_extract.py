"""The seed article: every attribution found and typed correctly (the issue's acceptance table)."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import ATTRIBUTION_COLUMNS, Article, find_attributions

# sentence_id, cue, source, source type (after pronoun resolution), start of the content
SEED_TABLE = [
    (0, "Reports", "Reports", "vague", "Russian Strikes on Mobilization Centers"),
    (0, "Says", "Anti-Fascist Underground Source", "anonymous", "Ukrainian Mobilization Tempos"),
    (2, "reported", "sources in the Ukrainian anti-fascist underground", "anonymous",
     "The tempos of mobilization in Ukraine"),  # "This was reported": the sentence before
    (3, "According to", "the source", "anonymous", "the mobilization tempos have greatly"),
    (4, "noted", "He", "anonymous", "there have been no significant videos"),
    (6, "suggested", "The underground source", "anonymous", "the strikes have not only"),
    (6, "reportedly", None, None, None),
    (11, "warning", "human rights organizations", "vague", "the erosion of civil liberties"),
    (13, "reports", "widespread reports", "vague", "abuses, including the arbitrary"),
    (14, "showing", "a video", "document", "conscription officers taking"),
    (15, "depicted", "The footage", "document", "a young father being forcibly"),
    (16, "accusing", "critics", "vague", "the Ukrainian government of prioritizing"),
    (17, "highlighted", "The video", "document", "the personal toll of conscription"),
    (20, "emphasized", "The anti-fascist underground source", "anonymous",
     "the recent decrease in mobilization"),
    (22, "warned", "the source", "anonymous", "this resistance is uneven"),
]


@pytest.fixture(scope="module")
def seed_attributions(seed):
    return find_attributions(seed)


def test_columns(seed_attributions):
    assert list(seed_attributions.columns) == ATTRIBUTION_COLUMNS
    assert seed_attributions.cue_start.dtype == "Int64"


def test_every_seed_attribution_is_found_and_typed(seed, seed_attributions):
    got = []
    for row in seed_attributions.itertuples():
        content = None
        if pd.notna(row.content_start):
            content = seed.text[row.content_start : row.content_end]
        got.append((row.sentence_id, row.cue, row.source if pd.notna(row.source) else None,
                    row.resolved_source_type if pd.notna(row.resolved_source_type) else None,
                    content))
    assert len(got) == len(SEED_TABLE)
    for (sid, cue, source, kind, content), expected in zip(got, SEED_TABLE, strict=True):
        assert (sid, cue, source, kind) == expected[:4]
        if expected[4] is None:
            assert content is None
        else:
            assert content.startswith(expected[4]), (cue, content)


def test_the_pronoun_is_resolved_to_the_anonymous_source(seed_attributions):
    # the source's entity is named by its first description (issue 26: one entity, its
    # mentions merged)
    he = seed_attributions[seed_attributions.cue == "noted"].iloc[0]
    assert (he.source_type, he.resolved_source, he.resolved_source_type) == (
        "pronoun", "sources in the Ukrainian anti-fascist underground", "anonymous")


def test_the_underground_source_is_one_entity_through_all_its_mentions(seed_attributions):
    cues = ["reported", "According to", "noted", "suggested", "emphasized", "warned"]
    rows = seed_attributions[seed_attributions.cue.isin(cues)]
    assert set(rows.entity) == {"sources in the Ukrainian anti-fascist underground"}


def test_spans_index_the_text(seed, seed_attributions):
    for row in seed_attributions.itertuples():
        assert seed.text[row.cue_start : row.cue_end] == row.cue
        if pd.notna(row.source_start):
            assert seed.text[row.source_start : row.source_end] == row.source


def test_curly_quotes_are_read_as_quotes():
    article = Article.from_text("T\n\n\u201cWe will win,\u201d she said. \u201cNo doubt.\u201d")
    row = find_attributions(article).iloc[0]
    assert row.is_quote and article.text[row.content_start : row.content_end] == (
        "We will win,\u201d she said. \u201cNo doubt.")  # the quotation resumed after her


def test_an_article_without_attributions_gives_an_empty_typed_frame():
    frame = find_attributions(Article.from_text("T\n\nThe sky is blue."))
    assert frame.empty and list(frame.columns) == ATTRIBUTION_COLUMNS


words = st.sampled_from(
    ["said", "says", "told", "according", "to", "the", "source", "Smith", "He", "that", ",",
     ".", '"', "\u201c", "\u201d", ":", "\u2014", "reportedly", "by", "was", "reported",
     "critics", "claims", "of", "\n\n", "who", "asked", "not", "be", "named", "video", "showed"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(words, min_size=1, max_size=40).map(" ".join))
def test_every_span_reproduces_its_text(text):
    if not text.strip():
        return
    article = Article.from_text(text, has_title=False)
    frame = find_attributions(article)
    for row in frame.itertuples():
        assert article.text[row.cue_start : row.cue_end] == row.cue
        assert row.cue_start < row.cue_end
        if pd.notna(row.source_start):
            assert article.text[row.source_start : row.source_end] == row.source
        if pd.notna(row.content_start):
            assert 0 <= row.content_start < row.content_end <= len(article.text)


NESTED = ('Vote\n\n"I think we will win, and we believe the voters agree," the mayor said. '
          'Critics said she was wrong.')


def test_a_cue_inside_a_quotation_is_nested_under_the_quotations_attribution():
    """The standard's convention: "'I think it is important,' she said" is one attribution
    (cue *said*); the quoted speaker's *think* is kept as a nested row, with its parent."""
    from analysis import Article, find_attributions

    frame = find_attributions(Article.from_text(NESTED))
    assert frame[["cue", "nested"]].values.tolist() == [
        ["think", True], ["believe", True], ["agree", True], ["said", False], ["said", False]]
    assert frame.parent.tolist()[:3] == [3, 3, 3] and frame.parent.isna().tolist()[3:] == [True] * 2
    assert frame.loc[3, "source"] == "the mayor"


def test_nested_attributions_are_in_no_count():
    from analysis import Article, analyze, article_summary
    from analysis.layers.attribution import ATTRIBUTIONS, counted

    result = analyze(Article.from_text(NESTED))
    assert result.sentences.n_attributions.tolist() == [0, 1, 1]
    assert result.paragraphs.n_attributions.tolist() == [0, 2]
    assert result.paragraphs.n_named_person.sum() == 1 and result.paragraphs.n_pronoun.sum() == 0
    assert article_summary(result)["n_attributions"] == 2
    columns = counted(ATTRIBUTIONS.columns_of(result.attributions))
    assert columns["cue"] == ["said", "said"]
