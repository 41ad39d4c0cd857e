"""Several articles side by side: one small panel per measure, in its layer's colours."""

from __future__ import annotations

import textwrap

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis.views.charts.style import WIDTH, chart, finish, new_figure
from analysis.views.palette import (
    MEASURE_FAMILY,
    NEGATIVE_COLOR,
    POSITIVE_COLOR,
    TONES,
    mix,
)
from analysis.vocabulary.sentiment import POSITIVE

#: The longest article label a panel shows (a longer one is cut in the middle: "ria-nov…urce").
LABEL_CHARS = 24


def short_label(label: str, n: int = LABEL_CHARS) -> str:
    """``label`` cut in the middle to at most ``n`` characters."""
    if len(label) <= n:
        return label
    head = (n - 1) // 2
    return label[:head] + "…" + label[len(label) - (n - 1 - head):]


def bar_colours(column: str, values: np.ndarray, highlighted: list[bool]) -> list[str]:
    """The bars of one measure: its layer's dark tone for the article under discussion, the
    light tone for the others; sentiment by its sign (pink negative, green positive)."""
    family = MEASURE_FAMILY.get(column, "sources")
    if family == "sentiment":
        return [(POSITIVE_COLOR if v >= POSITIVE else NEGATIVE_COLOR) if h else
                mix(POSITIVE_COLOR if v >= POSITIVE else NEGATIVE_COLOR, 0.35)
                for v, h in zip(values, highlighted, strict=True)]
    dark, light = TONES[family]
    return [dark if h else light for h in highlighted]


@chart
def compare_chart(summary: pd.DataFrame, measures: dict[str, str], *, labels: list[str],
                  highlight: str | None = None, title: str | None = None) -> Figure:
    """One horizontal bar panel per measure (``{column: readable name}``), one bar per
    article labelled by ``labels`` (long ones cut in the middle), in the measure's layer's
    colours; the article labelled ``highlight`` in the dark tone, the others light."""
    n = len(measures)
    cols = 2 if n > 3 else n
    rows = int(np.ceil(n / cols))
    fig = new_figure(rows * (0.34 * len(summary) + 1.4) + 0.9, width=WIDTH)
    axes = np.atleast_1d(fig.subplots(rows, cols, squeeze=False)).ravel()
    y = np.arange(len(summary))
    shown = [short_label(label) for label in labels]
    highlighted = [label == highlight for label in labels]
    for ax, (column, name) in zip(axes, measures.items(), strict=False):
        values = summary[column].to_numpy(dtype=float)
        ax.barh(y, values, color=bar_colours(column, values, highlighted))
        ax.set_yticks(y, shown)
        for tick, h in zip(ax.get_yticklabels(), highlighted, strict=True):
            tick.set_fontweight("bold" if h else "normal")
        ax.invert_yaxis()
        ax.set_title("\n".join(textwrap.wrap(name, 34)), loc="left")
        if column in ("sentiment_mean", "commitment"):
            ax.axvline(0, color="black", linewidth=0.8)
            ax.set_xlim(-1, 1)
        elif column.endswith("share") or column == "attribution_density":
            ax.set_xlim(0, 1)
    for ax in axes[n:]:
        ax.set_visible(False)
    return finish(fig, title or standout_title(summary, measures, labels, highlight),
                  alt=f"One panel of bars per measure, one bar per article ({len(labels)}).")


def short_measure(name: str) -> str:
    """A measure's readable name without its unit: *hedges per 100 words*, *attributed
    sentences*."""
    return name.split(" (")[0]


def standout_title(summary: pd.DataFrame, measures: dict[str, str], labels: list[str],
                   highlight: str | None) -> str:
    """Where the highlighted article has the highest and the lowest value of all, in words:
    *Of the 5 articles, seed is highest on boosters per 100 words; lowest on attributed
    sentences*."""
    if highlight not in labels:
        return "The articles side by side"
    k = labels.index(highlight)
    high, low = [], []
    for column, name in measures.items():
        values = summary[column].to_numpy(dtype=float)
        if len(set(values)) > 1 and values[k] == values.max() and values.max() > 0:
            high.append(short_measure(name))
        elif len(set(values)) > 1 and values[k] == values.min():
            low.append(short_measure(name))
    parts = ([f"highest on {_listed(high)}"] if high else []) + (
        [f"lowest on {_listed(low)}"] if low else [])
    who = short_label(highlight)
    if not parts:
        return f"{who} is neither the highest nor the lowest of the {len(labels)} on any measure"
    return f"Of the {len(labels)} articles, {who} is " + "; ".join(parts)


def _listed(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return f"{names[0]}, {names[1]} and {len(names) - 2} more"
