"""Charts of the sentence table (the spine: neutral greys, no layer's colours)."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from analysis.views.charts.style import chart, finish, new_figure

#: The spine's ink: it is no layer, so it takes none of their colours.
SPINE_COLOR = "#525252"


def _range_phrase(low: int, high: int, unit: str) -> str:
    return f"{low} {unit}" if low == high else f"{low}–{high} {unit}"


@chart
def paragraph_lengths(sentences: pd.DataFrame, *, title: str | None = None) -> Figure:
    """Word tokens per body paragraph of a sentence table, and sentences per paragraph on a
    panel of its own when paragraphs differ in it (a panel of equal bars says nothing: the
    title says "every one a single sentence" instead).

    The default title states what the chart shows: how many paragraphs, and the range of
    their sentence and word counts.
    """
    body = sentences[~sentences.is_title]
    per_para = body.groupby("paragraph_id").agg(
        sentences=("sentence_id", "size"), tokens=("n_tokens", "sum")
    )
    s_lo, s_hi = int(per_para.sentences.min()), int(per_para.sentences.max())
    varied = s_lo != s_hi
    fig = new_figure(5 if varied else 3.6, width=9)
    axes = fig.subplots(2, 1, sharex=True, height_ratios=[1, 2]) if varied else [fig.subplots()]
    x = per_para.index.to_numpy()
    if varied:
        top = axes[0]
        top.bar(x, per_para.sentences, color=SPINE_COLOR, width=0.7)
        top.set_ylabel("sentences")
        top.yaxis.set_major_locator(MaxNLocator(integer=True))
    bottom = axes[-1]
    bottom.bar(x, per_para.tokens, color=SPINE_COLOR, width=0.7)
    bottom.set_ylabel("words")
    bottom.set_xlabel("paragraph")
    if len(x) <= 40:
        bottom.set_xticks(x)
    else:
        bottom.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=12))
    if title is None:
        t_lo, t_hi = int(per_para.tokens.min()), int(per_para.tokens.max())
        shape = (
            "every one a single sentence"
            if s_hi == 1
            else f"{_range_phrase(s_lo, s_hi, 'sentences')} each"
        )
        title = f"{len(per_para)} paragraphs, {shape}, of {_range_phrase(t_lo, t_hi, 'words')}"
    return finish(fig, title, alt="Bars per paragraph: its length in words"
                  + (" and, above, in sentences." if varied else "."))


