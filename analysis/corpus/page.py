"""The corpus summary page: the run's counts, distributions of the measures, source types, the
outliers (linked to their reports when the run wrote them) and the failures."""

from __future__ import annotations

import html
from collections.abc import Sequence
from urllib.parse import quote

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis.corpus.manifest import RunCounts
from analysis.pipeline.summary import MEASURES
from analysis.views.highlight import CSP
from analysis.views.palette import SOURCE_COLORS
from analysis.views.report import STYLE, png
from analysis.vocabulary.colours import OKABE_ITO
from analysis.vocabulary.sources import COUNTED_TYPES, SourceType

DISTRIBUTIONS = {
    "attribution_density": "attributed sentences (share)",
    "unattributed_share": "unattributed assertions (share)",
    "anonymous_share": "resting on anonymous sources (share)",
    "hedge_density": "hedges per 100 words",
    "booster_density": "boosters per 100 words",
    "sentiment_mean": "mean sentence sentiment",
    "own_framing_density": "own-voice framing per 100 words",
}
#: The measures an archive is ranked by on the page, highest first.
RANKED = ("unattributed_share", "anonymous_share", "booster_density", "hedge_density",
          "own_framing_density")


def distributions(summary: pd.DataFrame) -> Figure:
    """One histogram per measure, with the median marked."""
    cols = 4 if len(DISTRIBUTIONS) > 6 else 3
    rows = -(-len(DISTRIBUTIONS) // cols)
    fig = Figure(figsize=(3.7 * cols, 3 * rows), layout="constrained")
    axes = fig.subplots(rows, cols).ravel()
    for ax in axes[len(DISTRIBUTIONS):]:
        ax.set_visible(False)
    for ax, (column, name) in zip(axes, DISTRIBUTIONS.items(), strict=False):
        values = summary[column].to_numpy(dtype=float)
        ax.hist(values, bins=20, color=OKABE_ITO["blue"], edgecolor="white")
        median = float(np.median(values)) if len(values) else 0.0
        ax.axvline(median, color=OKABE_ITO["vermillion"], linewidth=1.5)
        ax.set_title(f"{name}\nmedian {median:.2f}", fontsize="medium")
        ax.set_xlabel(name.split(" (")[0])
        ax.set_ylabel("articles")
        ax.spines[["top", "right"]].set_visible(False)
    fig.suptitle(f"{len(summary)} articles: how each measure is distributed")
    return fig


def source_types(summary: pd.DataFrame) -> Figure:
    """Attributions by source type over the whole corpus."""
    totals = {k: int(summary[f"n_{k}"].sum()) for k in COUNTED_TYPES}
    order = sorted(totals, key=totals.get)
    fig = Figure(figsize=(8, 3.6), layout="constrained")
    ax = fig.subplots()
    ax.barh([SourceType(k).short for k in order], [totals[k] for k in order],
            color=[SOURCE_COLORS[k] for k in order])
    ax.set_xlabel("attributions")
    ax.spines[["top", "right"]].set_visible(False)
    top = order[-1] if order else None
    share = totals[top] / max(1, sum(totals.values())) if top else 0
    label = SourceType(top).short if top else ""
    fig.suptitle(f"The commonest source: {label}s ({share:.0%} of attributions)"
                 if top else "No attributions")
    return fig


def outliers(summary: pd.DataFrame, column: str, n: int = 5,
             links: Sequence[str | None] | None = None) -> str:
    """The ``n`` articles highest on ``column`` as an escaped HTML table; with ``links`` (each
    summary row's report page, by position), each article's id links to its report."""
    summary = summary.reset_index(drop=True)  # a row's label is its position
    top = summary.nlargest(n, column)[["article_id", "title", column, "n_sentences"]]
    return _table(top.assign(**{column: top[column].round(3)}), links)


def _table(frame: pd.DataFrame, links: Sequence[str | None] | None) -> str:
    """``frame`` as an HTML table, every cell escaped; the ``article_id`` of a row whose
    summary position has a report (``links``) is a relative link to it."""
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in frame.columns)
    rows = []
    for position, row in zip(frame.index, frame.itertuples(index=False), strict=True):
        cells = []
        for column, value in zip(frame.columns, row, strict=True):
            text = "" if value is None or (isinstance(value, float) and np.isnan(value)) else (
                str(value))
            cell = html.escape(text)
            link = links[position] if links is not None and column == "article_id" else None
            if link:
                cell = f'<a href="{html.escape(quote(link), quote=True)}">{cell}</a>'
            cells.append(f"<td>{cell}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (f"<table><thead><tr>{head}</tr></thead><tbody>" + "".join(rows)
            + "</tbody></table>")


#: What the page says under the outliers when the run wrote no reports.
NO_REPORTS = ("To open any of these articles' reports, run the command again with "
              "<code>--reports</code> (a report per article, linked from here), or write one "
              "with <code>python -m analysis report FILE</code>.")


def render_corpus_page(summary: pd.DataFrame, errors: pd.DataFrame, *, counts: RunCounts,
                       links: Sequence[str | None] | None = None, partial: str | None = None,
                       charts: bool = True) -> str:
    """The summary page of a corpus run: its counts (the line the command prints last),
    distributions, source types, outliers (each linked to its report where ``links`` gives
    one) and failures. A run that did not finish says so first (``partial``: why) and has no
    charts (``charts``): it is written while the run stops."""
    summary = summary.reset_index(drop=True)  # a row's label is its position (for ``links``)
    parts = ["<header><h1>Corpus summary</h1>"
             f"<p class=\"meta\">{html.escape(counts.line())}</p></header>"]
    if partial:
        parts.append("<section class=\"partial\"><h2>PARTIAL: this run did not finish</h2>"
                     f"<p>{html.escape(partial)}</p></section>")
    if len(summary):
        if charts:
            parts.append("<section><h2>Distributions</h2>" + png(distributions(summary))
                         + "</section>")
            parts.append("<section><h2>Who is cited</h2>" + png(source_types(summary))
                         + "</section>")
        shown = links if links is not None and any(links) else None
        if shown is not None and len(shown) != len(summary):
            raise ValueError(f"{len(shown)} report links for {len(summary)} articles")
        note = "" if shown is not None else f"<p class=\"meta\">{NO_REPORTS}</p>"
        for column in RANKED:
            parts.append(f"<section><h2>Highest: {html.escape(MEASURES[column])}</h2>"
                         + outliers(summary, column, links=shown) + note + "</section>")
        low = summary.nsmallest(5, "sentiment_mean")[["article_id", "title", "sentiment_mean"]]
        parts.append("<section><h2>Most negative (mean sentence sentiment)</h2>"
                     + _table(low.round(3), shown) + note + "</section>")
    if len(errors):
        parts.append(f"<section><h2>Failures ({len(errors)}; the first 20; all in "
                     "errors.csv)</h2>" + _table(errors.head(20), None) + "</section>")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">"
            f"<title>Corpus summary{' (PARTIAL)' if partial else ''}</title>"
            f"<style>{STYLE}{PAGE_STYLE}</style></head>"
            "<body><main>" + "".join(parts) + "</main></body></html>\n")


PAGE_STYLE = """
.partial { border-left: 6px solid #D55E00; padding: 0.2em 1em; background: #fff6ee; }
"""
