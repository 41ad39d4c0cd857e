"""Several articles side by side: one small panel per measure."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis.vocabulary.colours import OKABE_ITO

HIGHLIGHT = OKABE_ITO["vermillion"]
OTHERS = OKABE_ITO["grey"]


def compare_chart(summary: pd.DataFrame, measures: dict[str, str], *, labels: list[str],
                  highlight: str | None = None, title: str | None = None) -> Figure:
    """One horizontal bar panel per measure (``{column: readable name}``), one bar per
    article labelled by ``labels``; the article labelled ``highlight`` in vermilion."""
    n = len(measures)
    cols = 2 if n > 3 else n
    rows = int(np.ceil(n / cols))
    fig = Figure(figsize=(5.2 * cols, 0.42 * len(summary) * rows + 1.2 * rows + 0.6),
                 layout="constrained")
    axes = np.atleast_1d(fig.subplots(rows, cols, squeeze=False)).ravel()
    y = np.arange(len(summary))
    colors = [HIGHLIGHT if label == highlight else OTHERS for label in labels]
    for ax, (column, name) in zip(axes, measures.items(), strict=False):
        values = summary[column].to_numpy(dtype=float)
        ax.barh(y, values, color=colors)
        ax.set_yticks(y, labels)
        ax.invert_yaxis()
        ax.set_title(name, fontsize="medium")
        if column in ("sentiment_mean", "commitment"):
            ax.axvline(0, color="black", linewidth=0.8)
            ax.set_xlim(-1, 1)
        elif column.endswith("share") or column == "attribution_density":
            ax.set_xlim(0, 1)
        ax.spines[["top", "right"]].set_visible(False)
    for ax in axes[n:]:
        ax.set_visible(False)
    fig.suptitle(title or standout_title(summary, measures, labels, highlight))
    return fig


def standout_title(summary: pd.DataFrame, measures: dict[str, str], labels: list[str],
                   highlight: str | None) -> str:
    """Where the highlighted article has the highest and the lowest value of all."""
    if highlight not in labels:
        return "The articles side by side"
    k = labels.index(highlight)
    high, low = [], []
    for column, name in measures.items():
        values = summary[column].to_numpy(dtype=float)
        if len(set(values)) > 1 and values[k] == values.max() and values.max() > 0:
            high.append(name.split(" (")[0])
        elif len(set(values)) > 1 and values[k] == values.min():
            low.append(name.split(" (")[0])
    parts = ([f"highest {', '.join(high)}"] if high else []) + (
        [f"lowest {', '.join(low)}"] if low else [])
    return f"{highlight}: " + "; ".join(parts) if parts else "The articles side by side"
