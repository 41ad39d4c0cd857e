"""Who speaks, as the report shows it: the view of the sources table and its finding."""

from __future__ import annotations

import pytest

from analysis import Article, InputError, analyze, read_article
from analysis.views.report import render_page
from analysis.views.sources import SOURCE_VIEW_COLUMNS, source_finding, source_view
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def wire():
    return analyze(read_article(ROOT / "data" / "articles" / "teaching-wire-named-sources.txt"))


def test_the_view_shows_each_entity_with_its_type_for_readers(wire):
    view = source_view(wire)
    assert list(view.columns) == SOURCE_VIEW_COLUMNS
    eder = view.set_index("entity").loc["Tomas Eder"]
    assert eder.source_type == "named person" and eder.n_direct_quotes == 1


def test_the_finding_names_the_most_cited(wire):
    top = wire.sources.iloc[0]
    line = source_finding(wire)
    assert line.startswith(f"{len(wire.sources)} sources speak, ")
    assert f"The most cited is “{top.entity}”" in line and f"{top.share:.0%}" in line


def test_an_article_that_cites_no_one_says_so():
    result = analyze(read_article(ROOT / "data" / "articles" / "teaching-opinion-piece.txt"))
    assert source_finding(result).startswith("No attribution says who speaks")
    assert source_view(result).empty


def test_the_report_has_a_who_speaks_section_escaped():
    result = analyze(Article.from_text("T\n\nSmith & Wesson said sales fell. Jane Doe said "
                                       "prices rose."))
    page = render_page(result)
    section = page.split("<h2>Who speaks</h2>", 1)[1].split("</section>", 1)[0]
    assert "Smith &amp; Wesson" in section and "Smith & Wesson" not in section
    assert "Jane Doe" in section and "<table>" in section


def test_the_views_refuse_what_is_not_an_analysis():
    with pytest.raises(InputError, match=r"source_view\(\): takes an ArticleAnalysis"):
        source_view("text")


GENRES = ROOT / "tests" / "fixtures" / "genres_attribution" / "dev" / "news-story"


def test_the_tools_sources_held_against_the_annotators_of_a_real_story():
    from analysis.evaluate.brat import gold_sources
    from analysis.views.sources import AGAINST_COLUMNS, sources_against

    stem = GENRES / "03-voa-intelligence-chiefs-could-scrap-public-hearing"
    gold = gold_sources(stem.with_suffix(".ann"))
    assert len(gold) == 7 and all(kind and entity for _, _, kind, entity in gold)
    view = sources_against(analyze(read_article(stem.with_suffix(".txt"), has_title=True)),
                           gold)
    assert list(view.columns) == AGAINST_COLUMNS
    # every gold source is a row, in text order, with the annotators' entity (spaces, not _)
    assert (view.outcome != "false alarm").sum() == 7 and view.paragraph.is_monotonic_increasing
    gold_rows = view[view.outcome != "false alarm"]
    assert gold_rows.outcome.isin(["found", "wrong type", "missed"]).all()
    assert (gold_rows[gold_rows.outcome == "found"].source_type
            == gold_rows[gold_rows.outcome == "found"].gold_type).all()
    missed = gold_rows[gold_rows.outcome == "missed"]
    assert (missed.source == "missed").all() and (missed.entity == "missed").all()
    politico = gold_rows.set_index("gold_source").loc["Politico"]
    assert politico.gold_type == "media outlet" and politico.gold_entity == "Politico"
    assert gold_rows.set_index("gold_source").loc["the spokesperson"].gold_entity == (
        "Senate Intelligence Committee spokesperson")
    alarms = view[view.outcome == "false alarm"]
    assert (alarms.gold_source == "").all()  # the tool's source no annotator marked


def test_a_source_of_another_type_is_marked_wrong_type():
    from analysis.views.sources import sources_against

    result = analyze(Article.from_text("T\n\nCritics said the plan failed."))
    view = sources_against(result, [(3, 10, "named_organization", "the council")])
    assert view.outcome.tolist() == ["wrong type"]
    assert view.iloc[0].source_type == "vague source" and view.iloc[0].gold_type == (
        "named organization")
    # a gold source no attribution's source overlaps is missed; a tool's source outside
    # every gold span is a false alarm
    view = sources_against(result, [(16, 24, "document", "the plan")])
    assert view.outcome.tolist() == ["false alarm", "missed"]
    assert view.iloc[1].gold_source == "the plan" and view.iloc[1].source == "missed"
