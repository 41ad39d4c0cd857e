from __future__ import annotations


def test_profile_chart_and_heatmap(seed):
    from analysis import analyze
    from analysis.views.charts import feature_heatmap, profile_chart

    result = analyze(seed)
    fig = profile_chart(result)
    assert fig._suptitle.get_text() == ("11 of 24 paragraphs cite no one; 3 of the 6 boosted "
                                        "paragraphs are among them; mean sentence sentiment -0.38")
    bottom = fig.axes[2]
    labels = [t.get_text() for t in bottom.get_xticklabels()]
    assert labels[0] == "1  The tempos of…" and len(labels) == 24
    assert bottom.get_xlabel() == "paragraph (and its first words)"
    heat = feature_heatmap(result)
    assert heat._suptitle.get_text() == "11 of 24 sentences assert with no source"
    assert heat.axes[0].get_images()[0].get_array().shape == (24, 7)
