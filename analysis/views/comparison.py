"""Two or more articles side by side: ``python -m analysis compare A B [C …] --out DIR``.

What teachers do most: put the article under discussion beside others. The page shows the
measures of lesson 05 (:data:`~analysis.pipeline.summary.MEASURES`) as a table with readable
column names and one chart panel per measure, and links each article to its own report,
written beside the page (each in its own folder, never another article's: see
:func:`~analysis.views.report.save_report`). The page is replaced whole or not at all. Like
every page of the workbook it needs no network, runs no script and escapes every text of the
articles.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.errors import InputError
from analysis.outputs import ensure_folder, utc_now, write_atomic
from analysis.pipeline.analyze import analyze
from analysis.pipeline.summary import MEASURES, summary_table
from analysis.spine.reading import read_article
from analysis.views.charts.compare import compare_chart
from analysis.views.highlight import CSP
from analysis.views.report import STYLE, png, save_report


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
    labels = _labels(paths)
    summary = summary_table(results)
    page = out / "compare.html"
    write_atomic(page, render_comparison(summary, labels,
                                         [p.relative_to(out).as_posix() for p in reports]
                                         ).encode("utf-8"))
    return ComparisonResult(page, tuple(reports))


def _labels(paths: Sequence[str | Path]) -> list[str]:
    """Each article's label on the chart: its file name, made unique."""
    labels: list[str] = []
    for path in paths:
        label = Path(path).stem
        while label in labels:
            label += "′"
        labels.append(label)
    return labels


def render_comparison(summary: pd.DataFrame, labels: list[str], links: list[str]) -> str:
    """The comparison page: each article linked to its report with its title, the measures
    as a table (one row per measure, readable names, one column per article) and as one chart
    panel per measure."""
    chart = compare_chart(summary, MEASURES, labels=labels, highlight=labels[0],
                          title=_finding(summary, labels))
    articles = "".join(
        f'<li><a href="{html.escape(link, quote=True)}">{html.escape(label)}</a>: '
        f"{html.escape(row.title or '(no title)')} ({row.n_sentences} body sentences)</li>"
        for label, link, row in zip(labels, links, summary.itertuples(), strict=True))
    head = "".join(f"<th>{html.escape(label)}</th>" for label in labels)
    rows = "".join(
        f"<tr><th>{html.escape(name)}</th>"
        + "".join(f"<td>{value + 0.0:.2f}</td>"  # + 0.0: never "-0.00"
                  for value in summary[column].to_numpy(dtype=float).round(2))
        + "</tr>" for column, name in MEASURES.items())
    table = f"<table><thead><tr><th>measure</th>{head}</tr></thead><tbody>{rows}</tbody></table>"
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{len(labels)} articles side by side</title><style>{STYLE}</style></head>"
            f"<body><main><header><h1>{len(labels)} articles side by side</h1>"
            "<p class=\"meta\">Shares are of body sentences; densities per 100 words. The "
            "first article stands out on the chart.</p></header>"
            f"<section><h2>The articles (each links to its report)</h2><ol>{articles}</ol>"
            f"</section><section><h2>The measures</h2>{table}</section>"
            f"<section><h2>One panel per measure</h2>{png(chart)}</section>"
            "</main></body></html>\n")


def _finding(summary: pd.DataFrame, labels: list[str]) -> str:
    """The chart's title: where the first article is the highest of all."""
    highest = [name.split(" (")[0] for column, name in MEASURES.items()
               if summary[column].nunique() > 1
               and summary[column].iloc[0] == summary[column].max()]
    if not highest:
        return "The first article (orange) is the highest on no measure"
    shown = "; ".join(highest[:2]) + (f" and {len(highest) - 2} more" if len(highest) > 2
                                      else "")
    return f"The first article (orange) is the highest of the {len(labels)} on {shown}"
