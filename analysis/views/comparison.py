"""Two or more articles side by side: ``python -m analysis compare A B [C …] --out DIR``.

What teachers do most: put the article under discussion beside others. :func:`compare` does
it in a notebook (lesson 05), :func:`write_comparison` as a page. The page shows the
measures of lesson 05 (:data:`~analysis.pipeline.summary.MEASURES`) as a table with readable
column names and one chart panel per measure, and links each article to its own report,
written beside the page (each in its own folder, never another article's: see
:func:`~analysis.views.report.save_report`). The page is replaced whole or not at all. Like
every page of the workbook it needs no network, runs no script and escapes every text of the
articles.
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from analysis.errors import InputError, expect, printable
from analysis.outputs import ensure_folder, utc_now, write_atomic
from analysis.pipeline.analyze import ArticleAnalysis, analyze
from analysis.pipeline.summary import MEASURES, summary_table
from analysis.spine.article import Article
from analysis.spine.reading import read_article
from analysis.views.charts.compare import compare_chart, short_label, short_measure
from analysis.views.page import document, figure, table
from analysis.views.report import COMPARE_PAGE, save_report

#: What the unattributed assertions of each article do (lesson 05 §5): the columns of
#: :meth:`Comparison.assertions`.
ASSERTION_COLUMNS = ("unattributed sentences", "hedges in them", "boosters in them",
                     "mean sentiment")


@dataclass(frozen=True)
class Comparison:
    """Several articles side by side (:func:`compare`): each one's analysis and label, and
    the summary table with one row per article (labels as its index)."""

    results: tuple[ArticleAnalysis, ...]
    labels: tuple[str, ...]
    summary: pd.DataFrame

    def measures(self) -> pd.DataFrame:
        """One row per measure (its readable name), one column per article."""
        values = self.summary[list(MEASURES)].to_numpy(dtype=float)
        return pd.DataFrame({"measure": list(MEASURES.values()),
                             **{label: values[k].round(2)
                                for k, label in enumerate(self.labels)}})

    def chart(self, measures: dict[str, str] | None = None, *, highlight: str | None = None,
              title: str | None = None) -> Figure:
        """One panel per measure (every one of :data:`MEASURES` unless given), the article
        labelled ``highlight`` (the first unless given) in the dark tone."""
        return compare_chart(self.summary, measures or MEASURES, labels=list(self.labels),
                             highlight=highlight or self.labels[0], title=title)

    def assertions(self) -> pd.DataFrame:
        """For each article, its sentences that assert with no source: how many, the hedges
        and boosters in them and their mean sentiment — *how* the article speaks where it
        cites no one."""
        rows = []
        for label, result in zip(self.labels, self.results, strict=True):
            found = result.sentences[result.sentences.unattributed_assertion]
            rows.append((label, len(found), int(found.n_hedges.sum()),
                         int(found.n_boosters.sum()),
                         round(float(found.compound.mean()), 2) if len(found) else None))
        return pd.DataFrame(rows, columns=["article", *ASSERTION_COLUMNS])


def compare(articles: Sequence[str | Path | Article | ArticleAnalysis], *,
            labels: Sequence[str] | None = None) -> Comparison:
    """Analyse ``articles`` (paths, articles or analyses; the first is the one under
    discussion) and put them side by side. Each is labelled by ``labels``, or by its file's
    name (else its title), made unique."""
    expect(articles, Iterable, function="compare", wanted="a list of articles (paths, Articles "
           "or analyses)", refuse=(str, bytes, os.PathLike, Article, ArticleAnalysis))
    articles = list(articles)
    for article in articles:
        expect(article, (str, os.PathLike, Article, ArticleAnalysis), function="compare",
               wanted="a path, an Article or an ArticleAnalysis for each article")
    if labels is not None:
        expect(labels, Iterable, function="compare", wanted="a list of labels (str)",
               refuse=(str, bytes))
    results = [a if isinstance(a, ArticleAnalysis) else
               analyze(a if isinstance(a, Article) else read_article(a)) for a in articles]
    labels = list(labels) if labels is not None else _unique(
        [Path(r.article.source).stem if r.article.source else
         r.article.title or r.article.article_id for r in results])
    if len(labels) != len(results):
        raise ValueError(f"{len(labels)} labels for {len(results)} articles")
    summary = summary_table(results)
    summary.index = labels
    return Comparison(tuple(results), tuple(labels), summary)


@dataclass(frozen=True)
class ComparisonResult:
    """What :func:`write_comparison` wrote: the page and each article's report."""

    page: Path
    reports: tuple[Path, ...]


def write_comparison(paths: Sequence[str | Path], out_dir: str | Path, *,
                     has_title: bool = True, encoding: str | None = None) -> ComparisonResult:
    """Read and analyse every article of ``paths`` (two or more), write each one's report
    under ``out_dir`` and ``out_dir/compare.html`` with all of them side by side. The first
    article is the one under discussion: its bars stand out on the chart."""
    if len(paths) < 2:
        raise InputError(paths[0] if paths else "compare", "give two or more articles to compare")
    out = ensure_folder(Path(out_dir))  # a file or a read-only place: one line, before any work
    results, reports = [], []
    claimed: dict[str, str] = {}  # two files of one name get two report folders
    for path in paths:
        started = utc_now()
        result = analyze(read_article(path, has_title=has_title, encoding=encoding))
        reports.append(save_report(result, path, out, claimed=claimed, started=started,
                                   options={"has_title": has_title,
                                            "encoding": encoding}).page)
        results.append(result)
    comparison = compare(results, labels=_labels(paths))
    page = out / COMPARE_PAGE  # a name no report's folder takes
    write_atomic(page, render_comparison(comparison,
                                         [p.relative_to(out).as_posix() for p in reports]
                                         ).encode("utf-8"))
    return ComparisonResult(page, tuple(reports))


def _labels(paths: Sequence[str | Path]) -> list[str]:
    """Each article's label on the chart: its file name (shown as
    :func:`~analysis.errors.printable` shows a name that is not UTF-8), made unique."""
    return _unique([printable(Path(path).stem or path) for path in paths])


def _unique(names: Sequence[str]) -> list[str]:
    labels: list[str] = []
    for label in names:
        while label in labels:
            label += "′"
        labels.append(label)
    return labels


def render_comparison(comparison: Comparison, links: list[str]) -> str:
    """The comparison page: each article linked to its report with its title, the measures
    as a table (one row per measure, readable names, one column per article) and as one chart
    panel per measure."""
    labels, summary = list(comparison.labels), comparison.summary
    chart = comparison.chart(title=_finding(summary, labels))
    articles = "".join(
        f'<li><a href="{html.escape(link, quote=True)}">{html.escape(label)}</a>: '
        f"{html.escape(row.title or '(no title)')} ({_sentences(row.n_sentences)})</li>"
        for label, link, row in zip(labels, links, summary.itertuples(), strict=True))
    measures = comparison.measures()
    body = (f"<header><h1>{len(labels)} articles side by side</h1>"
            "<p class=\"meta\">Shares are of body sentences; densities per 100 words. The "
            "first article is in the dark tone of each panel, the others light.</p></header>"
            f"<section><h2>The articles (each links to its report)</h2><ol>{articles}</ol>"
            f"</section><section><h2>The measures</h2>{table(measures, labelled=False)}</section>"
            f"<section><h2>One panel per measure</h2>{figure(chart)}</section>")
    return document(f"{len(labels)} articles side by side", body)


def _sentences(count: int) -> str:
    """How many body sentences an article has, as its line on the page says it."""
    return f"{count} body sentences" if count else "a title and no body: nothing to measure"


def _finding(summary: pd.DataFrame, labels: list[str]) -> str:
    """The chart's title: where the first article is the highest of all."""
    highest = [short_measure(name) for column, name in MEASURES.items()
               if summary[column].nunique() > 1
               and summary[column].iloc[0] == summary[column].max()]
    first = short_label(labels[0])
    if not highest:
        return f"{first} is the highest of the {len(labels)} on no measure"
    shown = "; ".join(highest[:2]) + (f" and {len(highest) - 2} more" if len(highest) > 2
                                      else "")
    return f"{first} is the highest of the {len(labels)} on {shown}"
