"""The corpus summary page: distributions of the measures, source types, and the outliers."""

from __future__ import annotations

import html

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

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


def outliers(summary: pd.DataFrame, column: str, n: int = 5) -> str:
    """The ``n`` articles highest on ``column`` as an escaped HTML table."""
    top = summary.nlargest(n, column)[["article_id", "title", column, "n_sentences"]]
    top = top.assign(**{column: top[column].round(3)})
    return top.to_html(index=False, escape=True, border=0)


def render_corpus_page(summary: pd.DataFrame, errors: pd.DataFrame, *, n_read: int,
                       n_sentences: int) -> str:
    """The summary page of a corpus run: counts, distributions, source types, outliers and
    failures."""
    failed = len(errors)
    parts = [
        "<header><h1>Corpus summary</h1>"
        f"<p class=\"meta\">{n_read} articles read · {len(summary)} analysed · "
        + (f"{failed} failed (see errors.csv)" if failed else "nothing failed")
        + f" · {n_sentences} sentences</p></header>",
    ]
    if len(summary):
        parts.append("<section><h2>Distributions</h2>" + png(distributions(summary))
                     + "</section>")
        parts.append("<section><h2>Who is cited</h2>" + png(source_types(summary))
                     + "</section>")
        for column in RANKED:
            parts.append(f"<section><h2>Highest: {html.escape(MEASURES[column])}</h2>"
                         + outliers(summary, column) + "</section>")
        low = summary.nsmallest(5, "sentiment_mean")[["article_id", "title", "sentiment_mean"]]
        parts.append("<section><h2>Most negative (mean sentence sentiment)</h2>"
                     + low.round(3).to_html(index=False, escape=True, border=0) + "</section>")
    if failed:
        shown = errors.head(20)
        parts.append(f"<section><h2>Failures ({failed}; the first 20)</h2>"
                     + shown.to_html(index=False, escape=True, border=0) + "</section>")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">"
            f"<title>Corpus summary</title><style>{STYLE}</style></head>"
            "<body><main>" + "".join(parts) + "</main></body></html>\n")
