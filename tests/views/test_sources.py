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
