"""The corpus page: counts, distributions, source types, outliers, failures — all escaped."""

from __future__ import annotations

import html

import pandas as pd

from analysis import Article, analyze_corpus, read_article
from analysis.corpus.manifest import RunCounts
from analysis.corpus.page import (
    NO_REPORTS,
    distributions,
    outliers,
    render_corpus_page,
    source_types,
)
from analysis.errors import InputError
from analysis.pipeline.summary import MEASURES
from analysis.views.charts import title_text
from tests.conftest import ROOT

HOSTILE = "<script>alert(1)</script> & co"


def corpus():
    articles = [Article.from_text(f"{HOSTILE}\n\nA source said the port would close. "
                                  "Another source said the ships would wait.",
                                  article_id="hostile"),
                Article.from_text("Calm\n\nCritics said the plan was flawed. It rained.",
                                  article_id="calm")]
    return analyze_corpus(articles, workers=1, progress=False,
                          read_errors=[InputError("in/<b>.txt", "looks like binary")])


def counts(run):
    return RunCounts.of(run.summary, run.errors, sentences=len(run.sentences))


def test_the_page_states_the_counts_and_escapes_every_text():
    run = corpus()
    page = render_corpus_page(run.summary, run.errors, counts=counts(run))
    page = page.replace("<wbr>", "")  # places where a long word may break
    assert ("read 2 articles, analysed 2, failed 1 (1 unreadable); "
            f"{len(run.sentences)} sentences") in page
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in page
    assert "in/&lt;b&gt;.txt" in page and "Failures (1; the first 20; all in errors.csv)" in page
    assert "PARTIAL" not in page and NO_REPORTS in page


def test_the_charts_state_their_findings():
    summary = corpus().summary
    assert title_text(distributions(summary)) == (
        "2 articles: the median article asserts 0% of its sentences with no source")
    assert title_text(source_types(summary)) == (
        "The commonest source: anonymous sources (67% of attributions)")


def test_outliers_are_the_highest_first():
    summary = pd.DataFrame({"article_id": ["a", "b", "c"], "title": ["A", "B", "C"],
                            "n_sentences": [3, 4, 5], "unattributed_share": [0.2, 0.9, 0.5]})
    table = outliers(summary, "unattributed_share", n=2)
    assert table.index("<td>B</td>") < table.index("<td>C</td>") and "<td>A</td>" not in table


def test_an_empty_corpus_has_a_page_too():
    run = analyze_corpus([], workers=1, progress=False)
    page = render_corpus_page(run.summary, run.errors, counts=counts(run))
    assert "read 0 articles, analysed 0, nothing failed; 0 sentences" in page
    assert "<img" not in page


def test_outliers_link_to_their_reports_by_position_and_escape_the_link():
    summary = pd.DataFrame({"article_id": ["a", "b", "c"], "title": ["A", "<B>", "C"],
                            "n_sentences": [3, 4, 5], "unattributed_share": [0.2, 0.9, 0.5]},
                           index=[10, 11, 12])  # positions, not labels, pick the link
    links = ["reports/a/report.html", None, 'reports/c"x/report.html']
    table = outliers(summary, "unattributed_share", links=links)
    assert "<td>b</td>" in table  # no report: no link
    assert '<a href="reports/c%22x/report.html">c</a>' in table
    assert table.index("&lt;B&gt;") < table.index(">c</a>") < table.index('">a</a>')


def test_a_partial_run_says_so_first_and_draws_no_charts():
    run = corpus()
    page = render_corpus_page(run.summary, run.errors, counts=counts(run), charts=False,
                              partial="interrupted: stopped by <Ctrl-C>")
    assert page.index("PARTIAL: this run did not finish") < page.index("Highest:")
    assert "stopped by &lt;Ctrl-C&gt;" in page and "<img" not in page
    assert "<title>Corpus summary (PARTIAL)</title>" in page


def test_an_archive_is_ranked_by_its_own_voice_framing():
    """The opinion column frames in its own voice, the named-sources wire report not at all:
    the page ranks the archive by it, the column first."""
    folder = ROOT / "data" / "articles"
    articles = [read_article(folder / f"teaching-{name}.txt")
                for name in ("wire-named-sources", "opinion-piece")]
    run = analyze_corpus(articles, workers=1, progress=False)
    page = render_corpus_page(run.summary, run.errors, counts=counts(run))
    page = page.replace("<wbr>", "")  # places where a long word may break
    heading = f"Highest: {html.escape(MEASURES['own_framing_density'])}</h2>"
    table = page[page.index(heading):]
    table = table[:table.index("</table>")]
    wire, opinion = (html.escape(a.title) for a in articles)
    assert table.index(opinion) < table.index(wire)
    assert len(distributions(run.summary).axes) == 8  # seven measures, one empty panel hidden
