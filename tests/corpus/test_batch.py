"""A batch builds its tables from the layers' columns, once for all its articles; whatever the
articles, they must equal ``analyze()`` article by article — dtypes included, and for batches
where some table is empty in some or all articles."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis
from analysis.corpus.batch import CORPUS_TABLES, analyze_batch
from analysis.pipeline.analyze import TABLES

PIECES = [
    "Officials said the bridge would close.", '"We will win," Smith said.', "It rained.",
    "Critics may argue it was perhaps a mistake.", "Reportedly, the talks failed.",
    "According to Reuters, prices rose sharply.", "The sources, who asked not to be named, "
    "said so.", "Nothing happened.", "Why?", "— John Smith", "He said: \"No.\"", "¡Hola!",
    "\u200b", "a", "Really very good!", "The ministry denied it.",
]
paragraphs = st.lists(st.sampled_from(PIECES), min_size=1, max_size=3).map(" ".join)
articles = st.lists(paragraphs, min_size=1, max_size=5).map("\n\n".join)


@pytest.mark.filterwarnings("ignore::analysis.spine.language.LanguageWarning")  # short odd texts
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(articles, min_size=1, max_size=4))
def test_a_batch_equals_its_articles_analysed_one_by_one(texts):
    batch = [analysis.Article.from_text(t, article_id=f"a{k}") for k, t in enumerate(texts)]
    result = analyze_batch(0, batch)
    singles = [analysis.analyze(analysis.Article.from_text(t, article_id=f"a{k}"))
               for k, t in enumerate(texts)]
    for name in TABLES:
        parts = []
        for single in singles:
            frame = getattr(single, name)
            if name == "paragraphs":
                frame = frame.assign(article_id=single.article.article_id)
            parts.append(frame)
        expected = pd.concat(parts, ignore_index=True)[result.tables[name].columns]
        pd.testing.assert_frame_equal(result.tables[name], expected, obj=name)
    # (as frames: an article that cites no one has no top_source_share, None in its dict)
    pd.testing.assert_frame_equal(result.tables["summary"], analysis.summary_table(singles))


def test_every_table_has_its_schema_full_or_empty(seed):
    """The schemas are the contract: every table, of an article or a batch, full or empty,
    has exactly its schema's columns and dtypes."""
    quiet = analysis.Article.from_text("Quiet\n\nNothing happened at all.", article_id="q")
    for article in (seed, quiet):
        result = analysis.analyze(article)
        for name, schema in TABLES.items():
            schema.check(getattr(result, name))
    assert analysis.analyze(quiet).attributions.empty  # the empty case was really checked
    for batch in ([quiet], [analysis.Article.from_text(seed.text), quiet], []):
        tables = analyze_batch(0, batch).tables
        for name, schema in CORPUS_TABLES.items():
            schema.check(tables[name])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(articles, min_size=1, max_size=3), st.integers(1, 3))
def test_analyze_corpus_joins_the_columns_of_its_batches_into_the_batch_frames(texts, size):
    """analyze_corpus makes each table once from every batch's columns: the same frames as
    the batches' own frames, concatenated."""
    def fresh():
        return [analysis.Article.from_text(t, article_id=f"a{k}") for k, t in enumerate(texts)]

    corpus = analysis.analyze_corpus(fresh(), workers=1, batch_size=size, progress=False)
    batch = analyze_batch(0, fresh())
    for name in CORPUS_TABLES:
        pd.testing.assert_frame_equal(getattr(corpus, name), batch.tables[name], obj=name)
    columns = analyze_batch(0, fresh(), form="columns")
    encoded = analyze_batch(0, fresh(), form="encoded")
    for name in CORPUS_TABLES:
        assert columns.n_rows(name) == encoded.n_rows(name) == len(batch.tables[name])
    assert isinstance(columns.tables["sentences"], dict)


def test_an_empty_corpus_has_every_table_with_its_columns():
    empty = analysis.analyze_corpus([], workers=1, progress=False)
    nothing = analyze_batch(0, [])
    for name in CORPUS_TABLES:
        frame = getattr(empty, name)
        assert frame.empty and list(frame.columns) == list(nothing.tables[name].columns)
    assert empty.counts == {"read": 0, "analyzed": 0, "failed": 0}


def test_an_unknown_form_is_refused():
    with pytest.raises(ValueError, match="unknown form 'xml'"):
        analyze_batch(0, [], form="xml")


def test_a_batch_keeps_the_paragraphs_of_articles_that_share_an_id_apart():
    """The paragraph table of a batch is made at once; articles begin where the sentences'
    article changes, not where the id or the paragraph number does."""
    text = "Officials said the bridge would close.\n\nIt rained. Critics may argue."
    twins = [analysis.Article.from_text(text, article_id="same", has_title=False)
             for _ in range(3)]
    one = analysis.analyze(analysis.Article.from_text(text, article_id="same",
                                                      has_title=False)).paragraphs
    result = analyze_batch(0, twins).tables["paragraphs"]
    assert len(result) == 3 * len(one) == 6
    expected = pd.concat([one.assign(article_id="same")] * 3, ignore_index=True)
    pd.testing.assert_frame_equal(result, expected[result.columns])
    assert result["n_vague"].tolist() == [1, 1] * 3  # officials; critics: each in its article


def test_the_corpus_sources_table_holds_each_articles_speakers_with_its_id():
    from tests.conftest import ROOT

    folder = ROOT / "data" / "articles"
    articles = [analysis.read_article(folder / f"{name}.txt") for name in
                ("teaching-wire-named-sources", "teaching-opinion-piece",
                 "teaching-anonymous-sources")]
    sources = analyze_batch(0, articles).tables["sources"]
    by_article = sources.groupby("article_id", sort=False).size()
    wire, _, anonymous = (a.article_id for a in articles)
    assert list(by_article.index) == [wire, anonymous]  # the opinion piece cites no one
    assert "Tomas Eder" in set(sources[sources.article_id == wire].entity)
    summary = analyze_batch(0, articles).tables["summary"].set_index("article_id")
    assert summary.loc[wire, "n_named_sources"] >= 3
    assert pd.isna(summary.loc[articles[1].article_id, "top_source_share"])
