"""The sources table: one row per cited entity (who speaks), counted as every count counts."""

from __future__ import annotations

import copy
import pickle

import pytest

from analysis import Article, InputError, analyze, article_summary, find_sources, read_article
from analysis.layers.attribution import ATTRIBUTIONS
from analysis.pipeline.analyze import SENTENCE_TABLE, ArticleAnalysis
from analysis.pipeline.sources import SOURCE_COLUMNS, SOURCES, source_columns
from analysis.views.guide import DEPENDENCE_LEAD, DEPENDENCE_SHARE
from analysis.vocabulary.sources import entity_key
from tests.conftest import ROOT

ARTICLES = ROOT / "data" / "articles"


@pytest.fixture(scope="module")
def wire():
    return analyze(read_article(ARTICLES / "teaching-wire-named-sources.txt"))


def test_the_wire_storys_named_people_are_one_row_each(wire):
    sources = wire.sources
    SOURCES.check(sources)
    assert list(sources.columns) == SOURCE_COLUMNS
    assert sources.entity.map(entity_key).is_unique
    eder = sources.set_index("entity").loc["Tomas Eder"]
    assert (eder.source_type, eder.n_attributions, eder.n_direct_quotes) == ("named_person", 2, 1)
    assert eder.n_mentions == 2 and eder.first_paragraph == 2
    assert "ministry spokesman" in eder.roles  # "ministry spokesman Tomas Eder"
    people = sources[sources.source_type == "named_person"].entity.tolist()
    assert {"Tomas Eder", "Mara Lind", "Irena Hollis"} <= set(people)
    assert "Eder" not in people and "Lind" not in people


def test_rows_are_sorted_by_attributions_then_first_paragraph(wire):
    keys = list(zip(-wire.sources.n_attributions, wire.sources.first_paragraph, strict=True))
    assert keys == sorted(keys)


def test_a_nested_attribution_is_no_ones_row(wire):
    nested = wire.attributions[wire.attributions.nested]
    assert len(nested) and not set(nested.entity) & set(wire.sources.entity)  # "her group"


def test_shares_are_of_the_counted_body_attributions_unnamed_ones_included():
    result = analyze(read_article(ARTICLES / "teaching-anonymous-sources.txt"))
    counted = article_summary(result)["n_attributions"]  # body, nested ones left out
    unnamed = result.attributions[~result.attributions.nested
                                  & result.attributions.entity.isna()
                                  & (result.attributions.sentence_id > 0)]
    assert result.sources.n_attributions.sum() == counted - len(unnamed)
    assert result.sources.share.sum() == pytest.approx((counted - len(unnamed)) / counted)


def test_names_that_differ_by_case_or_a_leading_the_are_one_row():
    result = analyze(Article.from_text(
        "T\n\nThe CIA said the report was wrong. Later, the CIA said it had no comment. "
        "Reuters reported floods."))
    attributions = ATTRIBUTIONS.columns_of(result.attributions)
    attributions["entity"] = ["The CIA", "the  CIA", "Reuters"]
    sources = source_columns(result.document, SENTENCE_TABLE.columns_of(result.sentences),
                             attributions)
    assert sources["n_attributions"] == [2, 1]
    assert [entity_key(e) for e in sources["entity"]] == ["cia", "reuters"]


def test_an_article_without_attributions_has_an_empty_table():
    result = analyze(read_article(ARTICLES / "teaching-opinion-piece.txt"))
    SOURCES.check(result.sources)
    assert result.sources.empty
    row = article_summary(result)
    assert row["n_named_sources"] == 0 and row["top_source_share"] is None


def test_the_summary_counts_named_entities_and_the_top_share(wire):
    row = article_summary(wire)
    named = wire.sources[wire.sources.source_type.isin(
        ["named_person", "named_organization", "media_outlet"])]
    assert row["n_named_sources"] == len(named) >= 3
    assert row["top_source_share"] == pytest.approx(wire.sources.share.max())


def test_the_seeds_one_anonymous_source_carries_most_attributions(seed):
    sources = analyze(seed).sources
    top = sources.iloc[0]
    assert top.source_type == "anonymous" and top.share >= DEPENDENCE_SHARE
    assert top.n_attributions >= DEPENDENCE_LEAD * sources.iloc[1].n_attributions
    assert top.n_mentions >= 5
    assert (sources.source_type == "anonymous").sum() == 1


def test_find_sources_takes_an_article_a_document_or_an_analysis(wire, seed, seed_doc):
    assert find_sources(wire).equals(wire.sources)
    assert find_sources(wire.article).equals(wire.sources)
    assert find_sources(seed_doc).equals(analyze(seed).sources)


def test_find_sources_refuses_a_string_in_one_line():
    with pytest.raises(InputError, match=r"find_sources\(\): takes an Article.*not a str") as e:
        find_sources("Police said it rained.")
    assert e.value.reason == "wrong_type"


def test_an_analysis_made_of_frames_makes_its_sources_and_pickles_them(wire):
    made = ArticleAnalysis(wire.article, wire.sentences, wire.attributions, wire.hedges,
                           wire.framing, wire.sentiment, wire.paragraphs, wire.document)
    assert made.sources.equals(wire.sources)
    assert pickle.loads(pickle.dumps(wire)).sources.equals(wire.sources)
    assert copy.deepcopy(made).sources.equals(wire.sources)


def test_the_profile_is_still_made_after_the_sources_are_read():
    result = analyze(read_article(ARTICLES / "teaching-wire-named-sources.txt"))
    sources = result.sources  # read first: the profile's columns must outlive it
    assert len(result.paragraphs) and result.sources is sources
