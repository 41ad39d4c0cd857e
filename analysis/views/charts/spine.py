"""Charts of the sentence table."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from analysis.vocabulary.colours import OKABE_ITO


def _range_phrase(low: int, high: int, unit: str) -> str:
    return f"{low} {unit}" if low == high else f"{low}–{high} {unit}"


def paragraph_lengths(sentences: pd.DataFrame, *, title: str | None = None) -> Figure:
    """Sentences (top) and word tokens (bottom) per body paragraph of a sentence table.

    The default title states what the chart shows: how many paragraphs, and the range of
    their sentence and word counts.
    """
    body = sentences[~sentences.is_title]
    per_para = body.groupby("paragraph_id").agg(
        sentences=("sentence_id", "size"), tokens=("n_tokens", "sum")
    )
    fig = Figure(figsize=(9, 5), layout="constrained")
    top, bottom = fig.subplots(2, 1, sharex=True, height_ratios=[1, 2])
    x = per_para.index.to_numpy()
    top.bar(x, per_para.sentences, color=OKABE_ITO["blue"], width=0.7)
    top.set_ylabel("sentences")
    top.yaxis.set_major_locator(MaxNLocator(integer=True))
    top.set_ylim(0, max(2, per_para.sentences.max()) + 0.5)
    bottom.bar(x, per_para.tokens, color=OKABE_ITO["orange"], width=0.7)
    bottom.set_ylabel("word tokens")
    bottom.set_xlabel("paragraph")
    bottom.set_xticks(x if len(x) <= 40 else x[:: max(1, len(x) // 20)])
    for ax in (top, bottom):
        ax.spines[["top", "right"]].set_visible(False)
    if title is None:
        s_lo, s_hi = int(per_para.sentences.min()), int(per_para.sentences.max())
        t_lo, t_hi = int(per_para.tokens.min()), int(per_para.tokens.max())
        shape = (
            "every one a single sentence"
            if s_hi == 1
            else f"{_range_phrase(s_lo, s_hi, 'sentences')} each"
        )
        title = f"{len(per_para)} paragraphs, {shape}, of {_range_phrase(t_lo, t_hi, 'words')}"
    fig.suptitle(title)
    return fig
