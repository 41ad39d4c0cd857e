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
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
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


#: One colour per source type (Okabe–Ito), and a hatched light grey for sentences that assert
#: with no source at all.
SOURCE_COLORS = {
    "named_person": OKABE_ITO["blue"],
    "named_organization": OKABE_ITO["bluish_green"],
    "media_outlet": OKABE_ITO["sky_blue"],
    "document": OKABE_ITO["orange"],
    "anonymous": OKABE_ITO["vermillion"],
    "vague": OKABE_ITO["reddish_purple"],
    "implicit": OKABE_ITO["grey"],
    "pronoun": OKABE_ITO["black"],
}
SOURCE_LABELS = {
    "named_person": "named person", "named_organization": "named organization",
    "media_outlet": "media outlet", "document": "document or video",
    "anonymous": "anonymous source", "vague": "vague source (critics, reports …)",
    "implicit": "unnamed (reportedly, it was reported)", "pronoun": "unresolved pronoun",
}
NO_SOURCE = "#E8E8E8"


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


def sourcing_by_paragraph(analysis, *, title: str | None = None) -> Figure:
    """Who each paragraph rests on: one bar per body paragraph, split among its sentences,
    each coloured by the source type it rests on (its own attribution or the one that carries
    it); hatched grey for sentences that assert with no source; blank for the rest (questions,
    fragments). The default title states how many paragraphs cite no one."""
    from analysis.attribution.view import TYPE_PRIORITY, primary_type

    sentences = analysis.sentences[~analysis.sentences.is_title]
    n_para = sentences.paragraph_id.nunique()
    sizes = sentences.groupby("paragraph_id").size()
    fig = Figure(figsize=(10, 4.2), layout="constrained")
    ax = fig.subplots()
    bottoms = dict.fromkeys(sizes.index, 0.0)
    used: list[str] = []
    for row in sentences.itertuples():
        share = 1 / sizes[row.paragraph_id]
        kind = primary_type(row.source_types) if row.attributed else ""
        if kind:
            ax.bar(row.paragraph_id, share, bottom=bottoms[row.paragraph_id], width=0.75,
                   color=SOURCE_COLORS[kind], edgecolor="white", linewidth=0.5)
            used.append(kind)
        elif row.unattributed_assertion:
            ax.bar(row.paragraph_id, share, bottom=bottoms[row.paragraph_id], width=0.75,
                   color=NO_SOURCE, edgecolor="#888888", hatch="///", linewidth=0.5)
            used.append("none")
        bottoms[row.paragraph_id] += share
    handles = [Patch(color=SOURCE_COLORS[k], label=SOURCE_LABELS[k]) for k in TYPE_PRIORITY
               if k in used]
    if "none" in used:
        handles.append(Patch(facecolor=NO_SOURCE, edgecolor="#888888", hatch="///",
                             label="no source: asserted by the article"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    ax.set_xticks(sorted(sizes.index))
    ax.set_xlabel("paragraph")
    ax.set_ylabel("share of the paragraph's sentences")
    ax.set_ylim(0, 1.05)
    ax.spines[["top", "right"]].set_visible(False)
    if title is None:
        profile = analysis.paragraphs[analysis.paragraphs.paragraph_id > 0]
        silent = int((profile.n_attributed == 0).sum())
        title = f"{silent} of {n_para} paragraphs cite no one"
        kinds = [k for k in used if k != "none"]
        if kinds:
            top = max(set(kinds), key=kinds.count)
            title += f"; most cited: {SOURCE_LABELS[top].split(' (')[0]}s"
    fig.suptitle(title)
    return fig


HEDGE_COLOR = OKABE_ITO["blue"]
BOOSTER_COLOR = OKABE_ITO["vermillion"]


def hedging_by_paragraph(analysis, *, title: str | None = None) -> Figure:
    """Booster density (up) and hedge density (down) per body paragraph, per 100 words, with
    a grey band behind the paragraphs that cite no one. The default title counts the
    boosters and hedges and how many boosted paragraphs rest on no source."""
    profile = analysis.paragraphs[analysis.paragraphs.paragraph_id > 0]
    x = profile.paragraph_id.to_numpy()
    fig = Figure(figsize=(10, 4.2), layout="constrained")
    ax = fig.subplots()
    silent = profile.n_attributed.to_numpy() == 0
    top = max(1.0, float(profile.booster_density.max()), float(profile.hedge_density.max()))
    for p in x[silent]:
        ax.axvspan(p - 0.5, p + 0.5, color=NO_SOURCE, zorder=0, linewidth=0)
    ax.bar(x, profile.booster_density, width=0.7, color=BOOSTER_COLOR, label="boosters")
    ax.bar(x, -profile.hedge_density, width=0.7, color=HEDGE_COLOR, label="hedges")
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_ylim(-top * 1.15, top * 1.15)
    ax.set_xticks(x)
    ax.set_xlabel("paragraph")
    ax.set_ylabel("per 100 words  (hedges below zero)")
    ax.spines[["top", "right"]].set_visible(False)
    handles = [Patch(color=BOOSTER_COLOR, label="boosters (greatly, profound, immense …)"),
               Patch(color=HEDGE_COLOR, label="hedges (could, reportedly, critics …)"),
               Patch(color=NO_SOURCE, label="paragraph cites no one")]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    if title is None:
        boosted = profile.n_boosters.to_numpy() > 0
        n_b, n_h = int(profile.n_boosters.sum()), int(profile.n_hedges.sum())
        title = f"{n_b} boosters, {n_h} hedges"
        if boosted.any():
            title += (f"; {int((boosted & silent).sum())} of {int(boosted.sum())} boosted "
                      "paragraphs cite no one")
    fig.suptitle(title)
    return fig


def category_counts(hedges: pd.DataFrame, *, title: str | None = None) -> Figure:
    """Horizontal bars: how many hedges and boosters of each category (negated boosters
    left out)."""
    kept = hedges[~((hedges.kind == "booster") & hedges.negated)]
    counts = kept.groupby(["kind", "category"]).size().sort_values()
    fig = Figure(figsize=(7, 0.45 * max(3, len(counts)) + 1), layout="constrained")
    ax = fig.subplots()
    colors = [BOOSTER_COLOR if k == "booster" else HEDGE_COLOR for k, _ in counts.index]
    ax.barh([c.replace("_", " ") for _, c in counts.index], counts.to_numpy(), color=colors)
    ax.set_xlabel("number of cues")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(handles=[Patch(color=BOOSTER_COLOR, label="booster"),
                       Patch(color=HEDGE_COLOR, label="hedge")], frameon=False,
              loc="lower right")
    if title is None and len(counts):
        (kind, category), n = counts.index[-1], int(counts.iloc[-1])
        title = f"The commonest: {n} {category.replace('_', ' ')} {kind}s"
    fig.suptitle(title or "No hedges or boosters")
    return fig


POSITIVE_COLOR = OKABE_ITO["blue"]
NEGATIVE_COLOR = OKABE_ITO["vermillion"]
NEUTRAL_COLOR = OKABE_ITO["grey"]


def _sentiment_colors(values) -> list[str]:
    return [POSITIVE_COLOR if v >= 0.05 else NEGATIVE_COLOR if v <= -0.05 else NEUTRAL_COLOR
            for v in values]


def _sentiment_title(analysis) -> str:
    body = analysis.sentences[~analysis.sentences.is_title]
    profile = analysis.paragraphs[analysis.paragraphs.paragraph_id > 0]
    share = float((body.compound <= -0.05).mean()) if len(body) else 0.0
    worst = profile.loc[profile.sentiment_mean.idxmin()] if len(profile) else None
    title = f"{share:.0%} of sentences are negative (mean {body.compound.mean():+.2f})"
    if worst is not None and worst.sentiment_mean <= -0.05:
        title += f"; most negative: paragraph {int(worst.paragraph_id)}"
    return title


def sentiment_arc(analysis, *, title: str | None = None) -> Figure:
    """The sentiment arc: every sentence's VADER compound as a point at its paragraph, and the
    paragraph means as a line."""
    body = analysis.sentences[~analysis.sentences.is_title]
    sizes = body.groupby("paragraph_id").size()
    x = body.paragraph_id + (body.sent_in_para + 1) / (body.paragraph_id.map(sizes) + 1) - 0.5
    profile = analysis.paragraphs[analysis.paragraphs.paragraph_id > 0]
    fig = Figure(figsize=(10, 4), layout="constrained")
    ax = fig.subplots()
    ax.axhspan(-0.05, 0.05, color="#F0F0F0", zorder=0, linewidth=0)
    ax.axhline(0, color="black", linewidth=0.8)
    ax.plot(profile.paragraph_id, profile.sentiment_mean, color="black", linewidth=1.2,
            label="paragraph mean", zorder=2)
    ax.scatter(x, body.compound, c=_sentiment_colors(body.compound), s=36, zorder=3,
               edgecolor="white", linewidth=0.5)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xticks(profile.paragraph_id)
    ax.set_xlabel("paragraph")
    ax.set_ylabel("VADER compound (−1 … +1)")
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(handles=[
        Patch(color=POSITIVE_COLOR, label="positive sentence"),
        Patch(color=NEGATIVE_COLOR, label="negative sentence"),
        Patch(color=NEUTRAL_COLOR, label="neutral sentence (±0.05)"),
        Line2D([], [], color="black", label="paragraph mean"),
    ], loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    fig.suptitle(title or _sentiment_title(analysis))
    return fig


def sentiment_by_paragraph(analysis, *, title: str | None = None) -> Figure:
    """Diverging bars: each paragraph's mean sentence compound."""
    profile = analysis.paragraphs[analysis.paragraphs.paragraph_id > 0]
    fig = Figure(figsize=(10, 3.6), layout="constrained")
    ax = fig.subplots()
    ax.bar(profile.paragraph_id, profile.sentiment_mean, width=0.7,
           color=_sentiment_colors(profile.sentiment_mean))
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xticks(profile.paragraph_id)
    ax.set_xlabel("paragraph")
    ax.set_ylabel("mean sentence compound")
    ax.spines[["top", "right"]].set_visible(False)
    fig.suptitle(title or _sentiment_title(analysis))
    return fig


def saturation_chart(curve: pd.DataFrame, *, title: str | None = None) -> Figure:
    """The whole text's compound against the mean of its sentences as paragraphs are added
    (a frame from :func:`analysis.sentiment.saturation`)."""
    fig = Figure(figsize=(8, 3.6), layout="constrained")
    ax = fig.subplots()
    ax.plot(curve.paragraphs, curve.whole_text, color=NEGATIVE_COLOR, marker="o",
            label="whole text scored as one")
    ax.plot(curve.paragraphs, curve.sentence_mean, color=OKABE_ITO["black"], marker="s",
            label="mean of sentence scores")
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlabel("paragraphs read (from the first)")
    ax.set_ylabel("VADER compound")
    ax.set_xticks(curve.paragraphs)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(frameon=False, loc="lower left")
    if title is None and len(curve):
        last = curve.iloc[-1]
        title = (f"Scored as one text the article reads {last.whole_text:+.2f}; "
                 f"its sentences average {last.sentence_mean:+.2f}")
    fig.suptitle(title or "")
    return fig
