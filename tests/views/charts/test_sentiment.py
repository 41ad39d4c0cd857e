from __future__ import annotations


def test_sentiment_charts(seed):
    from analysis import analyze
    from analysis.views.charts import NEGATIVE_COLOR, sentiment_arc, sentiment_by_paragraph

    result = analyze(seed)
    arc = sentiment_arc(result)
    assert arc._suptitle.get_text() == (
        "67% of sentences are negative (mean -0.38); most negative: paragraph 6")
    ax = arc.axes[0]
    assert ax.get_xlabel() == "paragraph" and ax.get_ylim() == (-1.05, 1.05)
    points = ax.collections[0].get_offsets()
    assert len(points) == 24
    bars = sentiment_by_paragraph(result).axes[0].patches
    from matplotlib.colors import to_rgba

    assert bars[5].get_facecolor() == to_rgba(NEGATIVE_COLOR)  # paragraph 6


def test_saturation_chart(seed):
    from analysis.layers.sentiment import saturation
    from analysis.views.charts import saturation_chart

    fig = saturation_chart(saturation(seed))
    assert fig._suptitle.get_text() == (
        "Scored as one text the article reads -1.00; its sentences average -0.38")
    assert fig.axes[0].get_xlabel() == "paragraphs read (from the first)"
