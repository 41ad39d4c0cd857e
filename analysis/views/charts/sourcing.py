"""Who each paragraph rests on."""

from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from analysis.pipeline.analyze import ArticleAnalysis
from analysis.views.palette import NO_SOURCE, SOURCE_COLORS, SOURCE_LABELS
from analysis.vocabulary.sources import BY_PRIORITY, SourceType, rests_on


def draw_sourcing(ax: Axes, analysis: ArticleAnalysis) -> list[str]:
    """Draw the sourcing bars on ``ax`` (each sentence coloured by the type it rests on);
    return the kinds drawn (for the legend)."""
    sentences = analysis.sentences[~analysis.sentences.is_title]
    sizes = sentences.groupby("paragraph_id").size()
    bottoms = dict.fromkeys(sizes.index, 0.0)
    used: list[str] = []
    for row in sentences.itertuples():
        share = 1 / sizes[row.paragraph_id]
        kind = rests_on(row.source_types) if row.attributed else ""
        if kind:
            ax.bar(row.paragraph_id, share, bottom=bottoms[row.paragraph_id], width=0.75,
                   color=SOURCE_COLORS[kind], edgecolor="white", linewidth=0.5)
            used.append(kind)
        elif row.unattributed_assertion:
            ax.bar(row.paragraph_id, share, bottom=bottoms[row.paragraph_id], width=0.75,
                   color=NO_SOURCE, edgecolor="#888888", hatch="///", linewidth=0.5)
            used.append("none")
        bottoms[row.paragraph_id] += share
    ax.set_xticks(sorted(sizes.index))
    ax.set_ylim(0, 1.05)
    ax.spines[["top", "right"]].set_visible(False)
    return used


def sourcing_legend(used: list[str]) -> list[Patch]:
    """The legend of :func:`draw_sourcing` for the kinds it drew, weakest first."""
    handles = [Patch(color=SOURCE_COLORS[k], label=SOURCE_LABELS[k]) for k in BY_PRIORITY
               if k in used]
    if "none" in used:
        handles.append(Patch(facecolor=NO_SOURCE, edgecolor="#888888", hatch="///",
                             label="no source: asserted by the article"))
    return handles


def silent_paragraphs(analysis: ArticleAnalysis) -> tuple[int, int]:
    """How many body paragraphs cite no one, of how many."""
    profile = analysis.paragraphs[analysis.paragraphs.paragraph_id > 0]
    return int((profile.n_attributed == 0).sum()), len(profile)


def sourcing_by_paragraph(analysis: ArticleAnalysis, *, title: str | None = None) -> Figure:
    """Who each paragraph rests on: one bar per body paragraph, split among its sentences,
    each coloured by the source type it rests on (its own attribution or the one that carries
    it); hatched grey for sentences that assert with no source; blank for the rest (questions,
    fragments). The default title states how many paragraphs cite no one."""
    fig = Figure(figsize=(10, 4.2), layout="constrained")
    ax = fig.subplots()
    used = draw_sourcing(ax, analysis)
    ax.legend(handles=sourcing_legend(used), loc="upper left", bbox_to_anchor=(1.01, 1),
              frameon=False)
    ax.set_xlabel("paragraph")
    ax.set_ylabel("share of the paragraph's sentences")
    if title is None:
        silent, n_para = silent_paragraphs(analysis)
        title = f"{silent} of {n_para} paragraphs cite no one"
        kinds = [k for k in used if k != "none"]
        if kinds:
            top = max(set(kinds), key=kinds.count)
            title += f"; most cited: {SourceType(top).short}s"
    fig.suptitle(title)
    return fig
