"""analyze(): the pipeline in order, each table its schema, the language warning at the
caller's line, and no switching of the cycle collector."""

from __future__ import annotations

import gc
import warnings

import pandas as pd
import pytest

import analysis
from analysis import Article, analyze, find_attributions, find_hedges, prepare
from analysis.pipeline.analyze import SENTENCE_TABLE, TABLES, analyze_document
from analysis.spine.language import LanguageWarning

TEXT = ("Port deal\n\n"
        "Critics say the deal may fail, and officials declined to comment.\n\n"
        "\u201cWe are confident,\u201d the minister said. The port is clearly vital.")


def test_every_table_has_its_schema_and_the_sentence_table_joins_every_layer():
    result = analyze(Article.from_text(TEXT))
    for name, schema in TABLES.items():
        schema.check(getattr(result, name))
    spine = len(analysis.SENTENCE_COLUMNS)
    assert SENTENCE_TABLE.names[:spine] == analysis.SENTENCE_COLUMNS and spine == 10
    assert {"n_attributions", "n_hedges", "compound", "label"} <= set(result.sentences.columns)
    assert result.sentences.compound.tolist() == result.sentiment.compound.tolist()
    assert result.texts == {result.article.article_id: TEXT}
    assert repr(result).startswith(f"ArticleAnalysis({result.article.article_id!r}: 4 sentences")


def test_an_article_and_its_document_give_the_same_analysis():
    article = Article.from_text(TEXT)
    a, b = analyze(article), analyze(prepare(article))
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name))
    assert b.document.article is article


def test_the_hedging_layer_is_given_the_attributions_and_finds_the_vague_source():
    doc = prepare(Article.from_text(TEXT))
    hedges = find_hedges(doc, attributions=find_attributions(doc))
    pd.testing.assert_frame_equal(hedges, find_hedges(doc))  # found first when not given
    # "Critics say" is a weasel of the lexicon; "officials" one because the attribution layer
    # typed that source vague
    weasels = hedges[hedges.category == "weasel"]
    assert weasels[["term", "origin"]].values.tolist() == [["Critics say", "lexicon"],
                                                           ["officials", "attribution"]]
    tables = analyze_document(doc)
    assert tables["hedges"]["term"] == hedges.term.tolist()
    assert "paragraphs" not in analyze_document(doc, paragraphs=False)


def test_a_text_that_is_not_english_warns_at_the_callers_line():
    german = Article.from_text("Die Lage\n\n" + "Die Regierung hat gestern eine neue Regel "
                               "beschlossen, die ab Montag gilt und viele Menschen betrifft. " * 3)
    with pytest.warns(LanguageWarning) as caught:
        analyze(german)
    assert caught[0].filename == __file__


def test_analyze_leaves_the_cycle_collector_as_it_found_it():
    was = gc.isenabled()
    try:
        gc.enable()
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            analyze(Article.from_text(TEXT))
        assert gc.isenabled()
        gc.disable()
        analyze(Article.from_text(TEXT))
        assert not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
