"""Charts of the spine and its layers. Each function returns a matplotlib Figure.

The figures are standalone (``matplotlib.figure.Figure``), not registered with pyplot: a
notebook shows the returned figure once, a script saves it with ``fig.savefig``, and a loop
over a thousand articles leaks no open figures.

Colours come from the Okabe–Ito palette (safe for the common colour-vision deficiencies);
wherever the story is "per paragraph", the x-axis is the paragraph number as a reader counts
it (1 = the first paragraph after the title).
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

#: Okabe & Ito (2008), "Color Universal Design".
OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "grey": "#999999",
    "black": "#000000",
}


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
