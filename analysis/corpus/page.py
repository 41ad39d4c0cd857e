"""The corpus summary page: the run's counts, distributions of the measures, source types, the
outliers (linked to their reports when the run wrote them) and the failures."""

from __future__ import annotations

import html
from collections.abc import Sequence

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from analysis.corpus.manifest import RunCounts
from analysis.pipeline.summary import MEASURES
from analysis.views.charts.style import chart, finish, new_figure
from analysis.views.page import document, figure, table
from analysis.views.palette import MEASURE_FAMILY, NO_SOURCE_INK, SOURCE_STYLES, TONES
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


@chart
def distributions(summary: pd.DataFrame) -> Figure:
    """One histogram per measure, in its layer's colours, with the median marked; the title
    states the median article's share of unattributed assertions."""
    cols = 2
    rows = -(-len(DISTRIBUTIONS) // cols)
    fig = new_figure(2.5 * rows + 0.8)
    axes = fig.subplots(rows, cols).ravel()
    for ax in axes[len(DISTRIBUTIONS):]:
        ax.set_visible(False)
    for ax, (column, name) in zip(axes, DISTRIBUTIONS.items(), strict=False):
        values = summary[column].to_numpy(dtype=float)
        dark, light = TONES[MEASURE_FAMILY[column]]
        ax.hist(values, bins=20, color=light, edgecolor="white")
        median = float(np.median(values)) if len(values) else 0.0
        ax.axvline(median, color=dark, linewidth=2)
        ax.set_title(f"{name}: median {median:.2f}", loc="left")
        ax.set_ylabel("articles")
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    fig.get_layout_engine().set(h_pad=0.15)  # room between a panel's axis and the next title
    n = len(summary)
    median = float(np.median(summary["unattributed_share"])) if n else 0.0
    return finish(fig, f"{n:,} articles: the median article asserts {median:.0%} of its "
                       "sentences with no source",
                  alt="One histogram per measure across the articles, the median marked by a "
                      "line.")


@chart
def source_types(summary: pd.DataFrame) -> Figure:
    """Attributions by source type over the whole corpus, in the sources' colours (hatched
    where a reader cannot check the source)."""
    totals = {k: int(summary[f"n_{k}"].sum()) for k in COUNTED_TYPES}
    order = sorted(totals, key=totals.get)
    fig = new_figure(3.8, width=8)
    ax = fig.subplots()
    styles = [SOURCE_STYLES[k] for k in order]
    ax.barh([SourceType(k).short for k in order], [totals[k] for k in order],
            color=[s.fill for s in styles], hatch=[s.hatch for s in styles],
            edgecolor=[s.ink for s in styles], linewidth=0)
    ax.set_xlabel("attributions")
    top = order[-1] if order else None
    share = totals[top] / max(1, sum(totals.values())) if top else 0
    name = SourceType(top).short if top else ""
    return finish(fig, f"The commonest source: {name}s ({share:.0%} of attributions)"
                  if top else "No attributions",
                  alt="Horizontal bars: the number of attributions of each source type.")


def outliers(summary: pd.DataFrame, column: str, n: int = 5,
             links: Sequence[str | None] | None = None) -> str:
    """The ``n`` articles highest on ``column`` as an escaped HTML table; with ``links`` (each
    summary row's report page, by position), each article's id links to its report."""
    summary = summary.reset_index(drop=True)  # a row's label is its position
    top = summary.nlargest(n, column)[["article_id", "title", column, "n_sentences"]]
    return table(top, decimals=3,
                 links=None if links is None else [links[k] for k in top.index])


#: The failures the page lists, the first of the errors table (errors.csv has them all).
PAGE_ERRORS = 20

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
            parts.append("<section><h2>Distributions</h2>" + figure(distributions(summary))
                         + "</section>")
            parts.append("<section><h2>Who is cited</h2>" + figure(source_types(summary))
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
                     + table(low, decimals=3,
                             links=None if shown is None else [shown[k] for k in low.index])
                     + note + "</section>")
    if len(errors):  # its first rows are enough (a run passes only those): the count is known
        failed = max(counts.failed, len(errors))
        parts.append(f"<section><h2>Failures ({failed}; the first {PAGE_ERRORS}; all in "
                     "errors.csv)</h2>" + table(errors.head(PAGE_ERRORS)) + "</section>")
    return document(f"Corpus summary{' (PARTIAL)' if partial else ''}", "".join(parts),
                    style=PAGE_STYLE)


#: A run that did not finish is marked in the quiet text of the page, with a bar of grey.
PAGE_STYLE = f"""
.partial {{ border-left: 6px solid {NO_SOURCE_INK}; padding: 0.2em 1em; background: #f4f4f4; }}
"""
