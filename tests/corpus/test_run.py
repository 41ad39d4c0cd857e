"""The corpus runner: same tables whatever the engine and worker count; faults recorded."""

from __future__ import annotations

import importlib

import pandas as pd
import pytest

import analysis
from analysis import Article, analyze_corpus, read_corpus
from tests.conftest import ROOT

# the module (the package exports the function of the same name)
analyze_module = importlib.import_module("analysis.pipeline.analyze")

ARTICLES_DIR = ROOT / "data" / "articles"


@pytest.fixture(scope="module")
def articles():
    return list(read_corpus(ARTICLES_DIR))


def fresh(articles):
    return [Article.from_text(a.text, article_id=a.article_id) for a in articles]


@pytest.fixture(scope="module")
def one_worker(articles):
    return analyze_corpus(fresh(articles), workers=1, batch_size=2, progress=False)


TABLES = ["sentences", "attributions", "hedges", "sentiment", "paragraphs", "sources",
          "summary"]


def test_tables_concatenate_the_single_article_analyses(articles, one_worker):
    """The batch path builds its frames from columns, once per batch; they must hold what
    ``analyze`` gives article by article, dtypes included."""
    assert one_worker.counts == {"read": 5, "analyzed": 5, "failed": 0}
    for article in articles:
        single = analysis.analyze(fresh([article])[0])
        for name in TABLES[:-1]:
            table = getattr(one_worker, name)
            mine = table[table.article_id == article.article_id].reset_index(drop=True)
            expected = getattr(single, name)
            if name == "paragraphs":
                expected = expected.assign(article_id=article.article_id)[mine.columns]
            pd.testing.assert_frame_equal(mine, expected, obj=f"{name} of {article.article_id}")
        # as frames: an article that cites no one has no top_source_share (None in its dict)
        row = one_worker.summary[one_worker.summary.article_id == article.article_id]
        pd.testing.assert_frame_equal(row.reset_index(drop=True),
                                      analysis.summary_table([single]))
    assert list(one_worker.summary.article_id) == [a.article_id for a in articles]
    assert one_worker.texts[articles[0].article_id] == articles[0].text


def test_two_processes_give_the_same_tables_row_for_row(articles, one_worker):
    two = analyze_corpus(fresh(articles), workers=2, batch_size=1, progress=False)
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(two, name), getattr(one_worker, name))


def test_dask_gives_the_same_tables_row_for_row(articles, one_worker):
    pytest.importorskip("distributed")
    on_dask = analyze_corpus(fresh(articles), workers=2, engine="dask", batch_size=2,
                             progress=False)
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(on_dask, name), getattr(one_worker, name))


def test_a_crash_in_one_layer_is_recorded_and_the_rest_finish(articles, monkeypatch):
    real = analyze_module.hedge_columns
    bad = articles[1].article_id

    def crash_on_one(doc, attributions):  # the hedging layer fails on one article
        if doc.article_id == bad:
            raise ZeroDivisionError("boom")
        return real(doc, attributions)

    monkeypatch.setattr(analyze_module, "hedge_columns", crash_on_one)
    result = analyze_corpus(fresh(articles), workers=1, progress=False)
    assert result.counts == {"read": 5, "analyzed": 4, "failed": 1}
    row = result.errors.iloc[0]
    assert (row.article_id, row.stage) == (bad, "analyze")
    assert row.error == "ZeroDivisionError: boom (at crash_on_one)"
    assert bad not in set(result.sentences.article_id)


def test_read_errors_join_the_errors_table(tmp_path):
    (tmp_path / "good.txt").write_text("Good\n\nSmith said it rained.")
    (tmp_path / "empty.txt").write_text("")
    read_errors = []
    result = analyze_corpus(read_corpus(tmp_path, on_error=read_errors.append), workers=1,
                            progress=False, read_errors=read_errors)
    assert result.counts == {"read": 1, "analyzed": 1, "failed": 1}
    assert result.errors.stage.tolist() == ["read"]
    assert "no text" in result.errors.error.iloc[0]


def test_concordance_works_on_a_corpus(one_worker):
    kwic = analysis.concordance(one_worker, "reportedly")
    assert list(kwic.columns) == ["article_id", "sentence_id", "left", "match", "right"]
    assert len(kwic) >= 1


def test_unknown_engine():
    with pytest.raises(ValueError, match="unknown engine 'spark'"):
        analyze_corpus([], engine="spark", progress=False)


def test_batches_close_at_a_number_of_articles_or_of_characters():
    from analysis.corpus.run import _batches

    articles = [Article.from_text(f"Title {k}\n\n" + "word " * (10 if k % 5 else 400))
                for k in range(20)]
    by_count = list(_batches(articles, 4, 10**9))
    assert [len(b) for _, b in by_count] == [4] * 5
    by_chars = list(_batches(articles, 100, 2_500))
    assert [i for i, _ in by_chars] == list(range(len(by_chars)))
    assert [a for _, b in by_chars for a in b] == articles  # in order, nothing lost
    for _, batch in by_chars[:-1]:  # each closes with the article that crosses the budget
        assert sum(len(a.text) for a in batch) >= 2_500
        assert sum(len(a.text) for a in batch[:-1]) < 2_500

