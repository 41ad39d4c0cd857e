"""analyze(): the pipeline in order, each table its schema, made when first read and equal to
the table the layers computed, the language warning at the caller's line, and no switching of
the cycle collector."""

from __future__ import annotations

import gc
import warnings

import pandas as pd
import pytest

import analysis
from analysis import Article, analyze, find_attributions, find_hedges, prepare
from analysis.pipeline.analyze import SENTENCE_TABLE, TABLES, analyze_document
from analysis.spine.language import LanguageWarning
from tests.conftest import ROOT

TEXT = ("Port deal\n\n"
        "Critics say the deal may fail, and officials declined to comment.\n\n"
        "\u201cWe are confident,\u201d the minister said. The port is clearly vital.")


def test_every_table_has_its_schema_and_the_sentence_table_joins_every_layer():
    result = analyze(Article.from_text(TEXT))
    for name, schema in TABLES.items():
        schema.check(getattr(result, name))
    spine = len(analysis.SENTENCE_COLUMNS)
    assert SENTENCE_TABLE.names[:spine] == analysis.SENTENCE_COLUMNS and spine == 11
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


# --- the tables of an analysis are made when first read -----------------------------------

def test_each_table_is_made_when_first_read_and_is_the_table_the_layers_computed(seed_doc):
    result = analyze(seed_doc)
    assert result._frames == {}  # analyze made no frame: a loop pays only for what it reads
    eager = analyze_document(seed_doc)  # every table's columns, the profile made at once
    for name, schema in TABLES.items():
        table = getattr(result, name)
        pd.testing.assert_frame_equal(table, schema.frame(eager[name]), check_exact=True)
        assert getattr(result, name) is table  # made once
    assert result._columns == {}  # every table made: no columns kept beside the frames


def test_the_profile_is_what_the_layers_computed_whatever_is_done_to_the_frames(seed_doc):
    untouched = analyze(seed_doc).paragraphs
    result = analyze(seed_doc)
    result.sentences["n_hedges"] = 0  # a caller's change to a frame it was given
    result.attributions.drop(result.attributions.index, inplace=True)
    pd.testing.assert_frame_equal(result.paragraphs, untouched)
    assert untouched.n_hedges.sum() > 0 and untouched.n_attributions.sum() > 0


def test_an_analysis_cannot_be_changed_and_survives_pickling_and_copying(seed_doc):
    import copy
    import dataclasses
    import pickle

    result = analyze(seed_doc)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.sentences = result.hedges
    with pytest.raises(AttributeError):
        del result.article
    for other in (pickle.loads(pickle.dumps(result)), copy.deepcopy(result), copy.copy(result)):
        assert other.article.text == result.article.text and other is not result
        for name in TABLES:
            pd.testing.assert_frame_equal(getattr(other, name), getattr(result, name))


def test_an_analysis_made_of_frames_reads_them_as_given(seed_doc):
    made = analyze(seed_doc)
    frames = {name: getattr(made, name) for name in TABLES}
    result = analysis.ArticleAnalysis(seed_doc.article, **frames, document=seed_doc)
    assert all(getattr(result, name) is frame for name, frame in frames.items())
    assert result.document is seed_doc and repr(result) == repr(made)
    with pytest.raises(ValueError, match=r"no columns for the table\(s\) \['hedges'\]"):
        analysis.ArticleAnalysis._of_columns(
            seed_doc, {k: v for k, v in analyze_document(seed_doc).items() if k != "hedges"})


def test_one_very_long_sentence_grows_like_the_same_text_in_sentences():
    """Every layer, counted in lines run (``tests/work.py``), on the bundled articles' text
    (3,000 and 12,000 characters of it): as it is, and with every full stop, colon and semicolon
    made a comma — one sentence as long as the text. Work that reads the whole sentence for
    each cue or word (``trailing``, the anonymity clause, nouns in sources, VADER's but rule…)
    made the one sentence grow 39x where the text in sentences grew 5x; it must grow alike."""
    import re

    from tests.work import PACKAGE, analysis_of, growth

    files = [str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py")]
    text = " ".join(" ".join(path.read_text(encoding="utf-8").split("\n\n")[1:])
                    for path in sorted((ROOT / "data" / "articles").glob("*.txt")))
    text = " ".join(text.split() * 2)  # twice over: 12,000 characters are needed
    one_sentence = re.sub(r"[.!?;:]", ",", text)
    in_sentences = growth(analysis_of(lambda k: text[: k * 100]), files, k=30)
    as_one = growth(analysis_of(lambda k: one_sentence[: k * 100]), files, k=30)
    assert as_one <= 1.2 * in_sentences, (as_one, in_sentences)
