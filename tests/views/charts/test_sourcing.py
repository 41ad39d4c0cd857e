from __future__ import annotations


def test_sourcing_by_paragraph_colours_and_title(seed):
    from analysis import analyze
    from analysis.views.charts import NO_SOURCE, SOURCE_COLORS, sourcing_by_paragraph

    fig = sourcing_by_paragraph(analyze(seed))
    ax = fig.axes[0]
    assert fig._suptitle.get_text() == (
        "11 of 24 paragraphs cite no one; most cited: anonymous sources")
    assert ax.get_xlabel() == "paragraph"
    colours = [tuple(round(c, 3) for c in p.get_facecolor()[:3]) for p in ax.patches]
    from matplotlib.colors import to_rgb

    def rgb(name):
        return tuple(round(c, 3) for c in to_rgb(name))

    assert colours[0] == rgb(SOURCE_COLORS["anonymous"])  # paragraph 1, carried
    assert colours[4] == rgb(NO_SOURCE)  # paragraph 5 asserts with no source
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels[0] == "anonymous source" and labels[-1].startswith("no source")
