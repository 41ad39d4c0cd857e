"""The comparison page: two or more articles side by side, each linked to its report."""

from __future__ import annotations

import html

import pytest

from analysis.cli import main
from analysis.errors import InputError
from analysis.views.comparison import write_comparison
from tests.conftest import ROOT, SEED

WIRE = ROOT / "data" / "articles" / "teaching-wire-named-sources.txt"
OPINION = ROOT / "data" / "articles" / "teaching-opinion-piece.txt"


def test_the_page_links_every_report_and_states_the_finding(tmp_path):
    result = write_comparison([SEED, WIRE, OPINION], tmp_path)
    page = result.page.read_text(encoding="utf-8")
    for report in result.reports:
        assert report.is_file()
        assert f'href="{report.relative_to(tmp_path).as_posix()}"' in page
    # one row per measure, readable names; the seed rests on anonymous and vague sources more
    # than the wire report and the column, and the chart's title and alt text say so
    assert "sentences resting on vague sources (share)" in page and "vague_share" not in page
    assert ('alt="ria-novosti…round-source is the highest of the 3 on sentences resting on '
            'anonymous sources; sentences resting on vague sources and 1 more. One panel of '
            'bars per measure, one bar per article (3)."') in page
    assert '<img alt="' in page and 'src="data:image/svg+xml;base64,' in page
    assert "-0.00" not in page and "<script" not in page.lower()


def test_article_text_is_escaped_on_the_page(tmp_path):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text("<script>alert(1)</script> & co\n\nOfficials said the port closed.")
    page = write_comparison([hostile, WIRE], tmp_path / "out").page.read_text()
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in page


def test_one_article_is_not_a_comparison(tmp_path, capsys):
    with pytest.raises(InputError, match="two or more"):
        write_comparison([SEED], tmp_path)
    assert main(["compare", str(SEED), "--out", str(tmp_path)]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_the_command_writes_the_page(tmp_path, capsys):
    assert main(["compare", str(SEED), str(WIRE), "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("compared 2 articles") and str(tmp_path / "compare.html") in out
    assert html.escape("Veldavia extends call-up") in (tmp_path / "compare.html").read_text()


def test_compare_in_a_notebook_gives_the_measures_the_chart_and_the_assertions():
    from analysis import MEASURES, compare
    from analysis.views.charts import title_text

    comparison = compare([SEED, WIRE, OPINION], labels=["seed", "wire", "opinion"])
    measures = comparison.measures()
    assert list(measures.columns) == ["measure", "seed", "wire", "opinion"]
    assert list(measures.measure) == list(MEASURES.values())
    row = measures.set_index("measure").loc["attributed sentences (share)"]
    assert (row.wire, row.opinion) == (1.0, 0.0)
    assert title_text(comparison.chart()).startswith("Of the 3 articles, seed is highest on")
    assertions = comparison.assertions().set_index("article")
    assert assertions.loc["seed", "unattributed sentences"] == 11
    assert assertions.loc["wire", "unattributed sentences"] == 0
    assert assertions.loc["opinion", "boosters in them"] > assertions.loc["seed", "hedges in them"]
    labels = compare([SEED, SEED]).labels  # file names, made unique
    assert labels[0].startswith("ria-novosti") and labels[1] == labels[0] + "′"


def test_two_files_of_one_name_get_two_reports_both_linked(tmp_path):
    for sub, source in (("sub1", SEED), ("sub2", WIRE)):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "art.txt").write_bytes(source.read_bytes())
    result = write_comparison([tmp_path / "sub1" / "art.txt", tmp_path / "sub2" / "art.txt"],
                              tmp_path / "out")
    assert [r.parent.name for r in result.reports] == ["art", "sub2-art"]
    page = result.page.read_text()
    assert 'href="art/report.html"' in page and 'href="sub2-art/report.html"' in page
